"""Where something was said: "told Tass", "told CBS's “Face the Nation”", "said on Fox News"."""
from __future__ import annotations

import re

TITLE_QUOTE_RE = re.compile(r"[“\"«]([^”\"»]{1,80}?)[.,]?[”\"»]")
CAP_CHAIN_RE = re.compile(r"(?:The\s+)?[A-Z][\w&.-]*(?:\s+(?:of\s+|the\s+|and\s+|&\s+)?[A-Z][\w&.-]*)*")
AFTER_SAID_RE = re.compile(
    r"\s+(?:(?:on|in|to)\s+(?:an?\s+)?(?:interview|appearance|op-ed|statement|post|speech|article)\s+"
    r"(?:with|on|in|to)\s+|on\s+|to\s+|in\s+)(?=[A-Z“\"])"
)
NOT_VENUE = frozenset({"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                       "January", "February", "March", "April", "May", "June", "July", "August",
                       "September", "October", "November", "December", "Twitter"})


REST_END_RE = re.compile(r"[,;]|\s(?:on|in|at|that|last|this|about|before|after|during|when)\s|\.(?:\s|$)")


POSSESSIVE_RE = re.compile(r"(?:’s|'s)\s+")
LOWER_WORDS_RE = re.compile(r"^(?:(?:the|a|an|[a-z][\w-]*)\s+)*")


def venue_after(text: str, masked: str, pos: int, cue: str, limit: int) -> str | None:
    low = cue.lower()
    if low in ("told", "tells", "tell", "telling"):
        rest = text[pos:limit]
    elif low in ("said", "says", "wrote", "writes", "say", "write", "added", "stated", "argued", "explained"):
        m = AFTER_SAID_RE.match(text, pos, limit)
        if not m:
            return None
        rest = text[m.end():limit]
    else:
        return None
    rest = REST_END_RE.split(rest, maxsplit=1)[0]
    tq = TITLE_QUOTE_RE.search(rest)
    if tq:
        return tq.group(1).strip()
    poss = list(POSSESSIVE_RE.finditer(rest))
    if poss:
        rest = rest[poss[-1].end():]
    rest = LOWER_WORDS_RE.sub("", rest.strip())
    m = CAP_CHAIN_RE.match(rest)
    if not m:
        return None
    venue = m.group().rstrip(".")
    if venue in NOT_VENUE or venue.startswith(("Mr", "Ms", "Mrs")):
        return None
    return venue

"""A course the author puts forward with a hedge opening its clause: "Perhaps the council could ban cars from the
centre", "..., and maybe Congress might try to raise the minimum wage" (the author's support; in someone's words,
theirs). Not "The council could ban cars as early as next year" (no hedge: a forecast)."""
from __future__ import annotations

import re

from briefing_app.analysis.options.action_hits import vp_hit
from briefing_app.analysis.options.doers import can_act
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.phrases import summary

# "Perhaps the council could ban cars", "..., so maybe Congress might try to raise it": a course the author puts forward
# with a hedge opening its clause (not "could ... as early as next year" alone: a forecast)
PERHAPS_RE = re.compile(r"\b(?:[Pp]erhaps|[Mm]aybe)\s*,?\s+(?P<subj>(?:the\s+|a\s+)?[\w.’'-]+(?:\s+[\w.’'-]+)"
                        r"{0,3}?)\s+(?:could|might)\s+(?:also\s+|then\s+|at\s+least\s+)?(?:try\s+to\s+|try\s+(?=[a-z]+ing\b))?"
                        r"(?!be\b|have\b|not\b|never\b|well\b|even\b)(?=[a-z]+\b)")
# a saying or a fear after the course, closing the sentence: ", Lopez suggested." ends the course there; ", critics fear.",
# ", economists expect." make it someone's forecast, no course put forward
TRAILING_RE = re.compile(r",\s+(?:[\w.’'-]+\s+){1,3}?(?:(?P<fear>fears?|feared|worry|worries|worried|expects?|expected|"
                         r"predicts?|predicted|suspects?|suspected|reckons?|reckoned)|said|says|suggests?|suggested|argues?|"
                         r"argued|adds?|added|writes?|wrote|proposes?|proposed|insists?|insisted|believes?|believed|thinks?|"
                         r"thought)[\s.!?”\"']*$")
CLAUSE_OPENING_RE = re.compile(r"(?:^|.*(?:[,;:]|\b(?:and|so|but)))\s*[“\"‘]?$", re.S)  # where the hedge opens its clause


def perhaps_hits(text: str, s: int, e: int) -> list[Hit | None]:
    """The hedged courses of the sentence text[s:e] (its lower-cased text holds "perhaps" or "maybe")."""
    out: list[Hit | None] = []
    for m in PERHAPS_RE.finditer(text, s, e):
        if CLAUSE_OPENING_RE.match(text[s:m.start()]) and can_act(m.group("subj")) \
                and m.group("subj").split()[0].lower() not in ("you", "i", "it", "one", "this", "that", "we"):
            tail = TRAILING_RE.search(text, m.end(), e)
            if tail is not None and tail.group("fear"):
                continue  # "Perhaps the council could ban cars, critics fear": their forecast
            hit = vp_hit(text, m.end(), e if tail is None else tail.start(), "support", m.start("subj"))
            if hit is not None and text[m.end():hit.end].split(" ", 1)[0].endswith("ing"):
                hit.summary = summary(text[hit.start:hit.end])  # "try banning cars": ban cars
            out.append(hit)
    return out

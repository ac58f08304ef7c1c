"""A relative "who" as a speaker mention ("Mike Pence, who called their son “an American hero”",
"voters who said ...") names the noun phrase it hangs on. The mention stays on "who" (that is
where the cue's subject is, and what PolNeAR marks as the source) when that phrase is a person
the actor table knows; the quote then gets that person as its speaker. Otherwise the mention
moves to the phrase itself ("voters", "a former staff member"): a reader cannot use "who".
"""
from __future__ import annotations

import re

from briefing_app.analysis.actors import ActorTable
from briefing_app.core.model import Mention, Quote

# what may stand between a person's name and the "who" that hangs on it: a comma; "of Florida"; a party
# bracket "(R-Texas)"; an age ", 24,"; an appositive in lower case ", the Chamber's chief strategist,"
TAIL_RE = re.compile(
    r"(?:[ \t]*\([^()\n]{1,30}\))?"
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3})?"
    r"(?:,[ \t]*\d{1,3})?"
    r"(?:,[ \t]+(?:(?:a|an|the|his|her|its|their)[ \t]+|[a-z])[^,;:.!?\"“”\n]{0,120}"
    r"(?:,[ \t]+[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,2})?)?"  # ", a gynecologist from Englewood, New Jersey"
    r",?[ \t]*"
)
WORD_RE = re.compile(r"[\w’'%-]+")
TOKEN_RE = re.compile(r"\S+")
# words a head noun phrase before "who" does not reach over (prepositions, conjunctions, verbs and the like)
STOP_WORDS = frozenset("""of in on at for from with by to among including like about as than into onto over under
    and or but nor so yet is are was were be been being has have had do does did will would can could should may might
    must said says told that which who whom whose when where while because if not no there here it he she they we i
    you this""".split())
DETERMINERS = frozenset("the a an those these some many most other another few several all both each every any".split())
HEAD_WORDS = 5
PLACE_BEFORE_RE = re.compile(r"\b(?:in|on|at|from|into|to|with|by|near)[ \t]+$")


def _person_before(table: ActorTable, text: str, who: int) -> str | None:
    """The person whose name ends where the phrase before "who" does ("Sen. Marco Rubio of Florida, who";
    "Scott Reed, the Chamber's chief political strategist, who": past a name inside the appositive)."""
    for k, (pos, canon) in enumerate(table.timeline.before(who)):
        if who - pos > 300 or k == 4:
            return None
        for a, b in table.people[canon].mentions:
            if a == pos and b <= who:
                tail = TAIL_RE.match(text, b, who)
                if tail and tail.end() == who:
                    return canon
    return None


def _head_phrase(text: str, who: int) -> tuple[int, int] | None:
    """The noun phrase right before "who" ("likely voters"; "a former staff member for the campaign" is cut
    at "for" to "the campaign"), or None when a stop word or a mark comes first."""
    end = who
    while end > 0 and text[end - 1] in " \t\u00a0,":
        end -= 1
    base = max(0, end - 120)
    words = list(TOKEN_RE.finditer(text, base, end))
    start = end
    for n, w in enumerate(reversed(words[-HEAD_WORDS:])):
        word = w.group()
        low = word.lower()
        if not WORD_RE.fullmatch(word) or low in STOP_WORDS or n and word.islower() and low.endswith(("ed", "ing")):
            break
        start = w.start()
        if low in DETERMINERS:
            break
    if start >= end or PLACE_BEFORE_RE.search(text, max(0, start - 6), start) and text[start:end].split()[0].lower() \
            not in DETERMINERS:
        return None  # "a staff member for the campaign in Philadelphia who", "says to Santilli on camera, who"
    return start, end


def resolve_relatives(quotes: list[Quote], text: str, table: ActorTable) -> None:
    """Give a quote whose speaker mention is a bare "who" the person it refers to, or move the mention
    to the phrase it hangs on."""
    for q in quotes:
        m = q.mention
        if m is None or q.speaker is not None or m.text.lower() != "who":
            continue
        person = _person_before(table, text, m.start)
        if person is not None:
            q.speaker = person
            continue
        head = _head_phrase(text, m.start)
        if head is None:
            continue
        phrase = text[head[0]:head[1]]
        canon = table.resolve(phrase, head[0])
        if canon is not None:
            q.speaker = canon
        else:
            q.mention = Mention(head[0], head[1], phrase)

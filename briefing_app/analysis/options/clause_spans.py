"""Each course's own clause as its evidence when one sentence holds several: "He proposes breaking up the banks; she
backs tougher regulations", "Carson proposed a cyber agency, while Bush said he would put conservative judges on the
bench", "Brazil should reopen the fund, and Norway and Germany ought to double their pledges". The evidence of an
option (`start`/`end` of the JSON contract) is otherwise its whole sentence, so two courses of one sentence had one span
and a reader (or the one-to-one scorer) could not tell which is which. A sentence with one course keeps its span; the
holders are read on the whole sentence as before (`_add`)."""
from __future__ import annotations

import re

from briefing_app.analysis.options.hits import Hit

# where one clause ends and the next begins, between two courses: a semicolon, colon or dash, or a conjunction that
# opens a clause ("..., while", "and", "but", "whereas"); failing those, a comma
BREAK_RE = re.compile(r"\s*(?:;|:|\s[—–―-]{1,2}\s|—|―)\s*|,?\s+(?:while|whereas|but|although|though|and|yet|or)\s+")
COMMA_RE = re.compile(r",\s+")
# a course's action phrase may end on the break itself ("restore the full ration, and" before "they should ...")
TAIL_RE = re.compile(r"(?:,?\s+(?:while|whereas|but|although|though|and|yet|or)|\s*[,;:])\s*$")


def own_clauses(text: str, s: int, e: int, hits: list[Hit]) -> None:
    """Give each hit of the sentence text[s:e] without a clause of its own the part of the sentence between the nearest
    breaks before and after it, found between consecutive hits (hits with no break between them share their part)."""
    if sum(h.clause is None for h in hits) < 2:
        return
    ordered = sorted(hits, key=lambda h: h.start)
    cuts: list[tuple[int, int] | None] = []
    for a, b in zip(ordered, ordered[1:]):
        tail = TAIL_RE.search(text, a.start, a.end)
        end = tail.start() if tail is not None else a.end
        lo = max(end, a.at) if a.at < b.start else end  # after a's tag too ("A, he said, while she urged B")
        hi = min(b.at, b.start) if b.at >= lo else b.start  # before b's own cue and subject ("..., while she urged B")
        m = BREAK_RE.search(text, lo, hi) or COMMA_RE.search(text, lo, hi) if hi > lo else None
        cuts.append((m.start(), m.end()) if m is not None else None)
    for i, hit in enumerate(ordered):  # its part: from the nearest break before it to the nearest after it
        left = next((c for c in reversed(cuts[:i]) if c is not None), None)
        right = next((c for c in cuts[i:] if c is not None), None)
        if hit.clause is None and (left is not None or right is not None):
            hit.clause = (left[1] if left is not None else s, right[0] if right is not None else e)

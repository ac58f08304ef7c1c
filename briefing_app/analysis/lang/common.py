"""Helpers the Russian and Korean rule sets share."""
from __future__ import annotations

import re
from collections.abc import Callable

from briefing_app.analysis.document import Document
from briefing_app.analysis.spans import SpanReach
from briefing_app.core.model import Actor, Mention, Quote

FindReported = Callable[[Document, list[Quote]], None]
KindRule = Callable[[str, int, int, int], "str | None"]

Emit = Callable[[int, int, int, int, str, "str | None"], None]


def emitter(doc: Document, out: list[Quote]) -> Emit:
    """An emit(start, end, mention_start, mention_end, cue, speaker) that drops spans of under
    six characters and spans inside a quote already found."""
    text = doc.text
    found = SpanReach((q.start, q.end) for q in doc.quotes + doc.reported if q.kind in ("direct", "indirect"))

    def emit(s: int, e: int, ms: int, me: int, cue: str, speaker: str | None) -> None:
        while e > s and text[e - 1] in " .\t":
            e -= 1
        if e - s < 6 or found.holds(s, e):
            return
        out.append(Quote(s, e, text[s:e], "indirect", speaker, Mention(ms, me, text[ms:me]), cue, None))

    return emit


def share_with_mixed(doc: Document) -> None:
    """A mixed quote inside reported speech shares the reported speech's speaker."""
    for q in doc.quotes:
        if q.kind == "direct" and q.speaker is None:
            r = next((r for r in doc.reported if r.start <= q.start and q.end <= r.end + 1 and r.speaker), None)
            if r is not None:
                q.speaker, q.mention, q.cue = r.speaker, r.mention, r.cue


CLOSING_MARKS = "»\"”“」"
OPENING_MARKS = "«\"“„「"


def _runs_on(text: str, a: Quote, b: Quote) -> bool:
    """b carries a's quotation on into the next paragraph: a is left open at its paragraph's end (no closing
    mark) and b opens the next paragraph with an opening mark."""
    if text[a.end:a.end + 1] in CLOSING_MARKS or b.start < 1 or text[b.start - 1] not in OPENING_MARKS:
        return False
    gap = text[a.end:b.start - 1]
    return "\n" in gap and not gap.strip()


def share_over_paragraphs(doc: Document) -> None:
    """A quotation that runs over paragraphs (each opens with a mark, only the last closes) is one speaker's: a
    part with no speaker takes the speaker of the part after it, else of the part before it."""
    text = doc.text
    direct = [q for q in doc.quotes if q.kind == "direct"]
    pairs = [(a, b) for a, b in zip(direct, direct[1:]) if _runs_on(text, a, b)]
    for a, b in reversed(pairs):  # (a part before a spoken one, last first: a chain takes its speaker from its end)
        if a.speaker is None and b.speaker:
            a.speaker, a.mention, a.cue = b.speaker, b.mention, b.cue
    for a, b in pairs:
        if b.speaker is None and a.speaker:
            b.speaker, b.mention, b.cue = a.speaker, a.mention, a.cue


class ScriptRules:
    """What the Russian and Korean rule sets do alike: they apply to a text with a letter of their
    script, leave the kind of a quotation to their `kind` rule, find reported speech with their
    finder (`find_reported(doc, out)`), after which mixed quotes share its speaker, and find
    actors with their `actors`. A subclass gives the speakers of direct quotes."""

    def __init__(self, code: str, script: re.Pattern[str], kind: KindRule, find_reported: FindReported,
                 actors: Callable[[Document], list[Actor]]) -> None:
        self.code = code
        self._script, self._kind, self._find_reported, self._actors = script, kind, find_reported, actors

    def applies(self, text: str) -> bool:
        return bool(self._script.search(text))

    def kind(self, text: str, start: int, end: int, open_at: int) -> str | None:
        return self._kind(text, start, end, open_at)

    def reported(self, doc: Document) -> list[Quote]:
        out: list[Quote] = []
        self._find_reported(doc, out)
        return out

    def finish(self, doc: Document) -> None:
        share_over_paragraphs(doc)
        share_with_mixed(doc)

    def actors(self, doc: Document) -> list[Actor]:
        return self._actors(doc)

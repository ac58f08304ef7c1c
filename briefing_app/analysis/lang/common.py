"""Helpers the Russian and Korean rule sets share."""
from __future__ import annotations

from collections.abc import Callable

from briefing_app.analysis.document import Document
from briefing_app.core.model import Mention, Quote

FindReported = Callable[[Document, list[Quote]], None]

Emit = Callable[[int, int, int, int, str, "str | None"], None]


def emitter(doc: Document, out: list[Quote]) -> Emit:
    """An emit(start, end, mention_start, mention_end, cue, speaker) that drops spans of under
    six characters and spans inside a quote already found."""
    text = doc.text
    spans = [(q.start, q.end) for q in doc.quotes + doc.reported if q.kind in ("direct", "indirect")]

    def emit(s: int, e: int, ms: int, me: int, cue: str, speaker: str | None) -> None:
        while e > s and text[e - 1] in " .\t":
            e -= 1
        if e - s < 6 or any(a <= s and e <= b for a, b in spans):
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


class ReportedThenMixed:
    """What the Russian and Korean rule sets do alike: reported speech comes from the module's
    finder (`find_reported(doc, out)`), and afterwards mixed quotes share its speaker."""

    def __init__(self, find_reported: FindReported) -> None:
        self._find_reported = find_reported

    def reported(self, doc: Document) -> list[Quote]:
        out: list[Quote] = []
        self._find_reported(doc, out)
        return out

    def finish(self, doc: Document) -> None:
        share_with_mixed(doc)

"""What the reader shows of a source: its text minus hidden boilerplate, with an offset map.

Pure Python (no Qt) so the mapping is easy to test. A hidden range that covers whole lines
also drops its line break (and the blank lines after it when a blank line precedes it), so
hiding a promo line leaves no gap behind.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from briefing_app.core.model import Span


@dataclass(frozen=True)
class Piece:
    view_start: int
    src_start: int
    length: int

    @property
    def src_end(self) -> int:
        return self.src_start + self.length


class VisibleText:
    def __init__(self, text: str, hidden: list[Span] | tuple[Span, ...] = ()):
        self.source = text
        self.pieces: list[Piece] = []
        parts, pos, view = [], 0, 0
        for start, end in _merged(text, hidden):
            if start > pos:
                self.pieces.append(Piece(view, pos, start - pos))
                parts.append(text[pos:start])
                view += start - pos
            pos = max(pos, end)
        if pos < len(text):
            self.pieces.append(Piece(view, pos, len(text) - pos))
            parts.append(text[pos:])
        self.text = "".join(parts)
        self._starts = [p.src_start for p in self.pieces]
        self._view_starts = [p.view_start for p in self.pieces]

    def to_view_ranges(self, start: int, end: int) -> list[tuple[int, int]]:
        """The visible parts of source range [start, end) as view ranges."""
        out = []
        for p in self.pieces[max(0, bisect_right(self._starts, start) - 1):]:
            if p.src_start >= end:
                break
            s, e = max(start, p.src_start), min(end, p.src_end)
            if s < e:
                out.append((p.view_start + s - p.src_start, p.view_start + e - p.src_start))
        return out

    def to_source(self, view_pos: int) -> int:
        """Source offset of a view position (a position at a hidden gap maps to its end)."""
        if not self.pieces:
            return 0
        p = self.pieces[max(0, bisect_right(self._view_starts, view_pos) - 1)]
        return p.src_start + min(max(view_pos - p.view_start, 0), p.length)


def _merged(text: str, spans) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for sp in sorted(spans, key=lambda s: (s.start, s.end)):
        start, end = max(0, sp.start), min(len(text), sp.end)
        if start >= end:
            continue
        whole_line = (start == 0 or text[start - 1] == "\n")
        if whole_line and text[end:end + 1] == "\n":
            end += 1
            if start == 0 or text[max(0, start - 2):start] == "\n\n":
                end = _skip_blank_lines(text, end)  # no double gap where a paragraph went
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(s, e) for s, e in out]


def _skip_blank_lines(text: str, pos: int) -> int:
    while pos < len(text):
        nl = text.find("\n", pos)
        if nl < 0 or text[pos:nl].strip():
            break
        pos = nl + 1
    return pos

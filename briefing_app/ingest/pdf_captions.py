"""Captions of pictures on a PDF page (for pdf_layout.py): small print set just below or above
a photo (an image, or a filled or framed shape as large), its lines at their own pitch. A
caption is furniture: it describes the picture, it is not the article's text. Without a
picture nearby, small print is left to the other rules (a footnote, a byline).

So is the small print inside a framed box or on a picture that holds no body-size text (a fact
box, a sidebar, a chart's labels): it sits apart from the article's running text."""
from __future__ import annotations

from briefing_app.ingest.pdf_chars import Box, Run

SMALL = 0.92  # a caption is set smaller than this share of the body's size
NEAR = 2.2  # ... its first line's baseline within this many of its sizes of the picture's edge
MAX_LINES = 6


def captions(runs: list[Run], pictures: list[Box], body: float) -> set[int]:
    """ids of the runs that are captions of `pictures` on a page whose body text is `body` points."""
    found: set[int] = set()
    small = [r for r in runs if r.size < SMALL * body]
    if not small:
        return found
    for left, bottom, right, top in pictures:
        beside = [r for r in small if r.x0 < right - 1 and r.x1 > left + 1]
        below = sorted((r for r in beside if bottom - NEAR * r.size - 1 <= r.y < bottom), key=lambda r: -r.y)
        above = sorted((r for r in beside if top < r.y - 0.2 * r.size <= top + NEAR * r.size), key=lambda r: r.y)
        for first, step in ((below[:1], -1), (above[:1], 1)):
            if first:
                found |= _block(first[0], small, step)
    return found


def boxed(runs: list[Run], pictures: list[Box], body: float) -> set[int]:
    """ids of the runs inside a framed box or on a picture whose text is mostly small print (a fact box, a sidebar)."""
    found: set[int] = set()
    for left, bottom, right, top in pictures:
        inside = [r for r in runs if r.x0 >= left - 1 and r.x1 <= right + 1 and r.y >= bottom - 1
                  and r.y + 0.7 * r.size <= top + 1]
        small = sum(len(r.text) for r in inside if r.size < SMALL * body)
        if inside and small > 0.5 * sum(len(r.text) for r in inside):
            found |= {id(r) for r in inside}
    return found


def _block(first: Run, small: list[Run], step: int) -> set[int]:
    """ids of `first` and the lines of its size that follow it away from the picture, each within 1.6 sizes of the last."""
    lines = [first]
    while len(lines) < MAX_LINES:
        last = lines[-1]
        following = [r for r in small if abs(r.size - first.size) < 0.3 and 0 < (r.y - last.y) * step <= 1.6 * r.size
                     and r.x0 < last.x1 and r.x1 > last.x0]
        if not following:
            break
        lines.append(min(following, key=lambda r: abs(r.y - last.y)))
    same_line = {id(r) for r in small for line in lines if abs(r.y - line.y) < 0.3 * r.size
                 and r.x0 < line.x1 + 2 * r.size and r.x1 > line.x0 - 2 * r.size}
    return same_line | {id(r) for r in lines}

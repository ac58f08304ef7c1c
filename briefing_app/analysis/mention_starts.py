"""Where an actor's mentions start, sorted, for the questions asked of every actor again and again while the analysis
reads a text ("whose mention comes first in this sentence?", "which body was named last before this offset?"): one
bisection an actor instead of a loop over all its mentions. Kept for each mentions list while it holds the same spans
(Span is frozen: the same Span objects in the same order, checked in C), sorted again once it has changed."""
from __future__ import annotations

import operator

from briefing_app.core.model import Span

_KEPT = 4096  # lists kept at most (then forgotten all at once: the next questions sort their lists again)
# id(list): (the list, its spans then, their starts sorted, the end of the first span at each start)
_kept: dict[int, tuple[list[Span], list[Span], list[int], dict[int, int]]] = {}


def sorted_starts(mentions: list[Span]) -> list[int]:
    """The offsets where the mentions start, in order, each once (the list returned is shared: do not change it)."""
    kept = _kept.get(id(mentions))
    if kept is not None and kept[0] is mentions and len(kept[1]) == len(mentions) \
            and all(map(operator.is_, kept[1], mentions)):
        return kept[2]
    if len(_kept) >= _KEPT:
        _kept.clear()
    ends: dict[int, int] = {}
    for s in mentions:
        ends.setdefault(s.start, s.end)
    starts = sorted(ends)
    _kept[id(mentions)] = (mentions, list(mentions), starts, ends)  # (the list itself is kept: its id is not reused
    return starts  # while it is)


def first_end(mentions: list[Span], start: int) -> int:
    """Where the first of the mentions that starts at `start` ends (KeyError if none starts there)."""
    sorted_starts(mentions)
    return _kept[id(mentions)][3][start]


__all__ = ["first_end", "sorted_starts"]

"""Questions about a fixed set of spans asked many times over a text ("does a quote found so far
hold this offset?"), each in O(log n) instead of a scan of every span: the spans sorted by start,
with the furthest end reached by any span starting at or before each one. The answers are those of
the plain `any(...)` over the spans, for any spans (overlapping, nested, empty)."""
from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class SpanReach:
    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach = list(itertools.accumulate((b for _, b in ordered), max))

    def _furthest(self, count: int) -> int | None:
        """The furthest end of the first `count` spans (by start), None if there are none."""
        return self.reach[count - 1] if count else None

    def holds(self, start: int, end: int) -> bool:
        """Does one span hold start..end: any(a <= start and end <= b)?"""
        furthest = self._furthest(bisect.bisect_right(self.starts, start))
        return furthest is not None and furthest >= end

    def overlaps(self, start: int, end: int) -> bool:
        """Does a span reach into start..end: any(a < end and start < b)?"""
        furthest = self._furthest(bisect.bisect_left(self.starts, end))
        return furthest is not None and furthest > start

    def covers(self, pos: int) -> bool:
        """Is the offset inside a span: any(a <= pos < b)?"""
        return self.overlaps(pos, pos + 1)


class SpansByStart(Generic[T]):
    """Spans with something each (start, end, item), for "which spans hold start..end?" asked many times: only the
    spans starting at most the longest span's length before `end` can, found by bisection, so that a question reads
    the spans near it instead of all of them. The answers are those of the plain scan, for any spans."""

    def __init__(self, spans: Iterable[tuple[int, int, T]]) -> None:
        self.items = sorted(spans, key=lambda span: span[0])
        self.starts = [a for a, _, _ in self.items]
        self.longest = max((b - a for a, b, _ in self.items), default=0)

    def add(self, start: int, end: int, item: T) -> None:
        """One span more (after those with the same start)."""
        at = bisect.bisect_right(self.starts, start)
        self.starts.insert(at, start)
        self.items.insert(at, (start, end, item))
        self.longest = max(self.longest, end - start)

    def holding(self, start: int, end: int) -> Iterator[tuple[int, int, T]]:
        """The spans with a <= start and end <= b (by start, in their given order at one start)."""
        lo = bisect.bisect_left(self.starts, end - self.longest)  # (b - a <= longest and b >= end: a >= end - longest)
        for span in self.items[lo:bisect.bisect_right(self.starts, start)]:
            if end <= span[1]:
                yield span


__all__ = ["SpanReach", "SpansByStart"]

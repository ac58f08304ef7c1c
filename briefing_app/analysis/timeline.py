"""Every person mention of a text in order, (offset, canonical name), and the questions the actor
rules ask of it at a given offset: who of these people was named last, which mentions come before.
Each is answered by bisection from the offset, not by a scan of the whole text's mentions, so a long
text costs in proportion to its length."""
from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator

Entry = tuple[int, str]


class Timeline:
    def __init__(self) -> None:
        self.entries: list[Entry] = []  # in offset order (appended so, or sorted)
        self._positions: dict[str, list[int]] = {}  # each name's offsets, in entry order
        self._indexes: dict[str, list[int]] = {}  # and the entries' indexes

    def append(self, pos: int, canon: str) -> None:
        """Add a mention at `pos`, which no earlier one's offset exceeds."""
        self._positions.setdefault(canon, []).append(pos)
        self._indexes.setdefault(canon, []).append(len(self.entries))
        self.entries.append((pos, canon))

    def sort(self) -> None:
        """Order the entries by (offset, name), as a list of tuples sorts."""
        self.entries.sort()
        self._positions, self._indexes = {}, {}
        for i, (pos, canon) in enumerate(self.entries):
            self._positions.setdefault(canon, []).append(pos)
            self._indexes.setdefault(canon, []).append(i)

    def latest_of(self, names: Iterable[str], pos: int) -> str | None:
        """Of `names`, the one whose mention before `pos` comes last in the entries (None: none is
        mentioned before pos): the last of [c for p, c in entries if p < pos and c in names]."""
        best, found = -1, None
        for name in names:
            positions = self._positions.get(name)
            if not positions:
                continue
            k = bisect.bisect_left(positions, pos)
            if k and self._indexes[name][k - 1] > best:
                best, found = self._indexes[name][k - 1], name
        return found

    def before(self, pos: int) -> Iterator[Entry]:
        """The entries with an offset before `pos`, latest first (reversed entries, those at or after
        pos skipped)."""
        entries = self.entries
        for i in range(bisect.bisect_left(entries, (pos,)) - 1, -1, -1):
            yield entries[i]

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)


__all__ = ["Timeline"]

"""The rows a server transaction inserts, sent as multi-row INSERTs instead of one statement each.

An import writes some thirty to fifty rows a source (boilerplate ranges, actors, mentions,
clips and quotes, options). Their ids are taken from the sequences beforehand (postgres.py), so
nothing waits for an INSERT's result: rows are held until the transaction next reads, updates,
deletes or commits, and then go out as one INSERT per table and column set. A row joins an
earlier statement of its kind only when no row held after that statement is one it refers to
(clips and their quotes alternate, yet all clips go first and all quotes after), so every
foreign key still points at a row written before it, and the transaction's effect is the same.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from briefing_app.core.schema import FOREIGN_KEYS

MAX_PARAMETERS = 30_000  # per statement (the protocol's limit is 65,535)


@dataclass
class _Batch:
    table: str
    columns: str
    rows: list[list[Any]] = field(default_factory=list)
    ids: set[int] = field(default_factory=set)


class PendingInserts:
    def __init__(self) -> None:
        self._batches: list[_Batch] = []

    def __bool__(self) -> bool:
        return bool(self._batches)

    def clear(self) -> None:
        self._batches = []

    def add(self, table: str, columns: str, names: list[str], values: list[Any], row_id: int) -> None:
        refs = [(parent, values[names.index(column)]) for column, parent, _ in FOREIGN_KEYS.get(table, [])
                if column in names and values[names.index(column)] is not None]
        target = None
        for batch in reversed(self._batches):
            if batch.table == table and batch.columns == columns:
                target = batch
                break
            if any(batch.table == parent and ref in batch.ids for parent, ref in refs):
                break  # this row needs one held after any earlier statement of its kind
        if target is None:
            target = _Batch(table, columns)
            self._batches.append(target)
        target.rows.append(values)
        target.ids.add(row_id)

    def take(self) -> list[tuple[str, list[Any]]]:
        """The statements (SQL with %s placeholders, parameters) in the order to run them; emptied."""
        out = []
        for batch in self._batches:
            width = len(batch.rows[0])
            step = max(1, MAX_PARAMETERS // width)
            for at in range(0, len(batch.rows), step):
                rows = batch.rows[at:at + step]
                marks = ", ".join(["(" + ", ".join(["%s"] * width) + ")"] * len(rows))
                out.append((f"INSERT INTO {batch.table} ({batch.columns}) VALUES {marks}",
                            [v for row in rows for v in row]))
        self._batches = []
        return out

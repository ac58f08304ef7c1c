"""The rows a server transaction inserts, sent as multi-row INSERTs instead of one statement each.

An import writes some thirty to fifty rows a source (boilerplate ranges, actors, mentions,
clips and quotes, options). Their ids are taken from the sequences beforehand (postgres.py), so
nothing waits for an INSERT's result: rows are held until the transaction next reads, updates,
deletes or commits, and then go out as one INSERT per table and column set, of the form
`INSERT … SELECT * FROM unnest(%s::type[], …)`: one short statement text per column set, so
psycopg parses it once and the server plans it once, whatever the number of rows. A row joins an
earlier statement of its kind only when no row held after that statement is one it refers to
(clips and their quotes alternate, yet all clips go first and all quotes after), so every
foreign key still points at a row written before it, and the transaction's effect is the same.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from briefing_app.core.schema import FOREIGN_KEYS



@dataclass
class _Batch:
    table: str
    columns: str
    names: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    ids: set[int] = field(default_factory=set)


class PendingInserts:
    def __init__(self) -> None:
        self._batches: list[_Batch] = []
        self._types: dict[str, dict[str, str]] = {}  # table -> column -> SQL type, read once

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
            target = _Batch(table, columns, names)
            self._batches.append(target)
        target.rows.append(values)
        target.ids.add(row_id)

    def send(self, conn: Any) -> None:
        """Run the held rows' statements on `conn` (a psycopg connection), in order; emptied."""
        batches, self._batches = self._batches, []
        for batch in batches:
            if len(batch.rows) == 1:
                marks = ", ".join(["%s"] * len(batch.names))
                conn.execute(f"INSERT INTO {batch.table} ({batch.columns}) VALUES ({marks})", batch.rows[0])
                continue
            types = self._column_types(conn, batch.table)
            arrays = ", ".join(f"%s::{types[name]}[]" for name in batch.names)
            conn.execute(f"INSERT INTO {batch.table} ({batch.columns}) SELECT * FROM unnest({arrays})",
                         [list(column) for column in zip(*batch.rows)])

    def _column_types(self, conn: Any, table: str) -> dict[str, str]:
        if table not in self._types:
            self._types[table] = {str(r[0]): str(r[1]) for r in conn.execute(
                "SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = %s::regclass "
                "AND attnum > 0 AND NOT attisdropped", [table])}
        return self._types[table]

"""Generic row operations both backends share: insert, versioned update, cascade-aware
delete with a snapshot that restores it exactly, and version checks for undo.

Written once over the backend's `_run(sql, params)`; statements use `?` placeholders,
which the PostgreSQL backend turns into its own.
"""
from __future__ import annotations

import functools
import itertools
from datetime import datetime, UTC
from typing import Any, Protocol
from collections.abc import Iterable

from briefing_app.core.errors import NotFound, StaleEditError
from briefing_app.core.schema import AUTHORED, FOREIGN_KEYS, TABLE_ORDER, VERSIONED
from briefing_app.core.store.sql import quote_name

POLYMORPHIC_REFS = {"quotes": "quote", "actors": "actor", "options": "option"}
_NAMES = {"sources": "source", "boilerplate": "hidden range", "actors": "actor", "actor_aliases": "alias",
          "mentions": "mention", "clips": "clip", "quotes": "quote", "options": "option",
          "option_stances": "stance", "memos": "memo", "memo_sections": "memo section",
          "memo_items": "memo item", "settings": "setting"}

Row = dict[str, Any]
Snapshot = list[tuple[str, list[Row]]]


class Cursor(Protocol):
    @property
    def rowcount(self) -> int: ...

    def fetchall(self) -> list[Any]: ...


_NOW: tuple[int, str] = (0, "")


def now_text() -> str:
    """The current UTC time to the second, as stored; formatted once a second (an import stamps
    a dozen rows a source)."""
    global _NOW
    now = datetime.now(UTC)
    second = int(now.timestamp())
    if second != _NOW[0]:
        _NOW = (second, now.strftime("%Y-%m-%dT%H:%M:%SZ"))
    return _NOW[1]


@functools.lru_cache(maxsize=256)
def _column_list(names: tuple[str, ...]) -> tuple[str, str]:
    """The quoted column names and the placeholders of an INSERT, made once per column set
    (an import writes some fifty rows a source, of a handful of shapes)."""
    return ", ".join(quote_name(c) for c in names), ", ".join("?" for _ in names)


def describe(table: str, row_id: object) -> str:
    return f"{_NAMES.get(table, table)} {row_id}"


class RowStore:
    """The generic row writes the commands are built from. Backends provide `_run` and `user`.

    Every write notes the version it left the row at (None: deleted) in `touched`, and the
    version the row had before the transaction's first write to it (None: it did not exist) in
    `touched_before`; the transaction clears both when it begins. History keeps them per step
    and checks them on undo."""

    user: str = ""
    lock_rows: str = ""  # appended to a SELECT to lock its rows for the transaction
    touched: dict[tuple[str, int], int | None]
    touched_before: dict[tuple[str, int], int | None]

    def _run(self, sql: str, params: Iterable[Any] = ()) -> Cursor:
        raise NotImplementedError

    def _insert_id(self, table: str, cols: str, marks: str, values: list[Any]) -> int:
        raise NotImplementedError

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[Any]:
        return self._run(sql, params).fetchall()

    def query_tuples(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        """As query(), as plain tuples (no column names): for reading very many rows."""
        return [tuple(r) for r in self.query(sql, params)]

    def insert(self, table: str, row: Row) -> int:
        return self.insert_rows(table, [row])[0]

    def insert_rows(self, table: str, rows: list[Row]) -> list[int]:
        """Insert rows of one table, in order; their new ids. Consecutive rows of one column set
        go to the backend together (`_insert_ids`: one executemany on SQLite)."""
        prepared = []
        authored = table in AUTHORED
        for row in rows:  # the caller's rows are read, never changed
            if authored and "created_by" not in row:
                row = {**row, "created_by": self.user, "created_at": now_text()}
            prepared.append(row)
        ids: list[int] = []
        for names, group in itertools.groupby(prepared, key=tuple):
            cols, marks = _column_list(names)
            values = [list(r.values()) for r in group]
            if "id" in names:  # an id given: as it is, one by one
                ids += [self._insert_id(table, cols, marks, v) for v in values]
            else:
                ids += self._insert_ids(table, cols, marks, values)
        if table in VERSIONED:
            for row, row_id in zip(prepared, ids):
                self.touched_before.setdefault((table, row_id), None)
                self.touched[(table, row_id)] = int(row.get("version", 1))
        return ids

    def _insert_ids(self, table: str, cols: str, marks: str, rows: list[list[Any]]) -> list[int]:
        """Rows of one column set; their ids in order. A backend may send them at once."""
        return [self._insert_id(table, cols, marks, values) for values in rows]

    def insert_many(self, table: str, rows: list[Row]) -> None:
        """Write rows exactly as given (ids, versions and authors included): a project copied
        from another backend. Rows are grouped by their column sets."""
        groups: dict[tuple[str, ...], list[list[Any]]] = {}
        for row in rows:
            groups.setdefault(tuple(row), []).append(list(row.values()))
        for columns, values in groups.items():
            cols = ", ".join(quote_name(c) for c in columns)
            self._run_many(f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' for _ in columns)})", values)

    def _run_many(self, sql: str, rows: list[list[Any]]) -> None:
        raise NotImplementedError

    def after_bulk_copy(self) -> None:
        """Told after insert_many wrote rows with their own ids (PostgreSQL moves its id sequences)."""

    def update(self, table: str, row_id: int, fields: Row) -> Row:
        """Set fields on one row; returns the old values of those fields."""
        return self.update_row(table, row_id, fields)[0]

    def update_row(self, table: str, row_id: int, fields: Row, expect: int | None = None) -> tuple[Row, int]:
        """Set fields on one row based on version `expect` (None: whatever is there now).

        Returns the old values of the fields and the row's new version. A row changed by
        someone else since `expect` raises StaleEditError and nothing is written.
        """
        old = self.get_row(table, row_id)
        if old is None:
            raise NotFound(f"{describe(table, row_id)} no longer exists (deleted by someone else?)")
        if table not in VERSIONED:
            if fields:
                sets = ", ".join(f"{quote_name(c)} = ?" for c in fields)
                self._run(f"UPDATE {table} SET {sets} WHERE id = ?", [*fields.values(), row_id])
            return {k: old[k] for k in fields}, 0
        if expect is not None and old["version"] != expect:
            raise StaleEditError(_stale_message(table, row_id, old))
        values = dict(fields)
        if table in AUTHORED:
            values["changed_by"], values["changed_at"] = self.user, now_text()
        sets = "".join(f"{quote_name(c)} = ?, " for c in values)  # none: only the version moves on
        done = self.query(f"UPDATE {table} SET {sets}version = version + 1 WHERE id = ? AND version = ? "
                          f"RETURNING version", [*values.values(), row_id, old["version"]])
        if len(done) != 1:  # changed between our read and our write (no row lock on SQLite reads)
            raise StaleEditError(_stale_message(table, row_id, self.get_row(table, row_id) or old))
        self.touched_before.setdefault((table, row_id), int(old["version"]))
        self.touched[(table, row_id)] = int(old["version"]) + 1
        return {k: old[k] for k in fields}, int(old["version"]) + 1

    def get_row(self, table: str, row_id: int) -> Row | None:
        rows = self.query(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
        return dict(rows[0]) if rows else None

    def versions(self, table: str, ids: list[int], *, lock: bool = False) -> dict[int, int]:
        """Current version of each row that still exists. lock=True (inside a transaction):
        no one else may change those rows until it ends (the server's SELECT … FOR UPDATE; an
        SQLite write transaction excludes other writers anyway)."""
        if table not in VERSIONED:
            return {}
        out: dict[int, int] = {}
        suffix = self.lock_rows if lock else ""
        for i in range(0, len(ids), 500):
            chunk = ids[i: i + 500]
            out.update((int(r["id"]), int(r["version"])) for r in self.query(
                f"SELECT id, version FROM {table} WHERE id IN ({','.join('?' * len(chunk))}){suffix}", chunk))
        return out

    def check_unchanged(self, left: dict[tuple[str, int], int | None], doing: str) -> None:
        """Refuse (StaleEditError) when a row is no longer at the version a step left it at
        (None: the step deleted it, so it must still be absent)."""
        by_table: dict[str, dict[int, int | None]] = {}
        for (table, row_id), version in left.items():
            by_table.setdefault(table, {})[row_id] = version
        for table, expected in by_table.items():
            now = self.versions(table, list(expected), lock=True)  # checked rows stay as checked
            for row_id, version in expected.items():
                if now.get(row_id) == version:
                    continue
                row = self.get_row(table, row_id)
                if row is None:
                    raise StaleEditError(f"cannot {doing}: {describe(table, row_id)} was deleted by someone else since")
                if version is None:
                    raise StaleEditError(f"cannot {doing}: {describe(table, row_id)} was added again by someone else")
                raise StaleEditError(f"cannot {doing}: " + _stale_message(table, row_id, row))

    def ids_where(self, table: str, match: Row) -> list[int]:
        """Ids of the rows whose columns equal every value in `match`."""
        where = " AND ".join(f"{quote_name(c)} = ?" for c in match)
        return [int(r["id"]) for r in self.query(f"SELECT id FROM {table} WHERE {where} ORDER BY id", list(match.values()))]

    def delete_with_dependents(self, table: str, ids: list[int]) -> Snapshot:
        """Delete rows and everything that cascades from them; return what restores them.

        The snapshot also holds the rows whose foreign keys were set to NULL and the memo
        items that referred to deleted quotes, actors or options, so restore() is exact.
        """
        collected: dict[str, dict[int, Row]] = {}
        nulled: dict[str, dict[int, Row]] = {}
        self._collect(table, ids, collected, nulled)
        for kind_table, kind in POLYMORPHIC_REFS.items():
            gone = list(collected.get(kind_table, {}))
            if gone:
                for r in self.rows_in("memo_items", "ref_id", gone, extra="kind = ?", extra_params=[kind]):
                    collected.setdefault("memo_items", {})[r["id"]] = r
        snapshot: Snapshot = []
        for name in TABLE_ORDER:
            rows = list(collected.get(name, {}).values())
            if rows:
                snapshot.append((name, rows))
        for name, nrows in nulled.items():
            snapshot.append((f"{name}!nulled", list(nrows.values())))
        for name in reversed(TABLE_ORDER):
            found = collected.get(name)
            if found and name in VERSIONED:
                for row_id, r in found.items():
                    self.touched_before.setdefault((name, row_id), int(r["version"]))
            if found:
                self._delete_ids(name, list(found))
        return snapshot

    def restore(self, snapshot: Snapshot) -> None:
        for name, rows in snapshot:
            if name.endswith("!nulled"):
                table = name.split("!", 1)[0]
                for r in rows:
                    sets = ", ".join(f"{quote_name(c)} = ?" for c in r if c != "id")
                    self._run(f"UPDATE {table} SET {sets} WHERE id = ?", [*(v for c, v in r.items() if c != "id"), r["id"]])
                    if table in VERSIONED:
                        self.touched[(table, r["id"])] = r["version"]
            else:
                for r in rows:
                    self.insert(name, r)

    def _collect(self, table: str, ids: list[int], collected: dict[str, dict[int, Row]],
                 nulled: dict[str, dict[int, Row]]) -> None:
        new = [i for i in ids if i not in collected.get(table, {})]
        if not new:
            return
        rows = self.rows_in(table, "id", new)
        collected.setdefault(table, {}).update({r["id"]: r for r in rows})
        for child, fks in FOREIGN_KEYS.items():
            for column, parent, action in fks:
                if parent != table:
                    continue
                children = self.rows_in(child, column, new)
                if action == "cascade":
                    self._collect(child, [c["id"] for c in children], collected, nulled)
                else:
                    for c in children:
                        nulled.setdefault(child, {}).setdefault(c["id"], c)

    def rows_in(self, table: str, column: str, values: list[int], *, extra: str = "",
                extra_params: list[Any] | None = None) -> list[Row]:
        out: list[Row] = []
        for i in range(0, len(values), 500):
            chunk = values[i: i + 500]
            marks = ",".join("?" * len(chunk))
            where = f"{quote_name(column)} IN ({marks})" + (f" AND {extra}" if extra else "")
            out += [dict(r) for r in self.query(f"SELECT * FROM {table} WHERE {where}", [*chunk, *(extra_params or [])])]
        return out

    def _delete_ids(self, table: str, ids: list[int]) -> None:
        if table in VERSIONED:
            self.touched.update(((table, i), None) for i in ids)
        for i in range(0, len(ids), 500):
            chunk = ids[i: i + 500]
            self._run(f"DELETE FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk)


def _stale_message(table: str, row_id: int, row: Row) -> str:
    who = row.get("changed_by") or ""
    when = row.get("changed_at") or ""
    by = f" by {who}" if who else " by someone else"
    at = f" at {when}" if when else ""
    return f"{describe(table, row_id)} was changed{by}{at} since you last saw it; nothing was overwritten"

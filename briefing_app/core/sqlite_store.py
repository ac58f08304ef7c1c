"""The SQLite project file: opening, migrating, transactions and generic row operations.

All SQLite specifics (PRAGMAs, FTS5 syntax) stay in this module and in schema.py; the
commands and queries above it use the methods here.
"""
from __future__ import annotations

import os
import re
import shutil
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Self
from collections.abc import Iterator

from briefing_app.core.errors import NotFound, ProjectError
from briefing_app.core.lock import ProjectLock
from briefing_app.core.schema import FOREIGN_KEYS, LATEST, MIGRATIONS, TABLE_ORDER

SQLITE_MAGIC = b"SQLite format 3\x00"
POLYMORPHIC_REFS = {"quotes": "quote", "actors": "actor", "options": "option"}

Row = dict[str, Any]
Snapshot = list[tuple[str, list[Row]]]


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise ProjectError(f"{path} is a folder, not a project file")
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except PermissionError:
        raise ProjectError(f"cannot read {path}: permission denied") from None
    if head and head != SQLITE_MAGIC:
        raise ProjectError(f"{path} is not a Briefing Builder project (not an SQLite file)")


class SqliteStore:
    """One open project file. Thread-confined: use it from the thread that opened it."""

    def __init__(self, path: str | os.PathLike[str], *, create: bool = True, exclusive: bool = True):
        self.path = Path(path)
        self._project_lock: ProjectLock | None = None
        if self.path.exists():
            _check_file(self.path)
        elif not create:
            raise ProjectError(f"no project file at {self.path}")
        elif not self.path.parent.is_dir():
            raise ProjectError(f"cannot create {self.path}: folder {self.path.parent} does not exist")
        if exclusive:
            self._project_lock = ProjectLock(self.path)
            try:
                self._project_lock.acquire()
            except OSError:  # no lock file possible (read-only folder): SQLite's locking still holds
                self._project_lock = None
        try:
            self.conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA busy_timeout = 5000")
            self._refuse_newer()  # before anything that writes, so a newer file stays untouched
            self.conn.execute("PRAGMA foreign_keys = ON")
            mode = self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise ProjectError(f"cannot open {self.path} in WAL mode")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self._close_quietly()
            if not _writable_place(self.path):
                if exclusive:
                    raise ProjectError(f"cannot open {self.path.name} for editing: it is on a read-only disk or in "
                                       f"a read-only folder; copy it somewhere writable") from None
                self._open_read_only()  # reading (search, export) works from a read-only disk
            else:
                raise ProjectError(f"cannot open {self.path}: {exc}") from None
        except BaseException:
            self._close_quietly()
            raise
        self._depth = 0
        self._lock = threading.RLock()

    def _open_read_only(self) -> None:
        """Open a project on a read-only disk for reading. SQLite cannot even read a WAL file there
        (it needs the -shm beside it), so the file must have been closed cleanly: no WAL left."""
        wal = Path(f"{self.path}-wal")
        if wal.exists() and wal.stat().st_size:
            raise ProjectError(f"cannot read {self.path.name}: it is on a read-only disk and was not closed "
                               f"cleanly (its -wal file holds changes); open it once from a writable folder")
        uri = self.path.resolve().as_uri() + "?mode=ro&immutable=1"
        try:
            self.conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            self._close_quietly()
            raise ProjectError(f"cannot open {self.path}: {exc}") from None
        if version != LATEST:
            self._close_quietly()
            raise ProjectError(f"cannot open {self.path.name}: it is on a read-only disk and needs upgrading "
                               f"(version {version}, this app uses {LATEST}); copy it somewhere writable")

    # -- lifecycle -------------------------------------------------------------------

    def _close_quietly(self) -> None:
        conn = getattr(self, "conn", None)
        if conn is not None:
            try:
                conn.close()
            except sqlite3.Error:
                pass
        self._release_lock()

    def _release_lock(self) -> None:
        if self._project_lock is not None:
            self._project_lock.release()
            self._project_lock = None

    def close(self) -> None:
        if getattr(self, "conn", None) is not None:
            try:
                self.conn.execute("PRAGMA optimize")
            except sqlite3.Error:
                pass
            self.conn.close()
            self.conn = None  # type: ignore[assignment]
        self._release_lock()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _refuse_newer(self) -> None:
        version = self.schema_version
        if version > LATEST:
            raise ProjectError(
                f"{self.path} was written by a newer Briefing Builder (schema {version}, "
                f"this version reads up to {LATEST}); it was left untouched"
            )

    def _migrate(self) -> None:
        version = self.schema_version
        if version == LATEST:
            return
        has_data = version > 0
        if has_data:
            backup = self.path.with_name(self.path.name + f".v{version}.bak")
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            shutil.copy2(self.path, backup)
        for number in range(version + 1, LATEST + 1):
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in _statements(MIGRATIONS[number - 1]):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {number}")
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    # -- transactions ----------------------------------------------------------------

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit: everything inside commits together or not at all. Nests."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise ProjectError(f"project {self.path.name} is busy or read-only: {exc}") from None
            self._depth = 1
            try:
                yield
            except BaseException:
                self._depth = 0
                self._rollback()
                raise
            self._depth = 0
            try:
                self.conn.execute("COMMIT")
            except sqlite3.Error as exc:
                self._rollback()  # a failed COMMIT (disk full) may have rolled back already
                raise ProjectError(f"could not save to {self.path.name}: {exc}") from None

    # -- generic rows ----------------------------------------------------------------

    def query(self, sql: str, params: tuple | list = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def insert(self, table: str, row: Row) -> int:
        cols = ", ".join(_quote(c) for c in row)
        marks = ", ".join("?" for _ in row)
        try:
            cur = self.conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(row.values()))
        except sqlite3.OperationalError as exc:
            raise ProjectError(f"could not write to {self.path.name}: {exc}") from None
        assert cur.lastrowid is not None  # an INSERT always sets it
        return cur.lastrowid

    def update(self, table: str, row_id: int, fields: Row) -> Row:
        """Set fields on one row; returns the old values of those fields."""
        old = self.get_row(table, row_id)
        if old is None:
            raise NotFound(f"{table} {row_id} no longer exists")
        sets = ", ".join(f"{_quote(c)} = ?" for c in fields)
        self.conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*fields.values(), row_id])
        return {k: old[k] for k in fields}

    def get_row(self, table: str, row_id: int) -> Row | None:
        r = self.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).fetchone()
        return dict(r) if r else None

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
                for r in self._rows_in("memo_items", "ref_id", gone, extra="kind = ?", extra_params=[kind]):
                    collected.setdefault("memo_items", {})[r["id"]] = r
        snapshot: Snapshot = []
        for name in TABLE_ORDER:
            rows = list(collected.get(name, {}).values())
            if rows:
                snapshot.append((name, rows))
        for name, by_id in nulled.items():
            snapshot.append((f"{name}!nulled", list(by_id.values())))
        for name in reversed(TABLE_ORDER):
            if collected.get(name):
                self._delete_ids(name, list(collected[name]))
        return snapshot

    def restore(self, snapshot: Snapshot) -> None:
        for name, rows in snapshot:
            if name.endswith("!nulled"):
                table = name.split("!", 1)[0]
                for r in rows:
                    self.conn.execute(
                        f"UPDATE {table} SET {', '.join(f'{_quote(c)} = ?' for c in r if c != 'id')} WHERE id = ?",
                        [*(v for c, v in r.items() if c != "id"), r["id"]],
                    )
            else:
                for r in rows:
                    self.insert(name, r)

    def _collect(self, table: str, ids: list[int], collected: dict, nulled: dict) -> None:
        new = [i for i in ids if i not in collected.get(table, {})]
        if not new:
            return
        rows = self._rows_in(table, "id", new)
        collected.setdefault(table, {}).update({r["id"]: r for r in rows})
        for child, fks in FOREIGN_KEYS.items():
            for column, parent, action in fks:
                if parent != table:
                    continue
                children = self._rows_in(child, column, new)
                if action == "cascade":
                    self._collect(child, [c["id"] for c in children], collected, nulled)
                else:
                    for c in children:
                        nulled.setdefault(child, {}).setdefault(c["id"], c)

    def _rows_in(self, table: str, column: str, values: list[int], *, extra: str = "", extra_params: list | None = None) -> list[Row]:
        out: list[Row] = []
        for i in range(0, len(values), 500):
            chunk = values[i : i + 500]
            marks = ",".join("?" * len(chunk))
            where = f"{_quote(column)} IN ({marks})" + (f" AND {extra}" if extra else "")
            out += [dict(r) for r in self.conn.execute(f"SELECT * FROM {table} WHERE {where}", [*chunk, *(extra_params or [])])]
        return out

    def _delete_ids(self, table: str, ids: list[int]) -> None:
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            self.conn.execute(f"DELETE FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk)

    # -- full-text search ------------------------------------------------------------

    def search_sources(self, query: str, limit: int = 50, *, outlet: str | None = None, genre: str | None = None,
                       date_from: str | None = None, date_to: str | None = None, sort: str = "rank",
                       descending: bool | None = None) -> list[tuple[int, str]]:
        """(source id, snippet) best first (or in `sort` order), filtered by outlet, genre and
        published date (ISO, inclusive). The query is taken as plain words, not FTS syntax.

        Latin-script words go to the porter index (stemming: "warns" finds "warned"); a query
        with other scripts goes to the trigram index, which finds Korean and Russian words
        inside inflected forms. Words under three characters there are matched with LIKE.
        """
        words = [w for w in _words(query) if w]
        if not words:
            return []
        latin = all(_LATIN.fullmatch(w) for w in words)
        table = "sources_fts" if latin else "sources_trigram"
        long_words = words if latin else [w for w in words if len(w) >= 3]
        short_words = [] if latin else [w for w in words if len(w) < 3]
        where, params = source_filter_sql(outlet, genre, date_from, date_to)
        for w in short_words:
            where.append("(s.text LIKE ? ESCAPE '\\' OR s.title LIKE ? ESCAPE '\\')")
            params += [_like(w)] * 2
        order = order_sql(sort, descending, "f.rank" if long_words else "s.id")
        if long_words:
            match = " ".join('"' + w.replace('"', '""') + '"' for w in long_words)
            # ids first, snippets only for them: in one query SQLite builds a snippet for every match
            sql = (f"SELECT s.id FROM {table} f JOIN sources s ON s.id = f.rowid WHERE {table} MATCH ?"
                   + "".join(f" AND {w}" for w in where) + f" ORDER BY {order} LIMIT ?")
            ids = [int(r[0]) for r in self.conn.execute(sql, [match, *params, limit])]
            snippets: dict[int, str] = {}
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                snippets.update((int(r[0]), r[1]) for r in self.conn.execute(
                    f"SELECT rowid, snippet({table}, 3, '[', ']', '…', 12) FROM {table} "
                    f"WHERE {table} MATCH ? AND rowid IN ({','.join('?' * len(chunk))})", [match, *chunk]))
            rows = [(i, snippets.get(i, "")) for i in ids]
            if not short_words:
                return [(int(r[0]), r[1]) for r in rows]
            return [(int(r[0]), _snippet(self._text_of(int(r[0])), short_words[0]) if "[" not in r[1] else r[1])
                    for r in rows]
        sql = ("SELECT s.id, s.text FROM sources s WHERE " + " AND ".join(where)
               + f" ORDER BY {order} LIMIT ?")
        return [(int(r[0]), _snippet(r[1], short_words[0])) for r in self.conn.execute(sql, [*params, limit])]

    def _text_of(self, source_id: int) -> str:
        row = self.conn.execute("SELECT text FROM sources WHERE id = ?", (source_id,)).fetchone()
        return row[0] if row else ""


SORTS = {
    "rank": None, "id": "s.id", "imported": "s.imported_at", "date": "s.published",
    "title": "s.title COLLATE NOCASE", "outlet": "s.outlet COLLATE NOCASE", "author": "s.author COLLATE NOCASE",
}
_LATIN = re.compile(r"[0-9A-Za-z_\u00c0-\u024f]+")


def source_filter_sql(outlet: str | None = None, genre: str | None = None, date_from: str | None = None,
                      date_to: str | None = None) -> tuple[list[str], list[object]]:
    """WHERE clauses (over sources aliased `s`) and their parameters for the library filters."""
    where: list[str] = []
    params: list[object] = []
    if outlet:
        where.append("s.outlet = ? COLLATE NOCASE")
        params.append(outlet)
    if genre:
        where.append("s.genre = ?")
        params.append(genre)
    if date_from:
        where.append("s.published >= ?")
        params.append(date_from)
    if date_to:
        where.append("s.published <= ?")
        params.append(date_to + "\uffff" if len(date_to) < 10 else date_to)
    return where, params


def order_sql(sort: str, descending: bool | None, rank: str) -> str:
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r} (one of {', '.join(SORTS)})")
    column = SORTS[sort] or rank
    if descending is None:
        descending = sort in ("date", "imported")
    nulls = f"{column.split()[0]} IS NULL, " if sort not in ("rank", "id") else ""
    return f"{nulls}{column} {'DESC' if descending else 'ASC'}, s.id"


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _snippet(text: str, word: str, width: int = 60) -> str:
    at = text.lower().find(word.lower())
    if at < 0:
        return " ".join(text[: 2 * width].split())
    start, end = max(0, at - width), min(len(text), at + len(word) + width)
    out = text[start:at] + "[" + text[at:at + len(word)] + "]" + text[at + len(word):end]
    return ("…" if start else "") + " ".join(out.split()) + ("…" if end < len(text) else "")


def _words(query: str) -> list[str]:
    return re.findall(r"\w+", query)


def _quote(name: str) -> str:
    return f'"{name}"'


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (trigger bodies keep their semicolons)."""
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out


def _writable_place(path: Path) -> bool:
    """Can this process write the project file and create files beside it (WAL, -shm)?"""
    folder_ok = os.access(path.parent, os.W_OK)
    return folder_ok and (not path.exists() or os.access(path, os.W_OK))

"""The SQLite project file: opening, migrating and transactions.

All SQLite specifics (PRAGMAs, FTS5 syntax) stay in this module, sqlite_search.py and
core/schema.py; the commands and queries above use the store's methods.
"""
from __future__ import annotations

import getpass
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any
from collections.abc import Iterable

from briefing_app.core.errors import ProjectError
from briefing_app.core.lock import ProjectLock
from briefing_app.core.model import without_nul
from briefing_app.core.schema import LATEST, MIGRATIONS
from briefing_app.core.store.base import Store
from briefing_app.core.store.option_index import OptionIndex
from briefing_app.core.store.sql import SQLITE
from briefing_app.core.store.sqlite_search import SqliteSearch

SQLITE_MAGIC = b"SQLite format 3\x00"


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


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


class SqliteStore(SqliteSearch, Store):
    """One open project file. Thread-confined: use it from the thread that opened it."""

    dialect = SQLITE

    def __init__(self, path: str | os.PathLike[str], *, create: bool = True, exclusive: bool = True):
        self.path = Path(path)
        self.label = self.path.name
        self._options = OptionIndex()
        self.user = _user()
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
            # for migration 11: SQL's replace() cannot replace a NUL (it reads a pattern up to one)
            self.conn.create_function("without_nul", 1, without_nul, deterministic=True)
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
        self._init_transactions()

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

    @property
    def location(self) -> str:
        return str(self.path)

    @property
    def is_open(self) -> bool:
        return getattr(self, "conn", None) is not None

    def close(self) -> None:
        if getattr(self, "conn", None) is not None:
            try:
                self.conn.execute("PRAGMA optimize")
            except sqlite3.Error:
                pass
            self.conn.close()
            self.conn = None  # type: ignore[assignment]
        self._release_lock()

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

    # -- the backend's hooks ------------------------------------------------------------

    def _begin(self) -> None:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise ProjectError(f"project {self.path.name} is busy or read-only: {exc}") from None

    def _rollback(self) -> None:
        self._options.forget()  # it may hold options this transaction added
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def _commit(self) -> None:
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()  # a failed COMMIT (disk full) may have rolled back already
            raise ProjectError(f"could not save to {self.path.name}: {exc}") from None

    def _run(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, list(params) if not isinstance(params, (list, tuple)) else params)

    def query_tuples(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        cur = self._run(sql, params)
        cur.row_factory = None  # plain tuples
        return cur.fetchall()

    def option_summaries(self, leads: list[str] | None = None) -> list[tuple[int, str]]:
        """As Queries.option_summaries, from an index of the options by lead word kept across calls
        (store/option_index.py): only those that can lead with one of `leads`, without reading
        every option for every source an import stores."""
        if not leads:
            return super().option_summaries(leads)
        return self._options.summaries(self.query_tuples, leads)

    def _run_many(self, sql: str, rows: list[list[Any]]) -> None:
        self.conn.executemany(sql, rows)

    def _insert_id(self, table: str, cols: str, marks: str, values: list[Any]) -> int:
        try:  # (as _writing(), without a context manager's cost: an import inserts ~15 times a source)
            cur = self.conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", values)
        except (sqlite3.IntegrityError, sqlite3.OperationalError) as exc:
            raise self._write_error(exc) from None
        return int(cur.lastrowid or 0)

    def _insert_ids(self, table: str, cols: str, marks: str, rows: list[list[Any]]) -> list[int]:
        """Several rows in one executemany, each with the id SQLite gives a row inserted alone (one
        past the table's largest: no table has AUTOINCREMENT), which is safe to work out first as
        this connection holds the write lock for the whole transaction."""
        if len(rows) < 2:
            return super()._insert_ids(table, cols, marks, rows)
        first = int(self.conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])
        ids = list(range(first, first + len(rows)))
        try:
            self.conn.executemany(f"INSERT INTO {table} (id, {cols}) VALUES (?, {marks})",
                                  [[row_id, *values] for row_id, values in zip(ids, rows)])
        except (sqlite3.IntegrityError, sqlite3.OperationalError) as exc:
            raise self._write_error(exc) from None
        return ids

    def _write_error(self, exc: sqlite3.Error) -> ProjectError:
        """What a refused (e.g. a row it refers to was deleted by someone else) or impossible write raises."""
        if isinstance(exc, sqlite3.IntegrityError):
            return ProjectError(f"the change was refused: {exc}")
        return ProjectError(f"could not write to {self.path.name}: {exc}")


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

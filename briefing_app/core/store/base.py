"""The store interface every backend implements, and what they share.

`Store` = the reads (queries.py) + the generic row writes the commands are built from
(rows.py) + nested transactions over begin/commit/rollback hooks. A backend (sqlite.py,
postgres.py) adds opening, migrating, running SQL and full-text search.
"""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from briefing_app.core.store.queries import Queries
from briefing_app.core.store.rows import RowStore
from briefing_app.core.store.sql import Dialect

if TYPE_CHECKING:  # psycopg is imported only for a team project
    from briefing_app.core.store.notify import ChangeFeed


class Store(Queries, RowStore):
    """An open project on some backend. Thread-confined: use it from the thread that opened it."""

    dialect: Dialect
    label: str = "project"  # how messages name the project (file name, server/project)

    @property
    def is_open(self) -> bool:
        raise NotImplementedError

    @property
    def location(self) -> str:
        """What open_project takes to open this project again (a worker's own connection)."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    @property
    def schema_version(self) -> int:
        raise NotImplementedError

    def search_sources(self, query: str, limit: int = 50, *, outlet: str | None = None, genre: str | None = None,
                       date_from: str | None = None, date_to: str | None = None, sort: str = "rank",
                       descending: bool | None = None, snippets: bool = True) -> list[tuple[int, str]]:
        """(source id, snippet) best first (or in `sort` order); plain words, never query syntax.
        snippets=False: ids only (the snippet strings are empty), for the library list."""
        raise NotImplementedError

    def change_feed(self) -> ChangeFeed | None:
        """Where colleagues' changes arrive (see notify.py), or None for a single-user file."""
        return None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _init_transactions(self) -> None:
        self.touched_before = {}
        self._depth = 0
        self._lock = threading.RLock()
        self.touched = {}

    def _begin(self) -> None:
        raise NotImplementedError

    def _commit(self) -> None:
        raise NotImplementedError

    def _rollback(self) -> None:
        raise NotImplementedError

    def _after_commit(self) -> None:
        """Told after every commit (the server backend tells colleagues what changed)."""

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
            self._begin()
            self.touched = {}
            self.touched_before = {}
            self._depth = 1
            try:
                yield
            except BaseException:
                self._depth = 0
                self._rollback()
                raise
            self._depth = 0
            self._commit()
            self._after_commit()

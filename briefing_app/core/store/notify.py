"""Colleagues' changes to a team project, as they commit (PostgreSQL LISTEN/NOTIFY).

Each commit by any client sends {"pid", "tables", "by"} on the project's channel (postgres.py).
A ChangeFeed listens on its own connection: the GUI watches `fileno()` (a QSocketNotifier, no
polling thread) and calls `poll()`, which returns what others changed as one Changes value;
the CLI or a test may call `wait()`. The client's own commits are skipped by backend pid.
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable

import psycopg
from psycopg import sql

from briefing_app.core.changes import Changes
from briefing_app.core.store.pg_address import ServerAddress
from briefing_app.core.store.postgres import connect


class ChangeFeed:
    def __init__(self, address: ServerAddress, own_pid: Callable[[], int | None]):
        self.address = address
        self.own_pid = own_pid
        self.authors: list[str] = []  # who made the changes the last poll() returned
        self.senders: list[int] = []  # the server process (backend pid) of each of those commits
        self._listen()

    def _listen(self) -> None:
        self.conn = connect(self.address.conninfo)
        self.conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(self.address.channel)))

    def fileno(self) -> int:
        return self.conn.fileno()

    def poll(self) -> Changes:
        """What others committed since the last poll (Changes() if nothing). Never blocks.
        A dropped connection is re-opened; then everything is reported changed, since
        notifications sent meanwhile are lost."""
        changes, self.authors, self.senders = Changes(), [], []
        try:
            for note in self.conn.notifies(timeout=0):
                changes = changes | self._parse(note.payload)
        except psycopg.OperationalError:
            self.close()
            self._listen()
            return Changes(sources=True, quotes=True, actors=True, options=True, memos=True, settings=True)
        return changes

    def wait(self, timeout: float) -> Changes:
        """Block up to `timeout` seconds for the first change by someone else."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            changes, self.authors, self.senders = Changes(), [], []
            for note in self.conn.notifies(timeout=left, stop_after=1):
                changes = changes | self._parse(note.payload)
            if changes:
                authors, senders = self.authors, self.senders
                more = self.poll()
                self.authors, self.senders = authors + self.authors, senders + self.senders
                return changes | more
        return Changes()

    def _parse(self, payload: str) -> Changes:
        try:
            data = json.loads(payload)
        except ValueError:
            return Changes()
        if data.get("pid") == self.own_pid():
            return Changes()
        self.senders.append(int(data.get("pid") or 0))
        if data.get("by"):
            self.authors.append(str(data["by"]))
        return Changes.of_tables(list(data.get("tables", [])))

    def close(self) -> None:
        try:
            self.conn.close()
        except psycopg.Error:
            pass

"""The undo stack of the core. Each push/undo/redo runs in exactly one transaction.

A `CommandRunner` (core/runner.py). The GUI's QUndoStack adapter (ui/undo.py) runs every step
through one of these; the CLI uses it directly (without keeping the history). A command that
fails leaves the project as it was and is not recorded.
"""
from __future__ import annotations

from collections.abc import Callable

from briefing_app.core.changes import Changes
from briefing_app.core.commands import Command
from briefing_app.core.sqlite_store import SqliteStore

Listener = Callable[[Changes], None]


class History:
    def __init__(self, store: SqliteStore, limit: int = 500):
        self.store = store
        self.limit = limit
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._clean_marker: Command | None = None
        self._listeners: list[Listener] = []

    # -- listeners: the one notification every view follows --------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _notify(self, changes: Changes) -> None:
        for listener in list(self._listeners):
            listener(changes)

    # -- the stack -------------------------------------------------------------------

    def push(self, command: Command) -> Changes:
        with self.store.transaction():
            changes = command.apply(self.store)
        self._done.append(command)
        del self._done[: -self.limit]
        self._undone.clear()
        self._notify(changes)
        return changes

    def undo(self) -> Changes:
        if not self._done:
            return Changes()
        command = self._done[-1]
        with self.store.transaction():
            changes = command.revert(self.store)
        self._undone.append(self._done.pop())
        self._notify(changes)
        return changes

    def redo(self) -> Changes:
        if not self._undone:
            return Changes()
        command = self._undone[-1]
        with self.store.transaction():
            changes = command.apply(self.store)
        self._done.append(self._undone.pop())
        self._notify(changes)
        return changes

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    @property
    def undo_text(self) -> str:
        return self._done[-1].text if self._done else ""

    @property
    def redo_text(self) -> str:
        return self._undone[-1].text if self._undone else ""

    def set_clean(self) -> None:
        self._clean_marker = self._done[-1] if self._done else None

    @property
    def is_clean(self) -> bool:
        return (self._done[-1] if self._done else None) is self._clean_marker

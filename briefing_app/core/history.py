"""The undo stack of the core. Each push/undo/redo runs in exactly one transaction.

The GUI wraps this in a QUndoStack-like view; the CLI uses it directly (without keeping
the history). A command that fails leaves the project as it was and is not recorded.
"""
from __future__ import annotations

from collections.abc import Callable

from briefing_app.core.changes import Changes
from briefing_app.core.commands import Command, Macro
from briefing_app.core.sqlite_store import SqliteStore

Listener = Callable[[Changes, object], None]


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

    def _notify(self, changes: Changes, initiator: object) -> None:
        for listener in list(self._listeners):
            listener(changes, initiator)

    # -- the stack -------------------------------------------------------------------

    def push(self, command: Command, initiator: object = None) -> Changes:
        with self.store.transaction():
            changes = command.apply(self.store)
        self._done.append(command)
        del self._done[: -self.limit]
        self._undone.clear()
        self._notify(changes, initiator)
        return changes

    def push_all(self, text: str, commands: list[Command], initiator: object = None) -> Changes:
        """Several commands as one transaction and one undo step."""
        return self.push(Macro(text, commands), initiator)

    def undo(self, initiator: object = None) -> Changes:
        if not self._done:
            return Changes()
        command = self._done[-1]
        with self.store.transaction():
            changes = command.revert(self.store)
        self._undone.append(self._done.pop())
        self._notify(changes, initiator)
        return changes

    def redo(self, initiator: object = None) -> Changes:
        if not self._undone:
            return Changes()
        command = self._undone[-1]
        with self.store.transaction():
            changes = command.apply(self.store)
        self._done.append(self._undone.pop())
        self._notify(changes, initiator)
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

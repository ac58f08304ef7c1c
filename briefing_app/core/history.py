"""The undo stack of the core. Each push/undo/redo runs in exactly one transaction.

A `CommandRunner` (core/runner.py). The GUI's QUndoStack adapter (ui/undo.py) runs every step
through one of these; the CLI uses it directly (without keeping the history). A command that
fails leaves the project as it was and is not recorded.
"""
from __future__ import annotations

from collections.abc import Callable

from briefing_app.core.changes import Changes
from briefing_app.core.commands import Command
from briefing_app.core.store import Store

Listener = Callable[[Changes], None]


class History:
    def __init__(self, store: Store, limit: int = 500):
        self.store = store
        self.limit = limit
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._clean_marker: Command | None = None
        self._listeners: list[Listener] = []
        # the rows each step (by id) wrote, and the version this client last left each row at
        # (None: deleted): an undo or redo over a colleague's later change to one of them is
        # refused (StaleEditError) instead of overwriting it
        self._rows: dict[int, set[tuple[str, int]]] = {}
        self._mine: dict[tuple[str, int], int | None] = {}

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
        self._wrote(command)
        self._done.append(command)
        for dropped in self._done[: -self.limit] + self._undone:
            self._rows.pop(id(dropped), None)
        del self._done[: -self.limit]
        self._undone.clear()
        self._notify(changes)
        return changes

    def undo(self) -> Changes:
        if not self._done:
            return Changes()
        command = self._done[-1]
        with self.store.transaction():
            self._check(command, "undo")
            changes = command.revert(self.store)
        self._wrote(command)
        self._undone.append(self._done.pop())
        self._notify(changes)
        return changes

    def redo(self) -> Changes:
        if not self._undone:
            return Changes()
        command = self._undone[-1]
        with self.store.transaction():
            self._check(command, "redo")
            changes = command.apply(self.store)
        self._wrote(command)
        self._done.append(self._undone.pop())
        self._notify(changes)
        return changes

    def _wrote(self, command: Command) -> None:
        touched = self.store.touched
        self._rows.setdefault(id(command), set()).update(touched)
        self._mine.update(touched)

    def _check(self, command: Command, doing: str) -> None:
        rows = self._rows.get(id(command), set())
        self.store.check_unchanged({k: self._mine.get(k) for k in rows}, f"{doing} {command.text or 'the last step'}")

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

"""Undo for the GUI: a QUndoStack whose entries wrap the core's Qt-free commands.

Design (see docs in DESIGN.md, "Commands and undo"): the GUI does **not** use
`core.history.History`; it pushes each `core.commands.Command` onto a `QUndoStack` inside an
`UndoCommand` adapter. `redo()` runs `command.apply(store)` and `undo()` runs
`command.revert(store)`, each inside exactly one `store.transaction()` — the same contract
History keeps — and hands the returned `Changes` to the session, which broadcasts them to
every view. The QUndoStack gives us the Edit menu texts, the clean state and an undo view
for free.

A command whose apply raises is marked obsolete inside `redo()` so `push()` drops it from
the stack (Qt deletes obsolete commands); the error is kept and re-raised by
`UndoHistory.push` after the stack is consistent again.

`UndoHistory` has History's `push`/`push_all` signature, so workflow use cases written
against History (drafting, for instance) run unchanged on the GUI's stack.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from briefing_app.core.changes import Changes
from briefing_app.core.commands import Command, Macro
from briefing_app.core.sqlite_store import SqliteStore

Notify = Callable[[Changes, object], None]


class UndoCommand(QUndoCommand):
    def __init__(self, command: Command, store: SqliteStore, notify: Notify, initiator: object = None):
        super().__init__(command.text or "change")
        self.command = command
        self._store = store
        self._notify = notify
        self._initiator = initiator
        self.error: BaseException | None = None
        self.changes = Changes()

    def redo(self) -> None:
        try:
            with self._store.transaction():
                self.changes = self.command.apply(self._store)
        except Exception as exc:  # noqa: BLE001 - re-raised by UndoHistory.push
            self.error = exc
            self.setObsolete(True)
            return
        self._notify(self.changes, self._initiator)
        self._initiator = None  # undo/redo later come from the Edit menu, not the initiator

    def undo(self) -> None:
        with self._store.transaction():
            self.changes = self.command.revert(self._store)
        self._notify(self.changes, None)


class UndoHistory:
    """History-compatible front of a QUndoStack (push / push_all / undo / redo)."""

    def __init__(self, store: SqliteStore, notify: Notify, stack: QUndoStack):
        self.store = store
        self.stack = stack
        self._notify = notify

    def push(self, command: Command, initiator: object = None) -> Changes:
        entry = UndoCommand(command, self.store, self._notify, initiator)
        self.stack.push(entry)
        if entry.error is not None:
            raise entry.error
        return entry.changes

    def push_all(self, text: str, commands: list[Command], initiator: object = None) -> Changes:
        return self.push(Macro(text, commands), initiator)

    def undo(self, initiator: object = None) -> None:
        self.stack.undo()

    def redo(self, initiator: object = None) -> None:
        self.stack.redo()

    @property
    def is_clean(self) -> bool:
        return self.stack.isClean()

    def set_clean(self) -> None:
        self.stack.setClean()

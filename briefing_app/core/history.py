"""The undo stack of the core. Each push/undo/redo runs in exactly one transaction.

A `CommandRunner` (core/runner.py). The GUI's QUndoStack adapter (ui/undo.py) runs every step
through one of these; the CLI uses it directly (without keeping the history). A command that
fails leaves the project as it was and is not recorded.
"""
from __future__ import annotations

from collections.abc import Callable

from briefing_app.core.changes import Changes
from briefing_app.core.commands import Command, saved_state
from briefing_app.core.errors import StaleEditError
from briefing_app.core.store import Store
from briefing_app.core.store.rows import describe

Listener = Callable[[Changes], None]


class History:
    def __init__(self, store: Store, limit: int = 500):
        self.store = store
        self.limit = limit
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._clean_marker: Command | None = None
        self._listeners: list[Listener] = []
        # An undo or redo over a colleague's change to a row the step wrote is refused
        # (StaleEditError) instead of overwriting it. Per row: the version this client last left
        # it at (None: deleted), and an epoch that moves on whenever this client writes a row
        # someone else changed since its own last write. Per step (by id): the rows it wrote,
        # with the epoch then. A step is undoable while every row is at "mine" and in its epoch:
        # otherwise a colleague's change sits between it and now, even if a later step of ours
        # (since undone) was built on top of it.
        self._rows: dict[int, dict[tuple[str, int], int]] = {}
        self._mine: dict[tuple[str, int], int | None] = {}
        self._epoch: dict[tuple[str, int], int] = {}

    # -- listeners: the one notification every view follows --------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _notify(self, changes: Changes) -> None:
        for listener in list(self._listeners):
            listener(changes)

    # -- the stack -------------------------------------------------------------------

    def push(self, command: Command) -> Changes:
        restore = saved_state(command)  # refused, the command can be pushed again as it was
        try:
            with self.store.transaction():
                changes = command.apply(self.store)
        except BaseException:
            restore()
            raise
        self._wrote(command)
        self._done.append(command)
        for dropped in self._done[: -self.limit] + self._undone:
            self._rows.pop(id(dropped), None)
        del self._done[: -self.limit]
        self._undone.clear()
        self._notify(changes)
        return changes

    def undo(self) -> Changes:
        return self._replay(self._done, self._undone, "undo", lambda command: command.revert(self.store))

    def redo(self) -> Changes:
        return self._replay(self._undone, self._done, "redo", lambda command: command.apply(self.store))

    def _replay(self, source: list[Command], target: list[Command], doing: str,
                step: Callable[[Command], Changes]) -> Changes:
        """Undo or redo: run `step` on the top of `source` (checked against colleagues' changes)
        in one transaction, then move it onto `target`."""
        if not source:
            return Changes()
        command = source[-1]
        restore = saved_state(command)  # all or nothing: a failed part leaves the step as it was
        try:
            with self.store.transaction():
                self._check(command, doing)
                changes = step(command)
        except BaseException:
            restore()
            raise
        self._wrote(command)
        target.append(source.pop())
        self._notify(changes)
        return changes

    def _wrote(self, command: Command) -> None:
        before = self.store.touched_before
        rows = self._rows.setdefault(id(command), {})
        for key, version in self.store.touched.items():
            if key in self._mine and key in before and before[key] != self._mine[key]:
                self._epoch[key] = self._epoch.get(key, 0) + 1  # written over someone else's change
            rows[key] = self._epoch.get(key, 0)
            self._mine[key] = version

    def _check(self, command: Command, doing: str) -> None:
        rows = self._rows.get(id(command), {})
        what = f"{doing} {command.text or 'the last step'}"
        for key, epoch in rows.items():
            if self._epoch.get(key, 0) != epoch:
                raise StaleEditError(f"cannot {what}: {describe(*key)} was changed by someone else after it")
        self.store.check_unchanged({k: self._mine.get(k) for k in rows}, what)

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

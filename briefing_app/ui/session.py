"""An open project in the GUI: the store, its undo stack and the one change signal.

Every view listens to `changes_applied(Changes, initiator)` and refreshes only what the
flags say changed (Anki's `operation_did_execute`). Nothing else in the UI writes.
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from collections.abc import Iterator

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from briefing_app.core.changes import NOTHING, Changes
from briefing_app.core.commands import Command
from briefing_app.core.project import Project, open_project
from briefing_app.ui.undo import UndoHistory

ALL = Changes(sources=True, quotes=True, actors=True, options=True, memos=True, settings=True)


class ProjectSession(QObject):
    changes_applied = Signal(object, object)  # Changes, initiator

    def __init__(self, project: Project, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        self.history = UndoHistory(project, self._emit, self.undo_stack)
        self._held: list | None = None  # [Changes, initiator] while changes are held

    @classmethod
    def open(cls, path: str | Path, parent: QObject | None = None, create: bool = False) -> ProjectSession:
        """Open (create=True: or create) a project file; raises ProjectError with a user-facing message."""
        return cls(open_project(path, create=create), parent)

    @property
    def path(self) -> Path:
        return self.project.path

    def run(self, command: Command, initiator: object = None) -> Changes:
        """Apply one command as one undo step and one transaction."""
        return self.history.push(command, initiator)

    @contextmanager
    def hold_changes(self) -> Iterator[None]:
        """Commands run inside still commit and undo one by one, but the views hear about
        them once, at the end, with the changes merged (a batch of imports refreshes the
        library once, not once per file)."""
        if self._held is not None:
            yield
            return
        self._held = [NOTHING, None]
        try:
            yield
        finally:
            changes, initiator = self._held
            self._held = None
            if changes:
                self.changes_applied.emit(changes, initiator)

    def _emit(self, changes: Changes, initiator: object) -> None:
        if self._held is not None:
            self._held[0] = self._held[0] | changes
            self._held[1] = initiator
            return
        self.changes_applied.emit(changes, initiator)

    def close(self) -> None:
        self.undo_stack.clear()
        if self.project.conn is not None:
            self.project.close()

"""An open project in the GUI: the store, its undo stack and the one change signal.

Every view listens to `changes_applied(Changes, initiator)` and refreshes only what the
flags say changed (Anki's `operation_did_execute`). Nothing else in the UI writes.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from briefing_app.core.changes import Changes
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

    @classmethod
    def open(cls, path: str | Path, parent: QObject | None = None, create: bool = False) -> "ProjectSession":
        """Open (create=True: or create) a project file; raises ProjectError with a user-facing message."""
        return cls(open_project(path, create=create), parent)

    @property
    def path(self) -> Path:
        return self.project.path

    def run(self, command: Command, initiator: object = None) -> Changes:
        """Apply one command as one undo step and one transaction."""
        return self.history.push(command, initiator)

    def _emit(self, changes: Changes, initiator: object) -> None:
        self.changes_applied.emit(changes, initiator)

    def close(self) -> None:
        self.undo_stack.clear()
        if self.project.conn is not None:
            self.project.close()

"""Undo for the GUI: a QUndoStack whose steps are the core History's.

The QUndoStack gives the Edit menu texts, the clean state and an undo view for free; what a
step does is the core's: `UndoStep.redo()` is `History.push` the first time and `History.redo`
after, `UndoStep.undo()` is `History.undo`, each in one transaction (see core/history.py). So
the GUI and the CLI write through the same code, and `QtUndoRunner` is a `CommandRunner`
(core/runner.py) the workflow use cases take as they take a History.

A command whose apply raises is marked obsolete inside `redo()`, so QUndoStack.push drops it;
the error is kept and raised by `QtUndoRunner.push` once the stack is consistent again (an
exception must not cross back into Qt's C++ from a virtual method).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QUndoCommand, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow, QUndoView

from briefing_app.core.changes import NOTHING, Changes
from briefing_app.core.commands import Command
from briefing_app.core.history import History


class UndoStep(QUndoCommand):
    def __init__(self, history: History, command: Command):
        super().__init__(command.text or "change")
        self._history = history
        self._command: Command | None = command  # None once pushed: later redos are History's
        self.error: Exception | None = None
        self.changes = NOTHING

    def redo(self) -> None:
        if self._command is None:
            self._history.redo()
            return
        try:
            self.changes = self._history.push(self._command)
        except Exception as exc:  # noqa: BLE001 - raised again by QtUndoRunner.push, outside Qt
            self.error = exc
            self.setObsolete(True)
        self._command = None

    def undo(self) -> None:
        self._history.undo()


class QtUndoRunner:
    """The CommandRunner of an open project in the GUI: each push is one QUndoStack entry."""

    def __init__(self, history: History, stack: QUndoStack):
        self.core = history
        self.stack = stack

    def push(self, command: Command) -> Changes:
        step = UndoStep(self.core, command)
        self.stack.push(step)
        if step.error is not None:
            raise step.error
        return step.changes


def undo_dock(window: QMainWindow, group: QUndoGroup, toggle: QAction) -> QDockWidget:
    """View > Undo History: every step of the active stack, hidden until asked for."""
    dock = QDockWidget("Undo history", window)
    dock.setObjectName("undo_history")
    view = QUndoView(group, dock)
    view.setAccessibleName("Undo history")
    dock.setWidget(view)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    dock.visibilityChanged.connect(toggle.setChecked)
    return dock

"""Undo for the GUI: a QUndoStack whose steps are the core History's.

The QUndoStack gives the Edit menu texts, the clean state and an undo view for free; what a
step does is the core's: `UndoStep.redo()` is `History.push` the first time and `History.redo`
after, `UndoStep.undo()` is `History.undo`, each in one transaction (see core/history.py). So
the GUI and the CLI write through the same code, and `QtUndoRunner` is a `CommandRunner`
(core/runner.py) the workflow use cases take as they take a History.

A command whose apply raises is marked obsolete inside `redo()`, so QUndoStack.push drops it;
the error is kept and raised by `QtUndoRunner.push` once the stack is consistent again (an
exception must not cross back into Qt's C++ from a virtual method).

An undo or redo the core refuses (on a team project: a colleague changed the same rows since)
changes nothing; the QUndoStack has moved its index already, so it is moved back at once by the
opposite step, which then does nothing, and the error goes to `on_error`.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QUndoCommand, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow, QUndoView

from briefing_app.core.changes import NOTHING, Changes
from briefing_app.core.commands import Command
from briefing_app.core.errors import BriefingError
from briefing_app.core.history import History

OnError = Callable[[BriefingError], None]


class UndoStep(QUndoCommand):
    def __init__(self, history: History, command: Command, stack: QUndoStack | None = None,
                 on_error: OnError | None = None):
        super().__init__(command.text or "change")
        self._history = history
        self._command: Command | None = command  # None once pushed: later redos are History's
        self._stack = stack
        self._on_error = on_error
        self._skip = False  # the next call only moves the QUndoStack back after a refused step
        self.error: Exception | None = None
        self.changes = NOTHING

    def _refused(self, exc: BriefingError, move_back: Callable[[], None]) -> None:
        self._skip = True
        QTimer.singleShot(0, move_back)
        if self._on_error is not None:
            self._on_error(exc)

    def redo(self) -> None:
        if self._command is None:
            self._replay(self._history.redo, "undo")
            return
        try:
            self.changes = self._history.push(self._command)
        except Exception as exc:  # noqa: BLE001 - raised again by QtUndoRunner.push, outside Qt
            self.error = exc
            self.setObsolete(True)
        self._command = None

    def undo(self) -> None:
        self._replay(self._history.undo, "redo")

    def _replay(self, step: Callable[[], Changes], back: str) -> None:
        """History's undo or redo; refused, the stack is moved `back` ("undo"/"redo") at once."""
        if self._skip:
            self._skip = False
            return
        try:
            step()
        except BriefingError as exc:
            if self._stack is None:
                raise
            self._refused(exc, getattr(self._stack, back))


class QtUndoRunner:
    """The CommandRunner of an open project in the GUI: each push is one QUndoStack entry."""

    def __init__(self, history: History, stack: QUndoStack, on_error: OnError | None = None):
        self.core = history
        self.stack = stack
        self.on_error = on_error

    def push(self, command: Command) -> Changes:
        step = UndoStep(self.core, command, self.stack, self.on_error)
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


NARROW = 1280  # px: a window narrower than this shows the undo history floating


def show_history(window: QMainWindow, dock: QDockWidget, on: bool) -> None:
    """Show or hide the undo history. Docked in a narrow window it took its width from the
    panels (a 1024 px window left the reader 133 px): there it opens floating, over the
    window's right edge, and the panels keep their widths. The user may dock it again."""
    if on and not dock.isVisible() and window.width() < NARROW and not dock.isFloating():
        dock.setFloating(True)
        width, height = 240, max(200, window.height() // 2)
        corner = window.mapToGlobal(window.rect().topRight())
        dock.setGeometry(corner.x() - width - 24, corner.y() + 80, width, height)
    dock.setVisible(on)


class StepReport:
    """The status bar's word on the last step: "Done: X" after an edit or a redo, "Undone: X"
    after an undo, read from the active stack's index once it has settled (a refused undo moves
    it and back: nothing to report). Reading the stack's text in the change notification was a
    step behind: the notification comes before QUndoStack.push has moved the index."""

    def __init__(self, group: QUndoGroup, show: Callable[[str], None]):
        self.group, self.show = group, show
        self._stack: QUndoStack | None = None
        self._index = 0
        self._top: object = None  # the command below the index: at the undo limit a push keeps the index
        self._timer = QTimer(group, singleShot=True, interval=0)
        self._timer.timeout.connect(self._settled)
        group.indexChanged.connect(lambda _: self._timer.start())
        group.activeStackChanged.connect(self._follow)

    def _follow(self, stack: QUndoStack | None) -> None:
        self._stack, self._index = stack, stack.index() if stack is not None else 0
        self._top = stack.command(self._index - 1) if stack is not None else None

    def _settled(self) -> None:
        stack = self.group.activeStack()
        if stack is None or stack is not self._stack:
            self._follow(stack)
            return
        before, after, top = self._index, stack.index(), stack.command(stack.index() - 1)
        pushed_at_limit = after == before and top is not None and top is not self._top
        self._index, self._top = after, top
        if after > before or pushed_at_limit:
            self.show(f"Done: {stack.text(after - 1)}")
        elif after < before:
            self.show(f"Undone: {stack.text(after)}")

"""An open project in the GUI: the store, its undo stack and the one change signal.

Every view listens to `changes_applied(Changes)` and refreshes only what the flags say changed
(Anki's `operation_did_execute`). Nothing else in the UI writes: every edit is `run(command)`,
and a command the project refuses is reported once, on `failed`, which the window shows.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, Signal
from PySide6.QtGui import QUndoStack

from briefing_app.core.changes import NOTHING, Changes
from briefing_app.core.commands import Command
from briefing_app.core.errors import BriefingError, StaleEditError
from briefing_app.core.history import History
from briefing_app.core.project import Project, is_server_address, open_project
from briefing_app.ui.undo import QtUndoRunner

ALL = Changes(sources=True, quotes=True, actors=True, options=True, memos=True, settings=True)
UNDO_LIMIT = 500


class ProjectSession(QObject):
    changes_applied = Signal(object)  # Changes
    failed = Signal(object)  # the BriefingError of a command that changed nothing
    changed_by_others = Signal(object, object)  # Changes, list of who (a team project)

    def __init__(self, project: Project, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        core = History(project, limit=UNDO_LIMIT)
        core.subscribe(self._emit)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self.history = QtUndoRunner(core, self.undo_stack, self._refused)  # the CommandRunner for workflow use cases
        self._holds = 0
        self._held = NOTHING
        self.from_others = False  # True while colleagues' changes are being shown (panels keep their place)
        self._feed = project.change_feed()  # colleagues' commits on a team project, else None
        self._notifier: QSocketNotifier | None = None
        if self._feed is not None:
            self._watch()

    @property
    def label(self) -> str:
        """The project's name for titles and messages (a file name, or server and project)."""
        return self.project.label

    def _watch(self) -> None:
        """Colleagues' changes arrive on the feed's socket: no polling thread, no timer."""
        assert self._feed is not None
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
        self._notifier = QSocketNotifier(self._feed.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._others_changed)

    def _others_changed(self) -> None:
        assert self._feed is not None
        fileno = self._feed.fileno()
        changes = self._feed.poll()
        if self._feed.fileno() != fileno:  # the feed reconnected
            self._watch()
        if changes:
            self.from_others = True
            try:
                self._emit(changes)
            finally:
                self.from_others = False
            self.changed_by_others.emit(changes, list(dict.fromkeys(self._feed.authors)))

    def _refused(self, exc: BriefingError) -> None:
        """An undo/redo the core refused: say why, and show the rows as they are now."""
        self.failed.emit(exc)
        if isinstance(exc, StaleEditError):
            self._emit(ALL)

    @classmethod
    def open(cls, path: str | Path, parent: QObject | None = None, create: bool = False) -> ProjectSession:
        """Open (create=True: or create) a project file; raises ProjectError with a user-facing message."""
        return cls(open_project(path, create=create), parent)

    @property
    def path(self) -> Path:
        """The project file (not for a team project: see `location`)."""
        return Path(self.project.location)

    @property
    def is_file(self) -> bool:
        """A project file (not a team project on a server)."""
        return not is_server_address(self.project.location)

    @property
    def location(self) -> str:
        """What open_project takes to open this project again: a file path or a server address."""
        return self.project.location

    def run(self, command: Command) -> Changes | None:
        """Apply one command as one undo step and one transaction. A command the project
        refuses (a row deleted meanwhile, an invalid edit, a write that failed) changes
        nothing: its error goes to `failed` and this returns None."""
        return self.run_built(lambda _project: command)

    def run_built(self, build: Callable[[Project], Command]) -> Changes | None:
        """run() the command `build` makes from the project as it is now; an error building
        it (the row it starts from is gone, the edit is invalid) is reported the same way."""
        try:
            return self.history.push(build(self.project))
        except BriefingError as exc:
            self.failed.emit(exc)
            if isinstance(exc, StaleEditError):  # show what the colleague changed
                self._emit(ALL)
            return None

    # -- batches: commands still commit and undo one by one, the views hear once ----------

    def hold_changes(self) -> None:
        """Until the matching release_changes(), changes are merged instead of broadcast (a
        batch of imports refreshes the library once, not once per file). Holds nest."""
        self._holds += 1

    def release_changes(self) -> None:
        self._holds -= 1
        if self._holds == 0 and self._held:
            changes, self._held = self._held, NOTHING
            self.changes_applied.emit(changes)

    @contextmanager
    def changes_held(self) -> Iterator[None]:
        self.hold_changes()
        try:
            yield
        finally:
            self.release_changes()

    def _emit(self, changes: Changes) -> None:
        if self._holds:
            self._held = self._held | changes
        else:
            self.changes_applied.emit(changes)

    def close(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        if self._feed is not None:
            self._feed.close()
        self.undo_stack.clear()
        if self.project.is_open:
            self.project.close()

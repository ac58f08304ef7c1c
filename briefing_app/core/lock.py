"""One writer per project: an advisory lock on `NAME.briefing.lock`, held while it is open.

The operating system drops the lock when the holder dies, so a crash never leaves a project
locked. SQLite's own locking keeps each transaction safe regardless; this lock exists so two
windows (or a window and `briefing import`) never interleave their undo histories.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import TextIO

from briefing_app.core.errors import ProjectError

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt


class ProjectLock:
    def __init__(self, project_path: Path):
        self.path = project_path.with_name(project_path.name + ".lock")
        self._fh: TextIO | None = None

    def acquire(self) -> None:
        fh = open(self.path, "a+")
        try:
            if fcntl is not None:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:
                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            fh.close()
            raise ProjectError(
                f"{self.path.name[:-5]} is open in another Briefing Builder window or command ({holder}); "
                "close it there first") from None
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()}")
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            try:
                self._fh.seek(0)
                self._fh.truncate()
            except OSError:
                pass
            self._fh.close()  # closing drops the lock
            self._fh = None

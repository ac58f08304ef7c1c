"""The one door for writes: something that runs a command as one transaction and one undo step.

Two things implement it: the core `History` (the CLI, the tests, the benchmarks) and the GUI's
QUndoStack adapter (`ui/undo.py`), which hands every step to a History underneath. Workflow use
cases (import, draft) are written against this protocol, so they run unchanged on either.
"""
from __future__ import annotations

from typing import Protocol

from briefing_app.core.changes import Changes
from briefing_app.core.commands import Command


class CommandRunner(Protocol):
    def push(self, command: Command) -> Changes:
        """Apply `command` in one transaction as one undo step; return what changed.

        A command that raises leaves the project as it was and is not recorded."""
        ...

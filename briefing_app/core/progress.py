"""Progress and cancel for long work, without Qt: the CLI prints it, the GUI shows a dialog."""
from __future__ import annotations

import threading
from collections.abc import Callable

from briefing_app.core.errors import Cancelled


class Progress:
    """Report with `step(done, total, message)`; call `check()` between units of work."""

    def __init__(self, callback: Callable[[int, int, str], None] | None = None):
        self._callback = callback
        self._cancel = threading.Event()

    def step(self, done: int, total: int, message: str = "") -> None:
        if self._callback:
            self._callback(done, total, message)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled("cancelled")


NO_PROGRESS = Progress()

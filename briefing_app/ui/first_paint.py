"""Hooks for --startup-check and --screenshot: act once the window has really painted."""
from __future__ import annotations

from pathlib import Path
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FirstPaint(QObject):
    """Calls `then()` on the next event-loop turn after the widget's first Paint event.

    (Under xcb a zero timer started at show() fires a few ms *before* the first paint, so the
    paint event itself is the signal; the zero timer queued from it runs after that frame.)
    """

    def __init__(self, widget: QWidget, then: Callable[[], None]):
        super().__init__(widget)
        self._then = then
        self._fired = False
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._fired:
            self._fired = True
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


def warm_up_after_first_paint(window: QWidget, hidden: Callable[[], QWidget]) -> FirstPaint:
    """After the window's first paint, render `hidden()` once off screen if it is not shown
    (the panels behind the first-run view): the first layout and paint of a widget tree pays
    for style polish, fonts and glyph caches, and without this the first import into an empty
    project would pay it in the same breath as showing the panels — a stall of 100+ ms."""
    def warm() -> None:
        widget = hidden()
        if widget is not None and not widget.isVisible() and window.isVisible():
            parent = widget.parentWidget()
            if parent is not None:
                widget.resize(parent.size())
            widget.grab()

    return FirstPaint(window, warm)


def report_first_paint(window: QWidget, report: Callable[[], None]) -> FirstPaint:
    def done() -> None:
        report()
        window.close()
        QApplication.quit()

    return FirstPaint(window, done)


def save_screenshot(window: QWidget, path: str | Path, ready: Callable[[], bool] | None = None,
                    timeout_ms: int = 10000) -> FirstPaint:
    """After the first paint — and once `ready()` holds (e.g. the live preview is shown, at
    most timeout_ms) — grab the window to a PNG and exit."""
    waited = [0]

    def when_ready() -> None:
        if ready is not None and not ready() and waited[0] < timeout_ms:
            waited[0] += 50
            QTimer.singleShot(50, when_ready)
        else:
            QTimer.singleShot(50, done)

    def done() -> None:
        QApplication.processEvents()
        image = window.grab()
        ok = image.save(str(path), "PNG")
        window.close()
        QApplication.exit(0 if ok else 1)

    return FirstPaint(window, when_ready)

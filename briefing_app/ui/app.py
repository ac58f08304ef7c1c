"""`briefing-app [PROJECT]`: start the desktop app (the sample project when none is given).

Flags used by tests and benchmarks:
  --startup-check    open the window, wait for its first paint, print the milliseconds since
                     the process started as the last stdout line, exit 0
  --screenshot PATH  render the laid-out, populated main window to a PNG, exit 0

Startup is kept lean: only QtWidgets and the core are imported before the first paint;
analysis, ingest, export (reportlab, docx) and QtPdf are imported when first used.
"""
from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing_app.ui.main_window import MainWindow

_T0 = time.perf_counter()
WARM_UP_AFTER_MS = 1500  # then the import workers are prepared in the background (Transfers.warm_up)


def process_age_ms() -> float:
    """Milliseconds since this process started (Linux: from /proc; elsewhere: since import)."""
    try:
        with open("/proc/self/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: start time after boot
        return (time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.perf_counter() - _T0) * 1000


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="briefing-app", description="Briefing Builder desktop app")
    parser.add_argument("project", nargs="?", help="a .briefing project file (default: the sample project)")
    parser.add_argument("--startup-check", action="store_true", help="print ms to first paint and exit")
    parser.add_argument("--screenshot", metavar="PATH", help="save a PNG of the main window and exit")
    parser.add_argument("--version", action="version", version=_version())
    return parser.parse_args(argv)  # strict: a stray argument must never become a project path


def _version() -> str:
    from briefing_app import __version__

    return f"briefing-app {__version__}"


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # PyInstaller: spawned workers (ingest, export) re-run this binary
        import multiprocessing

        multiprocessing.freeze_support()
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    # Startup creates many long-lived objects (modules, Qt types, widgets) and no garbage worth
    # collecting: the cyclic GC stays off until the first paint (about 15 ms, 5% of the start),
    # then everything alive is frozen out of later full collections (shorter GC pauses).
    gc.disable()
    try:
        return _run(args, argv)
    finally:
        gc.enable()


def _run(args: argparse.Namespace, argv: list[str]) -> int:
    # The core (no Qt) first: once PySide6 is imported, its import hook reads the source of
    # every module imported after it (looking for "PySide6", for its __feature__ switches),
    # about 3 ms for the core, sqlite3, dataclasses and platformdirs.
    import briefing_app.core.commands
    import briefing_app.core.project
    from briefing_app.core.logs import hold_early_records

    hold_early_records()  # the log file opens after the first paint; "opened …" comes before it
    if not args.project:
        import briefing_app.workflow.sample  # noqa: F401
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *argv])
    app.setOrganizationName("briefing-builder")
    app.setApplicationName("Briefing Builder")
    app.setDesktopFileName("org.briefingbuilder.BriefingBuilder")  # the packaging id (Wayland app_id)
    from briefing_app.ui.main_window import MainWindow

    checking = bool(args.startup_check or args.screenshot)
    window = MainWindow(persist=not checking)
    from briefing_app.ui.first_paint import FirstPaint

    FirstPaint(window, lambda: _startup_done(window, settle=not checking))
    failures: list[BaseException] = []
    if checking:  # no modal boxes in unattended runs: report on stderr and exit 1
        window.show_error = failures.append  # type: ignore[method-assign,assignment]
    path = args.project or _sample_path(window)
    if path:
        window.open_project(path, create=False)  # new projects come from File > New
    if failures:
        print(f"error: {failures[0]}", file=sys.stderr)
        return 1
    if args.startup_check:
        from briefing_app.ui.first_paint import report_first_paint

        report_first_paint(window, lambda: print(round(process_age_ms()), flush=True))
    elif args.screenshot:
        from briefing_app.ui.first_paint import save_screenshot

        preview = window.preview  # the live preview renders in a worker: wait for it
        save_screenshot(window, args.screenshot,
                        lambda: preview.memo is None or preview.shown_generation == preview.generation)
    window.show()
    return app.exec()


def _startup_done(window: MainWindow, settle: bool) -> None:
    gc.freeze()
    gc.enable()
    if settle:  # after the first paint: logging.handlers costs ~14 ms to import
        from briefing_app.core.logs import start_logging

        start_logging()
        from PySide6.QtCore import QTimer

        QTimer.singleShot(WARM_UP_AFTER_MS, window.transfers.warm_up)


def _sample_path(window: MainWindow) -> str | None:
    from briefing_app.core.errors import BriefingError
    from briefing_app.workflow.sample import sample_project_path

    try:
        return str(sample_project_path())
    except (BriefingError, OSError) as exc:  # shown, then the first-run view
        window.show_error(exc)
        return None


if __name__ == "__main__":
    sys.exit(main())

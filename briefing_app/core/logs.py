"""The log file a user can attach to a bug report.

The desktop app opens it once its window has painted (logging.handlers costs ~14 ms to
import); what the app logged before (the project it opened at startup) is held until then
(hold_early_records) and written first. It says what the app opened, imported and exported, every error it showed, and the full trace of
anything unexpected (uncaught exceptions included). It lives in the user's state folder
(platformdirs' user_log_dir: ~/.local/state/briefing-builder/log on Linux) and rotates at
1 MB, keeping three old files. Help > Show Log shows it.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

import platformdirs

from briefing_app.core.paths import APP_NAME

MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
ROOT_LOGGER = "briefing_app"
EARLY_RECORDS = 1000  # held at most before the file opens (an unattended run never opens it)


class _Early(logging.Handler):
    """Holds the app's records until start_logging opens the file."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < EARLY_RECORDS:
            self.records.append(record)


def hold_early_records() -> None:
    """From now until start_logging(), keep the app's INFO and up records to write first then."""
    root = logging.getLogger(ROOT_LOGGER)
    if not any(isinstance(h, _Early) for h in root.handlers):
        root.addHandler(_Early())
    root.setLevel(logging.INFO)


def log_path() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME)) / "briefing.log"


def start_logging(path: Path | None = None) -> Path | None:
    """Log INFO and up of the app to `path` (default: log_path()), and uncaught exceptions
    with their traces. Returns the file, or None if it cannot be written (the app runs on)."""
    import platform
    from logging.handlers import RotatingFileHandler

    path = path or log_path()
    root = logging.getLogger(ROOT_LOGGER)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _log_uncaught(root)
    from briefing_app import __version__

    held = [h for h in root.handlers if isinstance(h, _Early)]
    for early in held:
        root.removeHandler(early)
    root.info("Briefing Builder %s, Python %s on %s", __version__, platform.python_version(), platform.platform())
    for record in (r for early in held for r in early.records):  # after the header, with their own times
        handler.handle(record)
    return path


def _log_uncaught(log: logging.Logger) -> None:
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, trace: TracebackType | None) -> None:
        log.error("uncaught exception", exc_info=(kind, value, trace))
        previous(kind, value, trace)

    sys.excepthook = hook


def tail(path: Path, max_chars: int = 200_000) -> str:
    """The end of a log file (the newest lines), or "" if there is none yet."""
    try:
        with open(path, "rb") as fh:
            fh.seek(0, 2)
            size = fh.tell()
            fh.seek(max(0, size - max_chars))
            text = fh.read().decode("utf-8", errors="replace")
    except OSError:
        return ""
    return text if size <= max_chars else text.split("\n", 1)[-1]

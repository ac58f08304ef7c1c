"""The log file (core/logs.py) and Help > Show Log."""
from __future__ import annotations

import logging
import sys

import pytest

from briefing_app.core import logs


@pytest.fixture
def log_file(tmp_path, monkeypatch):
    path = tmp_path / "state" / "briefing.log"
    monkeypatch.setattr(logs, "log_path", lambda: path)
    passed_on = []  # what the hook before ours (here: instead of pytest-qt's) is handed
    monkeypatch.setattr(sys, "excepthook", lambda *exc: passed_on.append(exc))  # restored after the test
    root = logging.getLogger(logs.ROOT_LOGGER)
    before = list(root.handlers)
    assert logs.start_logging() == path
    yield path, passed_on
    for handler in root.handlers[len(before):]:
        handler.close()
        root.removeHandler(handler)


def test_the_log_keeps_errors_with_their_trace_and_rotates(log_file):
    log_file, passed_on = log_file
    logging.getLogger("briefing_app.ui.test").warning("a message for the log")
    try:
        raise RuntimeError("a bug")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # what an uncaught exception goes through
    assert len(passed_on) == 1  # still reported as before, after the log has it
    text = logs.tail(log_file)
    assert "Briefing Builder" in text.splitlines()[0]  # version, Python and platform first
    assert "WARNING briefing_app.ui.test: a message for the log" in text
    assert "uncaught exception" in text and "RuntimeError: a bug" in text and "Traceback" in text
    [handler] = [h for h in logging.getLogger(logs.ROOT_LOGGER).handlers
                 if isinstance(h, logging.handlers.RotatingFileHandler) and h.baseFilename == str(log_file)]
    assert handler.maxBytes == logs.MAX_BYTES and handler.backupCount == logs.BACKUPS


def test_tail_keeps_whole_lines_of_the_end(tmp_path):
    path = tmp_path / "big.log"
    path.write_text("".join(f"line {n}\n" for n in range(1000)), encoding="utf-8")
    text = logs.tail(path, max_chars=100)
    assert text.endswith("line 999\n") and text.startswith("line ") and len(text) <= 100
    assert logs.tail(tmp_path / "missing.log") == ""


def test_help_show_log_shows_the_newest_lines(window, log_file, monkeypatch):
    log_file, _ = log_file
    from briefing_app.ui.log_view import LogDialog

    logging.getLogger("briefing_app.ui.test").info("the newest line")
    shown = []
    monkeypatch.setattr(LogDialog, "exec", lambda self: shown.append(self) or 0)
    window.menu_actions.show_log.trigger()
    [dialog] = shown
    assert dialog.path == log_file
    assert dialog.text.toPlainText().rstrip().endswith("INFO briefing_app.ui.test: the newest line")


def test_what_is_logged_before_the_file_opens_is_written_after_the_header(tmp_path, monkeypatch):
    """The app opens its project before its first paint, the log file after it: the opening is
    held and written first (it was missing from the log)."""
    path = tmp_path / "state" / "briefing.log"
    root = logging.getLogger(logs.ROOT_LOGGER)
    before = list(root.handlers)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # start_logging wraps it: restored after
    try:
        logs.hold_early_records()
        logs.hold_early_records()  # once only
        logging.getLogger("briefing_app.ui.main_window").info("opened sample.briefing")
        logging.getLogger("briefing_app.ui.test").debug("below INFO: not kept")
        assert logs.start_logging(path) == path
        logging.getLogger("briefing_app.ui.test").info("after the file opened")
        lines = logs.tail(path).splitlines()
        assert "Briefing Builder" in lines[0]
        assert lines[1].endswith("INFO briefing_app.ui.main_window: opened sample.briefing")
        assert lines[2].endswith("after the file opened") and len(lines) == 3, lines
        assert not any(isinstance(h, logs._Early) for h in root.handlers)
    finally:
        for handler in root.handlers[len(before):]:
            handler.close()
            root.removeHandler(handler)

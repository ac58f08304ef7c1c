"""Helpers of the File > Export… tests (test_ui_export_*.py; their fixtures drafted, opened and
notices are in conftest.py): a PDF's text, an export run in the window's worker."""
from __future__ import annotations

import subprocess
from pathlib import Path

from briefing_app.ui.export_dialog import ExportChoice


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def run_export(win, qtbot, choice: ExportChoice):
    with qtbot.waitSignal(win.exporter.finished, timeout=60000) as done:
        assert win.exporter.run(win.session, win.memo.memo.id, choice) is not None
    return done.args[0]

"""File > Export…: the export in a worker, its report (pages, budget, warnings) and what follows
(the file opened, its folder shown, a notice when the desktop cannot open it)."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from briefing_app.ui import export_dialog, export_flow
from briefing_app.ui.export_dialog import ExportChoice, ExportDialog
from tests.ui.export_support import run_export, pdf_text


def test_ctrl_e_exports_pdf_with_banner_then_opens_it(drafted, qtbot, tmp_path, opened, notices, monkeypatch, errors):
    out = tmp_path / "memo.pdf"
    choice = ExportChoice(out, "pdf", "info-memo", "apa", "PRE-DECISIONAL", after="open")
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, parent, memo, suggested: choice))
    assert drafted.menu_actions.export.shortcut().toString() == "Ctrl+E"
    with qtbot.waitSignal(drafted.exporter.finished, timeout=60000) as done:
        drafted.menu_actions.export.trigger()
    report = done.args[0]
    assert not isinstance(report, BaseException), report
    assert out.is_file() and opened == [str(out)]
    text = pdf_text(out)
    assert text.count("PRE-DECISIONAL") >= 2  # banner at the top and bottom of the page
    memo = drafted.session.project.get_memo(drafted.memo.memo.id)
    assert (memo.marking, memo.citation_style) == ("PRE-DECISIONAL", "apa")  # one undo step
    assert "Exported memo.pdf (" in drafted.status.text() and "page" in drafted.status.text()
    assert f"of {report.page_budget} pages" in export_flow.describe(report)
    assert bool(notices) == bool(report.warnings) and not errors


def test_word_export_shows_its_folder_and_reports_pages(drafted, qtbot, tmp_path, opened, notices):
    out = tmp_path / "sub" / "memo.docx"
    out.parent.mkdir()
    report = run_export(drafted, qtbot, ExportChoice(out, "docx", after="folder"))
    assert not isinstance(report, BaseException), report
    assert out.is_file() and opened == [str(out.parent)]
    assert report.format == "docx" and report.pages >= 1


def test_a_file_the_desktop_cannot_open_is_a_notice(drafted, qtbot, tmp_path, notices, monkeypatch):
    monkeypatch.setattr(export_flow, "open_url", lambda url: False)
    out = tmp_path / "memo.pdf"
    report = run_export(drafted, qtbot, ExportChoice(out, "pdf", after="open"))
    assert out.is_file() and report.path == out
    assert any("could not open it" in text and details == str(out) for text, details in notices)


def test_over_budget_is_shown_with_the_warnings(drafted, qtbot, tmp_path, opened, notices):
    out = tmp_path / "tp.pdf"
    report = run_export(drafted, qtbot, ExportChoice(out, "pdf", template_id="talking-points"))
    assert not isinstance(report, BaseException), report
    assert report.pages > report.page_budget == 1
    assert "over the 1-page budget" in export_flow.describe(report)
    assert notices and "over the 1-page budget" in notices[0][0] and "budget" in notices[0][1]
    assert opened == []  # after="nothing"


def test_cancel_before_the_worker_starts_writes_nothing(drafted, qtbot, tmp_path):
    from briefing_app.core.errors import Cancelled
    from briefing_app.ui import workers

    out = tmp_path / "never.pdf"
    workers.pool().setMaxThreadCount(1)
    started, gate = threading.Event(), threading.Event()
    workers.Task(lambda progress, emit: (started.set(), gate.wait(10))).start()  # holds the only thread
    try:
        qtbot.waitUntil(started.is_set)
        with qtbot.waitSignal(drafted.exporter.finished, timeout=20000) as done:
            task = drafted.exporter.run(drafted.session, drafted.memo.memo.id, ExportChoice.for_path(out))
            progress = drafted.findChild(QProgressDialog)
            assert progress.windowModality() == Qt.WindowModality.WindowModal
            progress.findChild(QPushButton).click()  # its Cancel button
            assert task.progress.cancelled
            gate.set()
    finally:
        gate.set()
        workers.pool().setMaxThreadCount(2)
    assert isinstance(done.args[0], Cancelled) and not out.exists()


def test_accessible_pdf_is_tagged(drafted, qtbot, tmp_path, opened, notices):
    if not export_dialog.accessible_available():
        pytest.skip("LibreOffice is not installed (setup.sh --dev installs it)")
    out = tmp_path / "tagged.pdf"
    report = run_export(drafted, qtbot, ExportChoice(out, "accessible-pdf", after="open"))
    assert not isinstance(report, BaseException), report
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and b"/StructTreeRoot" in data
    assert opened == [str(out)]

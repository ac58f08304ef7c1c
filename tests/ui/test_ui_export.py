"""File > Export…: the export dialog, the export in a worker, the report, opening the result."""
from __future__ import annotations

import subprocess
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

from briefing_app.ui import export_dialog, export_flow
from briefing_app.ui.export_dialog import NO_LIBREOFFICE, ExportChoice, ExportDialog


@pytest.fixture
def drafted(window, qtbot, errors):
    window.memo.draft_button.click()
    qtbot.waitUntil(lambda: window.memo.drafting is None, timeout=30000)  # planned in a worker
    assert window.memo.memo is not None, errors
    return window


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(export_flow, "open_url", lambda url: urls.append(url.toLocalFile()) or True)
    return urls


@pytest.fixture
def notices(monkeypatch) -> list[tuple[str, str]]:
    from briefing_app.ui import dialogs

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_notice",
                        lambda parent, text, title="", details="": shown.append((text, details)))
    return shown


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _export(win, qtbot, choice: ExportChoice):
    with qtbot.waitSignal(win.exporter.finished, timeout=60000) as done:
        assert win.exporter.run(win.session, win.memo.memo.id, choice) is not None
    return done.args[0]


def test_dialog_lists_templates_and_says_why_accessible_pdf_is_off(drafted, qtbot, tmp_path):
    memo = drafted.memo.memo
    dialog = ExportDialog(memo, tmp_path / "memo.pdf", accessible=False, parent=drafted)
    qtbot.addWidget(dialog)
    ids = [dialog.template.itemData(n) for n in range(dialog.template.count())]
    assert {"info-memo", "action-memo", "options-paper", "talking-points", "briefing-book"} <= set(ids)
    assert dialog.template.currentData() == memo.template
    tagged = dialog.format_buttons["accessible-pdf"]
    assert not tagged.isEnabled() and NO_LIBREOFFICE in tagged.toolTip()
    assert not dialog.accessible_note.isHidden() and NO_LIBREOFFICE in dialog.accessible_note.text()
    assert dialog.citation.currentData() == memo.citation_style
    dialog.format_buttons["docx"].setChecked(True)
    assert dialog.path.text().endswith("memo.docx")
    dialog.marking.setCurrentText("CUI")
    dialog.citation.setCurrentIndex(dialog.citation.findData("apa"))
    choice = dialog.choice()
    assert (choice.format, choice.path.name, choice.marking, choice.citation_style) == \
        ("docx", "memo.docx", "CUI", "apa")
    assert choice.kwargs()["accessible"] is False
    dialog.marking.setCurrentIndex(0)  # "(none)"
    assert dialog.choice().marking == ""


def test_existing_file_is_replaced_only_when_confirmed(drafted, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from briefing_app.ui import dialogs

    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: asked.append(text) or False)
    (tmp_path / "memo.pdf").write_bytes(b"an older export")
    dialog = ExportDialog(drafted.memo.memo, tmp_path / "suggested.pdf", accessible=False, parent=drafted)
    qtbot.addWidget(dialog)
    dialog.format_buttons["pdf"].setChecked(True)
    dialog.path.setText("memo")  # a bare name goes to the suggested folder, with the format's suffix
    assert dialog.choice().path == tmp_path / "memo.pdf"
    dialog.path.setText("brief.v2")
    assert dialog.choice().path == tmp_path / "brief.v2.pdf"
    dialog.path.setText("memo.docx")
    dialog.path.editingFinished.emit()  # a typed .docx name means Word
    assert dialog.selected_format() == "docx" and dialog.choice().path == tmp_path / "memo.docx"
    dialog.path.setText("memo.pdf")
    dialog.path.editingFinished.emit()
    assert dialog.selected_format() == "pdf"
    dialog.accept()
    assert asked and "memo.pdf already exists" in asked[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: True)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_folder_typed_as_the_file_puts_the_memo_in_it(drafted, qtbot, tmp_path):
    """A folder pasted or typed alone in the File box wrote "reports.pdf" beside it, not the memo
    in it (and a folder named like a file, "2026.q4", got ".pdf" glued on)."""
    for name in ("reports", "2026.q4"):
        (tmp_path / name).mkdir()
        dialog = ExportDialog(drafted.memo.memo, tmp_path / "North-Korea.pdf", accessible=False, parent=drafted)
        qtbot.addWidget(dialog)
        dialog.format_buttons["docx"].setChecked(True)
        dialog.path.setText(str(tmp_path / name))
        assert dialog.choice().path == tmp_path / name / "North-Korea.docx"
        dialog.path.setText(name)  # relative to the suggested folder
        assert dialog.choice().path == tmp_path / name / "North-Korea.docx"


def test_accessible_pdf_offered_when_libreoffice_is_there(drafted, qtbot, tmp_path):
    dialog = ExportDialog(drafted.memo.memo, tmp_path / "memo.pdf", accessible=True, parent=drafted)
    qtbot.addWidget(dialog)
    tagged = dialog.format_buttons["accessible-pdf"]
    assert tagged.isEnabled() and dialog.accessible_note.isHidden()
    tagged.setChecked(True)
    choice = dialog.choice()
    assert choice.path.suffix == ".pdf" and choice.kwargs()["accessible"] is True


def test_ask_remembers_format_folder_and_after(drafted, qtbot, tmp_path, monkeypatch, request):
    monkeypatch.setattr(export_dialog, "accessible_available", lambda: False)
    memo = drafted.memo.memo
    (tmp_path / "out").mkdir()  # (the dialog refuses a folder that does not exist)

    def fill_and_accept():
        dialog = next(w for w in drafted.findChildren(ExportDialog) if w.isVisible())
        dialog.path.setText(str(tmp_path / "out" / "brief.pdf"))
        dialog.format_buttons["docx"].setChecked(True)  # the name follows the format
        dialog.after.setCurrentIndex(dialog.after.findData("folder"))
        dialog.export_button.click()

    QTimer.singleShot(0, fill_and_accept)
    choice = ExportDialog.ask(drafted, memo, tmp_path / "memo.pdf")
    request.addfinalizer(lambda: export_flow.settings.settings().remove("export"))  # leave no choice behind
    assert choice is not None and choice.path == tmp_path / "out" / "brief.docx" and choice.after == "folder"
    again = ExportDialog(memo, Path(export_flow.settings.last_folder("export")) / "x.pdf", parent=drafted)
    qtbot.addWidget(again)
    assert again.selected_format() == "docx" and again.after.currentData() == "folder"
    assert Path(again.path.text()) == tmp_path / "out" / "x.docx"


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
    text = _pdf_text(out)
    assert text.count("PRE-DECISIONAL") >= 2  # banner at the top and bottom of the page
    memo = drafted.session.project.get_memo(drafted.memo.memo.id)
    assert (memo.marking, memo.citation_style) == ("PRE-DECISIONAL", "apa")  # one undo step
    assert "Exported memo.pdf (" in drafted.status.text() and "page" in drafted.status.text()
    assert f"of {report.page_budget} pages" in export_flow.describe(report)
    assert bool(notices) == bool(report.warnings) and not errors


def test_word_export_shows_its_folder_and_reports_pages(drafted, qtbot, tmp_path, opened, notices):
    out = tmp_path / "sub" / "memo.docx"
    out.parent.mkdir()
    report = _export(drafted, qtbot, ExportChoice(out, "docx", after="folder"))
    assert not isinstance(report, BaseException), report
    assert out.is_file() and opened == [str(out.parent)]
    assert report.format == "docx" and report.pages >= 1


def test_a_file_the_desktop_cannot_open_is_a_notice(drafted, qtbot, tmp_path, notices, monkeypatch):
    monkeypatch.setattr(export_flow, "open_url", lambda url: False)
    out = tmp_path / "memo.pdf"
    report = _export(drafted, qtbot, ExportChoice(out, "pdf", after="open"))
    assert out.is_file() and report.path == out
    assert any("could not open it" in text and details == str(out) for text, details in notices)


def test_over_budget_is_shown_with_the_warnings(drafted, qtbot, tmp_path, opened, notices):
    out = tmp_path / "tp.pdf"
    report = _export(drafted, qtbot, ExportChoice(out, "pdf", template_id="talking-points"))
    assert not isinstance(report, BaseException), report
    assert report.pages > report.page_budget == 1
    assert "over the 1-page budget" in export_flow.describe(report)
    assert notices and "over the 1-page budget" in notices[0][0] and "budget" in notices[0][1]
    assert opened == []  # after="nothing"


def test_cancelled_dialog_exports_nothing(drafted, tmp_path, monkeypatch):
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, *a: None))
    assert drafted.exporter.export(drafted.session, drafted.memo.memo.id) is None
    assert drafted.exporter.task is None and not list(tmp_path.glob("*.pdf"))


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
    report = _export(drafted, qtbot, ExportChoice(out, "accessible-pdf", after="open"))
    assert not isinstance(report, BaseException), report
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and b"/StructTreeRoot" in data
    assert opened == [str(out)]


def test_a_template_folder_of_ones_own_is_chosen_and_used(drafted, qtbot, tmp_path, monkeypatch, opened, notices):
    """Folder… adds a copied and edited template folder to the list; the export uses it."""
    import shutil

    import docx

    from briefing_app.core import paths
    from briefing_app.ui import dialogs

    folder = tmp_path / "desk-memo"
    shutil.copytree(paths.builtin_templates_dir() / "info-memo", folder)
    document = docx.Document(str(folder / "memo.docx"))
    document.paragraphs[0].insert_paragraph_before("Desk copy")
    document.save(str(folder / "memo.docx"))
    errors_shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, exc, title="": errors_shown.append(str(exc)))
    dialog = ExportDialog(drafted.memo.memo, tmp_path / "memo.docx", accessible=False, parent=drafted)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialogs, "ask_template_folder", lambda parent: str(tmp_path))  # not a template folder
    dialog.choose_template_folder()
    assert errors_shown and "has no template.toml" in errors_shown[0]
    monkeypatch.setattr(dialogs, "ask_template_folder", lambda parent: str(folder))
    dialog.choose_template_folder()
    assert dialog.template.currentData() == str(folder) and str(folder) in dialog.template.currentText()
    dialog.format_buttons["docx"].setChecked(True)
    choice = dialog.choice()
    assert choice.template_id == str(folder)
    report = _export(drafted, qtbot, choice)
    assert "Desk copy" in [p.text for p in docx.Document(str(report.path)).paragraphs]


def test_a_memo_template_that_cannot_be_read_stays_chosen_and_says_why(drafted, qtbot, tmp_path, errors):
    """A memo drafted with a template folder of the user's, broken or moved since: the export
    dialog chose another template without a word (the first in the list), and the memo went out
    in it. Now the memo's template stays chosen, marked, and a note says why; exporting with it
    fails with that reason, another template can still be picked."""
    import shutil

    from dataclasses import replace

    from briefing_app.core.paths import builtin_templates_dir

    folder = tmp_path / "my-memo"
    shutil.copytree(builtin_templates_dir() / "action-memo", folder)
    (folder / "template.toml").write_text("name = \n", encoding="utf-8")  # broken in an editor since
    memo = replace(drafted.memo.memo, template=str(folder))  # as a memo drafted with it reads
    dialog = ExportDialog(memo, tmp_path / "memo.pdf", accessible=False, parent=drafted)
    qtbot.addWidget(dialog)
    assert dialog.template.currentData() == str(folder)
    assert "cannot be read" in dialog.template.currentText() and dialog.template_note.isVisibleTo(dialog)
    assert "template.toml is not valid TOML" in dialog.template_note.text()
    report = _export(drafted, qtbot, dialog.choice())  # exported as chosen: it fails, saying why
    assert isinstance(report, Exception) and "not valid TOML" in str(report) and errors
    errors.clear()
    dialog.template.setCurrentIndex(dialog.template.findData("info-memo"))  # another: the note goes
    assert not dialog.template_note.isVisibleTo(dialog) and dialog.choice().template_id == "info-memo"
    assert not errors


def test_a_folder_that_cannot_take_the_file_keeps_the_dialog_open(drafted, qtbot, tmp_path, monkeypatch, errors):
    """A missing or read-only folder was found only by the export, after the dialog had closed:
    an error box, and every choice made in the dialog to make again. Now the dialog says so and
    stays open, the file box focused."""
    import os

    dialog = ExportDialog(drafted.memo.memo, tmp_path / "memo.pdf", accessible=False, parent=drafted)
    qtbot.addWidget(dialog)
    dialog.marking.setCurrentText("CUI")
    for bad in (tmp_path / "no-such-folder" / "memo.pdf", tmp_path / "locked" / "memo.pdf"):
        if bad.parent.name == "locked":
            bad.parent.mkdir()
            locked, real = str(bad.parent), os.access
            monkeypatch.setattr(os, "access", lambda p, mode, locked=locked, real=real: str(p) != locked and real(p, mode))
        dialog.path.setText(str(bad))
        dialog.accept()
        assert dialog.result() != dialog.DialogCode.Accepted and dialog.marking.currentText() == "CUI"
        assert str(bad.parent) in str(errors[-1])
    assert "does not exist" in str(errors[0]) and "read-only" in str(errors[1])
    dialog.path.setText(str(tmp_path / "memo.pdf"))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted

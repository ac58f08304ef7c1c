"""File > Export…: the export dialog's choices — templates, formats, the file and its folder,
what is remembered, and what it refuses before closing."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer

from briefing_app.ui import export_dialog, export_flow
from briefing_app.ui.export_dialog import NO_LIBREOFFICE, ExportDialog


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


def test_accessible_pdf_offered_when_libreoffice_is_there(drafted, qtbot, tmp_path):
    dialog = ExportDialog(drafted.memo.memo, tmp_path / "memo.pdf", accessible=True, parent=drafted)
    qtbot.addWidget(dialog)
    tagged = dialog.format_buttons["accessible-pdf"]
    assert tagged.isEnabled() and dialog.accessible_note.isHidden()
    tagged.setChecked(True)
    choice = dialog.choice()
    assert choice.path.suffix == ".pdf" and choice.kwargs()["accessible"] is True


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


def test_cancelled_dialog_exports_nothing(drafted, tmp_path, monkeypatch):
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, *a: None))
    assert drafted.exporter.export(drafted.session, drafted.memo.memo.id) is None
    assert drafted.exporter.task is None and not list(tmp_path.glob("*.pdf"))


def test_every_label_takes_its_fields_mnemonic(drafted, qtbot, tmp_path):
    """The Template label had no buddy (its row is the list and Folder…): it printed "T&emplate:"
    and Alt+E went nowhere. Each label now leads to its own field."""
    from PySide6.QtWidgets import QLabel

    dialog = ExportDialog(drafted.memo.memo, tmp_path / "memo.pdf", accessible=False, parent=drafted)
    qtbot.addWidget(dialog)
    buddies = {label.text(): label.buddy() for label in dialog.findChildren(QLabel) if label.text().endswith(":")}
    assert buddies["T&emplate:"] is dialog.template and buddies["&File:"] is dialog.path
    assert buddies["&Citations:"] is dialog.citation and buddies["Ba&nner:"] is dialog.marking
    assert buddies["&After export:"] is dialog.after

"""File > Export… with a template of the user's own: a template folder chosen and used, and a
memo whose template cannot be read kept chosen with the reason shown."""
from __future__ import annotations

from briefing_app.ui.export_dialog import ExportDialog
from tests.ui.export_support import run_export


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
    report = run_export(drafted, qtbot, choice)
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
    report = run_export(drafted, qtbot, dialog.choice())  # exported as chosen: it fails, saying why
    assert isinstance(report, Exception) and "not valid TOML" in str(report) and errors
    errors.clear()
    dialog.template.setCurrentIndex(dialog.template.findData("info-memo"))  # another: the note goes
    assert not dialog.template_note.isVisibleTo(dialog) and dialog.choice().template_id == "info-memo"
    assert not errors

"""A memo's header — TO, FROM, THROUGH, DATE, SUBJECT — and its title are edited in the GUI
(Memo details…, beside Export): before, only `briefing draft --to …` could set them, and every memo
drafted in the app printed empty TO and FROM lines. One undo step; the export prints them."""
from __future__ import annotations

import subprocess

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit

from briefing_app.ui.edit_dialogs import FormDialog
from briefing_app.ui.export_dialog import ExportChoice

TYPED = {"Title:": "Korea and asylum: weekly", "TO:": "The Secretary", "FROM:": "Jane Analyst, Policy Planning",
         "THROUGH:": "", "DATE:": "5 December 2026", "SUBJECT:": "North Korean alert; UK asylum questionnaire"}


def _fill(monkeypatch, seen: list[str]) -> None:
    """The form as a person fills it: each field found by its label, typed into, then OK."""
    def exec_(dialog: FormDialog) -> int:
        for field in dialog.fields:
            widget = dialog.widgets[field.key]
            seen.append(field.label.replace("&", ""))
            text = TYPED[field.label.replace("&", "")]
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(text)
            else:
                assert isinstance(widget, QLineEdit)
                widget.setText(text)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FormDialog, "exec", exec_)


def test_memo_details_set_the_header_in_one_step_and_print(window, qtbot, monkeypatch, errors, tmp_path):
    panel = window.memo
    assert panel.memo is None and not panel.details_button.isEnabled()  # no memo yet: nothing to edit
    with qtbot.waitSignal(panel.drafted, timeout=30000):
        panel.draft_button.click()
    memo_id = panel.memo.id
    assert panel.details_button.isEnabled() and panel.details_button.text().replace("&", "") == "Memo details…"
    seen: list[str] = []
    _fill(monkeypatch, seen)
    panel.details_button.click()
    assert seen == list(TYPED)
    memo = window.session.project.get_memo(memo_id)
    assert (memo.title, memo.to, memo.from_, memo.date, memo.subject) == (
        TYPED["Title:"], TYPED["TO:"], TYPED["FROM:"], TYPED["DATE:"], TYPED["SUBJECT:"])
    assert "Korea and asylum: weekly" in panel.memo_combo.currentText()
    out = tmp_path / "memo.pdf"
    with qtbot.waitSignal(window.exporter.finished, timeout=60000) as done:
        window.exporter.run(window.session, memo_id, ExportChoice(out, "pdf"))
    assert not isinstance(done.args[0], BaseException), done.args[0]
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "The Secretary" in text and "Jane Analyst, Policy Planning" in text and "5 December 2026" in text
    window.menu_actions.undo.trigger()  # one step back: the header as drafted
    memo = window.session.project.get_memo(memo_id)
    assert memo.to == "" and memo.from_ == "" and memo.title != TYPED["Title:"] and not errors



def test_escape_in_a_filled_form_asks_first(qtbot, monkeypatch):
    """Escape in a form (the memo's details, a quote's, a source's) dropped what was typed without
    a word; now it asks, and No keeps the form as it was."""
    from PySide6.QtTest import QTest

    from briefing_app.ui import dialogs
    from briefing_app.ui.edit_dialogs import Field

    answers: list[bool] = [False, True]
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: answers.pop(0))
    form = FormDialog(None, "Memo details", [Field("to", "T&O:", "line", ""), Field("subject", "&SUBJECT:", "text", "")])
    qtbot.addWidget(form)
    form.show()
    QTest.keyClicks(form.widgets["to"], "The Secretary")
    QTest.keyClick(form.widgets["to"], Qt.Key.Key_Escape)
    assert form.isVisible() and form.values()["to"] == "The Secretary" and answers == [True]
    QTest.keyClick(form.widgets["to"], Qt.Key.Key_Escape)
    assert not form.isVisible() and answers == []


def test_a_long_value_shows_its_start(qtbot):
    """A memo's long title showed its end in the form ("to replace interview with questionnaire
    for five nationalities"), as if cut at the front."""
    from briefing_app.ui.edit_dialogs import Field

    title = "North Korea puts military in 'quasi-state of war'; Reports: 'streamlined' UK asylum process to replace"
    form = FormDialog(None, "Memo details", [Field("title", "&Title:", "line", title)])
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    line = form.widgets["title"]
    assert isinstance(line, QLineEdit) and line.cursorPosition() == 0 and line.text() == title
    shown = line.cursorRect().left()
    assert shown < line.width() // 4  # the cursor, and the text's start, at the left

"""Own text in the memo: the rich-text editor writes the stored Markdown subset, an edit is one
undo step, and the tree paints the text formatted."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from briefing_app.ui import memo_text
from briefing_app.ui.memo_delegate import HTML_ROLE
from briefing_app.core.markdown import from_editor, to_editor
from briefing_app.ui.memo_tree import ITEM
from test_ui_memo import drafted  # noqa: F401 - the memo tests' shared fixture


def test_stored_form_round_trips_and_old_plain_lines_stay_paragraphs():
    assert to_editor("One.\nTwo.\n- a\n- b\nThree.") == "One.\n\nTwo.\n\n- a\n- b\n\nThree."
    wrapped = "A long paragraph with **bold** that Qt wrapped\nat eighty columns.\n\n* one\n+ two\n  - nested\n\nEnd."
    assert from_editor(wrapped) == "A long paragraph with **bold** that Qt wrapped at eighty columns.\n\n" \
                                   "- one\n- two\n- nested\n\nEnd."
    assert from_editor("In 1986\\. a \\#tag, 2\\*3\n") == "In 1986. a #tag, 2\\*3"
    assert from_editor(to_editor("x\n- y")) == "x\n\n- y"


def _select(edit, start, end):
    cursor = edit.editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    edit.editor.setTextCursor(cursor)


def test_editor_bold_italic_and_bullets_write_markdown(qtbot):
    edit = memo_text.RichTextEdit()
    qtbot.addWidget(edit)
    edit.set_markdown("Talks resume on Monday.\nBoth sides agreed.")
    _select(edit, 0, 5)  # "Talks"
    edit.bold.trigger()
    _select(edit, 16, 22)  # "Monday"
    edit.italic.trigger()
    assert edit.markdown() == "**Talks** resume on *Monday*.\n\nBoth sides agreed."
    _select(edit, 26, 26)  # in the second paragraph
    edit.bullets.trigger()
    assert edit.markdown().endswith("\n\n- Both sides agreed.")
    edit.bullets.trigger()
    assert edit.markdown().endswith("\n\nBoth sides agreed.")


def test_editor_shortcuts(qtbot):
    edit = memo_text.RichTextEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.activateWindow()
    qtbot.waitActive(edit)
    edit.editor.setFocus()
    qtbot.waitUntil(edit.editor.hasFocus)
    qtbot.keyClick(edit.editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit.editor, "Firm")
    qtbot.keyClick(edit.editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit.editor, " line")
    assert edit.markdown() == "**Firm** line"


def test_editing_text_is_one_undo_step_and_shows_formatted(drafted, monkeypatch, errors):
    win = drafted
    first = "**Bottom line:** talks *resume*.\n\n- first point\n- second point"
    answers = iter([first, "**Bottom line:** talks *stall*."])
    asked = []
    monkeypatch.setattr(memo_text, "ask_markdown", lambda parent, title, body="", **k: asked.append(body) or next(answers))
    win.memo.tree.setCurrentItem(win.memo.tree.topLevelItem(0))
    stack = win.session.undo_stack.count()
    item_id = win.memo.add_text()
    assert item_id is not None and not errors
    html = win.memo.tree.find(ITEM, item_id).data(0, HTML_ROLE)
    assert "font-weight:700" in html and "font-style:italic" in html and "<li" in html
    assert win.memo.tree.find(ITEM, item_id).text(0).startswith("Bottom line: talks resume.")  # no asterisks
    assert win.memo.edit_text()
    assert asked[-1] == first  # the editor opens on the stored text
    assert win.session.undo_stack.count() == stack + 2
    assert win.undo_group.undoText() == "Edit text"
    win.menu_actions.undo.trigger()
    memo = win.session.project.get_memo(win.memo.memo.id)
    assert [i.body for s in memo.sections for i in s.items if i.id == item_id] == [first]


def test_the_dialog_returns_the_edit_or_none(qtbot, monkeypatch):
    def type_and(result):
        def exec_(dialog):
            dialog.edit.editor.selectAll()
            dialog.edit.bold.trigger()
            return result
        return exec_

    monkeypatch.setattr(memo_text.RichTextDialog, "exec", type_and(memo_text.QDialog.DialogCode.Accepted))
    assert memo_text.ask_markdown(None, "Edit text", "Firm line") == "**Firm line**"
    monkeypatch.setattr(memo_text.RichTextDialog, "exec", type_and(memo_text.QDialog.DialogCode.Rejected))
    assert memo_text.ask_markdown(None, "Edit text", "Firm line") is None


def test_a_formatted_row_is_taller_than_one_line(drafted, monkeypatch):
    win = drafted
    monkeypatch.setattr(memo_text, "ask_markdown", lambda *a, **k: "Intro line.\n\n- one\n- two\n- three")
    win.memo.tree.setCurrentItem(win.memo.tree.topLevelItem(0))
    item_id = win.memo.add_text()
    tree = win.memo.tree
    rect = tree.visualItemRect(tree.find(ITEM, item_id))
    assert rect.height() >= 3.5 * tree.fontMetrics().height()
    image = tree.viewport().grab(rect).toImage()
    assert len({image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(image.height())}) > 2


def test_escape_asks_before_it_drops_what_was_written(qtbot, monkeypatch):
    """Escape (or Cancel, or the close button) in the Add text dialog dropped a paragraph just
    written without a word. Now it asks; No keeps the dialog and the text; unchanged text closes at once."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from briefing_app.ui import dialogs
    from briefing_app.ui.memo_text import RichTextDialog

    answers: list[bool] = []
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: asked.append(text) or answers.pop(0))
    dialog = RichTextDialog(None, "Add text")
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog.edit.editor, "A paragraph that took a while to write.")
    answers.append(False)
    QTest.keyClick(dialog.edit.editor, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(asked) == 1  # asked, kept
    assert "took a while" in dialog.edit.markdown()
    answers.append(True)
    QTest.keyClick(dialog.edit.editor, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and len(asked) == 2
    same = RichTextDialog(None, "Edit text", "Unchanged *text*.")
    qtbot.addWidget(same)
    same.show()
    QTest.keyClick(same.edit.editor, Qt.Key.Key_Escape)
    assert not same.isVisible() and len(asked) == 2  # nothing written: no question

"""The memo's item actions: per-item citation (paraphrase / quotation, cite or not), the
memo's citation style, and the keyboard twins of the buttons — each one undo step, shown in
the tree, and the live preview hears about it."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from briefing_app.ui import memo_actions
from briefing_app.ui.memo_delegate import HTML_ROLE
from briefing_app.ui.memo_tree import ITEM
from test_ui_memo import drafted  # noqa: F401 - the memo tests' shared fixture


def _first_quote(win):
    memo = win.session.project.get_memo(win.memo.memo.id)
    return next(i for s in memo.sections for i in s.items if i.kind == "quote")


def _item(win, item_id):
    memo = win.session.project.get_memo(win.memo.memo.id)
    return next(i for s in memo.sections for i in s.items if i.id == item_id)


def test_quote_rows_show_their_source(drafted):
    win = drafted
    item = _first_quote(win)
    quote = win.session.project.get_quote(item.ref_id)
    source = win.session.project.get_source(quote.source_id)
    row = win.memo.tree.find(ITEM, item.id)
    title = source.metadata.title or source.label
    assert f"Source: {title}" in row.text(0)
    assert title in row.data(0, HTML_ROLE) and "<br>" in row.data(0, HTML_ROLE)


def test_mark_as_paraphrase_and_back_one_step_each(drafted, qtbot, errors):
    win = drafted
    item = _first_quote(win)
    actions = win.memo.actions_
    win.memo.select_item(item.id)
    assert actions.paraphrase.isEnabled() and actions.paraphrase.text() == "Mark as &Paraphrase"
    with qtbot.waitSignal(win.memo.memo_loaded):  # what the live preview follows
        actions.paraphrase.trigger()
    assert _item(win, item.id).paraphrase and not errors
    row = win.memo.tree.find(ITEM, item.id)
    assert "(paraphrase)" in row.text(0) and not row.text(0).startswith("“")
    assert actions.paraphrase.text() == "Mark as &Quotation"
    assert win.undo_group.undoText() == "Mark as paraphrase"
    actions.paraphrase.trigger()
    assert not _item(win, item.id).paraphrase
    assert win.memo.tree.find(ITEM, item.id).text(0).startswith("“")
    win.menu_actions.undo.trigger()
    win.menu_actions.undo.trigger()
    assert not _item(win, item.id).paraphrase


def _press(win, qtbot, action, keys: str) -> None:
    """Press a memo shortcut with the tree focused. Bare Xvfb has no window manager to
    activate the window (Qt delivers shortcuts only there): then the binding is checked and
    the action triggered."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication

    tree = win.memo.tree
    assert QKeySequence(keys) in action.shortcuts() and action in tree.actions()
    assert action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    win.activateWindow()
    tree.setFocus()
    if QApplication.activeWindow() is win and tree.hasFocus():
        seq = QKeySequence(keys)[0]
        qtbot.keyClick(tree, seq.key(), seq.keyboardModifiers())
    else:
        action.trigger()


def test_keyboard_shortcuts_move_and_remove_items(drafted, qtbot):
    win = drafted
    before = [i.id for i in win.memo.memo.sections[2].items]
    assert len(before) >= 2
    win.memo.select_item(before[0])
    _press(win, qtbot, win.memo.actions_.down, "Alt+Down")
    assert [i.id for i in _section_items(win, 2)][:2] == [before[1], before[0]]
    _press(win, qtbot, win.memo.actions_.remove, "Delete")
    assert before[0] not in [i.id for i in _section_items(win, 2)]
    win.menu_actions.undo.trigger()
    win.menu_actions.undo.trigger()
    assert [i.id for i in _section_items(win, 2)] == before


def _section_items(win, n):
    return win.session.project.get_memo(win.memo.memo.id).sections[n].items


def test_cite_source_from_the_keyboard(drafted, qtbot):
    win = drafted
    item = _first_quote(win)
    assert item.cite
    win.memo.select_item(item.id)
    tree = win.memo.tree
    assert win.memo.actions_.cite.isChecked()
    _press(win, qtbot, win.memo.actions_.cite, "Ctrl+Shift+C")
    assert not _item(win, item.id).cite
    assert "Not cited" in tree.find(ITEM, item.id).text(0)
    assert not win.memo.actions_.cite.isChecked()
    win.menu_actions.undo.trigger()
    assert _item(win, item.id).cite


def test_quote_actions_only_for_quotes_and_in_the_context_menu(drafted):
    win = drafted
    text_item = next(i for s in win.memo.memo.sections for i in s.items if i.kind == "text")
    win.memo.select_item(text_item.id)
    assert not win.memo.actions_.paraphrase.isEnabled() and not win.memo.set_item_options(cite=False)
    win.memo.select_item(_first_quote(win).id)
    menu = memo_actions.show_menu(win.memo.tree, win.memo.actions_, QPoint(5, 5))
    texts = [a.text() for a in menu.actions()]
    menu.close()
    assert "Mark as &Paraphrase" in texts and "&Cite Source" in texts and "Re&move from Memo" in texts


def test_citation_style_combo(drafted, errors):
    win = drafted
    combo = win.memo.header.style_combo
    assert combo.currentData() == win.memo.memo.citation_style == "chicago"
    combo.setCurrentIndex(combo.findData("apa"))
    assert win.session.project.get_memo(win.memo.memo.id).citation_style == "apa" and not errors
    assert combo.currentData() == "apa"
    win.menu_actions.undo.trigger()
    assert win.session.project.get_memo(win.memo.memo.id).citation_style == "chicago"
    assert combo.currentData() == "chicago"
    assert [combo.itemData(n) for n in range(combo.count())] == ["chicago", "apa", "house"]

"""Draft memo offers every template: its arrow lists them (the current one checked), picking one
drafts a memo with that template's sections, and the button then keeps drafting with it."""
from __future__ import annotations

from PySide6.QtCore import Qt

from briefing_app.export.templates import list_templates, load_template


def test_draft_memo_from_a_chosen_template(window, qtbot, errors):
    panel = window.memo
    menu = panel.header.template_menu
    menu.aboutToShow.emit()  # what opening the arrow's menu does
    actions = [a for a in menu.actions() if not a.isSeparator()]
    names = [a.text() for a in actions]
    assert len(actions) == len(list_templates()) >= 4, names
    assert [a.text() for a in actions if a.isChecked()] == ["Information memo (2 pages)"]
    assert "Information memo" in panel.draft_button.toolTip()
    options = next(a for a in actions if a.text().startswith("Options paper"))
    options.trigger()
    qtbot.waitUntil(lambda: panel.memo is not None and panel.memo.template == "options-paper")
    headings = [s.heading for s in panel.memo.sections]
    assert headings == [h for _, h in load_template("options-paper").sections], headings
    assert "Options paper" in panel.draft_button.toolTip()
    drafted = {m for m, _t, _n in window.session.project.list_memos()}
    panel.draft_button.click()  # the button now drafts with the template picked last
    qtbot.waitUntil(lambda: len(window.session.project.list_memos()) == len(drafted) + 1)
    assert panel.memo is not None and panel.memo.template == "options-paper"
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions() if a.isChecked()] == ["Options paper (3 pages)"]
    window.undo_group.undo()  # a draft is one undo step
    qtbot.waitUntil(lambda: len(window.session.project.list_memos()) == len(drafted))
    assert not errors


def test_alt_d_drafts_a_memo(window, qtbot, errors):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    before = len(window.session.project.list_memos())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window.library.table, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(window.session.project.list_memos()) == before + 1)
    assert window.memo.memo is not None and window.memo.memo.template == "info-memo"
    assert not errors


def test_the_template_list_opens_from_the_keyboard(window, qtbot, errors):
    """Alt+Down (or F4) on Draft memo opens its list of templates, as on a combo box: only a
    click on the arrow did, so no template but the last one could be chosen without a mouse."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMenu

    button = window.memo.draft_button
    for key, mod, template in ((Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier, "Action memo"),
                               (Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier, "Talking points")):
        # a cold first draft shows its progress dialog (after 300 ms), deleted just after `drafted`:
        # the window is active again once it is gone
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        button.setFocus()
        qtbot.waitUntil(button.hasFocus)
        seen: list[str] = []

        def pick(name: str = template, seen: list[str] = seen) -> None:  # in the open menu: the template, Enter
            menu = QApplication.activePopupWidget()
            assert isinstance(menu, QMenu), menu
            seen.append(name)
            action = next(a for a in menu.actions() if a.text().replace("&&", "&").startswith(name))
            menu.setActiveAction(action)
            QTest.keyClick(menu, Qt.Key.Key_Return)

        QTimer.singleShot(300, pick)
        with qtbot.waitSignal(window.memo.drafted, timeout=30000):
            QTest.keyClick(button, key, mod)
        assert seen == [template] and window.memo.memo_combo.currentText().startswith(template)
    assert not errors

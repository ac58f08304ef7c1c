"""Every main action has a key, each key does one thing: a sequence listed twice on an action
(Std.Quit is Ctrl+Q on Linux desktops, and Quit also named Ctrl+Q) made Qt call it ambiguous,
so Ctrl+Q and Ctrl+Shift+Z did nothing under xcb."""
from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest

from briefing_app.ui.menus import key_list


def _window_keys(window) -> Counter:
    """How many window-wide actions (the menus') each key sequence triggers."""
    keys: Counter = Counter()
    for action in window.findChildren(QAction):
        if action.shortcutContext() == Qt.ShortcutContext.WindowShortcut:
            keys.update(seq.toString() for seq in action.shortcuts())
    return keys


def test_key_list_drops_empty_and_repeated_sequences(qapp):  # key bindings need the QApplication
    seqs = [s.toString() for s in key_list("Ctrl+Q", QKeySequence.StandardKey.Quit, "Ctrl+Q", "")]
    assert seqs.count("Ctrl+Q") == 1 and "" not in seqs
    assert set(s.toString() for s in QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)) <= set(seqs)


def test_each_main_action_has_a_key_of_its_own(window):
    a = window.menu_actions
    main = {"new": a.new_project, "open": a.open_project, "team": a.open_team, "import": a.import_files,
            "paste": a.paste_source, "export": a.export, "quit": a.quit, "undo": a.undo, "redo": a.redo,
            "find": a.find, "accept": a.accept_quote, "reject": a.reject_quote, "add": a.add_to_memo,
            "hidden": a.show_hidden, "save": a.save, "help": a.getting_started}
    for name, action in main.items():
        seqs = [s.toString() for s in action.shortcuts()]
        assert seqs and "" not in seqs, (name, seqs)
        assert len(seqs) == len(set(seqs)), (name, seqs)
    shared = {k: n for k, n in _window_keys(window).items() if n > 1}
    assert not shared, shared


def test_redo_and_quit_keys_work(window, qtbot):
    hits: list[str] = []
    a = window.menu_actions
    a.redo.triggered.connect(lambda: hits.append("redo"))
    a.quit.triggered.disconnect()  # pressed, not obeyed: the test keeps its window
    a.quit.triggered.connect(lambda: hits.append("quit"))
    window.quotes.table.selectRow(0)
    window.quotes.set_status("accepted")
    window.undo_group.undo()
    qtbot.waitUntil(a.redo.isEnabled)  # something to redo
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    target = window.library.table
    target.setFocus()
    QTest.keyClick(target, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    window.undo_group.undo()
    QTest.keyClick(target, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(target, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert hits == ["redo", "redo", "quit"]


def test_the_readers_add_buttons_have_keys_live_with_a_selection(window, qtbot, monkeypatch):
    from PySide6.QtGui import QTextCursor

    reader = window.reader
    picked: list[str] = []
    monkeypatch.setattr(reader, "add_selection", picked.append)  # the dialogs it opens: tested elsewhere
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    reader.text.setFocus()
    QTest.keyClick(reader.text, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.wait(300)  # a button's shortcut clicks it after a short animation
    assert picked == []  # nothing selected: nothing to add
    cursor = reader.text.textCursor()
    cursor.setPosition(0)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
    reader.text.setTextCursor(cursor)
    assert reader.add_buttons["quote"].isEnabled()
    for n, key in enumerate((Qt.Key.Key_Q, Qt.Key.Key_A, Qt.Key.Key_O), 1):
        QTest.keyClick(reader.text, key, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda n=n: len(picked) == n)
    assert picked == ["quote", "actor", "option"]
    assert all("Ctrl+Alt+" in b.toolTip() for b in reader.add_buttons.values())


def test_deciding_with_alt_a_or_r_keeps_the_list_focused(window, qtbot):
    """Deciding a list by keyboard: Alt+A / Alt+R accept or reject and the list keeps the focus,
    so Down goes on to the next quote (checked in the walkthrough; kept as a guard)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    panel = window.quotes
    table = panel.table
    table.setFocus()
    table.selectRow(0)
    first = panel.current_quote()
    QTest.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.session.project.get_quote(first.id).status == "accepted")
    qtbot.wait(50)
    assert table.hasFocus()
    QTest.keyClick(table, Qt.Key.Key_Down)
    second = panel.current_quote()
    assert second is not None and second.id != first.id
    QTest.keyClick(table, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.session.project.get_quote(second.id).status == "rejected")
    qtbot.wait(50)
    assert table.hasFocus()
    actors = window.actors
    window.workspace.tabs.setCurrentWidget(actors)
    actors.tree.setFocus()
    actors.tree.setCurrentItem(actors.tree.topLevelItem(0))
    actor_id = actors.selected_ids()[0]
    QTest.keyClick(actors.tree, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.session.project.get_actor(actor_id).status == "accepted")
    qtbot.wait(50)
    assert actors.tree.hasFocus()


def test_delete_in_a_list_rejects(window, qtbot):
    """Delete rejects the selected quote, actor or option while its list has the focus (there
    was no such key: only Alt+R, which takes a rejection back when pressed again); a second
    Delete leaves it rejected, and the memo's own Delete is untouched."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    project = window.session.project
    table = window.quotes.table
    table.setFocus()
    table.selectRow(0)
    quote = window.quotes.current_quote()
    QTest.keyClick(table, Qt.Key.Key_Delete)
    assert project.get_quote(quote.id).status == "rejected"
    QTest.keyClick(table, Qt.Key.Key_Delete)
    assert project.get_quote(quote.id).status == "rejected"
    options = window.options
    window.workspace.tabs.setCurrentWidget(options)
    option = project.list_options()[0]
    options.select(option.id)
    options.tree.setFocus()
    QTest.keyClick(options.tree, Qt.Key.Key_Delete)
    assert project.get_option(option.id).status == "rejected"
    window.menu_actions.undo.trigger()
    assert project.get_option(option.id).status == "suggested"

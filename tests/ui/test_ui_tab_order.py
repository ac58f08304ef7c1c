"""Tab goes through each panel as it reads, top to bottom and left to right: the quotes list
came before its filters, the "All sources" box between Speaker… and Accept, the reader's
"Show hidden text" before its text and the add buttons after it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def tab_chain(panel: QWidget) -> list[str]:
    """The panel's widgets that Tab reaches, in the order it reaches them (by accessible name)."""
    names: list[str] = []
    widget = panel
    for _ in range(500):
        widget = widget.nextInFocusChain()
        if widget is panel:
            break
        if panel.isAncestorOf(widget) and widget.isVisibleTo(panel) and widget.isEnabled() \
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            names.append(widget.accessibleName())
    return names


def test_each_panel_tabs_in_reading_order(window, qtbot):
    tabs = window.workspace.tabs
    window.quotes.table.selectRow(0)  # its buttons enabled
    assert tab_chain(window.quotes) == [
        "Filter quotes", "Filter by kind", "Filter by status", "Filter by speaker", "Quotes",
        "Show quotes of all sources", "Edit quote", "Change the speaker", "Accept quote", "Reject quote"]
    for panel, head, tools in ((window.actors, ["Filter actors", "Filter by kind", "Actors"], ("merge", "split")),
                               (window.options, ["Filter options", "Filter by status", "Options"],
                                ("matrix", "window", "merge", "split"))):
        tabs.setCurrentWidget(panel)
        panel.select(panel.tree.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole))
        buttons = [getattr(panel, f"{name}_button") for name in (*tools, "edit", "accept", "reject", "add")]
        assert tab_chain(panel) == head + [b.accessibleName() for b in buttons if b.isEnabled()]
    cursor = window.reader.text.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(5, cursor.MoveMode.KeepAnchor)
    window.reader.text.setTextCursor(cursor)  # a selection: the add buttons are live
    assert tab_chain(window.reader) == ["Add the selection as a quote", "Add the selection as an actor",
                                        "Add the selection as an option", "Show hidden boilerplate", "Source text"]


def test_tab_leaves_the_sources_and_quotes_lists(window, qtbot):
    """Pressed in the sources or quotes list, Tab walked the list's cells, row after row (picking
    another source or quote on the way), and never reached the next widget: a keyboard user
    was trapped in the list."""
    from PySide6.QtTest import QTest

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for table in (window.library.table, window.quotes.table):
        table.setFocus()
        table.selectRow(0)
        qtbot.waitUntil(table.hasFocus)
        selected = table.selectionModel().selectedRows()
        for _ in range(table.model().columnCount() + 1):
            if not table.hasFocus():
                break
            QTest.keyClick(table, Qt.Key.Key_Tab)
        assert not table.hasFocus(), table.accessibleName()
        assert table.selectionModel().selectedRows() == selected  # the same row: Tab picked no other


def test_tab_goes_through_the_window_in_reading_order(window, qtbot):
    """Real Tab presses from the search box: the library, the tab bar and the quotes under it,
    the reader, the memo, then round to the search box again. Tab went from the library to the
    reader and only then back to the quotes below the library; the tab bar came after the quotes
    it switches; the tab widget was a second stop after the reader that sent Tab back to the
    left column."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    w = window.workspace
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    w.library.search.setFocus()
    qtbot.waitUntil(w.library.search.hasFocus)
    panels = (w.library, w.tabs.tabBar(), w.quotes, w.reader, w.memo, w.preview)
    visited: list[int] = []
    for _ in range(60):
        focus = QApplication.focusWidget()
        home = next(n for n, p in enumerate(panels) if p is focus or p.isAncestorOf(focus))
        if not visited or visited[-1] != home:
            visited.append(home)
        QTest.keyClick(focus, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is w.library.search:
            break
    assert visited in ([0, 1, 2, 3, 4], [0, 1, 2, 3, 4, 5]), visited
    assert w.tabs.tabBar().accessibleName()


def test_the_memo_buttons_tab_row_by_row(window, qtbot):
    """The memo's buttons are a grid (Insert quote, Remove / Add text, Edit text / Move up, Move
    down): Tab took them in the order they were made, Move up and down before Add text."""
    panel = window.memo
    with qtbot.waitSignal(panel.drafted, timeout=30000):
        panel.draft_memo("info-memo", "Information memo")
    window.quotes.table.selectRow(0)  # Insert quote is live
    bluf = panel.memo.section("bluf")
    assert panel.tree.select(2, bluf.items[0].id)  # an own paragraph: Edit text is live too
    assert tab_chain(panel) == ["Memo", "Draft a memo from the sources", "Citation style", "Review status",
                                "Memo sections", "Insert quote", "Remove", "Add text", "Edit text", "Move up",
                                "Move down", "Memo details", "Export"]

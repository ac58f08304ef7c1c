"""The library's columns in a narrow window: the title takes the spare width (in a 1024 px window
it was squeezed to a few letters beside fixed outlet, date, genre and quote-count columns); the
others fit their contents, capped, elided, whole in their tooltips; widths and sort come back
next run. And the undo history no longer takes the reader's width in a narrow window."""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

LONG_OUTLET = "The International Herald of Foreign Affairs and World Politics"


def _columns(table) -> list[int]:
    return [table.columnWidth(c) for c in range(table.model().columnCount())]


def _narrow(window, qtbot) -> None:
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    qtbot.wait(50)  # the columns refit on the next turn of the event loop


def test_the_title_takes_the_spare_width_in_a_1024_px_window(window, qtbot, errors):
    _narrow(window, qtbot)
    table = window.library.table
    room = table.viewport().width()
    widths = _columns(table)
    assert widths[0] >= 0.3 * room, (widths, room)  # was 36 of 332 px
    assert sum(widths) <= room + 1, (widths, room)  # every column in view (no sideways scroll)
    date = table.model().index(0, 2)
    text = table.fontMetrics().horizontalAdvance(str(date.data()))
    assert widths[2] >= text + 6, (widths, text)  # the date is never elided
    window.resize(1440, 860)
    qtbot.waitUntil(lambda: table.viewport().width() > room + 60)
    qtbot.wait(50)
    wide = _columns(table)
    assert wide[0] > widths[0] and wide[0] >= 0.4 * table.viewport().width(), wide
    assert not errors


def test_a_long_outlet_is_capped_and_whole_in_its_tooltip(window, qtbot, errors):
    from briefing_app.core import actions

    _narrow(window, qtbot)
    library = window.library
    source = window.session.project.get_source(library.model.source_id(0))
    meta = dataclasses.replace(source.metadata, outlet=LONG_OUTLET)
    window.session.run(actions.set_metadata(source.id, meta))
    qtbot.waitUntil(lambda: any(library.model.index(r, 1).data() == LONG_OUTLET
                                for r in range(library.model.rowCount())))
    qtbot.wait(50)
    table = library.table
    room = table.viewport().width()
    assert table.columnWidth(1) <= 0.2 * room + 1 and table.columnWidth(0) >= 0.3 * room, (_columns(table), room)
    row = library.model.row_of(source.id)
    outlet_tip = library.model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    title_tip = library.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert outlet_tip.startswith(LONG_OUTLET) and source.label in outlet_tip
    assert title_tip.startswith(source.label)
    quotes_header = library.model.headerData(4, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Quotes" in quotes_header
    assert not errors


def test_a_dragged_width_and_the_sort_come_back_next_run(qtbot, project_path, errors, no_saved_columns):
    from briefing_app.ui.main_window import MainWindow

    first = MainWindow(persist=True)
    qtbot.addWidget(first)
    assert first.open_project(project_path), errors
    first.update_central(intro=False)
    first.resize(1440, 860)
    first.show()
    qtbot.waitExposed(first)
    table = first.library.table
    table.horizontalHeader().resizeSection(3, 40)  # as a drag does: the user's width is kept
    table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    qtbot.wait(50)
    assert table.columnWidth(3) == 40
    dates = [table.model().index(r, 2).data() for r in range(table.model().rowCount())]
    assert dates == sorted(dates, reverse=True)
    first.close()
    second = MainWindow(persist=True)
    qtbot.addWidget(second)
    assert second.open_project(project_path), errors
    second.resize(1440, 860)
    second.show()
    qtbot.waitExposed(second)
    qtbot.wait(50)
    header = second.library.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (2, Qt.SortOrder.DescendingOrder)
    assert second.library.table.columnWidth(3) == 40
    model = second.library.table.model()
    assert [model.index(r, 2).data() for r in range(model.rowCount())] == dates
    second.close()


def _settled(qtbot, table) -> list[int]:
    """The column widths once deferred fits have run: the same on three reads 50 ms apart (a fixed 50 ms wait read
    them half-fitted on a loaded CI machine)."""
    reads = [_columns(table)]

    def stable() -> bool:
        qtbot.wait(50)
        reads.append(_columns(table))
        return reads[-1] == reads[-2] == reads[-3] if len(reads) >= 3 else False

    qtbot.waitUntil(stable, timeout=10000)
    return reads[-1]


def test_widths_capped_in_a_narrow_window_do_not_hold_the_next_wider_run_back(qtbot, project_path, errors,
                                                                              no_saved_columns):
    """Only a width the user dragged comes back; the others fit their contents again."""
    from briefing_app.ui.main_window import MainWindow

    def run(width: int, height: int) -> list[int]:
        win = MainWindow(persist=True)
        qtbot.addWidget(win)
        assert win.open_project(project_path), errors
        win.update_central(intro=False)
        win.resize(width, height)
        win.show()
        qtbot.waitExposed(win)
        qtbot.waitUntil(lambda: win.width() == width)
        widths = _settled(qtbot, win.library.table)
        win.close()
        return widths

    wide = run(1440, 860)
    narrow = run(1024, 700)
    again = run(1440, 860)
    capped = [c for c in range(1, len(wide)) if narrow[c] < wide[c]]  # which columns fit their contents
    assert capped, (narrow, wide)  # depends on the data (outlets, genres): at least one was capped narrow
    assert all(again[c] > narrow[c] for c in capped), (narrow, again)  # ... and none is held back next run
    # (the window's restored panels may differ from the first run's by a few pixels)
    assert all(abs(a - b) <= 6 for a, b in zip(again, wide, strict=True)), (wide, again)


def test_the_undo_history_leaves_the_reader_its_width_in_a_narrow_window(window, qtbot):
    """Docked in a 1024 px window it took the reader from ~253 to 133 px: there it floats."""
    _narrow(window, qtbot)
    reader = window.reader.width()
    window.menu_actions.undo_view.setChecked(True)
    qtbot.waitUntil(lambda: window.undo_dock.isVisible())
    qtbot.wait(50)
    assert window.undo_dock.isFloating()
    assert window.reader.width() >= min(reader, 0.22 * 1024), (reader, window.reader.width())
    window.menu_actions.undo_view.setChecked(False)
    assert not window.undo_dock.isVisible()


def test_the_undo_history_docks_in_a_wide_window(window, qtbot):
    window.resize(1440, 860)
    qtbot.waitUntil(lambda: window.width() == 1440)
    window.menu_actions.undo_view.setChecked(True)
    qtbot.waitUntil(lambda: window.undo_dock.isVisible())
    assert not window.undo_dock.isFloating()
    assert window.reader.width() >= 0.22 * 1440

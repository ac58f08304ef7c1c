"""The quotes and actors lists remember their column widths between runs, as the library does:
a width the user dragged comes back (still capped), and in the same run it is not refitted away
by the next refresh. The Actors panel is built when its tab is first shown: a run that never
shows it keeps the widths saved before."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import settle_library


def _run(qtbot, project_path, errors):
    from briefing_app.ui.main_window import MainWindow

    win = MainWindow(persist=True)
    qtbot.addWidget(win)
    assert win.open_project(project_path), errors
    win.update_central(intro=False)
    win.resize(1440, 860)
    win.show()
    qtbot.waitExposed(win)
    settle_library(qtbot, win)  # the sources are read in the background, the first one then shown
    qtbot.wait(50)  # the columns fit on the next turn of the event loop
    return win


def test_a_dragged_speaker_width_stays_and_comes_back_next_run(qtbot, project_path, errors, no_saved_columns):

    first = _run(qtbot, project_path, errors)
    table = first.quotes.table
    natural = table.columnWidth(1)
    assert natural > 100
    table.horizontalHeader().resizeSection(1, natural - 30)  # as a drag does
    quote = first.quotes.model.quote(0)
    first.quotes.select_quote(quote.id)
    first.quotes.set_status("accepted")  # the list reloads
    qtbot.wait(50)
    assert table.columnWidth(1) == natural - 30  # not refitted to its contents
    first.close()
    second = _run(qtbot, project_path, errors)
    assert second.quotes.table.columnWidth(1) == natural - 30
    second.close()
    assert not errors


def test_actor_columns_and_sort_come_back_even_after_a_run_without_the_tab(qtbot, project_path, errors,
                                                                           no_saved_columns):
    first = _run(qtbot, project_path, errors)
    tree = first.actors.tree  # builds the panel
    tree.header().resizeSection(1, 77)
    tree.header().resizeSection(3, 211)
    tree.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    first.close()
    between = _run(qtbot, project_path, errors)  # the Actors tab is never shown
    assert "actor" not in between.workspace.entities
    between.close()
    last = _run(qtbot, project_path, errors)
    header = last.actors.tree.header()
    assert (header.sectionSize(1), header.sectionSize(3)) == (77, 211)
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (2, Qt.SortOrder.DescendingOrder)
    tree = last.actors.tree
    shown = [tree.topLevelItem(n).text(2).casefold() for n in range(tree.topLevelItemCount())]
    assert shown == sorted(shown, reverse=True) and len(shown) > 1
    last.close()
    assert not errors

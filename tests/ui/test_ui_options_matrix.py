"""The options panel across several op-eds: the option × holder matrix, evidence a click away,
merge and split through the panel (undoable). Writes a screenshot of the matrix to look at."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.tuned_sets import tuned_editorials
from tests.ui.conftest import SAMPLES, make_project

OPEDS = tuned_editorials("own-*.txt")
SHOT = Path(os.environ.get("BRIEFING_ARTIFACTS") or Path(__file__).parents[2] / "tests" / "artifacts") / "screenshots"


@pytest.fixture
def many(qtbot, errors, tmp_path):
    from briefing_app.ui.main_window import MainWindow

    path = make_project(tmp_path / "opeds.briefing", [p for p in SAMPLES if "joongang" in p.name] + OPEDS)
    win = MainWindow(persist=False)
    qtbot.addWidget(win)
    assert win.open_project(path), errors
    win.resize(1500, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_matrix_shows_who_stands_where_and_the_evidence(many, qtbot, errors):
    win = many
    panel = win.options
    win.workspace.tabs.setCurrentWidget(panel)
    panel.matrix_button.click()
    matrix = panel.matrix
    assert panel.views.currentWidget() is matrix
    options = win.session.project.list_options()
    assert matrix.rowCount() == len(options) > 10
    holders = [matrix.horizontalHeaderItem(c).text() for c in range(1, matrix.columnCount())]
    assert any("Helena Prado" in h for h in holders), holders  # an author's own stances
    assert "environmental groups" in holders  # an actor's position
    row = next(r for r in range(matrix.rowCount()) if "moratorium on new roads" in matrix.item(r, 0).text())
    col = holders.index("environmental groups") + 1
    cell = matrix.item(row, col)
    assert "supports" in cell.text() and "urged President Lula" in cell.toolTip()
    with qtbot.waitSignal(panel.evidence, timeout=2000):
        matrix.cellClicked.emit(row, col)
    qtbot.waitUntil(lambda: win.reader.text.textCursor().hasSelection())
    assert "urged President Lula" in win.reader.text.textCursor().selectedText()
    SHOT.mkdir(parents=True, exist_ok=True)
    assert win.grab().save(str(SHOT / "options-matrix-window.png"))
    matrix.setParent(None)  # the matrix alone, wide enough for every holder, to look at
    matrix.resize(1600, 700)
    matrix.show()
    qtbot.waitExposed(matrix)
    assert matrix.grab().save(str(SHOT / "options-matrix.png"))
    matrix.setParent(panel.views)
    assert not errors


def test_merge_and_split_from_the_panel(many, errors):
    win = many
    panel = win.options
    project = win.session.project
    first, second = project.list_options()[:2]
    before = len(project.list_options())
    panel.select(first.id, second.id)
    assert panel.merge_button.isEnabled()
    assert panel.merge_selected()
    merged = project.get_option(first.id)
    assert len(project.list_options()) == before - 1
    assert len(merged.stances) == len(first.stances) + len(second.stances)
    panel.tree.clearSelection()
    item = next(panel.tree.topLevelItem(n) for n in range(panel.tree.topLevelItemCount())
                if panel.tree.topLevelItem(n).data(0, 0x0100) == first.id)
    item.child(item.childCount() - 1).setSelected(True)
    assert panel.split_button.isEnabled() and panel.split_selected()
    assert len(project.list_options()) == before
    win.menu_actions.undo.trigger()
    win.menu_actions.undo.trigger()
    assert [o.id for o in project.list_options()][:2] == [first.id, second.id]
    assert not errors


def test_matrix_headers_fit_and_cells_follow_the_theme(window, qtbot, errors):
    """A long holder name wraps instead of being clipped at both ends, and switching to dark
    recolours the stance cells (pale light-theme cells under the dark theme's light text were unreadable)."""
    from PySide6.QtGui import QPalette

    from briefing_app.ui import theme

    panel = window.options
    window.workspace.tabs.setCurrentWidget(panel)
    panel.matrix_button.click()
    matrix = panel.matrix
    assert matrix.columnCount() > 1, "the sample op-ed has an author with stances"
    metrics = matrix.horizontalHeader().fontMetrics()
    long_names = 0
    for c in range(1, matrix.columnCount()):
        header = matrix.horizontalHeaderItem(c)
        long_names += metrics.horizontalAdvance(header.toolTip()) > matrix.columnWidth(c)
        for line in header.text().split("\n"):
            assert metrics.horizontalAdvance(line) <= matrix.columnWidth(c), (line, matrix.columnWidth(c))
    assert long_names, "the sample's holder 'Michael Green (Korea JoongAng Daily)' is wider than a column"
    cells = [matrix.item(r, c) for r in range(matrix.rowCount()) for c in range(1, matrix.columnCount())
             if matrix.item(r, c) is not None and matrix.item(r, c).text()]
    assert cells
    themed = theme.app_theme()
    assert themed is not None
    before = themed.mode
    try:
        window.set_theme("dark")
        qtbot.waitUntil(lambda: theme.is_dark(matrix.palette()))
        text = matrix.palette().color(QPalette.ColorRole.Text)
        for cell in cells:
            assert cell.background().color().lightness() < 128 < text.lightness(), cell.text()
        window.set_theme("light")
        qtbot.waitUntil(lambda: not theme.is_dark(matrix.palette()))
        for cell in cells:
            assert cell.background().color().lightness() > 128, cell.text()
    finally:
        window.set_theme(before)
    assert not errors


def test_a_narrow_matrix_keeps_holders_in_view(many, qtbot, errors):
    """In a 1024 px window the Options tab is ~290 px wide: the option column's fixed 260 px left
    no holder column in view. It takes at most 45% of a narrow view (at least 150 px), the full
    260 px of a wide one, and once the user drags its edge it keeps their width."""
    win = many
    win.resize(1024, 700)
    panel = win.options
    win.workspace.tabs.setCurrentWidget(panel)
    panel.matrix_button.click()
    matrix = panel.matrix
    qtbot.waitUntil(lambda: matrix.isVisible() and matrix.columnCount() > 2)
    view = matrix.viewport().width()
    assert view < 400
    assert 150 <= matrix.columnWidth(0) <= max(150, round(0.45 * view)), (matrix.columnWidth(0), view)
    assert matrix.columnWidth(0) + matrix.columnWidth(1) <= view  # the first holder whole, beside it
    win.workspace.setSizes([900, 300, 260, 200])
    win.resize(1700, 900)
    qtbot.waitUntil(lambda: matrix.viewport().width() > 600)
    assert matrix.columnWidth(0) == 260
    matrix.horizontalHeader().resizeSection(0, 333)  # the user's width stays
    win.resize(1024, 700)
    qtbot.wait(20)
    assert matrix.columnWidth(0) == 333
    assert not errors


def test_the_matrix_in_a_window_of_its_own_follows_changes(many, qtbot, errors):
    """The Options tab is a third of the window at most; a matrix of many holders opens in a
    window of its own, which follows a merge and its undo like the panel, and whose cells show
    their evidence in the reader."""
    win = many
    panel = win.options
    win.workspace.tabs.setCurrentWidget(panel)
    window = panel.open_window()
    qtbot.waitExposed(window)
    matrix = window.matrix
    options = win.session.project.list_options()
    assert matrix.rowCount() == len(options) and matrix.width() > 1000
    first, second = options[:2]
    panel.select(first.id, second.id)
    assert panel.merge_selected()
    assert matrix.rowCount() == len(options) - 1
    win.menu_actions.undo.trigger()
    assert matrix.rowCount() == len(options)
    holders = [matrix.horizontalHeaderItem(c).text().replace("\n", " ") for c in range(1, matrix.columnCount())]
    row = next(r for r in range(matrix.rowCount()) if "moratorium on new roads" in matrix.item(r, 0).text())
    with qtbot.waitSignal(panel.evidence, timeout=2000):
        matrix.cellClicked.emit(row, holders.index("environmental groups") + 1)
    qtbot.waitUntil(lambda: "urged President Lula" in win.reader.text.textCursor().selectedText())
    window.close()
    assert not errors


def test_long_options_wrap_in_a_narrow_list(many, qtbot):
    """In a 1024 px window the options list elided every long summary and stance to one line
    ("Enter a wartime state to be fully …"): its rows are as tall as their wrapped text."""
    win = many
    win.resize(1024, 700)
    panel = win.options
    win.workspace.tabs.setCurrentWidget(panel)
    tree = panel.tree
    qtbot.waitUntil(lambda: tree.isVisible() and tree.columnWidth(0) < 300)
    metrics = tree.fontMetrics()
    item = next(tree.topLevelItem(n) for n in range(tree.topLevelItemCount())
                if metrics.horizontalAdvance(tree.topLevelItem(n).text(0)) > tree.columnWidth(0) * 1.3)
    qtbot.waitUntil(lambda: tree.visualItemRect(item).height() >= 2 * metrics.lineSpacing())


def test_closing_the_project_leaves_no_matrix_of_it(many, qtbot):
    """The matrix (in the tab and in its window) kept showing a closed project's options."""
    win = many
    panel = win.options
    win.workspace.tabs.setCurrentWidget(panel)
    panel.matrix_button.click()
    window = panel.open_window()
    qtbot.waitExposed(window)
    assert panel.matrix.rowCount() > 0 and window.matrix.rowCount() > 0
    win.close_project()
    assert panel.matrix.rowCount() == 0 and window.matrix.rowCount() == 0
    assert not window.isVisible()


def test_tooltip_quotes_evidence_once():
    """Evidence that carries its own quotation marks is not wrapped in a second pair."""
    from briefing_app.ui.options_matrix import _tooltip
    from briefing_app.workflow.option_matrix import Evidence

    def ev(text: str) -> Evidence:
        return Evidence(stance_id=1, stance="oppose", source_id=1, source="Green, Ledger", start=0, end=len(text),
                        text=text)

    tip = _tooltip("Waltz", [ev("“Foolhardy,” he said"), ev("«Это ошибка»"), ev("sanctions now")])
    assert "““" not in tip and "“«" not in tip
    assert "“Foolhardy,” he said" in tip and "«Это ошибка»" in tip and "“sanctions now”" in tip

"""Fitted columns measure a bounded number of rows, however long the table."""
from __future__ import annotations


def test_a_fit_reads_only_the_rows_around_the_view_not_the_whole_table(qtbot):
    """Fitting the library's capped columns read every row (up to Qt's 1000) through the Python
    model at each refresh: with 200 sources ~100 ms of the GUI thread, twice a second while an
    import ran. Now at most FIT_ROWS rows a column, those in view first."""
    from PySide6.QtCore import QAbstractTableModel, Qt
    from PySide6.QtWidgets import QTableView

    from briefing_app.ui.column_fit import FIT_ROWS, FittedColumns

    class Rows(QAbstractTableModel):
        def __init__(self):
            super().__init__()
            self.read: set[int] = set()

        def rowCount(self, parent=None):
            return 0 if parent is not None and parent.isValid() else 800

        def columnCount(self, parent=None):
            return 0 if parent is not None and parent.isValid() else 3

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if index.column() == 1:
                self.read.add(index.row())
            if role == Qt.ItemDataRole.DisplayRole:
                return "a somewhat longer outlet name" if index.row() == 2 else f"cell {index.row()}"
            return None

    model = Rows()
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    fitted = FittedColumns(table, stretch=0, caps={1: 0.4, 2: 0.3})
    table.resize(900, 300)  # (the capped column is 40% of the view: room for the long name in any usual font size)
    table.show()
    qtbot.waitExposed(table)
    model.read.clear()
    fitted.fit_now()
    assert model.read and len(model.read) <= FIT_ROWS
    assert 2 in model.read  # the rows in view are measured: the long name in view widens its column
    assert table.columnWidth(1) >= table.fontMetrics().horizontalAdvance("a somewhat longer outlet name")

"""The option × holder stance matrix: one row per option, one column per holder (an actor or a
source's author), each cell the holder's stance in colour; the evidence shows as the cell's
tooltip, and activating a cell (click, Enter) asks the reader to show it."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.export.ir import in_quotes
from briefing_app.ui import theme
from briefing_app.workflow.option_matrix import Evidence, Matrix, summary_stance

STANCE_ROLE = Qt.ItemDataRole.UserRole + 1  # a cell's summary stance, to recolour it for a new palette
HOLDER_WIDTH = (110, 220)  # a holder column's width in pixels: at least, at most (longer names wrap)
OPTION_WIDTH = (150, 260, 0.45)  # the option column: at least, at most, else this part of the view
MARKS = {"support": "✔ supports", "oppose": "✘ opposes", "conditional": "◐ conditional", "neutral": "○ neutral",
         "mixed": "◑ mixed"}


class OptionsMatrix(QTableWidget):
    """Emits evidence(source_id, start, end) when a cell with a stance is activated."""

    evidence = Signal(int, int, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName("Options by holder")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setDefaultSectionSize(120)
        self.cellActivated.connect(self._activated)
        self.cellClicked.connect(self._activated)
        self.matrix: Matrix | None = None
        self._option_width_set = False  # the user dragged the option column's edge: theirs from then on
        self._fitting = False
        self.horizontalHeader().sectionResized.connect(self._option_column_resized)

    def show_matrix(self, matrix: Matrix) -> None:
        self.matrix = matrix
        self.clear()
        self.setRowCount(len(matrix.rows))
        self.setColumnCount(len(matrix.holders) + 1)
        self.setHorizontalHeaderLabels(["Option", *matrix.holders])
        metrics = self.horizontalHeader().fontMetrics()
        for c, holder in enumerate(matrix.holders, 1):
            header = self.horizontalHeaderItem(c)
            if header is not None:  # set by setHorizontalHeaderLabels above
                header.setText(wrap_label(holder, metrics, HOLDER_WIDTH[1] - 24))
                header.setToolTip(holder)
            self.setColumnWidth(c, min(max(HOLDER_WIDTH[0], metrics.horizontalAdvance(holder) + 24), HOLDER_WIDTH[1]))
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self._fit_option_column()
        for r, row in enumerate(matrix.rows):
            head = QTableWidgetItem(row.option.summary)
            head.setToolTip(row.option.summary)
            head.setData(Qt.ItemDataRole.UserRole, row.option.id)
            self.setItem(r, 0, head)
            for c, holder in enumerate(matrix.holders, 1):
                found = row.cells.get(holder, [])
                item = QTableWidgetItem(MARKS[summary_stance(found)] if found else "")
                if found:
                    kind = summary_stance(found)
                    item.setData(STANCE_ROLE, kind)
                    item.setBackground(QBrush(theme.colour("stance_" + kind, self.palette())))
                    item.setToolTip(_tooltip(holder, found))
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{holder} {kind}: {row.option.summary}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(r, c, item)
        self.resizeRowsToContents()

    def _fit_option_column(self) -> None:
        """The option column takes at most OPTION_WIDTH's part of a narrow view (its 260 px left
        a 390 px panel one clipped holder column), until the user sizes it."""
        if self._option_width_set:
            return
        least, most, part = OPTION_WIDTH
        width = max(least, min(most, round(self.viewport().width() * part)))
        self._fitting = True
        try:
            self.setColumnWidth(0, width)
        finally:
            self._fitting = False

    def _option_column_resized(self, column: int, _old: int, _new: int) -> None:
        if column == 0 and not self._fitting:
            self._option_width_set = True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_option_column()

    def changeEvent(self, event: QEvent) -> None:
        """Light <-> dark: the stance colours follow the palette (pale cells under light text are unreadable)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            for r in range(self.rowCount()):
                for c in range(1, self.columnCount()):
                    item = self.item(r, c)
                    kind = item.data(STANCE_ROLE) if item is not None else None
                    if item is not None and kind:
                        item.setBackground(QBrush(theme.colour("stance_" + kind, self.palette())))

    def _activated(self, row: int, column: int) -> None:
        if self.matrix is None or column == 0 or row >= len(self.matrix.rows):
            return
        found = self.matrix.cell(row, self.matrix.holders[column - 1])
        first = next((e for e in found if e.end > e.start), None)
        if first is not None:
            self.evidence.emit(first.source_id, first.start, first.end)


class MatrixWindow(QDialog):
    """The matrix in a window of its own (not modal): the Options tab holds a third of the
    window at most, and a matrix of many holders wants the whole screen."""

    def __init__(self, parent: QWidget):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle("Who backs what: options × holders")
        self.setAccessibleName("Options by holder, in a window")
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)  # closing the main window quits
        self.matrix = OptionsMatrix(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.matrix)
        self.resize(1100, 620)


def wrap_label(text: str, metrics: QFontMetrics, width: int) -> str:
    """A header label on as many lines as it needs to fit `width` pixels (a header does not wrap
    by itself: a long holder name was clipped at both ends), broken between words."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(lines) or text


def _tooltip(holder: str, evidence: list[Evidence]) -> str:
    lines = [f"{holder}:"]
    for e in evidence:
        words = e.text if len(e.text) <= 300 else e.text[:297] + "…"
        lines.append(f"• {e.stance} — {e.source}" + (f"\n  {in_quotes(words)}" if words else ""))
    return "\n".join(lines) + "\n\n(click to show it in the reader)"

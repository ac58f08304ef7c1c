"""A table's columns fitted to its width: one column stretches and takes the spare room, the
others are as wide as their contents (or as the user dragged them) but at most a share of the
view each, their text elided (the cells' tooltips have it whole). A 1024 px window squeezed the
library's titles to a few letters beside fixed-width outlet and date columns.

The header's state (widths, sort) is what the window remembers between runs (workspace.py).

A column's contents are measured on the rows in view and those around them, FIT_ROWS at most
(Qt's default reads up to 1000 rows a column, each cell through the Python model: a library of
200 sources took ~100 ms of the GUI thread at every refresh, which an import makes twice a
second)."""
from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

MIN_WIDTH = 28  # px: a column never narrower (its sort arrow and an ellipsis)
FIT_ROWS = 60  # the most rows a column's width is measured on: those in view first, then around them
Cap = float | Callable[[int], int]  # a share of the view's width, or the px allowed in a view that wide


class FittedColumns(QObject):
    def __init__(self, table: QTableView, stretch: int, caps: Mapping[int, Cap]):
        """`caps`: column -> the largest share of the view's width it may take (or a function of
        that width giving the most px)."""
        super().__init__(table)
        self.table, self.stretch, self.caps = table, stretch, dict(caps)
        self.wanted: dict[int, int] = {}  # widths the user dragged (or restored): kept, still capped
        self._fitting = False
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(MIN_WIDTH)
        header.setResizeContentsPrecision(FIT_ROWS)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        for col in self.caps:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.sectionResized.connect(self._dragged)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.fit_now)
        model = table.model()
        for signal in (model.modelReset, model.rowsInserted, model.dataChanged, model.layoutChanged):
            signal.connect(self.fit)
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self, *_: object) -> None:
        """Refit once per turn of the event loop, after the rows and sizes have settled."""
        if not self._timer.isActive():
            self._timer.start()

    def widths(self, room: int) -> dict[int, int]:
        """Each capped column's width in a view `room` px wide."""
        header = self.table.horizontalHeader()
        out = {}
        for col, share in self.caps.items():
            natural = max(self.table.sizeHintForColumn(col), header.sectionSizeHint(col))
            most = share(room) if callable(share) else round(share * room)
            out[col] = max(MIN_WIDTH, min(self.wanted.get(col, natural), most))
        return out

    def fit_now(self) -> None:
        self._fitting = True
        try:
            for col, width in self.widths(self.table.viewport().width()).items():
                if width != self.table.columnWidth(col):
                    self.table.setColumnWidth(col, width)
        finally:
            self._fitting = False

    def _dragged(self, col: int, _old: int, new: int) -> None:
        if not self._fitting and col in self.caps:
            self.wanted[col] = new

    def state(self) -> QByteArray:
        """The header's state (widths, sort), the columns the user sized marked Interactive and
        the others Fixed: only a dragged width is the user's next run; a width capped in a narrow
        window must not hold a column back in a wider one."""
        header = self.table.horizontalHeader()
        untouched = [col for col in self.caps if col not in self.wanted]
        self._fitting = True
        try:
            for col in untouched:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            return header.saveState()
        finally:
            for col in untouched:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self._fitting = False

    def restore(self, state: QByteArray | None) -> bool:
        """Widths and sort as saved; the widths the user had dragged are kept (still capped), the
        others fit their contents again. False: the state was not the header's (left as it was)."""
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            if state is None or not header.restoreState(state):
                return False
        finally:
            self._fitting = False
        header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Stretch)
        interactive = QHeaderView.ResizeMode.Interactive
        self.wanted = {col: header.sectionSize(col) for col in self.caps if header.sectionResizeMode(col) == interactive}
        for col in self.caps:
            header.setSectionResizeMode(col, interactive)
        if header.sortIndicatorSection() >= 0:  # (restoring the indicator does not sort)
            self.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.fit()
        return True

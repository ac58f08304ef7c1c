"""Quotes panel: the quotes of the current source (or all), accept / reject / edit them,
change a speaker; filtered by text, kind, status and speaker."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.changes import Changes
from briefing_app.core.model import QUOTE_KINDS, STATUSES
from briefing_app.core.records import QuoteRecord
from briefing_app.ui.column_fit import FittedColumns
from briefing_app.ui.filter_bar import FilterBar
from briefing_app.ui.flow_layout import FlowLayout
from briefing_app.ui.focus import list_key, tab_order
from briefing_app.ui.quote_model import QuoteTableModel
from briefing_app.ui.session import ProjectSession


class QuotesPanel(QWidget):
    quote_selected = Signal(object)  # QuoteRecord or None
    error = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: ProjectSession | None = None
        self._source_id: int | None = None
        self.model = QuoteTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName("Quotes")
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (it walked the cells, changing the row)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setDragEnabled(True)  # quotes drag into the memo (the model gives the data)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        # the quote takes the spare width; the speaker is as wide as its names (or as the user
        # dragged it: remembered between runs, workspace.py) but capped, so a long guessed
        # speaker never pushes Kind and Status out of view (the tooltip has it whole)
        self.columns = FittedColumns(self.table, 0, {1: _speaker_cap(self.table)})
        for col in (2, 3):
            self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.filters = FilterBar("Filter quotes", [("kind", "All kinds"), ("status", "Any status"),
                                                   ("speaker", "All speakers")], self)
        for kind in QUOTE_KINDS:
            self.filters.combos["kind"].addItem(kind, kind)
        for status in STATUSES:
            self.filters.combos["status"].addItem(status, status)
        self.model.keep = self._keep
        self.filters.changed.connect(self._reload)
        self.edit_button = QPushButton("Edit…", self)
        self.edit_button.setShortcut("F2")  # Alt+E is the Edit menu's
        self.edit_button.setAccessibleName("Edit quote")
        self.edit_button.setToolTip("Edit the quote's kind, speaker, cue and venue (F2, or double-click a quote)")
        self.speaker_button = QPushButton("Spea&ker…", self)
        self.speaker_button.setAccessibleName("Change the speaker")
        self.speaker_button.setToolTip("Pick the quote's speaker from the project's actors, or a new one (Alt+K)")
        self.all_sources = QCheckBox("All sources", self)
        self.all_sources.setAccessibleName("Show quotes of all sources")
        self.all_sources.setToolTip("List the quotes of every source, not only of the one picked in the library")
        self.accept_button = QPushButton("&Accept", self)
        self.accept_button.setAccessibleName("Accept quote")
        self.accept_button.setToolTip("Accept the selected quote (Alt+A); again to undecide")
        self.reject_button = QPushButton("&Reject", self)
        self.reject_button.setAccessibleName("Reject quote")
        self.reject_button.setToolTip("Reject the selected quote (Alt+R, or Delete in the list); again to undecide")
        buttons = FlowLayout(right=True)  # wraps in a narrow window
        for button in (self.edit_button, self.speaker_button, self.accept_button, self.reject_button):
            buttons.addWidget(button)
        bar = QHBoxLayout()
        bar.addWidget(self.all_sources, 0, Qt.AlignmentFlag.AlignTop)
        bar.addLayout(buttons, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.accept_button.clicked.connect(lambda: self.set_status("accepted"))
        self.reject_button.clicked.connect(lambda: self.set_status("rejected"))
        self.edit_button.clicked.connect(lambda: self.edit())
        self.speaker_button.clicked.connect(lambda: self.edit(speaker_only=True))
        self.table.doubleClicked.connect(lambda _: self.edit())
        self.all_sources.toggled.connect(lambda _: self._reload())
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self._on_selection()
        self.tab_stops: tuple[QWidget | QLayout, ...] = (self.filters.edit, *self.filters.combos.values(), self.table,
                                                         self.all_sources, buttons)
        tab_order(*self.tab_stops)
        list_key(self.table, "Delete", "Reject the selected quote", self.reject_selected)

    def set_session(self, session: ProjectSession | None) -> None:
        self.session = session
        self._reload()

    def set_source(self, source_id: int | None) -> None:
        self._source_id = source_id
        if not self.all_sources.isChecked():
            self._reload()

    def on_changes(self, changes: Changes) -> None:
        if changes.quotes or changes.sources or changes.actors:
            self._reload()

    def _keep(self, q: QuoteRecord) -> bool:
        f = self.filters
        return ((f.value("kind") is None or q.kind == f.value("kind"))
                and (f.value("status") is None or q.status == f.value("status"))
                and (f.value("speaker") is None or q.speaker_id == f.value("speaker"))
                and f.matches(q.text, q.speaker, q.mention.text if q.mention else None, q.cue, q.venue))

    def _reload(self) -> None:
        if self.session is not None:
            self.filters.set_choices("speaker", [(name, i) for i, name in self.session.project.actor_names()])
        keep = self.current_quote()
        self.model.set_scope(self.session.project if self.session else None, self._source_id,
                             self.all_sources.isChecked())
        if keep is not None:
            self.select_quote(keep.id)
        self._on_selection()

    def current_quote(self) -> QuoteRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.quote(rows[0].row()) if rows else None

    def select_quote(self, quote_id: int) -> None:
        row = self.model.row_of(quote_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def set_status(self, status: str) -> None:
        quote = self.current_quote()
        if quote is None or self.session is None:
            return
        if quote.status == status:
            status = "suggested"  # a second click takes the decision back
        from briefing_app.core import actions  # imported on first edit: keeps startup lean

        self.session.run(actions.set_quote_status(quote.id, status))

    def reject_selected(self) -> None:
        """Delete in the list: reject (never take a rejection back, as a second Reject does)."""
        quote = self.current_quote()
        if quote is not None and quote.status != "rejected":
            self.set_status("rejected")

    def edit(self, speaker_only: bool = False) -> bool:
        """Edit the selected quote (kind, speaker, cue, venue) or just its speaker: one undo step."""
        quote = self.current_quote()
        if quote is None or self.session is None:
            return False
        from briefing_app.ui import edit_flows

        return edit_flows.quote_edit(self, self.session, quote, speaker_only)

    def _on_selection(self, *_) -> None:
        quote = self.current_quote()
        for button in (self.accept_button, self.reject_button, self.edit_button, self.speaker_button):
            button.setEnabled(quote is not None)
        self.accept_button.setText("Un&accept" if quote and quote.status == "accepted" else "&Accept")
        self.reject_button.setText("Un&reject" if quote and quote.status == "rejected" else "&Reject")
        self.quote_selected.emit(quote)


def _speaker_cap(table: QTableView) -> Callable[[int], int]:
    """The speaker column's most px in a list `room` px wide: a third of it, and in a narrow one
    (a 1024 px window) no more than leaves the quote ~160 px beside Kind and Status (it was
    squeezed to a few letters), never under 70."""
    def cap(room: int) -> int:
        rest = room - table.columnWidth(2) - table.columnWidth(3) - 160
        return min(max(100, room // 3), max(70, rest))

    return cap

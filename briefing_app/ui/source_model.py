"""Table model of the project's sources: one row per source id, rows read in one pass.

Reloads when `Changes.sources` or `Changes.quotes` (the quote count column) is set.
A search narrows the rows to the full-text hits, best first.
"""
from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from briefing_app.core.project import Project
from briefing_app.core.records import SourceRecord
from briefing_app.ui.table_model import RecordTableModel

COLUMNS = ("Title", "Outlet", "Date", "Genre", "Quotes")
Index = QModelIndex | QPersistentModelIndex


class SourceTableModel(RecordTableModel):
    columns = COLUMNS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._project: Project | None = None
        self._counts: Counter[int] = Counter()
        self._snippets: dict[int, str] = {}
        self._query = ""
        self.filters: dict[str, str] = {}  # outlet / genre / date_from / date_to, as list_sources takes them

    def set_filters(self, **filters: str | None) -> None:
        self.filters = {k: v for k, v in filters.items() if v}
        self.reload()

    def set_project(self, project: Project | None) -> None:
        self._project = project
        self._query = ""
        self.reload()

    def set_query(self, query: str) -> None:
        self._query = query.strip()
        self.reload()

    @property
    def query(self) -> str:
        return self._query

    def reload(self) -> None:
        self.beginResetModel()
        self._rows, self._snippets, self._counts = [], {}, Counter()
        if self._project is not None:
            sources = {s.id: s for s in self._project.list_sources(**self.filters)}
            if self._query:
                hits = self._project.search_sources(self._query)
                self._snippets = dict(hits)
                self._rows = [sources[i] for i, _ in hits if i in sources]
            else:
                self._rows = list(sources.values())
            self._counts = Counter(q.source_id for q in self._project.list_quotes())
        self.endResetModel()

    def source_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        src = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            m = src.metadata
            return (src.label, m.outlet or "", m.published or "", m.genre or "", self._counts[src.id])[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = src.label if not src.metadata.author else f"{src.label}\nby {src.metadata.author}"
            snippet = self._snippets.get(src.id)
            return f"{tip}\n\n{snippet}" if snippet else tip
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return src.id
        return None

"""Table model of the project's sources: one row per source id, rows read in one pass.

Reloads when `Changes.sources` or `Changes.quotes` (the quote count column) is set.
A search narrows the rows to the full-text hits, best first (read_rows, in the background).
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont

from briefing_app.core.project import Project
from briefing_app.core.records import SourceRecord
from briefing_app.ui.table_model import RecordTableModel

COLUMNS = ("Title", "Outlet", "Date", "Genre", "#")  # "#": the quotes found (a narrow column; its tooltip says so)
HEADER_TIPS = ("", "", "Date published", "", "Quotes found in the source")
Rows = tuple[list[SourceRecord], dict[int, str], dict[int, int]]  # sources, search snippets, quote counts


def read_rows(project: Project | None, filters: dict[str, str], query: str) -> Rows:
    """The library's rows: the filtered sources, narrowed to a search's hits (best first). No Qt:
    a search runs it in a worker thread on a read connection of its own (library_panel.py)."""
    if project is None:
        return [], {}, {}
    f = filters
    sources = {s.id: s for s in project.list_sources(
        outlet=f.get("outlet"), genre=f.get("genre"), date_from=f.get("date_from"), date_to=f.get("date_to"))}
    snippets: dict[int, str] = {}
    if query:
        hits = project.search_sources(query)
        snippets = dict(hits)
        rows = [sources[i] for i, _ in hits if i in sources]
    else:
        rows = list(sources.values())
    return rows, snippets, project.quote_counts()


class SourceTableModel(RecordTableModel):
    columns = COLUMNS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._project: Project | None = None
        self._counts: dict[int, int] = {}
        self._snippets: dict[int, str] = {}
        self._query = ""
        self.filters: dict[str, str] = {}  # outlet / genre / date_from / date_to, as list_sources takes them

    def set_filters(self, **filters: str | None) -> None:
        self.filters = {k: v for k, v in filters.items() if v}
        self.reload()

    def set_project(self, project: Project | None, read: bool = True) -> None:
        """Show `project`'s rows, read here; or (read=False) none until show() gets rows read elsewhere."""
        self._project = project
        self._query = ""
        if read:
            self.reload()
        else:
            self.show("", ([], {}, {}))

    def set_query(self, query: str) -> None:
        self._query = query.strip()
        self.reload()

    @property
    def query(self) -> str:
        return self._query

    @property
    def project(self) -> Project | None:
        return self._project

    def reload(self) -> None:
        """Read the rows again, here (a search in the background: read_rows, then show)."""
        self.show(self._query, read_rows(self._project, self.filters, self._query))

    def show(self, query: str, found: Rows) -> None:
        """Show rows read by read_rows for `query`. When the new rows are the old ones (in the
        same order) plus some at the end — the usual import — the views get a dataChanged and
        an insert instead of a reset, so they keep their selection, scroll and layout (a reset
        makes them lay out every row again: a GUI stall with hundreds of sources)."""
        self._query = query
        rows, snippets, counts = found
        old = self._rows
        grows = len(rows) >= len(old) and all(a.id == b.id for a, b in zip(old, rows))
        if not grows:
            self.beginResetModel()
            self._rows, self._snippets, self._counts = rows, snippets, counts
            self.endResetModel()
            return
        before = self._counts
        changed = [n for n, (a, b) in enumerate(zip(old, rows))
                   if a != b or before.get(a.id, 0) != counts.get(a.id, 0)]
        self._rows, self._snippets, self._counts = rows[:len(old)], snippets, counts
        if changed:  # only the rows that differ: the proxy and view redo no more than that
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], len(self.columns) - 1))
        if len(rows) > len(old):
            self.beginInsertRows(QModelIndex(), len(old), len(rows) - 1)
            self._rows = rows
            self.endInsertRows()

    def source_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def cells(self, src: SourceRecord) -> tuple[object, ...]:
        m = src.metadata
        return src.label, m.outlet or "", m.published or "", m.genre or "", self._counts.get(src.id, 0)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.ToolTipRole:
                return HEADER_TIPS[section] or None
            if role == Qt.ItemDataRole.AccessibleTextRole and section == 4:
                return "Quotes"
        return super().headerData(section, orientation, role)

    def role_data(self, src: SourceRecord, col: int, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole title (and outlet): their columns elide
            tip = src.label if not src.metadata.author else f"{src.label}\nby {src.metadata.author}"
            if col == 1 and src.metadata.outlet:
                tip = f"{src.metadata.outlet}\n\n{tip}"
            if src.metadata.title_guessed and col == 0:
                tip += "\n(title guessed from the text: edit it in Source Details)"
            snippet = self._snippets.get(src.id)
            return f"{tip}\n\n{snippet}" if snippet else tip
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and col == 0 and src.metadata.title_guessed:
            return _italic()
        return None


def _italic() -> QFont:
    """The font of a guessed title (made from the text at import, not declared by the source)."""
    font = QFont()
    font.setItalic(True)
    return font

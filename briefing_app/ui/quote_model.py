"""Table model of quotes (for one source or the whole project), keyed by quote id."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from briefing_app.core.errors import NotFound
from briefing_app.core.model import STATUSES
from briefing_app.core.project import Project
from briefing_app.core.records import QuoteRecord
from briefing_app.ui.table_model import RecordTableModel

COLUMNS = ("Quote", "Speaker", "Kind", "Status")
READER_STATUSES = ("suggested", "accepted")  # what the reader marks (Project.list_quotes' default)


class QuoteTableModel(RecordTableModel):
    columns = COLUMNS
    drag_kind = "quote"  # rows drag into the memo

    def __init__(self, parent=None):
        super().__init__(parent)
        self._project: Project | None = None
        self._source_id: int | None = None
        self._all_sources = False
        self.keep = None  # an optional filter: QuoteRecord -> bool (the quotes panel's filter bar)
        self._read: list[QuoteRecord] | None = None  # the last read from the project, before `keep`

    def set_scope(self, project: Project | None, source_id: int | None, all_sources: bool) -> None:
        self._project, self._source_id, self._all_sources = project, source_id, all_sources
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows, self._read = [], None
        if self._project is not None and (self._all_sources or self._source_id is not None):
            sid = None if self._all_sources else self._source_id
            self._read = self._rows = self._project.list_quotes(sid, statuses=STATUSES)
            if self.keep is not None:
                self._rows = [q for q in self._rows if self.keep(q)]
        self.endResetModel()

    def reader_quotes(self, source_id: int) -> list[QuoteRecord] | None:
        """The quotes the reader marks for `source_id`, taken from this model's last read when
        that was of this one source (so a selection reads the store once), else None. The
        workspace asks right after the panel reloaded (a selection, or a change: the panel
        follows changes before the workspace does)."""
        if self._read is None or self._all_sources or self._source_id != source_id:
            return None
        return [q for q in self._read if q.status in READER_STATUSES]

    def quote(self, row: int) -> QuoteRecord | None:
        return self.record(row)

    @property
    def rows(self) -> list[QuoteRecord]:
        return self._rows

    def cells(self, q: QuoteRecord) -> tuple[object, ...]:
        speaker = q.speaker or (f"({q.mention.text})" if q.mention else "—")
        return q.text.replace("\n", " "), speaker, q.kind, q.status

    def _source_line(self, q: QuoteRecord) -> str:
        """Listing every source's quotes, which source a quote is from (read on hover only)."""
        if not self._all_sources or self._project is None:
            return ""
        try:
            return f"\nin: {self._project.get_source(q.source_id).label}"
        except NotFound:  # deleted since the list was read
            return ""

    def role_data(self, q: QuoteRecord, col: int, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and col == 3 and q.changed_by:  # who decided, on a team
            return f"{q.status.capitalize()} by {q.changed_by}" + (f" at {q.changed_at}" if q.changed_at else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{q.text}\n\n— {speaker_line(q)}" + (f"\ncue: {q.cue}" if q.cue else "") \
                + (f", venue: {q.venue}" if q.venue else "") + self._source_line(q)
        if role == Qt.ItemDataRole.ForegroundRole and q.status == "rejected":
            return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and q.status == "accepted" and col == 3:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and col == 2:
            from briefing_app.ui.theme import highlight

            return highlight(q.kind, q.status == "accepted")
        return None


def speaker_line(q: QuoteRecord) -> str:
    """Who speaks, as the actor and as the text names them ("Сергей Лавров, named “Лавров”"),
    or the words that name a speaker no actor stands for yet, and how to give it one."""
    named = q.mention.text if q.mention else None
    if q.speaker:
        return q.speaker + (f", named “{named}” here" if named and named != q.speaker else "")
    if named:
        return f"“{named}” (no actor yet: Speaker… or Alt+K picks one)"
    return "unknown speaker (Speaker… or Alt+K picks one)"

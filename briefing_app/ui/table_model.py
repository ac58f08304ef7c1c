"""The part every record table shares: rows of records with an `id`, fixed column titles;
rows drag as `dnd` refs when the model names a `drag_kind`."""
from __future__ import annotations

from collections.abc import Sequence

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from briefing_app.ui import dnd

Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    columns: tuple[str, ...] = ()
    drag_kind = ""  # "quote", ...: rows can be dragged (into the memo)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Any] = []

    def record(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: int) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == record_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cells(record)[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return record.id
        return self.role_data(record, index.column(), role)

    def cells(self, record: Any) -> tuple[object, ...]:
        """What each column shows (and a screen reader reads) for a record."""
        raise NotImplementedError

    def role_data(self, record: Any, column: int, role: int) -> Any:
        """Any other role of a cell: tooltip, colours, font, alignment."""
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if self.drag_kind and index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return [dnd.MIME_TYPE] if self.drag_kind else []

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return dnd.encode([(self.drag_kind, self._rows[r].id) for r in rows if 0 <= r < len(self._rows)])

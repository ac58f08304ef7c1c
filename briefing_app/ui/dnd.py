"""Drag and drop of project records inside the app: quotes, actors, options and memo items.

A drag carries `application/x-briefing-items`: JSON `{"pid": ..., "items": [{"kind", "id"}, ...]}`
with kind one of quote / actor / option / item (an existing memo item). Only ids travel, so
a drop is only meaningful in the process that started the drag: `decode` refuses a payload
from another process (another window with another project open).
"""
from __future__ import annotations

import json
import os
from collections.abc import Sequence

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

MIME_TYPE = "application/x-briefing-items"
KINDS = ("quote", "actor", "option", "item")

Ref = tuple[str, int]  # (kind, id)


def encode(refs: list[Ref]) -> QMimeData:
    mime = QMimeData()
    payload = {"pid": os.getpid(), "items": [{"kind": k, "id": int(i)} for k, i in dict.fromkeys(refs)]}
    mime.setData(MIME_TYPE, json.dumps(payload).encode("utf-8"))
    return mime


def decode(mime: QMimeData | None) -> list[Ref]:
    """The refs a drag carries; [] for anything else (other formats, other processes, junk)."""
    if mime is None or not mime.hasFormat(MIME_TYPE):
        return []
    try:
        payload = json.loads(bytes(mime.data(MIME_TYPE).data()).decode("utf-8"))
        if payload.get("pid") != os.getpid():
            return []
        refs = [(str(x["kind"]), int(x["id"])) for x in payload["items"]]
    except (ValueError, TypeError, KeyError, AttributeError):
        return []
    return [r for r in refs if r[0] in KINDS]


class RefTree(QTreeWidget):
    """A tree whose rows drag as refs of one kind; a row's id is in the UserRole of its
    top-level item (a child row, such as an option's stance, stands for its parent)."""

    def __init__(self, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, items: Sequence[QTreeWidgetItem]) -> QMimeData:
        ids = []
        for item in items:
            top = item
            while (parent := top.parent()) is not None:
                top = parent
            ids.append(top.data(0, Qt.ItemDataRole.UserRole))
        return encode([(self.kind, i) for i in ids if i is not None])

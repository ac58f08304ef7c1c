"""The memo's sections and items as a tree that takes drops and drags its items.

Top-level rows are sections (they take drops: on the header = at the section's end), child
rows are items (dragged to reorder; dropped above or below). The tree changes nothing itself:
a drop is handed to `drop_handler(refs, section_id, before_item_id)`, which runs one core
command; the tree then shows the project again like after any other change.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence, Set

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QDrag, QFont
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QTreeWidget, QTreeWidgetItem, QWidget

from briefing_app.core.records import MemoRecord
from briefing_app.ui import dnd
from briefing_app.ui.memo_delegate import HTML_ROLE, RichDelegate

SECTION, ITEM = 1, 2
KEY = Qt.ItemDataRole.UserRole
DropHandler = Callable[[list[dnd.Ref], int, "int | None"], bool]
_F = Qt.ItemFlag


class MemoTree(QTreeWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.drop_handler: DropHandler | None = None
        self._below_heading: QTreeWidgetItem | None = None  # during a drop just below a heading
        self.setHeaderHidden(True)
        self.setAccessibleName("Memo sections")
        self.setAccessibleDescription("Drop quotes, actors and options here; drag items to reorder")
        self.setWordWrap(True)  # long quotes wrap instead of being cut
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # a stable gutter: rows wrap once at startup (not again narrower when the bar appears,
        # ~1.5 ms) and do not all re-wrap when the memo outgrows the view
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setIndentation(14)
        self.setItemDelegate(RichDelegate(self))
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # drag or remove several

    # -- contents --------------------------------------------------------------------

    def fill(self, memo: MemoRecord | None, label: Callable) -> None:
        """Show a memo; `label(item)` gives an item's `memo_labels.Label`. When the memo has the
        sections and items the tree shows, in the same order (a text rewritten, an item cited or
        not), the rows stay and only those whose text changed are set again: one row is measured
        and laid out anew, not the whole tree. Otherwise the tree is rebuilt."""
        if memo is not None and self._shape() == tuple((s.id, tuple(i.id for i in s.items)) for s in memo.sections):
            self._update(memo, label)
            return
        self.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for section in memo.sections if memo else []:
            top = QTreeWidgetItem([section.heading or section.key])
            top.setData(0, KEY, (SECTION, section.id))
            top.setFont(0, bold)
            top.setFlags(_F.ItemIsEnabled | _F.ItemIsSelectable | _F.ItemIsDropEnabled)
            self.addTopLevelItem(top)
            for item in section.items:
                shown = label(item)
                child = QTreeWidgetItem([shown.text])
                child.setData(0, KEY, (ITEM, item.id))
                child.setData(0, HTML_ROLE, shown.html)
                child.setToolTip(0, shown.tip)
                child.setFlags(_F.ItemIsEnabled | _F.ItemIsSelectable | _F.ItemIsDragEnabled)
                top.addChild(child)
            top.setExpanded(True)

    def _shape(self) -> tuple[tuple[int, tuple[int, ...]], ...]:
        """(section id, its item ids) of the rows shown, top to bottom."""
        tops = [self._top(n) for n in range(self.topLevelItemCount())]
        return tuple((top.data(0, KEY)[1], tuple(_child(top, i).data(0, KEY)[1] for i in range(top.childCount())))
                     for top in tops)

    def _update(self, memo: MemoRecord, label: Callable) -> None:
        """Set again only what changed in rows of the same sections and items."""
        for n, section in enumerate(memo.sections):
            top = self._top(n)
            if top.text(0) != (section.heading or section.key):
                top.setText(0, section.heading or section.key)
            for i, item in enumerate(section.items):
                shown, row = label(item), _child(top, i)
                if row.text(0) != shown.text:
                    row.setText(0, shown.text)
                if row.data(0, HTML_ROLE) != shown.html:
                    row.setData(0, HTML_ROLE, shown.html)
                if row.toolTip(0) != shown.tip:
                    row.setToolTip(0, shown.tip)

    def selected_item_ids(self) -> list[int]:
        """The selected items (not sections), top to bottom."""
        rows = [i for i in self.selectedItems() if i.data(0, KEY)[0] == ITEM]
        rows.sort(key=lambda i: (self.indexOfTopLevelItem(_parent(i)), _parent(i).indexOfChild(i)))
        return [i.data(0, KEY)[1] for i in rows]

    def selected(self) -> tuple[int, int] | None:
        item = self.currentItem()
        return item.data(0, KEY) if item else None

    def find(self, kind: int, row_id: int) -> QTreeWidgetItem | None:  # type: ignore[override]
        """The row of a section or item (QWidget.find, a lookup by window id, is not used here)."""
        for n in range(self.topLevelItemCount()):
            top = self._top(n)
            for item in [top] + [_child(top, i) for i in range(top.childCount())]:
                if item.data(0, KEY) == (kind, row_id):
                    return item
        return None

    def _top(self, n: int) -> QTreeWidgetItem:
        item = self.topLevelItem(n)
        assert item is not None, n  # n < topLevelItemCount()
        return item

    def select(self, kind: int, row_id: int) -> bool:
        item = self.find(kind, row_id)
        if item is not None:
            self.setCurrentItem(item)
            self.scrollToItem(item)
        return item is not None

    # -- drag ------------------------------------------------------------------------

    def startDrag(self, supported: Qt.DropAction) -> None:
        ids = self.selected_item_ids()
        if ids:  # the drop moves the items in the project; nothing is removed here afterwards
            drag = QDrag(self)
            drag.setMimeData(dnd.encode([("item", i) for i in ids]))
            drag.exec(Qt.DropAction.MoveAction | Qt.DropAction.CopyAction, Qt.DropAction.MoveAction)

    # -- drop ------------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [dnd.MIME_TYPE]

    def mimeData(self, items: Sequence[QTreeWidgetItem]) -> QMimeData:
        return dnd.encode([("item", i.data(0, KEY)[1]) for i in items if i.data(0, KEY)[0] == ITEM])

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def dropEvent(self, event) -> None:
        # Just below an open section's heading reads as "first in this section"; Qt reports
        # it as the row after the heading, which dropMimeData would take as the section above.
        item = self.itemAt(event.position().toPoint())
        below = self.dropIndicatorPosition() == QAbstractItemView.DropIndicatorPosition.BelowItem
        self._below_heading = item if below and item is not None and item.parent() is None \
            and item.isExpanded() and item.childCount() else None
        # Skip QTreeWidget's own handling, which moves tree items by itself on internal
        # moves; QTreeView's goes through dropMimeData below, as external drops do.
        try:
            QTreeView.dropEvent(self, event)
        finally:
            self._below_heading = None

    def dropMimeData(self, parent: QTreeWidgetItem | None, index: int, data: QMimeData, action) -> bool:
        refs = dnd.decode(data)
        if parent is None and self._below_heading is not None:
            parent, index = self._below_heading, 0
        target = self.drop_target(parent, index, {i for k, i in refs if k == "item"})
        if not refs or target is None or self.drop_handler is None:
            return False
        return self.drop_handler(refs, *target)

    def drop_target(self, parent: QTreeWidgetItem | None, index: int,
                    moving: Set[int] = frozenset()) -> tuple[int, int | None] | None:
        """(section id, item to insert before or None) for a drop at row `index` of `parent`
        (None: between sections — the end of the one above, or the start of the first)."""
        if parent is None:
            if self.topLevelItemCount() == 0:
                return None
            if index > 0:
                return self._top(min(index, self.topLevelItemCount()) - 1).data(0, KEY)[1], None
            parent, index = self._top(0), 0
        while (up := parent.parent()) is not None:  # dropped onto an item: before it
            index, parent = up.indexOfChild(parent), up
        if index < 0:
            index = parent.childCount()
        before = next((_child(parent, n).data(0, KEY)[1] for n in range(index, parent.childCount())
                       if _child(parent, n).data(0, KEY)[1] not in moving), None)
        return parent.data(0, KEY)[1], before


def _parent(item: QTreeWidgetItem) -> QTreeWidgetItem:
    parent = item.parent()
    assert parent is not None, "a memo item sits in a section"
    return parent


def _child(parent: QTreeWidgetItem, n: int) -> QTreeWidgetItem:
    child = parent.child(n)
    assert child is not None, n  # n < parent.childCount()
    return child

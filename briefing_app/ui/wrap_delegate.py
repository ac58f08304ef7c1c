"""Item delegate that gives tree rows the height of their word-wrapped text.

QTreeView's `wordWrap` paints wrapped text but sizes rows for one line; this delegate
computes the height for the column's current width (the view re-lays out on resize).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QObject, QRect, QSize, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView, QWidget


class WrapDelegate(QStyledItemDelegate):
    def __init__(self, view: QTreeView):
        super().__init__(view)
        self._view = view
        # view.viewport() would be the same widget, but PySide6 meets the C++ QWidget* it returns
        # unwrapped and sets up every QWidget subclass to find its type (~9 ms, before the first
        # paint); looked up by name as a QWidget it is wrapped at once, and viewport() reuses that
        viewport = view.findChild(QWidget, "qt_scrollarea_viewport", Qt.FindChildOption.FindDirectChildrenOnly)
        (viewport or view.viewport()).installEventFilter(self)
        # a column's width changes without the viewport's (a stretched column settling once the
        # panel is first shown, a drag): rows measured at the old width kept their heights, a
        # two-line option cut to one or standing in a row of seven
        view.header().sectionResized.connect(lambda *_: view.scheduleDelayedItemsLayout())

    def text_width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        """The width the row has for its text: the viewport (or, in a tree of several columns,
        the cell's column) less the indentation of the first column."""
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        several = self._view.header().count() > 1
        width = self._view.columnWidth(index.column()) if several else self._view.viewport().width()
        indent = self._view.indentation() * (depth + 1) if index.column() == 0 else 0
        return max(width - indent - (20 if several else 12), 40)  # (a column's cell has margins on both sides)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = self.text_width(index)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        self.initStyleOption(option, index)
        metrics = option.fontMetrics
        rect = metrics.boundingRect(QRect(0, 0, width, 100000), int(Qt.TextFlag.TextWordWrap), text)
        return QSize(width, rect.height() + 6)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._view.scheduleDelayedItemsLayout()
        return False

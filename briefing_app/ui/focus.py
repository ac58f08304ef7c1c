"""Keyboard use of a panel: tab order as the eye reads it (top to bottom, left to right), and
keys bound to one list.

Qt's default order is the order the widgets were made in; a panel that builds its list
before the filters above it (or adds buttons later) was tabbed list, filters, buttons in a
jumble. Panels state their order with `tab_order`.
"""
from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLayout, QWidget


def tab_order(*items: QWidget | QLayout | None) -> None:
    """Tab moves through `items` in this order (a layout stands for its widgets, in order)."""
    widgets = [w for item in items for w in _widgets(item)]
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def _widgets(item: QWidget | QLayout | None) -> list[QWidget]:
    if isinstance(item, QLayout):
        found: list[QWidget] = []
        for n in range(item.count()):
            child = item.itemAt(n)
            widget, layout = (child.widget(), child.layout()) if child is not None else (None, None)
            if widget is not None:
                found.append(widget)
            elif layout is not None:
                found += _widgets(layout)
        return found
    return [item] if item is not None else []


def list_key(widget: QWidget, key: str, text: str, slot: Callable[[], object]) -> QAction:
    """A key live while `widget` (a list) has the focus, e.g. Delete to reject its selection."""
    action = QAction(text, widget)
    action.setShortcut(QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    widget.addAction(action)
    return action

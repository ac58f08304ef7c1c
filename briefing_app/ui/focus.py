"""Tab order as the eye reads a panel: top to bottom, left to right.

Qt's default order is the order the widgets were made in; a panel that builds its list
before the filters above it (or adds buttons later) was tabbed list, filters, buttons in a
jumble. Panels state their order with `tab_order`.
"""
from __future__ import annotations

from itertools import pairwise

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

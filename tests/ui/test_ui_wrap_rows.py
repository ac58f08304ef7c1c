"""Rows of the options list are as tall as their wrapped text at the column's width: the rows
were measured when the panel was first shown, its column still narrow, and kept those heights
once the column had widened (at 1280 px an option of two lines stood in a row of seven, a
stance of one line in a row of five)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStyleOptionViewItem


@pytest.mark.parametrize("width", [1024, 1280, 1440])
def test_options_rows_fit_their_text_once_the_tab_is_shown(window, qtbot, errors, width):
    window.resize(width, 860)
    qtbot.waitUntil(lambda: window.width() == width)
    window.tabs.setCurrentIndex(window.tabs.indexOf(window.workspace.tabs.widget(2)))  # builds the panel
    tree = window.options.tree
    qtbot.waitUntil(tree.isVisible)
    qtbot.wait(100)  # laid out and settled
    delegate = tree.itemDelegateForColumn(0)
    rows = []
    for n in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(n)
        rows += [top] + [top.child(c) for c in range(top.childCount())]
    assert rows and not errors
    for item in rows:
        index = tree.indexFromItem(item, 0)
        wanted = delegate.sizeHint(QStyleOptionViewItem(), index).height()
        assert abs(tree.visualRect(index).height() - wanted) <= 2, (item.text(0), tree.visualRect(index).height(), wanted)

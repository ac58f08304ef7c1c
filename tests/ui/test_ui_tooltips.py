"""Every button, check box and drop-down of the panels says what it does when hovered
(Qt's own corner and scroll buttons aside)."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QMenuBar, QTabBar


def test_every_control_of_the_panels_has_a_tooltip(window, qtbot):
    for n in range(window.tabs.count()):  # the Actors and Options panels are built when first shown
        window.tabs.setCurrentIndex(n)
    qtbot.wait(50)
    missing = []
    for widget in window.workspace.findChildren(QAbstractButton) + window.workspace.findChildren(QComboBox):
        parent = widget.parent()
        if isinstance(parent, (QTabBar, QLineEdit, QMenuBar)) or type(widget) is QAbstractButton:
            continue  # Qt's own: tab scrollers, a line edit's clear button, a table's corner button
        if not widget.toolTip():
            missing.append(f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r} in {type(parent).__name__}")
    assert not missing, missing

"""Accessible names on every control of the library, reader, quotes / actors / options panels
and the first-run view; mnemonics on every menu and menu item; the issue's standard shortcuts;
the System theme follows the desktop's colour scheme when it changes."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QTextEdit,
)

from briefing_app.ui import theme

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QTextEdit)


def _part_of_another(w, panel) -> bool:
    parent = w.parentWidget()
    while parent is not None and parent is not panel:
        if isinstance(parent, (QLineEdit, QComboBox, QAbstractItemView)) or "Container" in type(parent).__name__ \
                or parent.isWindow():
            return True
        parent = parent.parentWidget()
    return False


def test_every_control_of_my_panels_has_an_accessible_name(window):
    missing, checked = [], 0
    for panel in (window.library, window.reader, window.quotes, window.actors, window.options, window.first_run):
        for w in panel.findChildren(QAbstractButton) + panel.findChildren(QLineEdit) + \
                panel.findChildren(QComboBox) + panel.findChildren(QAbstractItemView) + panel.findChildren(QTextEdit):
            if w.isHidden() and not isinstance(w, QAbstractButton):
                continue
            if _part_of_another(w, panel):
                continue  # a combo's line edit or popup list, a line edit's clear button, a table's corner
            checked += 1
            if not w.accessibleName().strip():
                missing.append(f"{type(panel).__name__}: {type(w).__name__} {w.objectName() or w.toolTip()!r}")
    assert not missing, missing
    assert checked > 30  # the filters, buttons, lists and text of six panels


def test_menus_have_mnemonics_and_the_standard_shortcuts(window):
    bar = window.menuBar()
    for action in bar.actions():
        menu = action.menu()
        assert "&" in action.text(), action.text()
        for item in menu.actions():
            if item.isSeparator() or item.text().startswith("&Undo") or item.text().startswith("&Redo"):
                continue
            assert "&" in item.text(), (action.text(), item.text())
            if isinstance(item.menu(), QMenu):
                assert all("&" in sub.text() for sub in item.menu().actions() if not sub.isSeparator())
    a = window.menu_actions
    expected = {"Ctrl+Z": a.undo, "Ctrl+Shift+Z": a.redo, "Ctrl+F": a.find, "Ctrl+O": a.open_project,
                "Ctrl+S": a.save, "Ctrl+E": a.export, "Ctrl+Shift+V": a.paste_source}
    for keys, action in expected.items():
        assert QKeySequence(keys) in action.shortcuts(), keys


def test_system_theme_follows_the_desktop_scheme(window, monkeypatch):
    app = QApplication.instance()
    window.set_theme("system")
    assert not theme.is_dark()
    try:
        monkeypatch.setattr(theme, "system_is_dark", lambda: True)
        app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert theme.is_dark()
        monkeypatch.setattr(theme, "system_is_dark", lambda: False)
        app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert not theme.is_dark()
        window.set_theme("dark")  # a fixed choice ignores the desktop
        app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert theme.is_dark()
    finally:
        window.set_theme("system")


def _mnemonic(text: str) -> str | None:
    i = text.replace("&&", "").find("&")
    return text.replace("&&", "")[i + 1].lower() if i >= 0 else None


def test_mnemonics_of_the_shown_panels_do_not_clash_with_the_menus(window):
    menus = {_mnemonic(a.text()) for a in window.menuBar().actions()}
    tabs = [_mnemonic(window.tabs.tabText(i)) for i in range(window.tabs.count())]
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        shown = [_mnemonic(b.text()) for w in (window.tabs.currentWidget(), window.memo)
                 for b in w.findChildren(QAbstractButton) if b.isVisibleTo(window) and _mnemonic(b.text())]
        letters = tabs + shown
        assert not set(letters) & menus, (letters, menus)
        assert len(letters) == len(set(letters)), letters
    assert QKeySequence("F2") == window.quotes.edit_button.shortcut() == window.actors.edit_button.shortcut()

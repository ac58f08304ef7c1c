"""The window's menus and their actions, with standard shortcuts and mnemonics."""
from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMenu

Std = QKeySequence.StandardKey


@dataclass(frozen=True)
class MenuActions:
    new_project: QAction
    open_project: QAction
    recent: QMenu
    import_files: QAction
    paste_source: QAction
    export: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    find: QAction
    accept_quote: QAction
    reject_quote: QAction
    add_to_memo: QAction
    show_hidden: QAction
    undo_view: QAction
    save: QAction
    themes: dict[str, QAction]
    getting_started: QAction
    show_log: QAction
    open_team: QAction
    preview: QAction


def key_list(*keys: str | QKeySequence.StandardKey) -> list[QKeySequence]:
    """The key sequences for an action: every platform binding of a standard key plus the named
    ones, each once and none empty. A sequence listed twice on one action (Std.Quit is Ctrl+Q on
    Linux desktops) makes Qt call the shortcut ambiguous and do nothing when it is pressed."""
    seqs: dict[str, QKeySequence] = {}
    for key in keys:
        for seq in QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]:
            if not seq.isEmpty():
                seqs.setdefault(seq.toString(), seq)
    return list(seqs.values())


def _action(window: QMainWindow, text: str, *keys: str | QKeySequence.StandardKey, tip: str = "") -> QAction:
    action = QAction(text, window)
    seqs = key_list(*keys)
    if seqs:
        action.setShortcuts(seqs)
    if tip:
        action.setStatusTip(tip)
    return action


def build_menus(window: QMainWindow, group: QUndoGroup) -> MenuActions:
    bar = window.menuBar()
    file = bar.addMenu("&File")
    a_new = _action(window, "&New Project…", Std.New, tip="Create an empty project file")
    a_open = _action(window, "&Open Project…", Std.Open, tip="Open a .briefing project")
    a_team = _action(window, "Open &Team Project…", "Ctrl+Shift+O", tip="Open a shared project on a PostgreSQL server")
    recent = QMenu("Open &Recent", window)
    a_import = _action(window, "&Import Files…", "Ctrl+I", tip="Import articles (.txt, .md …) into the project")
    a_paste = _action(window, "&Paste as Source", "Ctrl+Shift+V", tip="Store the clipboard text as a new source")
    a_save = _action(window, "&Save", Std.Save, tip="Every change is saved as it is made; this confirms it")
    a_export = _action(window, "&Export Memo…", "Ctrl+E", tip="Export the memo to PDF or Word")
    a_quit = _action(window, "&Quit", Std.Quit, "Ctrl+Q")
    for item in (a_new, a_open, a_team, recent, a_save, None, a_import, a_paste, None, a_export, None, a_quit):
        if item is None:
            file.addSeparator()
        elif isinstance(item, QMenu):
            file.addMenu(item)
        else:
            file.addAction(item)

    edit = bar.addMenu("&Edit")
    a_undo = group.createUndoAction(window, "&Undo")
    a_undo.setShortcuts(key_list(Std.Undo))
    a_redo = group.createRedoAction(window, "&Redo")
    a_redo.setShortcuts(key_list("Ctrl+Shift+Z", Std.Redo, "Ctrl+Y"))
    a_find = _action(window, "&Find Sources", Std.Find, tip="Search the full text of every source")
    edit.addActions([a_undo, a_redo])
    edit.addSeparator()
    edit.addAction(a_find)

    quotes = bar.addMenu("&Quotes")
    a_accept = _action(window, "&Accept Selected", "Ctrl+Return", tip="Accept the selected quote, actor or option")
    a_reject = _action(window, "&Reject Selected", "Ctrl+Backspace", tip="Reject the selected quote, actor or option")
    a_add = _action(window, "Add Selected to &Memo", "Ctrl+M", tip="Add the selected quote, actor or option to the memo")
    quotes.addActions([a_accept, a_reject, a_add])

    view = bar.addMenu("&View")
    a_hidden = _action(window, "Show &Hidden Text", "Ctrl+H", tip="Show boilerplate greyed instead of hiding it")
    a_hidden.setCheckable(True)
    a_undo_view = _action(window, "Undo &History", tip="Show every step that can be undone")
    a_undo_view.setCheckable(True)
    a_preview = _action(window, "Live &Preview", "F9", tip="Show or hide the memo's live preview (room for the "
                        "other panels in a small window)")
    a_preview.setCheckable(True)
    a_preview.setChecked(True)
    view.addActions([a_hidden, a_undo_view, a_preview])
    from briefing_app.ui.theme import MODE_LABELS

    theme_menu = view.addMenu("&Theme")
    theme_group = QActionGroup(window)
    themes = {}
    for mode, label in MODE_LABELS.items():
        action = theme_group.addAction(label)
        action.setCheckable(True)
        action.setStatusTip("Follow the system's light or dark scheme" if mode == "system" else f"Always {mode}")
        theme_menu.addAction(action)
        themes[mode] = action

    help_menu = bar.addMenu("&Help")
    a_start = _action(window, "&Getting Started", Std.HelpContents, tip="The three steps from articles to a memo")
    a_log = _action(window, "Show &Log", tip="The app's log file, to attach to a bug report")
    help_menu.addActions([a_start, a_log])
    return MenuActions(a_new, a_open, recent, a_import, a_paste, a_export, a_quit, a_undo, a_redo, a_find,
                       a_accept, a_reject, a_add, a_hidden, a_undo_view, a_save, themes, a_start, a_log, a_team,
                       a_preview)


def fill_recent(menu: QMenu, paths: list[str], open_project: Callable[[str], object],
                refresh: Callable[[], object]) -> None:
    """File > Open Recent: the projects, newest first; &1 to &9 as keys; Clear Menu. A project
    moved or deleted since leaves the list when picked (opening it still says why it cannot)."""
    from briefing_app.ui import settings

    def later() -> None:  # not inside the triggered action: refreshing deletes it
        QTimer.singleShot(0, menu, refresh)

    def open_recent(path: str) -> None:
        if not Path(path).exists():
            settings.forget_recent_project(path)
            later()
        open_project(path)

    def clear() -> None:
        settings.clear_recent_projects()
        later()

    menu.clear()
    for n, path in enumerate(paths, 1):
        label = Path(path).name.replace("&", "&&")
        menu.addAction(f"&{n} {label}" if n < 10 else label, partial(open_recent, path)).setStatusTip(path)
    if paths:
        menu.addSeparator()
        menu.addAction("&Clear Menu", clear).setStatusTip("Forget the recent projects (the files stay)")
    menu.setEnabled(bool(paths))

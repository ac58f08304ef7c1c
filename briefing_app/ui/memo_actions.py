"""The memo editor's item actions: shortcuts while the memo tree has focus, and its context
menu (the menu key or Shift+F10 opens it from the keyboard)."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractScrollArea, QMenu, QWidget


@dataclass(frozen=True)
class MemoActions:
    remove: QAction
    up: QAction
    down: QAction
    add_text: QAction
    edit_text: QAction
    paraphrase: QAction  # reads "Mark as Paraphrase" or "Mark as Quotation" for the selected quote
    cite: QAction  # checkable: print the selected quote's citation

    def menu_actions(self) -> list[QAction | None]:
        return [self.paraphrase, self.cite, None, self.edit_text, self.add_text, None, self.up, self.down,
                None, self.remove]

    def show_item(self, kind: str | None, paraphrase: bool, cite: bool) -> None:
        """Fit the quote actions to the selected item (kind None: nothing selected)."""
        self.paraphrase.setEnabled(kind == "quote")
        self.cite.setEnabled(kind == "quote")
        self.paraphrase.setText("Mark as &Quotation" if paraphrase else "Mark as &Paraphrase")
        self.cite.setChecked(kind == "quote" and cite)


def _action(owner: QWidget, text: str, key: str, tip: str) -> QAction:
    action = QAction(text, owner)
    action.setShortcut(QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.setToolTip(f"{tip} ({QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)})")
    owner.addAction(action)
    return action


def build_actions(tree: QWidget) -> MemoActions:
    """Actions bound to the memo tree (active while it has focus)."""
    actions = MemoActions(
        remove=_action(tree, "Re&move from Memo", "Delete", "Remove the selected item from the memo"),
        up=_action(tree, "Move &Up", "Alt+Up", "Move the selected item up"),
        down=_action(tree, "Move &Down", "Alt+Down", "Move the selected item down"),
        add_text=_action(tree, "Add &Text…", "Insert", "Write your own paragraph after the selected item"),
        edit_text=_action(tree, "&Edit Text…", "F2", "Edit the selected paragraph of your own"),
        paraphrase=_action(tree, "Mark as &Paraphrase", "Ctrl+Shift+P",
                           "Print the selected quote as a paraphrase (no quote marks) or as a quotation again"),
        cite=_action(tree, "&Cite Source", "Ctrl+Shift+C", "Print the selected quote's citation"),
    )
    actions.cite.setCheckable(True)
    return actions


def show_menu(tree: QAbstractScrollArea, actions: MemoActions, pos: QPoint) -> QMenu:
    menu = QMenu(tree)
    menu.setAccessibleName("Memo item actions")
    for action in actions.menu_actions():
        if action is None:
            menu.addSeparator()
        elif action.isEnabled():
            menu.addAction(action)
    menu.popup(tree.viewport().mapToGlobal(pos))  # a scroll area's menu position is the viewport's
    return menu

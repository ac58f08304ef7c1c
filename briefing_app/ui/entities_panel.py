"""The base of the Actors and Options panels: a tree of records, accept / reject suggestions,
edit, add the selected one to the memo. Every edit is a core action run through the session (one
undo step); the lists refresh from `changes_applied` like every other view.
"""
from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.changes import Changes
from briefing_app.core.commands import Command
from briefing_app.core.errors import NotFound
from briefing_app.ui.dnd import RefTree
from briefing_app.ui.filter_bar import FilterBar
from briefing_app.ui.flow_layout import FlowLayout
from briefing_app.ui.focus import list_key, tab_order
from briefing_app.ui.session import ProjectSession

if TYPE_CHECKING:
    from collections.abc import Callable

    from briefing_app.core.project import Project

ID_ROLE = Qt.ItemDataRole.UserRole


class _EntityPanel(QWidget):
    """A tree of records with Accept / Reject / Add to memo; subclasses fill it."""

    error = Signal(object)
    add_to_memo = Signal(str, int)  # kind, ref id
    kind = ""
    columns: tuple[str, ...] = ()
    stretch_column = 0  # the one column that takes the room left (long text, elided)
    filter_combos: tuple[tuple[str, str, tuple[str, ...]], ...] = ()  # (key, "All …", values)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: ProjectSession | None = None
        self.tree = RefTree(self.kind, self)  # rows drag into the memo
        self.tree.setHeaderLabels(list(self.columns))
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(False)
        for col in range(len(self.columns)):
            self.tree.header().setSectionResizeMode(
                col, QHeaderView.ResizeMode.Stretch if col == self.stretch_column else QHeaderView.ResizeMode.ResizeToContents)
        self.accept_button = self._button("&Accept", f"Accept the selected {self.kind}; again to undecide")
        self.reject_button = self._button("&Reject", f"Reject the selected {self.kind} (Delete in the list; "
                                          "undo brings it back)")
        list_key(self.tree, "Delete", f"Reject the selected {self.kind}", self.reject_selected)
        self.add_button = self._button("Add to &memo", f"Add the selected {self.kind} to the selected memo section")
        self.edit_button = self._button("Edit…", f"Edit the selected {self.kind} (F2, or double-click it)")
        self.edit_button.setShortcut("F2")  # Alt+E is the Edit menu's; only the shown tab's button is live
        self.filters = FilterBar(f"Filter {self.kind}s", [(k, label) for k, label, _ in self.filter_combos], self)
        for key, _, values in self.filter_combos:
            for value in values:
                self.filters.combos[key].addItem(value, value)
        self.filters.changed.connect(self.reload)
        # two rows of buttons: the panel's own tools (merge, split, the matrix: subclasses add
        # them) over the common ones; in one row the Options panel needed 644 px and, once shown,
        # widened the whole window past a 1280 px screen; each row wraps in a narrow window
        self.bar = FlowLayout(right=True)
        self.common = common = FlowLayout(right=True)
        for b in (self.edit_button, self.accept_button, self.reject_button, self.add_button):
            common.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.tree, 1)
        layout.addLayout(self.bar)
        layout.addLayout(common)
        self.accept_button.clicked.connect(lambda: self.set_status("accepted"))
        self.reject_button.clicked.connect(lambda: self.set_status("rejected"))
        self.add_button.clicked.connect(self.add_selected_to_memo)
        self.edit_button.clicked.connect(self.edit_selected)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_selected())  # as in the quotes, memo and library

    def set_tab_order(self, *after_list: QWidget) -> None:
        """Filters, the list (and `after_list`), the panel's tools, the common buttons (called once
        the tools are in); `tab_stops` keeps the order for the window's (workspace.py)."""
        self.tab_stops: tuple[QWidget | QLayout, ...] = (self.filters.edit, *self.filters.combos.values(), self.tree,
                                                         *after_list, self.bar, self.common)
        tab_order(*self.tab_stops)

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAccessibleName(f"{text.replace('&', '')} {self.kind}")
        return button

    def set_session(self, session: ProjectSession | None) -> None:
        self.session = session
        self.reload()

    def on_changes(self, changes: Changes) -> None:
        raise NotImplementedError

    def selected_ids(self) -> list[int]:
        ids = []
        for item in self.tree.selectedItems():
            while (parent := item.parent()) is not None:  # a stance row stands for its option
                item = parent
            if item.data(0, ID_ROLE) not in ids:
                ids.append(item.data(0, ID_ROLE))
        return ids

    def select(self, *ids: int) -> None:
        self.tree.clearSelection()
        first = None
        for n in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(n)
            if item is not None and item.data(0, ID_ROLE) in ids:
                item.setSelected(True)
                first = first or item
        if first is not None:
            self.tree.scrollToItem(first)

    def reload(self) -> None:
        keep = self.selected_ids()
        self.tree.clear()
        if self.session is not None:
            self.fill(self.session.project)
        self.select(*keep)
        self._update_buttons()

    def fill(self, project) -> None:
        raise NotImplementedError

    def _status_of(self, ref_id: int) -> str:
        raise NotImplementedError

    def _command(self, ref_id: int, status: str):
        raise NotImplementedError

    def set_status(self, status: str) -> None:
        ids = self.selected_ids()
        if len(ids) != 1 or self.session is None:
            return
        if self._status_of(ids[0]) == status:
            status = "suggested"
        self._run(lambda _project: self._command(ids[0], status))

    def reject_selected(self) -> None:
        """Delete in the list: reject (never take a rejection back, as a second Reject does)."""
        ids = self.selected_ids()
        if len(ids) == 1 and self._status_of(ids[0]) != "rejected":
            self.set_status("rejected")

    def _run(self, build: Callable[[Project], Command]) -> bool:
        return self.session is not None and self.session.run_built(build) is not None

    def edit_selected(self) -> bool:
        ids = self.selected_ids()
        session = self.session
        if len(ids) != 1 or session is None:
            return False
        from briefing_app.ui import edit_flows

        try:
            return self.edit(edit_flows, session, ids[0])
        except NotFound as exc:  # deleted since it was listed
            self.error.emit(exc)
            return False

    def edit(self, flows: ModuleType, session: ProjectSession, ref_id: int) -> bool:
        raise NotImplementedError

    def add_selected_to_memo(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.add_to_memo.emit(self.kind, ids[0])

    def _update_buttons(self) -> None:
        one = len(self.selected_ids()) == 1
        for b in (self.accept_button, self.reject_button, self.add_button, self.edit_button):
            b.setEnabled(one)
        ids = self.selected_ids()
        status = self._status_of(ids[0]) if one else ""
        self.accept_button.setText("Un&accept" if status == "accepted" else "&Accept")

"""Actors across the project (and the base of the options panel): accept / reject suggestions, merge two actors,
add the selected one to the memo. Every edit is a core action run through the session (one
undo step); the lists refresh from `changes_applied` like every other view.
"""
from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.changes import Changes
from briefing_app.core.commands import Command
from briefing_app.core.errors import NotFound
from briefing_app.core.model import ACTOR_KINDS
from briefing_app.ui.dnd import RefTree
from briefing_app.ui.filter_bar import FilterBar
from briefing_app.ui.flow_layout import FlowLayout
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
        self.reject_button = self._button("&Reject", f"Reject the selected {self.kind} (undo brings it back)")
        self.add_button = self._button("Add to &memo", f"Add the selected {self.kind} to the selected memo section")
        self.edit_button = self._button("Edit…", f"Edit the selected {self.kind} (F2)")
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
        common = FlowLayout(right=True)
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
        self.add_button.clicked.connect(self._add_to_memo)
        self.edit_button.clicked.connect(self.edit_selected)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self._add_to_memo())

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

    def _add_to_memo(self) -> None:
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


class ActorsPanel(_EntityPanel):
    kind = "actor"
    # title, affiliation and aliases each in a column of their own ("Role" ran title and
    # affiliation together and the aliases were only in a tooltip); the list scrolls sideways
    # in a narrow window, sorted by any column (most mentioned first: click "#")
    columns = ("Actor", "Title", "Affiliation", "Also known as", "#", "Status")
    widths = (150, 140, 130, 170)  # of the text columns at first; the user resizes them
    filter_combos = (("kind", "All kinds", ACTOR_KINDS),)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tree.setAccessibleName("Actors")
        header = self.tree.header()
        for col, width in enumerate(self.widths):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        self.tree.headerItem().setToolTip(len(self.widths), "Mentions across the project")
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.merge_button = self._button("Mer&ge", "Merge the two selected actors: the one with fewer "
                                         "mentions is folded into the other (its name becomes an alias)")
        self.bar.addWidget(self.merge_button)
        self.merge_button.clicked.connect(self.merge_selected)
        self.split_button = self._button("Sp&lit", "Give the selected actor's mentions and quotes in one source an "
                                         "actor of their own (two namesakes taken for one)")
        self.bar.addWidget(self.split_button)
        self.split_button.clicked.connect(self.split_selected)
        self._status: dict[int, str] = {}
        self._mentions: dict[int, int] = {}

    def on_changes(self, changes: Changes) -> None:
        if changes.actors or changes.quotes or changes.sources:
            self.reload()

    def fill(self, project) -> None:
        self._status.clear()
        self._mentions.clear()
        kind = self.filters.value("kind")
        self.tree.setSortingEnabled(False)  # one sort at the end, not one per row
        for a in project.list_actors():
            if (kind is not None and a.kind != kind) or not self.filters.matches(a.name, a.title, a.affiliation, *a.aliases):
                continue
            aliases = ", ".join(a.aliases)
            item = _ActorItem([a.name, a.title or "", a.affiliation or "", aliases, str(a.mention_count), a.status])
            item.setData(0, ID_ROLE, a.id)
            item.setToolTip(0, f"{a.name} ({a.kind or 'actor'}), {a.mention_count} mention(s)"
                            + (f"\nalso: {aliases}" if aliases else ""))
            for col, text in ((1, a.title), (2, a.affiliation), (3, aliases)):
                item.setToolTip(col, text or "")
            item.setTextAlignment(4, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
            self._status[a.id], self._mentions[a.id] = a.status, a.mention_count
        self.tree.setSortingEnabled(True)

    def _status_of(self, ref_id: int) -> str:
        return self._status.get(ref_id, "")

    def _command(self, ref_id: int, status: str):
        from briefing_app.core import actions

        return actions.set_actor_fields(ref_id, status=status)

    def edit(self, flows: ModuleType, session: ProjectSession, ref_id: int) -> bool:
        return bool(flows.edit_actor(self, session, session.project.get_actor(ref_id)))

    def merge(self, keep_id: int, drop_id: int) -> bool:
        from briefing_app.core import actions

        return self._run(lambda project: actions.merge_actors(project, keep_id, drop_id))

    def merge_selected(self) -> bool:
        ids = self.selected_ids()
        if len(ids) != 2:
            return False
        keep, drop = sorted(ids, key=lambda i: (-self._mentions.get(i, 0), i))
        if self.merge(keep, drop):
            self.select(keep)
            return True
        return False

    def split(self, actor_id: int, source_id: int, name: str) -> bool:
        from briefing_app.core import actions

        return self._run(lambda project: actions.split_actor(project, actor_id, source_id, name))

    def split_selected(self) -> bool:
        ids = self.selected_ids()
        if len(ids) != 1 or self.session is None:
            return False
        project = self.session.project
        sources = sorted({s for s, _ in project.actor_mentions(ids[0])})
        if len(sources) < 2:
            return False
        source_id = self.choose_source(project.get_actor(ids[0]).name, sources)
        if source_id is None:
            return False
        name = project.get_actor(ids[0]).name
        title = project.get_source(source_id).metadata.title or f"source {source_id}"
        if self.split(ids[0], source_id, f"{name} ({title[:40]})"):
            self.select(ids[0])
            return True
        return False

    def choose_source(self, name: str, sources: list[int]) -> int | None:
        """Which source's mentions of the actor are someone else (a dialog; tests replace it)."""
        from PySide6.QtWidgets import QInputDialog

        if self.session is None:
            return None
        project = self.session.project
        labels = [f"{project.get_source(s).metadata.title or 'Untitled'} (#{s})" for s in sources]
        label, ok = QInputDialog.getItem(self, "Split actor", f"In which source is “{name}” someone else?",
                                         labels, 0, False)
        return sources[labels.index(label)] if ok and label in labels else None

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if hasattr(self, "merge_button"):
            self.merge_button.setEnabled(len(self.selected_ids()) == 2)
        if hasattr(self, "split_button"):
            ids = self.selected_ids()
            self.split_button.setEnabled(len(ids) == 1 and self._mentions.get(ids[0], 0) >= 2)


class _ActorItem(QTreeWidgetItem):
    """Sorts the mentions column as numbers and text as a reader would (case-blind)."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        col = self.treeWidget().sortColumn() if self.treeWidget() is not None else 0
        if col == 4:
            return int(self.text(col) or 0) < int(other.text(col) or 0)
        return self.text(col).casefold() < other.text(col).casefold()

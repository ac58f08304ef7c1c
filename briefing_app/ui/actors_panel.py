"""The Actors panel: the project's actors with title, affiliation and aliases, accept / reject,
edit (F2), merge two, split one that stands for two namesakes. Every edit is one core action,
one undo step."""
from __future__ import annotations

from types import ModuleType

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidgetItem, QWidget

from briefing_app.core.changes import Changes
from briefing_app.core.model import ACTOR_KINDS
from briefing_app.ui.entities_panel import ID_ROLE, _EntityPanel
from briefing_app.ui.session import ProjectSession


class ActorsPanel(_EntityPanel):
    kind = "actor"
    # title, affiliation and aliases each in a column of their own ("Role" ran title and
    # affiliation together and the aliases were only in a tooltip); the list scrolls sideways
    # in a narrow window, sorted by any column (most mentioned first: click "#")
    columns = ("Actor", "Title", "Affiliation", "Also known as", "Kind", "#", "Status")
    COUNT = 5  # the mentions column
    widths = (140, 120, 110, 160)  # of the text columns at first; the user resizes them
    filter_combos = (("kind", "All kinds", ACTOR_KINDS),)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tree.setAccessibleName("Actors")
        header = self.tree.header()
        for col, width in enumerate(self.widths):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        self.tree.headerItem().setToolTip(self.COUNT, "Mentions across the project")
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
        self.set_tab_order()

    def restore_columns(self, state: QByteArray | None) -> bool:
        """Column widths and sort as the user left them last run (workspace.py saves the header)."""
        header = self.tree.header()
        if state is None or not header.restoreState(state):
            return False
        if header.sortIndicatorSection() >= 0:  # (restoring the indicator does not sort)
            self.tree.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        return True

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
            item = _ActorItem([a.name, a.title or "", a.affiliation or "", aliases, a.kind or "", str(a.mention_count),
                               a.status])
            item.setData(0, ID_ROLE, a.id)
            item.setToolTip(0, f"{a.name} ({a.kind or 'actor'}), {a.mention_count} mention(s)"
                            + (f"\nalso: {aliases}" if aliases else ""))
            for col, text in ((1, a.title), (2, a.affiliation), (3, aliases)):
                item.setToolTip(col, text or "")
            item.setTextAlignment(self.COUNT, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
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
        if col == ActorsPanel.COUNT:
            return int(self.text(col) or 0) < int(other.text(col) or 0)
        return self.text(col).casefold() < other.text(col).casefold()

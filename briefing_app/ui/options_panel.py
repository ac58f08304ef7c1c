"""Options across the project: a list (each option with every stance under it) or a matrix of
options × holders (ui/options_matrix.py), accept / reject, merge two options, split stances off
into an option of their own. Every edit is one core command, one undo step."""
from __future__ import annotations

from types import ModuleType

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QStackedWidget, QTreeWidgetItem, QWidget

from briefing_app.core.changes import Changes
from briefing_app.core.model import STATUSES
from briefing_app.ui.entities_panel import ID_ROLE, _EntityPanel
from briefing_app.ui.options_matrix import MatrixWindow, OptionsMatrix
from briefing_app.ui.session import ProjectSession
from briefing_app.ui.wrap_delegate import WrapDelegate
from briefing_app.workflow.option_matrix import Matrix, build_matrix

STANCE_ROLE = Qt.ItemDataRole.UserRole + 1  # a stance row's stance id


class OptionsPanel(_EntityPanel):
    kind = "option"
    columns = ("Option / stance", "Status")
    filter_combos = (("status", "Any status", STATUSES[:2]),)
    evidence = Signal(int, int, int)  # source id, start, end: show these words in the reader

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tree.setAccessibleName("Options")
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setItemDelegateForColumn(0, WrapDelegate(self.tree))  # rows as tall as their wrapped text
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.matrix = OptionsMatrix(self)
        self.matrix.evidence.connect(self.evidence)
        self.views = QStackedWidget(self)
        layout = self.layout()
        assert layout is not None  # _EntityPanel lays out its tree before this
        layout.replaceWidget(self.tree, self.views)
        self.views.addWidget(self.tree)
        self.views.addWidget(self.matrix)
        self.matrix_button = self._button("Who &backs what", "Show the matrix of options × who holds them (click a cell for its evidence)")
        self.matrix_button.setCheckable(True)
        self.matrix_button.toggled.connect(self.show_matrix)
        self.merge_button = self._button("Mer&ge", "Merge the two selected options: all stances of the later one "
                                         "go to the earlier one")
        self.split_button = self._button("Sp&lit", "Move the selected stances into an option of their own")
        self.window_button = self._button("Matrix Window…", "The matrix in a window of its own, as large as the "
                                          "screen (it follows every change, like this panel)")
        self.window_button.clicked.connect(self.open_window)
        self.matrix_window: MatrixWindow | None = None  # built when first opened
        for b in (self.matrix_button, self.window_button, self.merge_button, self.split_button):
            self.bar.addWidget(b)
        self.merge_button.clicked.connect(self.merge_selected)
        self.split_button.clicked.connect(self.split_selected)
        self.tree.itemClicked.connect(self._stance_activated)
        self._status: dict[int, str] = {}
        self._holders: dict[int, str] = {}  # stance id -> who holds it, as listed
        self._evidence: dict[int, tuple[int, int, int]] = {}  # stance id -> (source, start, end)
        self.set_tab_order(self.matrix)  # after the list: the one shown of the two

    def on_changes(self, changes: Changes) -> None:
        if changes.options or changes.sources or changes.actors:
            self.reload()

    def show_matrix(self, on: bool) -> None:
        self.views.setCurrentWidget(self.matrix if on else self.tree)
        if on:
            self.reload()

    def fill(self, project) -> None:
        self._status.clear()
        self._holders, self._evidence = {}, {}
        status = self.filters.value("status")
        shown = [o for o in project.list_options() if (status is None or o.status == status) and self.filters.matches(
            o.summary, o.description, o.pros, o.cons, o.risks, *(s.holder for s in o.stances))]
        matrix = build_matrix(project, shown)
        held = matrix.holder_of()
        for row in matrix.rows:
            o = row.option
            item = QTreeWidgetItem([o.summary, o.status])
            item.setData(0, ID_ROLE, o.id)
            item.setToolTip(0, "\n\n".join(x for x in (o.summary, o.description, o.pros and f"Pros: {o.pros}",
                                                         o.cons and f"Cons: {o.cons}", o.risks and f"Risks: {o.risks}") if x))
            for s in o.stances:
                holder, ev = held[s.id]
                self._holders[s.id] = holder
                if ev.end > ev.start:
                    self._evidence[s.id] = (ev.source_id, ev.start, ev.end)
                child = QTreeWidgetItem([f"{holder}: {s.stance}", ""])
                child.setData(0, STANCE_ROLE, s.id)
                child.setToolTip(0, f"{holder} — {s.stance} ({ev.source})" + (f"\n\n“{ev.text}”" if ev.text else "")
                                 + "\n\n(click to show it in the reader)")
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
            self._status[o.id] = o.status
        if self.views.currentWidget() is self.matrix:
            self.matrix.show_matrix(matrix)
        if self.matrix_window is not None and self.matrix_window.isVisible():
            self.matrix_window.matrix.show_matrix(matrix)

    def reload(self) -> None:
        super().reload()
        if self.session is None:  # the project closed: no matrix of it left on show
            self.matrix.show_matrix(Matrix([], []))
            if self.matrix_window is not None:
                self.matrix_window.matrix.show_matrix(Matrix([], []))
                self.matrix_window.close()

    def open_window(self) -> MatrixWindow:
        """The option × holder matrix in a window of its own (the tab is a third of the screen)."""
        if self.matrix_window is None:
            self.matrix_window = MatrixWindow(self)
            self.matrix_window.matrix.evidence.connect(self.evidence)
        self.matrix_window.show()
        self.matrix_window.raise_()
        self.reload()
        return self.matrix_window

    def _status_of(self, ref_id: int) -> str:
        return self._status.get(ref_id, "")

    def edit(self, flows: ModuleType, session: ProjectSession, ref_id: int) -> bool:
        return bool(flows.edit_option(self, session, session.project.get_option(ref_id), self._holders))

    def _command(self, ref_id: int, status: str):
        from briefing_app.core import actions

        return actions.set_option_fields(ref_id, status=status)

    def selected_stances(self) -> list[int]:
        return [i.data(0, STANCE_ROLE) for i in self.tree.selectedItems() if i.data(0, STANCE_ROLE) is not None]

    def merge_selected(self) -> bool:
        """The two selected options become one (the earlier keeps its summary)."""
        ids = self.selected_ids()
        if len(ids) != 2:
            return False
        from briefing_app.core.option_actions import merge_options

        keep, drop = sorted(ids)
        if self._run(lambda project: merge_options(project, keep, drop)):
            self.select(keep)
            return True
        return False

    def split_selected(self) -> bool:
        """The selected stance rows (of one option) move to a new option."""
        stances, ids = self.selected_stances(), self.selected_ids()
        if not stances or len(ids) != 1:
            return False
        from briefing_app.core.option_actions import split_option

        return self._run(lambda project: split_option(project, ids[0], stances))

    def _stance_activated(self, item: QTreeWidgetItem) -> None:
        where = self._evidence.get(item.data(0, STANCE_ROLE))
        if where is not None:
            self.evidence.emit(*where)

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if hasattr(self, "merge_button"):
            self.merge_button.setEnabled(len(self.selected_ids()) == 2)
            self.split_button.setEnabled(bool(self.selected_stances()) and len(self.selected_ids()) == 1)

"""Memo editor: the memo's template sections and their items; add, drop, remove, reorder,
write own text, mark quotes as paraphrase, choose what is cited.

The panel composes the header, the tree (`memo_tree`), the buttons and their keyboard twins
(`memo_actions`) and refreshes from the session's changes; the edits themselves are in
`memo_edits`, each one core action and one undo step.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout, QWidget

from briefing_app.core.changes import Changes
from briefing_app.core.progress import Progress
from briefing_app.core.records import MemoRecord, QuoteRecord
from briefing_app.ui import memo_actions
from briefing_app.ui.focus import tab_order
from briefing_app.ui.memo_edits import MemoEdits
from briefing_app.ui.memo_header import MemoHeader
from briefing_app.ui.memo_labels import LabelCache, memo_list_labels, template_name
from briefing_app.ui.memo_tree import ITEM, SECTION, MemoTree
from briefing_app.ui.session import ProjectSession
from briefing_app.ui.workers import Task, is_cancel, with_progress_dialog

if TYPE_CHECKING:
    from briefing_app.workflow.drafting import DraftPlan

__all__ = ["ITEM", "SECTION", "MemoPanel"]
DEFAULT_TEMPLATE, DEFAULT_TEMPLATE_NAME = "info-memo", "Information memo"


def _plan(location: str, template_id: str, progress: Progress) -> DraftPlan:  # worker thread
    """Plan a draft through a read connection of its own (the GUI thread's is never shared)."""
    from briefing_app.core.project import open_project
    from briefing_app.workflow.drafting import plan_draft  # the drafting code loads with the first draft

    project = open_project(location, create=False, exclusive=False)
    try:
        return plan_draft(project, template_id, progress=progress)
    finally:
        project.close()


class MemoPanel(MemoEdits):
    export_requested = Signal(int)  # memo id
    memo_loaded = Signal(object)  # the MemoRecord as it now stands (or None): after every reload
    drafted = Signal(int)  # a memo drafted by draft_memo, once written and shown

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: ProjectSession | None = None
        self.memo: MemoRecord | None = None
        self.quote: QuoteRecord | None = None  # the quote selected in the quotes panel
        self.drafting: Task | None = None  # a draft being planned in the background
        self.labels = LabelCache()  # item labels read from the project, kept until its records change
        self.header = MemoHeader(self)
        self.memo_combo, self.draft_button = self.header.memo_combo, self.header.draft_button
        self.tree = MemoTree(self)
        self.tree.drop_handler = self.drop
        self.add_button = self._button("I&nsert quote", "Insert the selected quote into the selected section")
        self.remove_button = self._button("Rem&ove", "Remove the selected item from the memo")
        self.up_button = self._button("Move &up", "Move the selected item up")
        self.down_button = self._button("Move do&wn", "Move the selected item down")
        self.text_button = self._button("Add &text…", "Write your own paragraph after the selected item")
        self.edit_button = self._button("Ed&it text…", "Edit the selected paragraph of your own (or double-click it)")
        self.details_button = self._button("Memo details…", "The memo's title and its TO, FROM, THROUGH, DATE and "
                                           "SUBJECT lines")
        self.export_button = self._button("E&xport…", "Export the memo to PDF or Word (Ctrl+E)")
        grid = QGridLayout()
        for n, b in enumerate((self.add_button, self.remove_button, self.text_button, self.edit_button,
                               self.up_button, self.down_button)):
            grid.addWidget(b, n // 2, n % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.tree, 1)
        grid.addWidget(self.details_button, 3, 0)
        grid.addWidget(self.export_button, 3, 1)
        layout.addLayout(grid)
        self.memo_combo.currentIndexChanged.connect(lambda _: self._load_memo())
        self.template_id = DEFAULT_TEMPLATE  # what Draft memo uses: the last template picked from its menu
        self.draft_button.clicked.connect(lambda: self.draft_memo())
        self.header.template_menu.aboutToShow.connect(self._fill_templates)
        self._show_template(DEFAULT_TEMPLATE_NAME)
        self.add_button.clicked.connect(self.add_selected_quote)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.text_button.clicked.connect(lambda: self.add_text())
        self.edit_button.clicked.connect(lambda: self.edit_text())
        self.tree.itemDoubleClicked.connect(lambda *_: self._selected_text_item() and self.edit_text())
        self.export_button.clicked.connect(lambda: self.memo and self.export_requested.emit(self.memo.id))
        self.details_button.clicked.connect(lambda: self.edit_details())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.actions_ = memo_actions.build_actions(self.tree)
        a = self.actions_
        self._twins = ((a.remove, self.remove_button), (a.up, self.up_button), (a.down, self.down_button),
                       (a.add_text, self.text_button), (a.edit_text, self.edit_button))
        for action, button in self._twins:  # shortcuts and context menu do what the buttons do
            action.triggered.connect(button.click)
            button.setToolTip(action.toolTip())
        a.paraphrase.triggered.connect(lambda: self.set_item_options(paraphrase=not self._paraphrased()))
        a.cite.triggered.connect(lambda on: self.set_item_options(cite=on))
        self.header.style_combo.currentIndexChanged.connect(lambda _: self.set_citation_style(self.header.citation_style()))
        self.header.status_combo.currentIndexChanged.connect(lambda _: self.set_review_status(self.header.status()))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(
            lambda pos: memo_actions.show_menu(self.tree, self.actions_, pos))
        self._update_buttons()
        h = self.header  # Tab as the panel reads: the bar, the tree, the buttons row by row
        self.tab_stops = (h.memo_combo, h.draft_button, h.style_combo, h.status_combo, self.tree, grid)
        tab_order(*self.tab_stops)

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        return button

    # -- session and refresh -----------------------------------------------------------

    def set_session(self, session: ProjectSession | None) -> None:
        self.session = session
        self.labels.forget()
        self._reload_memos()

    def set_quote(self, quote: QuoteRecord | None) -> None:
        self.quote = quote
        self._update_buttons()

    def on_changes(self, changes: Changes) -> None:
        if changes.quotes or changes.actors or changes.options or changes.sources:
            self.labels.forget()  # item labels show quote text, speakers, actor and option lines, citations
        if changes.memos:
            self._reload_memos(keep=self.memo.id if self.memo else None)
        elif changes.quotes or changes.actors or changes.options or changes.sources:
            self._load_memo()  # item labels show quote text, speakers and citations

    def _reload_memos(self, keep: int | None = None) -> None:
        memos = self.session.project.list_memos() if self.session else []
        entries = memo_list_labels([(i, template_name(t), title) for i, t, title in memos])
        combo = self.memo_combo
        combo.blockSignals(True)
        if entries != [(combo.itemData(n), combo.itemText(n)) for n in range(combo.count())]:
            combo.clear()  # (an item's edit leaves the list as it was: not built again)
            for memo_id, label in entries:
                combo.addItem(label, memo_id)
        index = combo.findData(keep) if keep is not None else -1
        combo.setCurrentIndex(index if index >= 0 else combo.count() - 1)
        combo.blockSignals(False)
        self._load_memo()

    def _load_memo(self) -> None:
        selected = self._selected()
        before = self.memo  # the memo as shown until now
        memo_id = self.memo_combo.currentData()
        self.memo_combo.setToolTip(self.memo_combo.currentText()  # the whole title: the combo elides it
                                   or "No memo yet: Draft memo makes one from the sources")
        self.memo = self.session.project.get_memo(memo_id) if self.session and memo_id is not None else None
        project = self.session.project if self.session else None
        self.tree.fill(self.memo, lambda item: self.labels.label(project, item))
        self.header.show_memo(self.memo)
        self._keep_place(before, selected)
        self._update_buttons()
        self.memo_loaded.emit(self.memo)

    def _keep_place(self, before: MemoRecord | None, selected: tuple[int, int] | None) -> None:
        """After the same memo was read again: items that came back or in (an undone removal, a
        redone add) are selected; else the selected row if still there; else, its item gone (an
        undone add), the item before it or its section. Undo and redo left nothing selected, the
        tree back at its top: a keyboard user lost their place. A colleague's change (a team
        project) moves the selection only off an item they removed."""
        if before is None or self.memo is None or before.id != self.memo.id:
            if selected is not None:
                self.tree.select(*selected)
            return
        had = {i.id for s in before.sections for i in s.items}
        new = [i.id for i in self._items() if i.id not in had]
        if new and not (self.session and self.session.from_others):  # a colleague's new items: not followed
            self.tree.select(ITEM, new[-1])
            return
        if selected is None or self.tree.select(*selected) or selected[0] != ITEM:
            return
        for section in before.sections:
            ids = [i.id for i in section.items]
            if selected[1] in ids:
                earlier = ids[:ids.index(selected[1])]
                if not any(self.tree.select(ITEM, i) for i in reversed(earlier)):
                    self.tree.select(SECTION, section.id)
                return

    # -- selection -------------------------------------------------------------------

    def select_item(self, item_id: int) -> bool:
        """Select a memo item and scroll to it (the export dialog jumps to a finding this way)."""
        found = self.tree.select(ITEM, item_id)
        if found:
            self.tree.setFocus()
        return found

    def focus_item_for_quote(self, quote_id: int) -> int | None:
        """Select the first memo item showing a quote; its id, or None if the memo has none."""
        item = next((i for i in self._items() if i.kind == "quote" and i.ref_id == quote_id), None)
        return item.id if item is not None and self.select_item(item.id) else None

    def _update_buttons(self) -> None:
        item = self._selected_item()
        self.add_button.setEnabled(self.memo is not None and self.quote is not None)
        for b in (self.remove_button, self.up_button, self.down_button):
            b.setEnabled(item is not None)
        self.text_button.setEnabled(self.memo is not None and bool(self.memo.sections))
        self.edit_button.setEnabled(item is not None and item.kind == "text")
        self.export_button.setEnabled(self.memo is not None)
        self.details_button.setEnabled(self.memo is not None)
        self.draft_button.setEnabled(self.session is not None and self.drafting is None)
        for action, button in self._twins:
            action.setEnabled(button.isEnabled())
        self.actions_.show_item(item.kind if item else None, bool(item and item.paraphrase), bool(item and item.cite))

    def edit_details(self) -> bool:
        """The memo's title and header lines in a form: one undo step (the export prints them)."""
        if self.memo is None or self.session is None:
            return False
        from briefing_app.ui.edit_flows import edit_memo_details

        return edit_memo_details(self, self.session, self.memo)

    def draft_memo(self, template_id: str | None = None, name: str = "") -> Task | None:
        """A new memo from every source, with `template_id` (then the one Draft memo uses) or the
        last one. Planned in the background on a read connection of its own (progress and Cancel
        after 300 ms), written here as one undo step; `drafted` tells when it is shown."""
        if self.session is None or self.drafting is not None:
            return None
        template_id = template_id or self.template_id
        session, location = self.session, self.session.location
        task = Task(lambda progress, _emit: _plan(location, template_id, progress), self)
        with_progress_dialog(task, self.window(), "Drafting memo")
        task.done.connect(lambda plan: self._write_draft(session, plan, template_id, name))
        task.failed.connect(self._draft_failed)
        self.drafting = task.start()
        self._update_buttons()
        return task

    def _write_draft(self, session: ProjectSession, plan: DraftPlan, template_id: str, name: str) -> None:
        self.drafting = None
        self._update_buttons()
        if session is not self.session:  # the project was closed meanwhile
            return
        from briefing_app.workflow.drafting import draft_command

        command = draft_command(plan)
        if session.run(command) is None:  # refused (a quote deleted meanwhile...): the session said why
            return
        if template_id != self.template_id:
            self.template_id = template_id
            self._show_template(name or template_id)
        self._reload_memos(keep=command.result)
        if plan.notes:  # a user's template laid out with the built-in one, options left out for the page budget
            self._tell(" ".join(f"{n.rstrip('.')}." for n in plan.notes))
        self.drafted.emit(command.result)

    def _draft_failed(self, exc: BaseException) -> None:
        self.drafting = None
        self._update_buttons()
        if not is_cancel(exc):
            self.error.emit(exc)  # e.g. the template is missing

    def _show_template(self, name: str) -> None:
        self.draft_button.setToolTip(f"Draft a new memo from every source with the {name} template "
                                     "(the arrow, or Alt+Down, picks another template)")

    def _fill_templates(self) -> None:
        """The Draft memo button's menu: every template (built-in and the user's), the current one checked."""
        from functools import partial

        from briefing_app.export.templates import list_templates

        from PySide6.QtGui import QActionGroup

        menu = self.header.template_menu
        menu.clear()
        for old in menu.findChildren(QActionGroup):
            old.deleteLater()
        group = QActionGroup(menu)  # one of them: shown as radio marks
        for spec in list_templates():
            pages = f" ({spec.page_budget} page{'s' if spec.page_budget != 1 else ''})" if spec.page_budget else ""
            action = menu.addAction(spec.name.replace("&", "&&") + pages, partial(self.draft_memo, spec.id, spec.name))
            action.setCheckable(True)
            action.setChecked(spec.id == self.template_id)
            group.addAction(action)
            action.setStatusTip(f"Draft a new memo with the {spec.name} template")

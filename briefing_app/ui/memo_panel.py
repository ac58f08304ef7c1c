"""Memo editor: the memo's template sections and their items; add, drop, remove, reorder.

Every edit is a core action run through the session, so it is one undo step and every view
hears about it. Drops and the Add buttons share one path (`memo_drop.drop_command`): a quote,
actor or option put into the memo is accepted in the same step. `core.actions` is imported on
first edit (it pulls rapidfuzz), to keep startup lean.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from briefing_app.core.changes import Changes
from briefing_app.core.records import MemoItemRecord, MemoRecord, QuoteRecord
from briefing_app.ui import memo_actions
from briefing_app.ui.memo_labels import item_label
from briefing_app.ui.memo_tree import ITEM, SECTION, MemoTree
from briefing_app.ui.session import ProjectSession

__all__ = ["ITEM", "SECTION", "MemoPanel"]
DEFAULT_TEMPLATE = "info-memo"


class MemoPanel(QWidget):
    error = Signal(object)
    export_requested = Signal(int)  # memo id
    memo_loaded = Signal(object)  # the MemoRecord as it now stands (or None): after every reload

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: ProjectSession | None = None
        self.memo: MemoRecord | None = None
        self.quote: QuoteRecord | None = None  # the quote selected in the quotes panel
        self.memo_combo = QComboBox(self)
        self.memo_combo.setAccessibleName("Memo")
        self.draft_button = QPushButton("&Draft memo", self)
        self.draft_button.setAccessibleName("Draft a memo from the sources")
        self.tree = MemoTree(self)
        self.tree.drop_handler = self.drop
        self.add_button = self._button("Add &quote", "Add the selected quote to the selected section")
        self.remove_button = self._button("Re&move", "Remove the selected item from the memo")
        self.up_button = self._button("Move &up", "Move the selected item up")
        self.down_button = self._button("Move do&wn", "Move the selected item down")
        self.text_button = self._button("Add &text…", "Write your own paragraph after the selected item")
        self.edit_button = self._button("Ed&it text…", "Edit the selected paragraph of your own (or double-click it)")
        self.export_button = self._button("&Export…", "Export the memo to PDF or Word (Ctrl+E)")
        self.top = QHBoxLayout()
        self.top.addWidget(self.memo_combo, 1)
        self.top.addWidget(self.draft_button)
        grid = QGridLayout()
        for n, b in enumerate((self.add_button, self.remove_button, self.text_button, self.edit_button,
                               self.up_button, self.down_button)):
            grid.addWidget(b, n // 2, n % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addLayout(self.top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(grid)
        layout.addWidget(self.export_button)
        self.memo_combo.currentIndexChanged.connect(lambda _: self._load_memo())
        self.draft_button.clicked.connect(self.draft_memo)
        self.add_button.clicked.connect(self.add_selected_quote)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.text_button.clicked.connect(lambda: self.add_text())
        self.edit_button.clicked.connect(lambda: self.edit_text())
        self.tree.itemDoubleClicked.connect(lambda *_: self._selected_text_item() and self.edit_text())
        self.export_button.clicked.connect(lambda: self.memo and self.export_requested.emit(self.memo.id))
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.actions_ = memo_actions.build_actions(self.tree)
        a = self.actions_
        self._twins = ((a.remove, self.remove_button), (a.up, self.up_button), (a.down, self.down_button),
                       (a.add_text, self.text_button), (a.edit_text, self.edit_button))
        for action, button in self._twins:  # shortcuts and context menu do what the buttons do
            action.triggered.connect(button.click)
            button.setToolTip(action.toolTip())
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(
            lambda pos: memo_actions.show_menu(self.tree, self.actions_, pos))
        self._update_buttons()

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        return button

    # -- session and refresh -----------------------------------------------------------

    def set_session(self, session: ProjectSession | None) -> None:
        self.session = session
        if session is not None:
            session.changes_applied.connect(self.on_changes)
        self._reload_memos()

    def set_quote(self, quote: QuoteRecord | None) -> None:
        self.quote = quote
        self._update_buttons()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if changes.memos:
            self._reload_memos(keep=self.memo.id if self.memo else None)
        elif changes.quotes or changes.actors or changes.options or changes.sources:
            self._load_memo()  # item labels show quote text, speakers and citations

    def _reload_memos(self, keep: int | None = None) -> None:
        memos = self.session.project.list_memos() if self.session else []
        self.memo_combo.blockSignals(True)
        self.memo_combo.clear()
        for memo_id, template, title in memos:
            self.memo_combo.addItem(f"{title or 'Untitled memo'} ({template})", memo_id)
        index = self.memo_combo.findData(keep) if keep is not None else -1
        self.memo_combo.setCurrentIndex(index if index >= 0 else self.memo_combo.count() - 1)
        self.memo_combo.blockSignals(False)
        self._load_memo()

    def _load_memo(self) -> None:
        selected = self._selected()
        memo_id = self.memo_combo.currentData()
        self.memo = self.session.project.get_memo(memo_id) if self.session and memo_id is not None else None
        project = self.session.project if self.session else None
        self.tree.fill(self.memo, lambda item: item_label(project, item))
        if selected is not None:
            self.tree.select(*selected)
        self._update_buttons()
        self.memo_loaded.emit(self.memo)

    # -- selection -------------------------------------------------------------------

    def _selected(self) -> tuple[int, int] | None:
        return self.tree.selected()

    def _select(self, kind: int, row_id: int) -> bool:
        return self.tree.select(kind, row_id)

    def _items(self) -> list[MemoItemRecord]:
        return [i for s in self.memo.sections for i in s.items] if self.memo else []

    def _selected_item(self) -> MemoItemRecord | None:
        sel = self._selected()
        return next((i for i in self._items() if sel == (ITEM, i.id)), None)

    def _selected_text_item(self) -> MemoItemRecord | None:
        item = self._selected_item()
        return item if item is not None and item.kind == "text" else None

    def _update_buttons(self) -> None:
        item = self._selected_item()
        self.add_button.setEnabled(self.memo is not None and self.quote is not None)
        for b in (self.remove_button, self.up_button, self.down_button):
            b.setEnabled(item is not None)
        self.text_button.setEnabled(self.memo is not None and bool(self.memo.sections))
        self.edit_button.setEnabled(item is not None and item.kind == "text")
        self.export_button.setEnabled(self.memo is not None)
        self.draft_button.setEnabled(self.session is not None)
        for action, button in self._twins:
            action.setEnabled(button.isEnabled())

    # -- edits -----------------------------------------------------------------------

    def _run(self, make) -> bool:
        if self.session is None:
            return False
        try:
            self.session.run(make(self.session.project), initiator=self)
            return True
        except Exception as exc:  # noqa: BLE001 - shown by the window
            self.error.emit(exc)
            return False

    def _target(self) -> tuple[int, int | None]:
        """(section id, item to insert before) for a new item: after the selected item, else
        at the end of the selected section, else of the quotes (or last) section."""
        assert self.memo is not None
        sel = self._selected()
        for section in self.memo.sections:
            if sel == (SECTION, section.id):
                return section.id, None
            for n, item in enumerate(section.items):
                if sel == (ITEM, item.id):
                    after = section.items[n + 1] if n + 1 < len(section.items) else None
                    return section.id, after.id if after else None
        fallback = self.memo.section("quotes") or self.memo.sections[-1]
        return fallback.id, None

    def drop(self, refs: list[tuple[str, int]], section_id: int, before: int | None) -> bool:
        """Put quotes/actors/options (added, and accepted) or memo items (moved) into a
        section before item `before` (None: at its end): one undo step. The tree's drops end here."""
        return self._place(refs, section_id, before) is not None

    def _place(self, refs: list[tuple[str, int]], section_id: int, before: int | None) -> int | None:
        """drop(); the id of the last item placed (selected), None if nothing happened."""
        from briefing_app.ui.memo_drop import drop_command

        if self.memo is None or not self._run(lambda p: drop_command(refs, section_id, before)):
            return None
        items = next(s.items for s in self.session.project.get_memo(self.memo.id).sections if s.id == section_id)
        end = next((n for n, i in enumerate(items) if i.id == before), len(items))
        placed = items[end - 1].id if end > 0 else None  # the last one placed sits just before `before`
        if placed is not None:
            self._select(ITEM, placed)
        return placed

    def add_selected_quote(self) -> None:
        if self.quote is not None:
            self.add_ref("quote", self.quote.id)

    def add_ref(self, kind: str, ref_id: int | None, body: str = "") -> int | None:
        """Add a quote, actor, option (or, kind "text", a paragraph) after the selection; the
        new item's id, selected."""
        from briefing_app.core import actions

        if self.memo is None or not self.memo.sections:
            return None
        section_id, before = self._target()
        if kind != "text":
            return self._place([(kind, ref_id)], section_id, before)
        position = next((i.position for i in self._items() if i.id == before), None)
        if not self._run(lambda p: actions.add_memo_item(p, section_id, kind, None, body=body, position=position)):
            return None
        items = next(s.items for s in self.session.project.get_memo(self.memo.id).sections if s.id == section_id)
        new = items[position if position is not None else -1]
        self._select(ITEM, new.id)
        return new.id

    def add_text(self, text: str | None = None) -> int | None:
        """Text of your own (`memo_markdown`: a paragraph a line, **bold**, *italic*, "- "
        bullets), written in the rich-text editor unless given."""
        from briefing_app.ui import memo_text

        if self.memo is None or not self.memo.sections:
            return None
        if text is None:
            text = memo_text.ask_markdown(self, "Add text")
        if not text or not text.strip():
            return None
        return self.add_ref("text", None, text.strip())

    def edit_text(self, text: str | None = None) -> bool:
        from briefing_app.core import actions
        from briefing_app.ui import memo_text

        item = self._selected_text_item()
        if item is None:
            return False
        if text is None:
            text = memo_text.ask_markdown(self, "Edit text", item.body)
        if text is None or text == item.body:
            return False
        item_id = item.id
        if self._run(lambda p: actions.set_item_body(item_id, text)):
            self._select(ITEM, item_id)
            return True
        return False

    def remove_selected(self) -> None:
        from briefing_app.core import actions

        item = self._selected_item()
        if item is not None:
            self._run(lambda p: actions.remove_memo_item(p, item.id))

    def move_selected(self, delta: int) -> None:
        """One step up or down; past a section's edge into the next section."""
        item = self._selected_item()
        if item is None or self.memo is None:
            return
        sections = [s.id for s in self.memo.sections]
        section = self.memo.sections[sections.index(item.section_id)]
        at = [i.id for i in section.items].index(item.id)
        if delta < 0 and at > 0:
            target = (section.id, section.items[at - 1].id)
        elif delta > 0 and at + 2 < len(section.items):
            target = (section.id, section.items[at + 2].id)
        elif delta > 0 and at + 1 < len(section.items):
            target = (section.id, None)
        elif delta < 0 and section.id != sections[0]:
            target = (sections[sections.index(section.id) - 1], None)
        elif delta > 0 and section.id != sections[-1]:
            nxt = self.memo.sections[sections.index(section.id) + 1]
            target = (nxt.id, nxt.items[0].id if nxt.items else None)
        else:
            return
        self.drop([("item", item.id)], *target)

    def draft_memo(self) -> None:
        if self.session is None:
            return
        from briefing_app.workflow.drafting import draft_memo

        try:
            memo_id = draft_memo(self.session.project, self.session.history, DEFAULT_TEMPLATE)
        except Exception as exc:  # noqa: BLE001 - templates may be missing; shown by the window
            self.error.emit(exc)
            return
        self._reload_memos(keep=memo_id)

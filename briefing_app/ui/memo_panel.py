"""Memo editor: the memo's template sections and their items; add, remove, reorder.

Every edit is a core action (add_memo_item / remove_memo_item / move_memo_item) run through
the session, so it is one undo step and every view hears about it. `core.actions` is
imported on first edit (it pulls rapidfuzz), to keep startup lean.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.changes import Changes
from briefing_app.core.errors import BriefingError
from briefing_app.core.records import MemoItemRecord, MemoRecord, QuoteRecord
from briefing_app.ui.session import ProjectSession
from briefing_app.ui.wrap_delegate import WrapDelegate

SECTION, ITEM = 1, 2
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
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName("Memo sections")
        self.tree.setWordWrap(True)  # long quotes wrap instead of being cut
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setIndentation(14)
        self.tree.setItemDelegate(WrapDelegate(self.tree))
        self.add_button = self._button("Add &quote", "Add the selected quote to the selected section")
        self.remove_button = self._button("Re&move", "Remove the selected item from the memo")
        self.up_button = self._button("Move &up", "Move the selected item up")
        self.down_button = self._button("Move do&wn", "Move the selected item down")
        self.text_button = self._button("Add &text…", "Write your own paragraph after the selected item")
        self.edit_button = self._button("Ed&it text…", "Edit the selected paragraph of your own (or double-click it)")
        self.export_button = self._button("&Export…", "Export the memo to PDF or Word (Ctrl+E)")
        top = QHBoxLayout()
        top.addWidget(self.memo_combo, 1)
        top.addWidget(self.draft_button)
        grid = QGridLayout()
        for n, b in enumerate((self.add_button, self.remove_button, self.text_button, self.edit_button,
                               self.up_button, self.down_button)):
            grid.addWidget(b, n // 2, n % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addLayout(top)
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
        elif changes.quotes or changes.actors or changes.options:
            self._load_memo()  # item labels show quote text and speakers

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
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for section in self.memo.sections if self.memo else []:
            top = QTreeWidgetItem([section.heading or section.key])
            top.setData(0, Qt.ItemDataRole.UserRole, (SECTION, section.id))
            top.setFont(0, bold)
            self.tree.addTopLevelItem(top)
            for item in section.items:
                child = QTreeWidgetItem([self._label(item)])
                child.setData(0, Qt.ItemDataRole.UserRole, (ITEM, item.id))
                child.setToolTip(0, self._label(item, full=True))
                top.addChild(child)
            top.setExpanded(True)
        if selected is not None:
            self._select(*selected)
        self._update_buttons()
        self.memo_loaded.emit(self.memo)

    def _label(self, item: MemoItemRecord, full: bool = False) -> str:
        project = self.session.project if self.session else None
        try:
            if item.kind == "quote" and project:
                q = project.get_quote(item.ref_id)
                text = q.text if full or len(q.text) < 160 else q.text[:157].rstrip() + "…"
                return f"“{text}” — {q.speaker or 'unknown'}"
            if item.kind == "actor" and project:
                a = project.get_actor(item.ref_id)
                return f"Actor: {a.name}" + (f", {a.title}" if a.title else "")
            if item.kind == "option" and project:
                return f"Option: {project.get_option(item.ref_id).summary}"
        except BriefingError:
            return f"(missing {item.kind})"
        body = item.body.replace("\n", " ")
        return body if full or len(body) < 200 else body[:197].rstrip() + "…"

    # -- selection -------------------------------------------------------------------

    def _selected(self) -> tuple[int, int] | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def _select(self, kind: int, row_id: int) -> None:
        for n in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(n)
            for item in [top] + [top.child(i) for i in range(top.childCount())]:
                if item.data(0, Qt.ItemDataRole.UserRole) == (kind, row_id):
                    self.tree.setCurrentItem(item)
                    return

    def _update_buttons(self) -> None:
        sel = self._selected()
        self.add_button.setEnabled(self.memo is not None and self.quote is not None)
        for b in (self.remove_button, self.up_button, self.down_button):
            b.setEnabled(sel is not None and sel[0] == ITEM)
        self.text_button.setEnabled(self.memo is not None and bool(self.memo.sections))
        self.edit_button.setEnabled(self._selected_text_item() is not None)
        self.export_button.setEnabled(self.memo is not None)
        self.draft_button.setEnabled(self.session is not None)

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
        """(section id, position) for a new item: after the selected item, else end of section."""
        assert self.memo is not None
        sel = self._selected()
        for section in self.memo.sections:
            if sel == (SECTION, section.id):
                return section.id, None
            for item in section.items:
                if sel == (ITEM, item.id):
                    return section.id, item.position + 1
        fallback = self.memo.section("quotes") or self.memo.sections[-1]
        return fallback.id, None

    def add_selected_quote(self) -> None:
        if self.quote is not None:
            self.add_ref("quote", self.quote.id)

    def add_ref(self, kind: str, ref_id: int | None, body: str = "") -> int | None:
        """Add a quote, actor, option (or, kind "text", a paragraph) after the selection; the
        new item's id, selected."""
        from briefing_app.core import actions

        if self.memo is None or not self.memo.sections:
            return None
        section_id, position = self._target()
        if not self._run(lambda p: actions.add_memo_item(p, section_id, kind, ref_id, body=body, position=position)):
            return None
        memo = self.session.project.get_memo(self.memo.id)
        added = [i for s in memo.sections if s.id == section_id for i in s.items
                 if i.kind == kind and i.ref_id == ref_id and i.body == body]
        if not added:
            return None
        new_id = max(added, key=lambda i: i.id).id
        self._select(ITEM, new_id)
        return new_id

    def _selected_text_item(self) -> MemoItemRecord | None:
        sel = self._selected()
        if self.memo is None or not sel or sel[0] != ITEM:
            return None
        return next((i for s in self.memo.sections for i in s.items if i.id == sel[1] and i.kind == "text"), None)

    def add_text(self, text: str | None = None) -> int | None:
        """A paragraph of your own (blank lines separate paragraphs; **bold**, *italic* and
        "- " lists as the export understands them)."""
        from briefing_app.ui import dialogs

        if self.memo is None or not self.memo.sections:
            return None
        if text is None:
            text = dialogs.ask_text(self, "Add text", "Your text (blank line = new paragraph):")
        if not text or not text.strip():
            return None
        return self.add_ref("text", None, text.strip())

    def edit_text(self, text: str | None = None) -> bool:
        from briefing_app.core import actions
        from briefing_app.ui import dialogs

        item = self._selected_text_item()
        if item is None:
            return False
        if text is None:
            text = dialogs.ask_text(self, "Edit text", "Your text:", item.body)
        if text is None or text == item.body:
            return False
        item_id = item.id
        if self._run(lambda p: actions.set_item_body(item_id, text)):
            self._select(ITEM, item_id)
            return True
        return False

    def remove_selected(self) -> None:
        from briefing_app.core import actions

        sel = self._selected()
        if sel and sel[0] == ITEM:
            self._run(lambda p: actions.remove_memo_item(p, sel[1]))

    def move_selected(self, delta: int) -> None:
        from briefing_app.core import actions

        sel = self._selected()
        if not sel or sel[0] != ITEM or self.memo is None:
            return
        sections = self.memo.sections
        for n, section in enumerate(sections):
            for item in section.items:
                if item.id != sel[1]:
                    continue
                target, position = section.id, item.position + delta
                if position < 0 and n > 0:
                    target, position = sections[n - 1].id, len(sections[n - 1].items)
                elif position >= len(section.items) and n + 1 < len(sections):
                    target, position = sections[n + 1].id, 0
                elif not 0 <= position < len(section.items):
                    return
                if self._run(lambda p: actions.move_memo_item(p, item.id, target, position)):
                    self._select(ITEM, item.id)
                return

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

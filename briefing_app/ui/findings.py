"""The verbatim check's findings: every quote that stopped an export, and how to fix it.

Each finding shows the quote, its source and why it failed, with "Go to quote" (selects the
memo item and shows the quote in the reader) and "Mark as paraphrase" (a core command through
the session, so it is one undo step). "Export again" re-runs the same export. The dialog is
not modal: the user corrects quotes in the main window while it stays open.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.commands import Command
from briefing_app.core.records import MemoRecord
from briefing_app.ui import dialogs


@dataclass(frozen=True)
class Finding:
    quote_id: int
    text: str
    source: str
    reason: str
    item_ids: tuple[int, ...]  # the memo items that print this quote


def findings_for(mismatches: list, memo: MemoRecord) -> list[Finding]:
    """One finding per mismatch, with the memo items printing that quote (the one the
    mismatch names first: "Go to quote" shows it; "Mark as paraphrase" marks them all)."""
    out = []
    for m in mismatches:
        items = [i.id for s in memo.sections for i in s.items
                 if i.kind == "quote" and i.ref_id == m.quote_id and not i.paraphrase]
        named = getattr(m, "item_id", None)
        if named is not None:
            items = [named] + [i for i in items if i != named]
        out.append(Finding(m.quote_id, m.text, m.source, m.reason, tuple(items)))
    return out


def summary(count: int) -> str:
    if not count:
        return ("Every quote now matches its source or prints as a paraphrase. "
                "Export again to write the file.")
    quotes = "One quote does not match its source" if count == 1 else f"{count} quotes do not match their sources"
    return (f"The memo was not exported. {quotes} word for word. Correct the quote, or mark it as a "
            "paraphrase (printed without quotation marks), then export again.")


def resolution(memo: MemoRecord, quote_id: int) -> str:
    """How a finding was resolved since the export, in a few words."""
    items = [i for s in memo.sections for i in s.items if i.kind == "quote" and i.ref_id == quote_id]
    if not items:
        return "Resolved: no longer in the memo"
    if all(i.paraphrase for i in items):
        return "Resolved: marked as paraphrase"
    return "Resolved: passes the check now"


class FindingRow(QFrame):
    def __init__(self, number: int, finding: Finding, parent: QWidget):
        super().__init__(parent)
        self.finding = finding
        self.setFrameShape(QFrame.Shape.StyledPanel)
        text = finding.text if len(finding.text) <= 400 else finding.text[:397].rstrip() + "…"
        self.quote = QLabel(f"{number}. “{text}”", self)
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where = QLabel(f"Source: {finding.source} — {finding.reason}", self)
        self.where.setWordWrap(True)
        self.where.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.go_button = QPushButton("Go to quote", self)
        self.go_button.setAccessibleName(f"Go to quote {number}")
        self.go_button.setToolTip("Select it in the memo and show it in its source")
        self.paraphrase_button = QPushButton("Mark as paraphrase", self)
        self.paraphrase_button.setAccessibleName(f"Mark quote {number} as paraphrase")
        self.paraphrase_button.setToolTip("Print it without quotation marks; it is then not checked word for word")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.go_button)
        buttons.addWidget(self.paraphrase_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote)
        layout.addWidget(self.where)
        layout.addLayout(buttons)
        self.set_open(finding)

    def set_open(self, finding: Finding | None, resolved: str = "Resolved") -> None:
        """Still failing (with its current memo items), or None: resolved since the export."""
        self.finding = finding or self.finding
        self.where.setText(f"Source: {self.finding.source} — {self.finding.reason}" if finding else resolved)
        self.paraphrase_button.setText("Mark as paraphrase" if finding else "Resolved")
        self.paraphrase_button.setEnabled(finding is not None and bool(finding.item_ids))


class FindingsDialog(QDialog):
    go_to = Signal(int, object)  # quote id, memo item id (or None)
    paraphrase = Signal(int, object)  # quote id, tuple of memo item ids
    export_again = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Quotes to check before export")
        self.setAccessibleName("Verbatim check findings")
        self.setModal(False)
        self.rows: list[FindingRow] = []
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.list = QWidget(self)
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.list)
        scroll.setAccessibleName("Quotes that do not match their sources")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.again_button = buttons.addButton("Export &again", QDialogButtonBox.ButtonRole.ActionRole)
        self.again_button.setToolTip("Check the quotes again and export to the same file")
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(620, 440)
        dialogs.name_buttons(self)
        buttons.rejected.connect(self.close)
        self.again_button.clicked.connect(self.export_again.emit)

    def show_findings(self, findings: list[Finding]) -> None:
        """A fresh list (after an export attempt), shown and raised."""
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        while self.list_layout.count():
            self.list_layout.takeAt(0)
        self.list_layout.addStretch(1)
        self.update_findings(findings)
        self.show()
        self.raise_()
        self.activateWindow()

    def update_findings(self, findings: list[Finding], memo: MemoRecord | None = None) -> None:
        """The check run again after an edit (on `memo`): rows resolved meanwhile say how, new
        ones are added."""
        current = {f.quote_id: f for f in findings}
        for row in self.rows:
            quote_id = row.finding.quote_id
            row.set_open(current.pop(quote_id, None), resolution(memo, quote_id) if memo else "Resolved")
        for finding in current.values():
            row = FindingRow(len(self.rows) + 1, finding, self.list)
            row.go_button.clicked.connect(lambda _=False, r=row: self.go_to.emit(
                r.finding.quote_id, r.finding.item_ids[0] if r.finding.item_ids else None))
            row.paraphrase_button.clicked.connect(
                lambda _=False, r=row: self.paraphrase.emit(r.finding.quote_id, r.finding.item_ids))
            self.list_layout.insertWidget(len(self.rows), row)
            self.rows.append(row)
        self.message.setText(summary(len(findings)))


def go_to_quote(window, quote_id: int, item_id: int | None) -> None:
    """Select the memo item and the quote in the quotes panel, which shows it in the reader."""
    memo = window.memo
    if item_id is None or not memo.select_item(item_id):
        memo.focus_item_for_quote(quote_id)
    quote = window.session.project.get_quote(quote_id)
    window.library.select_source(quote.source_id)
    quotes = window.quotes
    if quotes.model.row_of(quote_id) < 0:
        quotes.all_sources.setChecked(True)  # e.g. the library is filtered by a search
    window.tabs.setCurrentWidget(quotes)
    quotes.select_quote(quote_id)
    window.workspace.on_quote_selected(quotes.current_quote() or quote)
    window.raise_()
    window.activateWindow()


def paraphrase_command(item_ids: tuple[int, ...]) -> Command:
    """One undo step marking every given memo item as paraphrase."""
    from briefing_app.core import actions
    from briefing_app.core.commands import Macro

    commands: list[Command] = [actions.set_item_options(item_id, paraphrase=True) for item_id in item_ids]
    return commands[0] if len(commands) == 1 else Macro("Mark as paraphrase", commands)

"""The memo editor's top bar: which memo, Draft memo, the memo's citation style and its review
status (draft, in review, approved: who approved it shows beside it)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QToolButton, QVBoxLayout, QWidget

from briefing_app.core.records import MemoRecord
from briefing_app.ui.elided_combo import ElidedCombo

# The export's styles (export.citations.STYLES), named here so startup does not import export.
CITATION_STYLES = (("chicago", "Chicago"), ("apa", "APA"), ("house", "House"))
REVIEW_STATUSES = (("draft", "Draft"), ("in review", "In review"), ("approved", "Approved"))  # core MEMO_STATUSES


class DraftButton(QToolButton):
    """Draft memo, whose arrow lists the templates: Alt+Down or F4 opens the list from the
    keyboard, as on a combo box (only a click on the arrow did: no template but the last one
    could be chosen without a mouse)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if (alt_down or event.key() == Qt.Key.Key_F4) and self.menu() is not None:
            self.showMenu()
            return
        super().keyPressEvent(event)


class MemoHeader(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.memo_combo = ElidedCombo(self)
        self.memo_combo.setAccessibleName("Memo")
        # a memo's title is long (every source's title): elide it here (with "…"), never widen the window
        self.memo_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.memo_combo.setMinimumContentsLength(12)
        # a click drafts with the template last used (the information memo at first); the arrow
        # lists every template (memo_panel fills it when it opens)
        self.draft_button = DraftButton(self)
        self.draft_button.setText("&Draft memo")
        self.draft_button.setAccessibleName("Draft a memo from the sources")
        self.draft_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.template_menu = QMenu("Draft with template", self.draft_button)
        self.draft_button.setMenu(self.template_menu)
        self.style_combo = QComboBox(self)
        self.style_combo.setAccessibleName("Citation style")
        self.style_combo.setToolTip("How the memo's sources are cited in the export")
        for key, name in CITATION_STYLES:
            self.style_combo.addItem(name, key)
        label = QLabel("Cite st&yle:", self)
        label.setBuddy(self.style_combo)
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName("Review status")
        self.status_combo.setToolTip("Draft, in review or approved; the export prints it once the memo leaves draft")
        for key, name in REVIEW_STATUSES:
            self.status_combo.addItem(name, key)
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        top, styles = QHBoxLayout(), QHBoxLayout()
        top.addWidget(self.memo_combo, 1)
        top.addWidget(self.draft_button)
        styles.addWidget(label)
        styles.addWidget(self.style_combo)
        styles.addWidget(self.status_combo)
        styles.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(styles)

    def show_memo(self, memo: MemoRecord | None) -> None:
        """Show the memo's style without emitting a change."""
        self.style_combo.blockSignals(True)
        index = self.style_combo.findData(memo.citation_style if memo else "chicago")
        self.style_combo.setCurrentIndex(max(index, 0))
        self.style_combo.blockSignals(False)
        self.style_combo.setEnabled(memo is not None)
        self.status_combo.blockSignals(True)
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(memo.status if memo else "draft"), 0))
        self.status_combo.blockSignals(False)
        self.status_combo.setEnabled(memo is not None)
        who = memo.approved_by if memo is not None and memo.status == "approved" else None
        approved = self.status_combo.findData("approved")
        self.status_combo.setItemText(approved, f"Approved by {who}" if who else "Approved")
        self.status_combo.setItemData(approved, f"Approved at {memo.approved_at}" if who and memo and memo.approved_at
                                      else None, Qt.ItemDataRole.ToolTipRole)
        self.status_combo.updateGeometry()  # the approver's name widens it

    def citation_style(self) -> str:
        return str(self.style_combo.currentData())

    def status(self) -> str:
        return str(self.status_combo.currentData())

"""The memo editor's top bar: which memo, Draft memo, and the memo's citation style."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from briefing_app.core.records import MemoRecord

# The export's styles (export.citations.STYLES), named here so startup does not import export.
CITATION_STYLES = (("chicago", "Chicago"), ("apa", "APA"), ("house", "House"))


class MemoHeader(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.memo_combo = QComboBox(self)
        self.memo_combo.setAccessibleName("Memo")
        self.draft_button = QPushButton("&Draft memo", self)
        self.draft_button.setAccessibleName("Draft a memo from the sources")
        self.style_combo = QComboBox(self)
        self.style_combo.setAccessibleName("Citation style")
        self.style_combo.setToolTip("How the memo's sources are cited in the export")
        for key, name in CITATION_STYLES:
            self.style_combo.addItem(name, key)
        label = QLabel("Cite st&yle:", self)
        label.setBuddy(self.style_combo)
        top, styles = QHBoxLayout(), QHBoxLayout()
        top.addWidget(self.memo_combo, 1)
        top.addWidget(self.draft_button)
        styles.addWidget(label)
        styles.addWidget(self.style_combo)
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

    def citation_style(self) -> str:
        return str(self.style_combo.currentData())

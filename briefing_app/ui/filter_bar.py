"""A row of filters above a list: a text box and a few "All …" combos; `changed` when any moves.

The quotes, actors and library panels each use one; the panel reads `text()` and `value(key)`.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QStyle, QStyleOptionComboBox, QWidget


class FilterCombo(QComboBox):
    """A filter's combo: as wide as its longest choice when there is room (at most MAX_WIDTH),
    as narrow as four characters when there is not. (Sized by four characters only, the box
    took the room and "Any status", "All speakers" were clipped even in a wide window.)"""

    MAX_WIDTH = 180

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        widest = max((self.fontMetrics().horizontalAdvance(self.itemText(n)) for n in range(self.count())), default=0)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        full = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, QSize(widest, hint.height()), self)
        return QSize(max(hint.width(), min(full.width(), self.MAX_WIDTH)), hint.height())


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, placeholder: str | None, combos: list[tuple[str, str]], parent: QWidget | None = None):
        """placeholder: the text box's (None: no text box); combos: (key, "All …" label) pairs, in order."""
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder or "")
        self.edit.setAccessibleName(placeholder or "")
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("Filter ab") + 24)  # the combos give way first
        self.edit.setVisible(placeholder is not None)
        self.combos: dict[str, QComboBox] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        if placeholder is not None:
            layout.addWidget(self.edit, 2)
        for key, all_label in combos:
            combo = FilterCombo(self)
            combo.setAccessibleName(f"Filter by {key}")
            combo.setToolTip(f"Show only one {key}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(4)  # narrow enough for four panels in a 1024 px window
            combo.addItem(all_label, None)
            combo.currentIndexChanged.connect(lambda _: self.changed.emit())
            self.combos[key] = combo
            layout.addWidget(combo)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.changed)
        self.edit.textChanged.connect(self._timer.start)

    def text(self) -> str:
        return self.edit.text().strip().casefold()

    def value(self, key: str):
        return self.combos[key].currentData()

    def set_choices(self, key: str, choices: Sequence[tuple[str, object]]) -> None:
        """Replace a combo's items (after its "All …" one), keeping the current value if still there."""
        combo = self.combos[key]
        keep = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for label, value in choices:
            combo.addItem(label, value)
        row = combo.findData(keep) if keep is not None else 0
        combo.setCurrentIndex(max(row, 0))
        combo.blockSignals(False)
        if keep is not None and row < 0:
            self.changed.emit()

    def matches(self, *texts: str | None) -> bool:
        needle = self.text()
        return not needle or any(needle in (t or "").casefold() for t in texts)

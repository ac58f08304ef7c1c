"""A row of filters above a list: a text box and a few "All …" combos; `changed` when any moves.

The quotes, actors and library panels each use one; the panel reads `text()` and `value(key)`.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QStyle, QStyleOptionComboBox, QWidget

from briefing_app.ui.elided_combo import ElidedCombo


class FilterCombo(ElidedCombo):
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

    def text_width(self, text: str, cap: int) -> int:
        """The combo's width showing `text` whole, at most `cap`."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        size = QSize(self.fontMetrics().horizontalAdvance(text), self.sizeHint().height())
        return min(self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, size, self).width(), cap)


class FilterBar(QWidget):
    """With too little room for every "All …" label whole beside the text box (the quotes panel in a
    1024 px window showed "Any statu", "All speak"), the combos are compact: the unfiltered choice
    reads as the column's name ("Status"), and each combo keeps its current choice whole (a long
    speaker's name up to COMPACT_WIDTH), the text box giving way first."""

    changed = Signal()
    COMPACT_WIDTH = 100
    SPACING = 4

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
        self.all_labels: dict[str, str] = {}
        self.compact = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(self.SPACING)
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
            combo.currentIndexChanged.connect(lambda _, c=combo: self._fit(c))
            self.combos[key] = combo
            self.all_labels[key] = all_label
            layout.addWidget(combo)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.changed)
        self.edit.textChanged.connect(self._timer.start)

    def one_row_width(self) -> int:
        """The width the text box (at its least) and every combo with its "All …" label whole take."""
        spacing = self.SPACING
        return self.edit.minimumWidth() + sum(c.text_width(self.all_labels[k], FilterCombo.MAX_WIDTH) + spacing
                                              for k, c in self.combos.items() if isinstance(c, FilterCombo))

    def sizeHint(self) -> QSize:
        """As wide as the row wants with the combos not compact, so that being compact never makes
        the panels' splitter give this panel less room."""
        spacing = self.SPACING
        widgets = [self.edit] if self.edit.isVisibleTo(self) else []
        width = sum(w.sizeHint().width() + spacing for w in [*widgets, *self.combos.values()]) - spacing
        return QSize(max(width, 0), super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        compact = self.edit.isVisibleTo(self) and event.size().width() < self.one_row_width()
        if compact != self.compact:
            self.compact = compact
            for key, combo in self.combos.items():
                combo.setItemText(0, key.capitalize() if compact else self.all_labels[key])
                self._fit(combo)

    def _fit(self, combo: QComboBox) -> None:
        """A combo is as wide as its current choice (compact: up to COMPACT_WIDTH, and never narrower);
        the rest of the row is the text box's (its list opens as wide as the longest choice)."""
        if isinstance(combo, FilterCombo) and self.edit.isVisibleTo(self):
            width = combo.text_width(combo.currentText(), self.COMPACT_WIDTH if self.compact else combo.MAX_WIDTH)
            combo.setMinimumWidth(width if self.compact else 0)
            combo.setMaximumWidth(width)

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

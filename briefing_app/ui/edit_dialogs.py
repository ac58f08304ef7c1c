"""One small form dialog for every edit (quote, actor, option, add actor / option, speaker).

A form is a list of `Field`s; `FormDialog.ask(parent, title, fields)` returns the values by key,
or None when cancelled (tests monkeypatch `ask`). The speaker field is a searchable combo of the
project's actors: typing filters it (any part of the name); a name not in the list means "a new
actor", whose kind is then picked beside it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.model import ACTOR_KINDS

NO_SPEAKER = "(no speaker)"


@dataclass
class Field:
    key: str
    label: str
    kind: str = "line"  # line | text | choice | speaker | label
    value: object = ""
    choices: tuple = ()  # choice: values; speaker: (actor id, name) pairs
    tip: str = ""
    extra: dict = field(default_factory=dict)


@dataclass
class NewActor:
    name: str
    kind: str = "person"


class SpeakerCombo(QWidget):
    """Editable combo of actors (filtered as you type) plus the kind for a new name."""

    def __init__(self, actors: tuple, current: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.names = {name: actor_id for actor_id, name in actors}
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItem(NO_SPEAKER, None)
        for actor_id, name in actors:
            self.combo.addItem(name, actor_id)
        completer = QCompleter(self.combo.model(), self.combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.setCompleter(completer)
        self.combo.setAccessibleName("Speaker")
        self.combo.setToolTip("Type to search the project's actors; a new name adds a new actor")
        row = self.combo.findData(current) if current is not None else 0
        self.combo.setCurrentIndex(max(row, 0))
        self.kind = QComboBox(self)
        self.kind.addItems(ACTOR_KINDS)
        self.kind.setAccessibleName("Kind of the new actor")
        self.new_label = QLabel("new actor:", self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.new_label)
        layout.addWidget(self.kind)
        self.combo.editTextChanged.connect(self._update)
        self._update()

    def _update(self, *_):
        new = isinstance(self.value(), NewActor)
        self.kind.setVisible(new)
        self.new_label.setVisible(new)

    def value(self) -> int | None | NewActor:
        text = " ".join(self.combo.currentText().split())
        if not text or text == NO_SPEAKER:
            return None
        if text in self.names:
            return self.names[text]
        return NewActor(text, self.kind.currentText())


class FormDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, fields: list[Field]):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(460)
        self.widgets: dict[str, QWidget] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for f in fields:
            w = self._widget(f)
            w.setAccessibleName(f.label.replace("&", ""))
            if f.tip:
                w.setToolTip(f.tip)
            self.widgets[f.key] = w
            form.addRow(f.label, w)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.fields = fields
        self._opened_with = self.values()  # what Cancel may drop without asking

    def reject(self) -> None:
        """Cancel, Escape or the close button drop what was typed only when the person says so
        (a memo's five header lines, typed and gone with one Escape)."""
        from briefing_app.ui import dialogs

        if self.values() != self._opened_with and not dialogs.confirm(
                self, "Discard your changes?", "Discard what you typed in this form?"):
            return
        super().reject()

    def _widget(self, f: Field) -> QWidget:
        if f.kind == "text":
            text = QPlainTextEdit(str(f.value or ""), self)
            text.setTabChangesFocus(True)
            text.setMinimumHeight(text.fontMetrics().lineSpacing() * 3 + 12)
            return text
        if f.kind == "choice":
            combo = QComboBox(self)
            combo.addItems([str(c) for c in f.choices])
            combo.setCurrentIndex(max(0, combo.findText(str(f.value))))
            return combo
        if f.kind == "speaker":
            return SpeakerCombo(f.choices, f.value if isinstance(f.value, int) else None, self)
        if f.kind == "label":
            label = QLabel(str(f.value), self)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            return label
        line = QLineEdit(str(f.value or ""), self)
        line.setCursorPosition(0)  # a long value shows its start (a memo's title read "…to replace interview with")
        return line

    def values(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for f in self.fields:
            w = self.widgets[f.key]
            if isinstance(w, QPlainTextEdit):
                out[f.key] = w.toPlainText().strip()
            elif isinstance(w, QComboBox):
                out[f.key] = w.currentText()
            elif isinstance(w, SpeakerCombo):
                out[f.key] = w.value()
            elif isinstance(w, QLineEdit):
                out[f.key] = w.text().strip()
        return out

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, fields: list[Field]) -> dict[str, object] | None:
        dialog = cls(parent, title, fields)
        try:
            return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

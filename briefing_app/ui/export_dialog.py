"""File > Export…: what to export and where — template, format, citation style, banner, file.

The dialog only collects an `ExportChoice`; export_flow runs it. The format, the folder and
what to do afterwards (open the file, show its folder, nothing) are remembered in QSettings;
the citation style and the banner start from the memo's own fields, and the template from
the memo's template. "Folder…" adds a template folder of the user's own (a built-in one copied
and edited in Word) to the list; the memo may already name such a folder by its path.
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QRadioButton, QVBoxLayout, QWidget)

from briefing_app.core.errors import ExportError
from briefing_app.core.records import MemoRecord
from briefing_app.ui import dialogs
from briefing_app.ui.export_choice import (AFTER, CITATION_STYLES, FORMATS, MARKINGS, NO_LIBREOFFICE, NO_MARKING,
                                           ExportChoice, accessible_available, remember, remembered)

__all__ = ["NO_LIBREOFFICE", "ExportChoice", "ExportDialog", "accessible_available"]


class ExportDialog(QDialog):
    def __init__(self, memo: MemoRecord, suggested: Path, templates: list | None = None,
                 accessible: bool | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Export memo")
        self.setAccessibleName("Export memo")
        template_row, template_folder = self._template_row(memo, templates)
        formats = self._format_box(accessible_available() if accessible is None else accessible)
        self._citation_and_banner(memo)
        file_row, browse = self._file_row(suggested)
        self.after = self._combo("After export", AFTER, remembered("after", "open", tuple(k for k, _ in AFTER)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton("E&xport", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form(template_row, formats, file_row))
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        dialogs.name_buttons(self)
        self._connect(browse, template_folder, buttons)

    def _template_row(self, memo: MemoRecord, templates: list | None) -> tuple[QHBoxLayout, QPushButton]:
        """The template list (the memo's own chosen; one that cannot be read says why) and Folder…."""
        if templates is None:
            from briefing_app.export.templates import list_templates

            templates = list_templates()
        self._templates: dict = {}
        self.template = QComboBox(self)
        self.template.setAccessibleName("Template")
        for t in templates:
            self._add_template(t)
        self.template_note = QLabel("", self)  # the memo's template cannot be read: why
        self.template_note.setWordWrap(True)
        self.template_note.hide()
        self._unreadable: str | None = None
        if memo.template and memo.template not in self._templates:
            self._memo_template(memo.template)  # drafted with a template folder given by path, or one broken since
        self._set_data(self.template, memo.template)
        folder = QPushButton("F&older…", self)
        folder.setAccessibleName("Use a template folder")
        folder.setToolTip("A template folder of your own, e.g. a built-in one copied and edited in Word")
        row = QHBoxLayout()
        row.addWidget(self.template, 1)
        row.addWidget(folder)
        return row, folder

    def _format_box(self, accessible: bool) -> QVBoxLayout:
        """One radio button per format, the remembered one checked; the tagged PDF only with LibreOffice."""
        self.format_buttons = {key: QRadioButton(text, self) for key, text, _ in FORMATS}
        box = QVBoxLayout()
        box.setSpacing(2)
        for button in self.format_buttons.values():
            box.addWidget(button)
        self.accessible_note = QLabel(f"Accessible PDF {NO_LIBREOFFICE}.", self)
        self.accessible_note.setWordWrap(True)
        self.accessible_note.setVisible(not accessible)
        box.addWidget(self.accessible_note)
        tagged = self.format_buttons["accessible-pdf"]
        tagged.setEnabled(accessible)
        tagged.setToolTip("Tagged PDF for screen readers, made with LibreOffice" if accessible
                          else f"Accessible PDF {NO_LIBREOFFICE}")
        fmt = remembered("format", "pdf", tuple(k for k, *_ in FORMATS))
        self.format_buttons["pdf" if fmt == "accessible-pdf" and not accessible else fmt].setChecked(True)
        return box

    def _citation_and_banner(self, memo: MemoRecord) -> None:
        """The citation style and the banner, from the memo's own (the banner else the template's)."""
        self.citation = self._combo("Citation style", CITATION_STYLES, memo.citation_style or "chicago")
        self.marking = QComboBox(self)
        self.marking.setEditable(True)
        self.marking.setAccessibleName("Banner marking")
        self.marking.setToolTip("Printed as a banner at the top and bottom of every page; type your own if needed")
        self.marking.addItems(MARKINGS)
        spec = self._templates.get(memo.template)
        self.marking.setCurrentText(memo.marking or (spec.marking if spec else "") or NO_MARKING)

    def _file_row(self, suggested: Path) -> tuple[QHBoxLayout, QPushButton]:
        """The file to write (the suggested name with the format's suffix) and Browse…."""
        self._folder = Path(suggested).parent  # where a bare file name goes
        self._name = Path(suggested).name  # the file name a folder typed alone gets
        self._confirmed = ""  # a path the file chooser already asked to replace
        self.path = QLineEdit(str(self._with_suffix(suggested)), self)
        self.path.setAccessibleName("Export to file")
        browse = QPushButton("&Browse…", self)
        browse.setAccessibleName("Choose the file to export to")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        return row, browse

    def _combo(self, name: str, items: tuple[tuple[str, str], ...], current: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        for key, text in items:
            combo.addItem(text, key)
        self._set_data(combo, current)
        return combo

    def _form(self, template_row: QHBoxLayout, formats: QVBoxLayout, file_row: QHBoxLayout) -> QFormLayout:
        """The rows with their labels, each label's mnemonic going to its field."""
        form = QFormLayout()
        form.addRow("T&emplate:", template_row)
        form.addRow("", self.template_note)
        form.addRow("Format:", formats)
        form.addRow("&Citations:", self.citation)
        form.addRow("Ba&nner:", self.marking)
        form.addRow("&File:", file_row)
        form.addRow("&After export:", self.after)
        for row, field in ((template_row, self.template), (self.citation, self.citation),
                           (self.marking, self.marking), (file_row, self.path), (self.after, self.after)):
            label = form.labelForField(row)  # the template's label had none: it printed "T&emplate:"
            if isinstance(label, QLabel):
                label.setBuddy(field)
        return form

    def _connect(self, browse: QPushButton, template_folder: QPushButton, buttons: QDialogButtonBox) -> None:
        self.template.currentIndexChanged.connect(lambda _: self.template_note.setVisible(
            self._unreadable is not None and self.template.currentData() == self._unreadable))
        browse.clicked.connect(self.browse)
        template_folder.clicked.connect(self.choose_template_folder)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for button in self.format_buttons.values():
            button.toggled.connect(self._suffix_for_format)
        self.path.textChanged.connect(lambda text: self.export_button.setEnabled(bool(text.strip())))
        self.path.editingFinished.connect(self._format_from_path)

    def _add_template(self, t) -> None:
        budget = f" — {t.page_budget} page{'s' if t.page_budget != 1 else ''}" if t.page_budget else ""
        where = f" ({t.folder})" if t.ref != t.id else ""
        self._templates[t.ref] = t
        self.template.addItem(f"{t.name}{budget}{where}", t.ref)

    def _memo_template(self, ref: str) -> None:
        """The memo's own template listed and chosen; one that cannot be read (its folder moved,
        its template.toml broken) stays chosen and the dialog says why: it chose another template
        without a word, and the memo went out in that one."""
        from briefing_app.core.errors import BriefingError
        from briefing_app.export.templates import find_template
        from briefing_app.ui.memo_labels import template_name

        try:
            spec = find_template(ref)
        except (BriefingError, OSError) as exc:
            self._unreadable = ref
            self.template.addItem(f"{template_name(ref)} — cannot be read", ref)
            self.template_note.setText(f"The memo's template cannot be read: {exc}. Fix it, or choose another template.")
            self.template_note.show()
            return
        if self.template.findData(spec.ref) < 0:
            self._add_template(spec)

    def _add_folder(self, folder: str) -> bool:
        from briefing_app.core.errors import TemplateError
        from briefing_app.export.templates import template_from_folder

        try:
            spec = template_from_folder(folder)
        except TemplateError as exc:
            dialogs.show_error(self, exc, "Template folder")
            return False
        if self.template.findData(spec.ref) < 0:
            self._add_template(spec)
        self._set_data(self.template, spec.ref)
        return True

    def choose_template_folder(self) -> None:
        folder = dialogs.ask_template_folder(self)
        if folder:
            self._add_folder(folder)

    @staticmethod
    def _set_data(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def selected_format(self) -> str:
        return next(key for key, button in self.format_buttons.items() if button.isChecked())

    def _suffix_for_format(self, checked: bool) -> None:
        """A format chosen: the file name takes its suffix."""
        if checked:
            self.path.setText(str(self._with_suffix(self.path.text())))

    def _with_suffix(self, path: str | Path) -> Path:
        suffix = next(s for key, _, s in FORMATS if key == self.selected_format())
        path = Path(str(path).strip() or "memo")
        if path.suffix.lower() in (".pdf", ".docx", ""):
            return path.with_suffix(suffix)
        return path.with_name(path.name + suffix)  # "brief.v2" is a name, not a format

    def _format_from_path(self) -> None:
        """A file name typed or chosen with .docx means Word, with .pdf a PDF."""
        suffix = Path(self.path.text().strip()).suffix.lower()
        if suffix == ".docx":
            self.format_buttons["docx"].setChecked(True)
        elif suffix == ".pdf" and self.selected_format() == "docx":
            self.format_buttons["pdf"].setChecked(True)

    def browse(self) -> None:
        chosen = dialogs.ask_export_path(self, str(self._with_suffix(self.path.text())))
        if chosen:
            self.path.setText(chosen)
            self._format_from_path()
            self.path.setText(str(self._with_suffix(chosen)))
            self._confirmed = self.path.text()

    def accept(self) -> None:
        self._format_from_path()
        path = self.choice().path
        folder = path.parent
        problem = ("does not exist" if not folder.is_dir() else
                   "cannot be written to (read-only)" if not os.access(folder, os.W_OK) else "")
        if problem:  # said here, the dialog kept: the export failed after it had closed, every choice gone
            dialogs.show_error(self, ExportError(f"the folder {folder} {problem}: choose another"), "Export memo")
            self.path.setFocus()
            return
        if path.exists() and str(path) != self._confirmed and not dialogs.confirm(
                self, "Replace file?", f"{path.name} already exists in {path.parent}. Replace it?"):
            return
        super().accept()

    def choice(self) -> ExportChoice:
        marking = self.marking.currentText().strip()
        path = Path(self.path.text().strip()).expanduser()
        if not path.is_absolute():
            path = self._folder / path
        if path.is_dir():  # a folder typed or pasted alone: the file goes in it (not beside it as "folder.pdf")
            path = path / self._name
        return ExportChoice(
            path=self._with_suffix(path), format=self.selected_format(),
            template_id=self.template.currentData(), citation_style=self.citation.currentData(),
            marking="" if marking == NO_MARKING else marking, after=self.after.currentData())

    @classmethod
    def ask(cls, parent: QWidget, memo: MemoRecord, suggested: Path) -> ExportChoice | None:
        """Show the dialog modally; the choice (remembered for next time), or None when cancelled."""
        dialog = cls(memo, suggested, parent=parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            choice = dialog.choice()
        finally:
            dialog.deleteLater()
        remember(choice)
        return choice

"""The rich-text editor for own text in a memo: Bold (Ctrl+B), Italic (Ctrl+I), bullets
(Ctrl+Shift+L), stored as the Markdown subset of `core/markdown.py`.

The dialog edits a copy; OK hands back the whole text, which the memo panel stores with one
core action (one undo step per edit, not per keystroke). While the dialog is open the text is
kept as a draft in the settings a second after each change, so a crash or kill before OK loses
nothing: the next edit of the same paragraph starts from the draft and says so. Pasted text arrives as plain text,
so nothing outside the subset (tables, headings, colours) sneaks in.
"""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence, QTextCharFormat, QTextCursor, QTextListFormat
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextEdit, QToolBar, QVBoxLayout, QWidget

from briefing_app.ui import dialogs, settings

from briefing_app.core.markdown import from_editor, to_editor


class RichTextEdit(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = QTextEdit(self)
        self.editor.setAcceptRichText(False)
        self.editor.setAccessibleName("Your text")
        self.editor.setTabChangesFocus(True)
        self.toolbar = QToolBar(self)
        self.toolbar.setAccessibleName("Text formatting")
        self.bold = self._action("&Bold", "Ctrl+B", self.toggle_bold)
        self.italic = self._action("&Italic", "Ctrl+I", self.toggle_italic)
        self.bullets = self._action("Bullet &list", "Ctrl+Shift+L", self.toggle_bullets)
        bold_font = self.bold.font()
        bold_font.setBold(True)
        self.bold.setFont(bold_font)
        italic_font = self.italic.font()
        italic_font.setItalic(True)
        self.italic.setFont(italic_font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.editor, 1)
        self.editor.currentCharFormatChanged.connect(lambda _: self._sync())
        self.editor.cursorPositionChanged.connect(self._sync)

    def _action(self, text: str, key: str, slot) -> QAction:
        action = QAction(text.replace("&", ""), self)
        action.setShortcut(QKeySequence(key))
        action.setCheckable(True)
        action.setToolTip(f"{text.replace('&', '')} ({key})")
        action.triggered.connect(lambda checked: slot(checked))
        self.toolbar.addAction(action)
        self.toolbar.widgetForAction(action).setAccessibleName(text.replace("&", ""))
        self.addAction(action)
        return action

    # -- content -------------------------------------------------------------------------

    def set_markdown(self, body: str) -> None:
        self.editor.document().setMarkdown(to_editor(body))
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)

    def markdown(self) -> str:
        return from_editor(self.editor.document().toMarkdown())

    # -- formatting ----------------------------------------------------------------------

    def _merge(self, fmt: QTextCharFormat) -> None:
        """Format the selection; with none, what is typed next (as word processors do)."""
        self.editor.mergeCurrentCharFormat(fmt)

    def toggle_bold(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
        self._merge(fmt)

    def toggle_italic(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(on)
        self._merge(fmt)

    def toggle_bullets(self, on: bool) -> None:
        cursor = self.editor.textCursor()
        current = cursor.currentList()
        if on and current is None:
            cursor.createList(QTextListFormat.Style.ListDisc)
        elif not on and current is not None:  # every selected block leaves its list
            doc = self.editor.document()
            block, last = doc.findBlock(cursor.selectionStart()), doc.findBlock(cursor.selectionEnd())
            while block.isValid():
                if block.textList() is not None:
                    block.textList().remove(block)
                    fmt = block.blockFormat()
                    fmt.setIndent(0)
                    QTextCursor(block).setBlockFormat(fmt)
                if block == last:
                    break
                block = block.next()

    def _sync(self) -> None:
        fmt = self.editor.currentCharFormat()
        self.bold.setChecked(fmt.fontWeight() >= QFont.Weight.Bold)
        self.italic.setChecked(fmt.fontItalic())
        self.bullets.setChecked(self.editor.textCursor().currentList() is not None)


class RichTextDialog(QDialog):
    DRAFT_MS = 1000

    def __init__(self, parent: QWidget | None, title: str, body: str = "", draft_key: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.draft_key = draft_key
        self.edit = RichTextEdit(self)
        recovered = settings.draft(draft_key) if draft_key else None
        self.recovered = recovered is not None and recovered.strip() != body.strip()
        self.edit.set_markdown(recovered if recovered is not None and self.recovered else body)
        self._opened_with = self.edit.markdown()  # what Cancel may drop without asking
        self.notice = QLabel("Recovered the text you were writing when the app last closed. "
                             "OK keeps it; Cancel goes back to the saved text.", self)
        self.notice.setWordWrap(True)
        self.notice.setVisible(self.recovered)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.edit, 1)
        layout.addWidget(buttons)
        self.resize(520, 320)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(self.DRAFT_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        if draft_key:
            self.edit.editor.textChanged.connect(self._draft_timer.start)
        self.edit.editor.setFocus()

    def save_draft(self) -> None:
        if self.draft_key:
            settings.save_draft(self.draft_key, self.edit.markdown())

    def reject(self) -> None:
        """Cancel, Escape or the window's close button: text written since the dialog opened is
        dropped only when the person says so (one Escape lost a paragraph without a word)."""
        if self.edit.markdown().strip() != self._opened_with.strip() and not dialogs.confirm(
                self, "Discard your text?", "Discard what you wrote here? It is not in the memo yet."):
            return
        super().reject()

    def done(self, result: int) -> None:  # OK or Cancel: the draft has served its purpose
        self._draft_timer.stop()
        if self.draft_key:
            settings.drop_draft(self.draft_key)
        super().done(result)


def ask_markdown(parent: QWidget | None, title: str, body: str = "", draft_key: str | None = None) -> str | None:
    """The edited text in the stored form, or None if cancelled (tests monkeypatch this)."""
    dialog = RichTextDialog(parent, title, body, draft_key)
    try:
        return dialog.edit.markdown() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()

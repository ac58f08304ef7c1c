"""The reader: one source's text, boilerplate hidden (or greyed), quotes highlighted by kind,
actors' mentions underlined.

Hovering a highlighted quote shows its kind and speaker; clicking one emits
`quote_clicked(quote_id)` so the quotes panel can select it. A selection can be added as a
quote, an actor or an option (buttons and context menu); the context menu on a quote changes
its speaker or edits it. Colours come from `theme` and follow light / dark.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (QFont, QHelpEvent, QPalette, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument,
                           QTextFormat)
from PySide6.QtWidgets import QCheckBox, QLabel, QTextBrowser, QToolButton, QToolTip, QVBoxLayout, QWidget

from briefing_app.core.records import ActorRecord, QuoteRecord, SourceRecord
from briefing_app.ui import theme
from briefing_app.ui.flow_layout import FlowLayout
from briefing_app.ui.focus import tab_order
from briefing_app.ui.reader_picks import ReaderPicks
from briefing_app.ui.visible_text import VisibleText

QUOTE_ID = QTextFormat.Property.UserProperty + 1
ACTOR_ID = QTextFormat.Property.UserProperty + 2
KIND_LABELS = {"direct": "Direct quote", "indirect": "Indirect quote", "scare": "Scare quote", "title": "Title quote"}


class SourceText(QTextBrowser):
    quote_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAccessibleName("Source text")
        # Always a scrollbar (a stable gutter): the text is laid out once at its final width,
        # not first full width and then again narrower when the bar appears (~1.5 ms for a
        # sample article at startup; and no reflow when a source outgrows the view)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.body_font = QFont(self.font())
        self.body_font.setPointSizeF(max(self.body_font.pointSizeF(), 10.5) + 0.5)
        self._own: QTextDocument | None = None  # the shown document, if new_document made it

    def new_document(self, text: str) -> QTextDocument:
        """A fresh document for `text`, to be formatted and then shown with `show_document`.

        (Reusing the widget's document via setPlainText carries the cursor's last char
        format — e.g. a selected quote's highlight — over the new text.)
        """
        doc = QTextDocument(self)
        doc.setUndoRedoEnabled(False)  # read-only text: no undo stack to record every format on
        doc.setDocumentMargin(14)
        doc.setDefaultFont(self.body_font)
        doc.setPlainText(text)
        spacing = QTextBlockFormat()
        spacing.setBottomMargin(5)  # articles with one newline per paragraph still read as paragraphs
        cursor = QTextCursor(doc)
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(spacing)
        return doc

    def show_document(self, doc: QTextDocument) -> None:
        # Only documents made by new_document are ours to free (the widget's own first one
        # is Qt's). Remembered here rather than asked of Qt: `document().parent()` on Qt's
        # own document wraps a private Qt class, and PySide6 then resolves every lazily
        # loaded QObject class to type it — about 15 ms of the first paint.
        old, self._own = self._own, doc
        self.setDocument(doc)
        if old is not None and old is not doc:
            old.deleteLater()

    def quote_at(self, pos) -> int | None:
        fmt = self.cursorForPosition(pos).charFormat()
        value = fmt.property(QUOTE_ID)
        return int(value) if value else None

    def actor_at(self, pos) -> int | None:
        value = self.cursorForPosition(pos).charFormat().property(ACTOR_ID)
        return int(value) if value else None

    def viewportEvent(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            tip = self.cursorForPosition(event.pos()).charFormat().toolTip()
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            quote_id = self.quote_at(event.position().toPoint())
            if quote_id:
                self.quote_clicked.emit(quote_id)


ADD_KEYS = {"quote": "Ctrl+Alt+Q", "actor": "Ctrl+Alt+A", "option": "Ctrl+Alt+O"}  # + Quote, + Actor, + Option


class ReaderPanel(ReaderPicks):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = None
        self.title = QLabel("No source selected", self)
        self.title.setAccessibleName("Source title")
        self.title.setWordWrap(True)
        bold = QFont(self.title.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() + 1.5)
        self.title.setFont(bold)
        self.details = QLabel("", self)
        self.details.setAccessibleName("Source details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setToolTip("Click the genre to correct it (or the source's other details)")
        self.details.linkActivated.connect(lambda _: self.edit_source())
        self.show_hidden = QCheckBox("Show hidden text", self)
        self.show_hidden.setAccessibleName("Show hidden boilerplate")
        self.show_hidden.setToolTip("Show boilerplate (promos, share buttons…) greyed instead of hiding it")
        self.text = SourceText(self)
        self.text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.text.customContextMenuRequested.connect(self._context_menu)
        self.add_buttons = {kind: self._tool_button(kind) for kind in ("quote", "actor", "option")}
        top = FlowLayout()  # the check box goes below the buttons in a narrow window
        for button in self.add_buttons.values():
            top.addWidget(button)
        top.addWidget(self.show_hidden)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        self.source: SourceRecord | None = None
        self.quotes: list[QuoteRecord] = []
        self.mentions: list[tuple[int, int, ActorRecord]] = []
        self.visible = VisibleText("")
        self._dirty = False
        self.show_hidden.toggled.connect(self._render)
        self.text.selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.tab_stops = (top, self.text)
        tab_order(*self.tab_stops)

    def _tool_button(self, kind: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(f"+ {kind.capitalize()}")
        button.setShortcut(ADD_KEYS[kind])  # live while there is a selection (the button is enabled)
        button.setAccessibleName(f"Add the selection as {'an' if kind[0] in 'ao' else 'a'} {kind}")
        button.setToolTip(f"Add the selected text as {'an' if kind[0] in 'ao' else 'a'} {kind} ({ADD_KEYS[kind]})")
        button.clicked.connect(lambda: self.add_selection(kind))
        return button

    def set_session(self, session) -> None:
        self.session = session
        if session is None:
            self.show_source(None, [])

    def _update_buttons(self) -> None:
        on = self.selected_range() is not None and self.session is not None
        for button in self.add_buttons.values():
            button.setEnabled(on)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.source is not None:
            self._render()  # light <-> dark: highlight colours are picked per palette

    def show_source(self, source: SourceRecord | None, quotes: list[QuoteRecord]) -> None:
        mentions = self._mentions_of(source)
        if (source, quotes, mentions) == (self.source, self.quotes, self.mentions):
            return  # as shown (e.g. an import added other sources): no second layout of the text
        keep_scroll = source is not None and self.source is not None and source.id == self.source.id
        scroll = self.text.verticalScrollBar().value()
        self.source, self.quotes, self.mentions = source, quotes, mentions
        if not self.isVisible():  # lay the text out once, at the real width, when shown
            self._dirty = True
            return
        self._render()
        if keep_scroll:
            self.text.verticalScrollBar().setValue(scroll)

    def showEvent(self, event) -> None:
        if self._dirty:
            self._render()
        super().showEvent(event)

    def _render(self) -> None:
        self._dirty = False
        src = self.source
        if src is None:
            self.title.setText("No source selected")
            self.details.setText("")
            self.visible = VisibleText("")
            self.text.show_document(self.text.new_document(""))
            return
        m = src.metadata
        self.title.setText(src.label)
        self.details.setText(details_html(m.author, m.outlet, m.published, m.genre))
        greyed = self.show_hidden.isChecked()
        self.visible = VisibleText(src.text, [] if greyed else src.boilerplate)
        doc = self.text.new_document(self.visible.text)
        edit = QTextCursor(doc)  # one edit block: inside it a cursor placed by setPosition does
        edit.beginEditBlock()  # not lay its line out to find its x (~2 ms for a sample's formats)
        if greyed:
            grey = QTextCharFormat()
            grey.setForeground(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            grey.setToolTip("Hidden as boilerplate")
            for span in src.boilerplate:
                self._format(doc, span.start, span.end, grey)
        palette = self.palette()
        formats: dict[int, QTextCharFormat] = {}  # one per actor, however often mentioned
        for start, end, actor in self.mentions:
            fmt = formats.get(actor.id)
            if fmt is None:
                fmt = formats[actor.id] = actor_format(actor, palette)
            self._format(doc, start, end, fmt)
        for q in self.quotes:
            self._format(doc, q.clip.start, q.clip.end, quote_format(q, palette))
        edit.endEditBlock()
        self.text.show_document(doc)  # formatted before it is shown: one layout, no flicker

    def _format(self, doc: QTextDocument, start: int, end: int, fmt: QTextCharFormat) -> None:
        for a, b in self.visible.to_view_ranges(start, end):
            cursor = QTextCursor(doc)
            cursor.setPosition(a)
            cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)

    def reveal(self, quote_id: int) -> None:
        quote = next((q for q in self.quotes if q.id == quote_id), None)
        if quote is not None:
            self.reveal_range(quote.clip.start, quote.clip.end)

    def reveal_range(self, start: int, end: int) -> None:
        """Select and scroll to source offsets start..end (the parts the reader shows)."""
        ranges = self.visible.to_view_ranges(start, end) if self.source is not None else []
        if ranges:
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(ranges[0][0])
            cursor.setPosition(ranges[-1][1], QTextCursor.MoveMode.KeepAnchor)
            self.text.setTextCursor(cursor)
            self.text.ensureCursorVisible()

    def selected_range(self) -> tuple[int, int] | None:
        """The selection as source offsets, or None."""
        cursor = self.text.textCursor()
        if not cursor.hasSelection() or self.source is None:
            return None
        return self.visible.to_source(cursor.selectionStart()), self.visible.to_source(cursor.selectionEnd())


def actor_format(actor: ActorRecord, palette: QPalette | None = None) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontUnderline(True)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setUnderlineColor(theme.colour("actor", palette))
    fmt.setProperty(ACTOR_ID, actor.id)
    role = ", ".join(x for x in (actor.title, actor.affiliation) if x)
    fmt.setToolTip(f"{actor.name} ({actor.kind})" + (f" — {role}" if role else ""))
    return fmt


def quote_format(q: QuoteRecord, palette: QPalette | None = None) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(theme.highlight(q.kind, q.status == "accepted", palette))
    fmt.setProperty(QUOTE_ID, q.id)
    speaker = q.speaker or (q.mention.text if q.mention else "unknown speaker")
    extra = ", ".join(p for p in (q.cue and f"“{q.cue}”", q.venue) if p)
    status = "" if q.status == "suggested" else f" [{q.status}]"
    fmt.setToolTip(f"{KIND_LABELS.get(q.kind, q.kind)}{status} — {speaker}" + (f" ({extra})" if extra else ""))
    return fmt


def details_html(author: str | None, outlet: str | None, published: str | None, genre: str | None) -> str:
    """The line under a source's title; its genre is a link to correct it (the analysis guesses
    news or opinion, and a wrong guess was only correctable from the library's context menu)."""
    parts = [html.escape(p) for p in (author and f"by {author}", outlet, published) if p]
    parts.append(f'<a href="genre">{html.escape(genre or "genre?")}</a>')
    return " · ".join(parts)

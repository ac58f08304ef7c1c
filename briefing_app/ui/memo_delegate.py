"""Paints memo items as rich text (bold, italic, bullets, a citation line of class "cite" in a
colour halfway between text and background) with rows as tall as their wrapped text. A row
without HTML (a section heading) paints as usual.

Every memo edit refills the tree and repaints it before the live preview's render starts: the
laid-out documents of the rows painted are kept (by text, width, font and colour), so only the row
that changed is parsed and laid out again, not every row in view."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from briefing_app.ui.wrap_delegate import WrapDelegate

HTML_ROLE = Qt.ItemDataRole.UserRole + 1
KEPT = 400  # laid-out documents kept for painting (then forgotten all at once)


class RichDelegate(WrapDelegate):
    def __init__(self, view):
        super().__init__(view)
        self._heights: dict[tuple[str, int, str], int] = {}
        self._painted: dict[tuple[str, int, str, str], QTextDocument] = {}

    def _document(self, option: QStyleOptionViewItem, html: str, width: int, cite_colour: str = "") -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(1)
        doc.setDefaultFont(option.font)
        if cite_colour:  # secondary lines (class "cite"): from the palette as it is now (dark mode)
            doc.setDefaultStyleSheet(f".cite {{ color: {cite_colour}; }}")
        doc.setHtml(html)
        doc.setTextWidth(max(width, 40))
        return doc

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        html = index.data(HTML_ROLE)
        if not html:
            return super().sizeHint(option, index)
        width = self.text_width(index)
        self.initStyleOption(option, index)
        key = (html, width, option.font.key())  # a view asks again for every layout pass
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) > 1000:
                self._heights.clear()
            height = self._heights[key] = int(self._document(option, html, width).size().height()) + 4
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        html = index.data(HTML_ROLE)
        if not html:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)  # background, selection
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        back = opt.palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        cite = QColor.fromRgbF((text.redF() + back.redF()) / 2, (text.greenF() + back.greenF()) / 2,
                               (text.blueF() + back.blueF()) / 2)  # the citation line: halfway to the background
        # wrapped at the width sizeHint measured (the text rect is ~12 px wider): a line that fitted
        # only the wider one left its row a blank line too tall ("Actor: Suella Braverman, Home Secretary")
        width = min(rect.width(), self.text_width(index))
        key = (html, width, opt.font.key(), cite.name())
        doc = self._painted.get(key)
        if doc is None:
            if len(self._painted) >= KEPT:
                self._painted.clear()
            doc = self._painted[key] = self._document(opt, html, width, cite.name())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, text)
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(rect.translated(-rect.topLeft()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

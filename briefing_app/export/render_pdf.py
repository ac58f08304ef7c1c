"""Render an ir.Document to PDF with reportlab platypus.

Banners with the handling marking top and bottom of every page, "Page X of Y", a PDF
outline from the headings, footnotes at the foot of each page holding the citations (linked
both ways, pdf_notes.py), embedded TrueType fonts with a per-character fallback, and the
document info dictionary.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field, replace
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, HRFlowable, PageBreak, PageTemplate, Spacer, Table, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from briefing_app.export import ir
from briefing_app.export.fonts import FontChain
from briefing_app.export.pdf_inline import Para, inline, note_mark
from briefing_app.export.pdf_notes import NoteArea, NotesFrame
from briefing_app.export.pdf_styles import PdfStyle, make_style


@dataclass
class PdfResult:
    data: bytes
    pages: int
    warnings: list[str] = field(default_factory=list)


class _Heading(Para):
    """A paragraph that also becomes a bookmark and an outline entry."""

    def __init__(self, text: str, style: Any, key: str, title: str, level: int) -> None:
        super().__init__(text, style)
        self.outline = (key, title, level)
        self.markup = text  # escaped, with the font fallback: what the contents prints


class _DocTemplate(BaseDocTemplate):
    notes: NoteArea

    def beforeDocument(self) -> None:
        self.notes.new_pass()

    def afterFlowable(self, flowable: Any) -> None:
        outline = getattr(flowable, "outline", None)
        if outline:
            key, title, level = outline
            top = self.frame._y + flowable.height + 4  # the heading itself, not just its page
            self.canv.bookmarkPage(key, fit="XYZ", left=0, top=min(top, self.pagesize[1]), zoom=0)
            self.canv.addOutlineEntry(title, key, level=level, closed=False)
            if level == 0 and key != "contents":
                self.notify("TOCEntry", (0, flowable.markup, self.page, key))


def draw_centred(canv: Any, chain: FontChain, text: str, x: float, y: float, size: float, bold: bool = False,
                 centre: bool = True) -> float:
    """drawCentredString with the font fallback: each run in the first font that has its glyphs.
    centre=False draws from x. Returns where the text ends."""
    def face(font: str) -> str:
        return font + "-Bold" if bold and font + "-Bold" in pdfmetrics.getRegisteredFontNames() else font

    runs = [(face(font), chunk) for font, chunk in chain.runs(text)]
    if centre:
        x -= sum(pdfmetrics.stringWidth(chunk, font, size) for font, chunk in runs) / 2
    for font, chunk in runs:
        canv.setFont(font, size)
        canv.drawString(x, y, chunk)
        x += pdfmetrics.stringWidth(chunk, font, size)
    return x


TOTAL_FORM = "page-total"


def _canvas_class(doc: ir.Document, st: PdfStyle, counter: list[int], write: bool = True) -> type[Any]:
    marking = doc.marking.strip().upper()
    width, height = st.pagesize

    class NumberedCanvas(rl_canvas.Canvas):
        """Banners and "Page X of Y" on each page as it ends. The total is a form XObject drawn
        on every page and defined once the last page is known, so each page is finished as it
        ends and bookmarks and links point at the page they are on."""

        counting_only = not write  # pages counted, nothing written: paragraphs (Para) skip drawing

        def showPage(self) -> None:
            self._decorate(self._pageNumber)
            super().showPage()

        def save(self) -> None:
            counter[0] = total = self._pageNumber - 1
            if not write:
                return  # pages counted only: nothing written (fonts not embedded, streams not compressed)
            self.beginForm(TOTAL_FORM)
            self.setFillColor(st.colours["muted"])
            draw_centred(self, st.banner, str(total), 0, 0, st.banner_size - 1, centre=False)
            self.endForm()
            super().save()

        def _decorate(self, number: int) -> None:
            self.saveState()
            self.setFillColor(st.colours["banner"])
            if marking:
                for y in (height - st.margins[0] / 2, st.margins[2] * 0.3):
                    draw_centred(self, st.banner, marking, width / 2, y, st.banner_size, bold=True)
            if doc.cover and number == 1:
                self.restoreState()
                return  # no page number on the cover
            self.setFillColor(st.colours["muted"])
            size = st.banner_size - 1
            label = f"Page {number} of "
            digits = str(max(number, counter[0]))  # the total's width, known from an earlier pass
            x = width / 2 - pdfmetrics.stringWidth(label + digits, st.banner.primary, size) / 2
            end = draw_centred(self, st.banner, label, x, st.margins[2] * 0.55, size, centre=False)
            self.translate(end, st.margins[2] * 0.55)
            self.doForm(TOTAL_FORM)
            self.restoreState()

    return NumberedCanvas


def _header(doc: ir.Document, st: PdfStyle) -> list[Any]:
    body, s = st.body, st.styles
    story: list[Any] = [Para(body.markup(doc.kind_label, bold=True), s["kind"])]
    rows = [[Para(escape(label) + ":", s["label"]), Para(body.markup(value), s["field"])]
            for label, value in doc.header]
    if rows:
        t = Table(rows, colWidths=[1.1 * inch, st.frame_width - 1.1 * inch], hAlign="LEFT")
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), st.body.primary), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        story.append(t)
    story.append(Spacer(1, 4))
    story.append(HRFlowable(width="100%", thickness=1.2, color=st.colours["rule"], spaceBefore=2, spaceAfter=8))
    return story


def _cover(doc: ir.Document, st: PdfStyle) -> list[Any]:
    s, body = st.styles, st.body
    story: list[Any] = [Para(body.markup(doc.kind_label, bold=True), s["cover_kind"]),
             Para(body.markup(doc.title, bold=True), s["cover_title"])]
    if doc.subject and doc.subject != doc.title:
        story.append(Para(body.markup(doc.subject), s["cover_line"]))
    for label, value in doc.header:
        if label != "SUBJECT" and value:
            story.append(Para(f"{escape(label.capitalize())}: {body.markup(value)}", s["cover_line"]))
    story.append(PageBreak())
    return story


def _contents(st: PdfStyle) -> list[Any]:
    toc = TableOfContents(dotsMinLevel=0, tableStyle=TableStyle([
        ("FONT", (0, 0), (-1, -1), st.body.primary), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    toc.levelStyles = [st.styles["toc"]]
    return [_Heading(st.body.markup("Contents", bold=True), st.styles["h1"], "contents", "Contents", 0), toc]


def _decision(b: ir.DecisionBlock, st: PdfStyle) -> Table:
    s, body = st.styles, st.body
    line = "_" * 16
    rows = [[Para(body.markup(c, bold=True), s["field"]), Para(f"{line} {body.markup(b.initials)}", s["field"]),
             Para(f"{body.markup(b.date)} {line}", s["field"])] for c in b.choices]
    t = Table(rows, colWidths=[1.4 * inch, 2.5 * inch, st.frame_width - 3.9 * inch], hAlign="LEFT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), body.primary), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 10),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    t.spaceBefore, t.spaceAfter = 4, 10
    return t


def _support(q: ir.QuoteBlock, st: PdfStyle) -> Para:
    body = st.body
    text = f"{body.markup(q.portion + ' ' if q.portion else '')}{body.markup(q.quoted)}{note_mark(q.note) if q.note else ''} — " \
           f"{body.markup(q.attribution)}"
    return Para(text, st.styles["support"], bulletText="–")


LONG_QUOTE = 1500  # characters: about half a page, past which a quote block may break across pages


def _quote(q: ir.QuoteBlock, st: PdfStyle) -> Table:
    s = st.styles
    portion = st.body.markup(q.portion + " ") if q.portion else ""
    text = f"{portion}{st.body.markup(q.quoted)}{note_mark(q.note) if q.note else ''}"
    who = f"— {st.body.markup(q.attribution)}"
    t = Table([[[Para(text, s["quote"]), Para(who, s["attribution"])]]],
              colWidths=[st.frame_width - 0.35 * inch], hAlign="RIGHT",
              splitInRow=int(len(q.display) > LONG_QUOTE))  # a long quote may run on; a short one moves whole
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), st.body.primary), ("LINEBEFORE", (0, 0), (0, -1), 2, st.colours["quote_rule"]),
                           ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    t.spaceBefore, t.spaceAfter = 2, 9
    return t


def _table(tb: ir.Table, st: PdfStyle) -> Table:
    s, chain = st.styles, st.body
    rows = [[Para(chain.markup(h, bold=True), s["cellhead"]) for h in tb.header]]
    rows += [[Para(chain.markup(c), s["cell"]) for c in row] for row in tb.rows]
    widths = [w * st.frame_width for w in tb.widths] if tb.widths else None
    t = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), st.body.primary), ("GRID", (0, 0), (-1, -1), 0.5, st.colours["rule"]),
                           ("BACKGROUND", (0, 0), (-1, 0), st.colours["table_header"]),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    t.spaceBefore, t.spaceAfter = 2, 10
    return t


def _paragraph(b: ir.Paragraph, st: PdfStyle, known: set[int]) -> Para:
    bullet = {"bulletText": "•"} if b.style == "bullet" else {}
    para = Para(inline(b.runs, st.body, st, known), st.styles.get(b.style, st.styles["body"]), **bullet)
    para.notes = tuple(r.number for r in b.runs if isinstance(r, ir.NoteRef) and r.number in known)
    return para


def paragraph_lines(b: ir.Paragraph, style: dict[str, Any]) -> int:
    """The lines a paragraph takes in the PDF of a template with this style (the body's width)."""
    st = make_style(style)
    para = _paragraph(b, st, set())
    para.wrap(st.frame_width, st.pagesize[1])
    return len(para.blPara.lines)


def _story(doc: ir.Document, st: PdfStyle) -> list[Any]:
    s, body = st.styles, st.body
    story = _cover(doc, st) if doc.cover else _header(doc, st)
    fresh = doc.cover  # at the top of a page: a new-page heading needs no break
    known = {n.number for n in doc.notes}
    if doc.contents:
        story += _contents(st)
        fresh = False
    for b in doc.blocks:
        if isinstance(b, ir.Heading):
            level = 0 if b.level <= 1 else 1
            if b.new_page and not fresh and (doc.cover or b is not doc.blocks[0]):
                story.append(PageBreak())
            fresh = False
            story.append(_Heading(body.markup(b.text, bold=True), s["h1" if level == 0 else "h2"], b.id, b.text, level))
        elif isinstance(b, ir.Paragraph):
            story.append(_paragraph(b, st, known))
        elif isinstance(b, ir.QuoteBlock):
            if b.note not in known:  # an uncited item (or a note the document lacks): no mark
                b = replace(b, note=None)
            story.append(_support(b, st) if b.compact else _quote(b, st))
            story[-1].notes = (b.note,) if b.note else ()
        elif isinstance(b, ir.Table):
            story.append(_table(b, st))
        elif isinstance(b, ir.DecisionBlock):
            story.append(_decision(b, st))
    return story


def render_pdf(doc: ir.Document, style: dict[str, Any], *, count_only: bool = False,
               compress: bool = True) -> PdfResult:
    """The PDF; with count_only, its page count only (laid out alike, no file data: empty bytes).
    compress=False leaves the page and font streams unpacked (the live preview: the same pages, the
    bytes never written; packing them was a tenth of the render)."""
    st = make_style(style)
    buf = io.BytesIO()
    top, right, bottom, left = st.margins
    template = _DocTemplate(
        buf, pagesize=st.pagesize, leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom,
        pageCompression=int(compress),
        title=doc.title, author=doc.author, subject=doc.subject, creator="Briefing Builder",
        keywords=[doc.marking] if doc.marking else [], lang=doc.lang, displayDocTitle=True,
        initialFontName=st.body.primary, initialFontSize=st.styles["body"].fontSize)
    template.notes = notes = NoteArea(doc, st, st.frame_width)
    frame = NotesFrame(left, bottom, st.frame_width, st.pagesize[1] - top - bottom, id="body",
                       leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, area=notes)
    template.addPageTemplates([PageTemplate(id="memo", frames=[frame],
                                            onPageEnd=lambda canv, _: notes.draw(canv, left, bottom))])
    counter = [0]
    if doc.contents:  # page numbers in the contents need a second pass
        template.multiBuild(_story(doc, st), canvasmaker=_canvas_class(doc, st, counter, not count_only))
    else:
        template.build(_story(doc, st), canvasmaker=_canvas_class(doc, st, counter, not count_only))
    warnings = []
    missing = st.body.missing | st.banner.missing
    if missing:
        chars = " ".join(f"U+{ord(c):04X}" for c in sorted(missing)[:8])
        warnings.append(f"no bundled font has {len(missing)} character(s) of the memo ({chars}); they print blank")
    return PdfResult(buf.getvalue(), counter[0], warnings)

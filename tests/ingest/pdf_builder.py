"""A small typesetter for test PDFs of news articles, drawn line by line with reportlab so the
tests know exactly what a reader must get back: running header and numbered footer on every
page, a wrapped headline, body lines filled to the column's width (ragged or justified),
optional hyphenation of long words at line ends, paragraphs set apart by a gap, a first-line
indent or both, and pages in two columns."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from tests.ingest.articles import Article
from tests.ingest.pdf_press import draw_drop_cap, draw_line, draw_photo, drop_cap, register_faces


@dataclass
class Style:
    page: tuple[float, float] = (340, 460)
    margin: float = 36
    header: str | None = "THE DAILY LEDGER · POLITICS"
    footer: str | None = "Page {n} · dailyledger.example.com"  # {n}: page number, {total}: pages
    header_right: str | None = None  # e.g. a date printed at the right of the header line
    body_font: str = "Times-Roman"
    small_font: str = "Helvetica"  # header and footer
    byline_font: str = "Helvetica-Oblique"
    body_size: float = 10.5
    leading: float = 13.0
    head_font: str = "Helvetica-Bold"
    head_size: float = 18.0
    paragraph: str = "gap"  # gap | indent | both (indented and set apart)
    justify: bool = False  # lines stretched to the column's width (word spacing), but a paragraph's last one
    hyphenate: bool = True
    two_columns: set[int] = field(default_factory=set)  # 1-based pages set in two columns
    title: str | None = None  # the PDF's Title entry
    gutter: float = 14
    top_chrome: tuple[str, ...] = ()  # a printed web page's menus above the headline on page 1
    end_chrome: tuple[str, ...] = ()  # ... and its share line, related links, copyright after the text
    footnote: str | None = None  # small print at the foot of page 1, below the text
    columns: int = 2  # how many columns the pages in two_columns have
    verso_header: str | None = None  # the header of even pages, when it differs (a book's left pages)
    small_caps: bool = False  # the header in small capitals (capitals, the first letter of each word larger)
    outer_numbers: bool = False  # the footer at the page's outer corner (right on odd pages, left on even)
    pull_quote: tuple[int, str] | None = None  # (paragraph, text): a pull quote set before that paragraph
    pull_font: str = "Times-BoldItalic"
    # set E's habits (pdf_press.py)
    first_number: int = 1  # the number printed on the first page (a magazine's pages start at 37)
    spread: bool = False  # two pages side by side on each PDF page (a two-page spread), each with its furniture
    word_by_word: bool = False  # each word drawn on its own, no space glyphs (browsers' print-to-PDF)
    drop_cap: bool = False  # the first paragraph opens with a capital three lines tall
    caption: tuple[int, str] | None = None  # (paragraph, text): a photo with a caption set before that paragraph
    caption_font: str = "Helvetica-Oblique"
    head_span: bool = False  # the headline and byline across all columns of the first page
    footer_right: str | None = None  # printed at the right of the footer line (the footer then sits left)
    kicker: str | None = None  # a section label in small bold capitals above the headline
    box: tuple[int, str, tuple[str, ...]] | None = None  # (paragraph, title, items): a framed fact box before it
    table: tuple[int, tuple[tuple[str, ...], ...]] | None = None  # (paragraph, rows): a ruled table before it


def _split_long(word: str, room: float, font: str, size: float) -> tuple[str, str] | None:
    """The longest head of `word` (3+ letters each side, letters only) that fits with a hyphen."""
    if len(word) < 8 or not word.isalpha():
        return None
    for cut in range(len(word) - 3, 2, -1):
        if stringWidth(word[:cut] + "-", font, size) <= room:
            return word[:cut] + "-", word[cut:]
    return None


def take_line(words: list[str], width: float, font: str, size: float, hyphenate: bool) -> str:
    """Take the words of one line from the front of `words` (hyphenating the next if it helps)."""
    line = ""
    while words:
        trial = f"{line} {words[0]}" if line else words[0]
        if stringWidth(trial, font, size) <= width:
            line = trial
            words.pop(0)
            continue
        room = width - stringWidth(line + " ", font, size) if line else width
        split = _split_long(words[0], room, font, size) if hyphenate else None
        if split:
            words[0] = split[1]
            return f"{line} {split[0]}" if line else split[0]
        if not line:  # a word wider than the column: it goes on a line of its own
            return words.pop(0)
        return line
    return line


def wrap(text: str, width: float, font: str, size: float, hyphenate: bool) -> list[str]:
    words = text.split()
    lines = []
    while words:
        lines.append(take_line(words, width, font, size, hyphenate))
    return lines


class _Pen:
    def __init__(self, c: canvas.Canvas, st: Style, pages_total: int | None):
        self.c, self.st, self.total = c, st, pages_total
        self.page = 0
        self.new_page()

    def new_page(self) -> None:
        if self.page:
            self._furniture()
            if not self.st.spread or self.page % 2 == 0:
                self.c.showPage()
        self.page += 1
        w, h = self.st.page
        self.dx = w * ((self.page - 1) % 2) if self.st.spread else 0.0  # a spread's right-hand page
        self.columns = self.st.columns if self.page in self.st.two_columns else 1
        self.col = 0
        self.top = h - self.st.margin - 22
        self.y = self.top

    def col_box(self) -> tuple[float, float]:
        w, _ = self.st.page
        full = w - 2 * self.st.margin
        if self.columns == 1:
            return self.dx + self.st.margin, full
        cw = (full - self.st.gutter * (self.columns - 1)) / self.columns
        return self.dx + self.st.margin + self.col * (cw + self.st.gutter), cw

    def note_lines(self) -> list[str]:
        if self.page != 1 or not self.st.footnote:
            return []
        return wrap(self.st.footnote, self.st.page[0] - 2 * self.st.margin, self.st.body_font, 7.5, False)

    def need(self, height: float) -> None:
        if self.y - height < self.st.margin + 18 + 9 * len(self.note_lines()):
            if self.col < self.columns - 1:
                self.col += 1
                self.y = self.top
            else:
                self.new_page()

    def _furniture(self) -> None:
        w, h = self.st.page
        c, st, dx = self.c, self.st, self.dx
        number = self.page + st.first_number - 1
        header = st.verso_header if st.verso_header and number % 2 == 0 else st.header
        if header:
            self._header(header.format(n=number), dx + st.margin, h - st.margin + 6)
            if st.header_right:
                c.drawRightString(dx + w - st.margin, h - st.margin + 6, st.header_right)
        for k, line in enumerate(self.note_lines()):
            c.setFont(st.body_font, 7.5)
            c.drawString(dx + st.margin, st.margin + 4 + 9 * (len(self.note_lines()) - 1 - k), line)
        if st.footer:
            c.setFont(st.small_font, 7.5)
            total = self.total + st.first_number - 1 if self.total else "?"
            footer = st.footer.format(n=number, total=total)
            if st.footer_right:
                c.drawString(dx + st.margin, st.margin - 14, footer)
                c.drawRightString(dx + w - st.margin, st.margin - 14, st.footer_right.format(n=number, total=total))
            elif not st.outer_numbers:
                c.drawCentredString(dx + w / 2, st.margin - 14, footer)
            elif number % 2:
                c.drawRightString(dx + w - st.margin, st.margin - 14, footer)
            else:
                c.drawString(dx + st.margin, st.margin - 14, footer)

    def _header(self, header: str, x: float, y: float) -> None:
        if not self.st.small_caps:
            self.c.setFont(self.st.small_font, 7.5)
            self.c.drawString(x, y, header)
            return
        text = self.c.beginText(x, y)
        for n, word in enumerate(header.split()):
            text.setFont(self.st.small_font, 8.5)
            text.textOut((" " if n else "") + word[:1].upper())
            text.setFont(self.st.small_font, 6.5)
            text.textOut(word[1:].upper())
        self.c.drawText(text)

    def finish(self) -> None:
        self._furniture()
        self.c.showPage()


def build_pdf(path: Path, article: Article, st: Style | None = None) -> Path:
    st = st or Style()
    pages = _render(None, article, st)
    _render(path, article, st, pages)
    return path


def _render(path: Path | None, article: Article, st: Style, total: int | None = None) -> int:
    import io

    if st.body_font.startswith("Liberation") or st.head_font.startswith("Liberation"):
        register_faces()
    size = (st.page[0] * 2, st.page[1]) if st.spread else st.page
    c = canvas.Canvas(str(path) if path else io.BytesIO(), pagesize=size, invariant=1)
    if st.title:
        c.setTitle(st.title)
    pen = _Pen(c, st, total)
    x, width = pen.col_box()
    if st.head_span:  # across the columns
        x, width = pen.dx + st.margin, st.page[0] - 2 * st.margin
    for chrome in st.top_chrome:
        c.setFont(st.small_font, 8)
        pen.y -= 14
        c.drawString(x, pen.y, chrome)
    _headline(c, pen, article, x, width)
    for n, para in enumerate(article.paragraphs):
        if st.pull_quote and st.pull_quote[0] == n:
            _pull_quote(c, pen, st.pull_quote[1])
        if st.caption and st.caption[0] == n:
            _photo(c, pen, st.caption[1])
        if st.box and st.box[0] == n:
            _box(c, pen, st.box[1], st.box[2])
        if st.table and st.table[0] == n:
            _table(c, pen, st.table[1])
        indent = st.body_size * 1.5 if st.paragraph in ("indent", "both") and n else 0.0
        if st.paragraph in ("gap", "both") and n:
            pen.y -= st.leading * (0.6 if st.paragraph == "gap" else 0.4)
        cap_lines, cap_width = 0, 0.0
        if st.drop_cap and n == 0:
            pen.need(3 * st.leading)
            x, width = pen.col_box()
            letter, para = drop_cap(para)
            cap_lines, cap_width = 3, draw_drop_cap(c, x, pen.y - st.leading, 3, st.leading, letter, st.head_font,
                                                    st.body_size)
        words = para.split()
        while words:
            pen.need(st.leading)
            x, width = pen.col_box()
            if cap_lines:
                x, width, cap_lines = x + cap_width, width - cap_width, cap_lines - 1
            line = take_line(words, width - indent, st.body_font, st.body_size, st.hyphenate)
            pen.y -= st.leading
            room = width - indent - stringWidth(line, st.body_font, st.body_size) if st.justify and words else 0.0
            draw_line(c, x + indent, pen.y, line, st.body_font, st.body_size, room, st.word_by_word)
            indent = 0.0
        pen.y -= cap_lines * st.leading  # a paragraph shorter than the drop capital
    for chrome in st.end_chrome:
        pen.need(20)
        x, _ = pen.col_box()
        pen.y -= 20
        c.setFont(st.small_font, 8)
        c.drawString(x, pen.y, chrome)
    pen.finish()
    c.save()
    return pen.page


def _headline(c: canvas.Canvas, pen: _Pen, article: Article, x: float, width: float) -> None:
    """The headline (wrapped; smaller when a word of it would not fit, as a designer would) and
    the byline, in the column or (head_span) across the columns, which then start below them."""
    st = pen.st
    size = st.head_size
    if st.kicker:
        c.setFont(st.small_font + ("-Bold" if st.small_font in ("Helvetica", "Courier") else ""), 8)
        pen.y -= 10
        c.drawString(x, pen.y, st.kicker)
    while size > 8 and max(stringWidth(w, st.head_font, size) for w in article.headline.split()) > width:
        size -= 0.5
    for line in wrap(article.headline, width, st.head_font, size, False):
        if not st.head_span:
            pen.need(size * 1.2)
            x, width = pen.col_box()  # the headline may run on into the next column
        c.setFont(st.head_font, size)
        pen.y -= size * 1.2
        c.drawString(x, pen.y, line)
    pen.y -= 10
    for line in wrap(article.byline, width, st.byline_font, 9, False):  # within the column
        c.setFont(st.byline_font, 9)
        pen.y -= 12
        c.drawString(x, pen.y, line)
    pen.y -= 10
    if st.head_span:
        pen.top = pen.y


def _photo(c: canvas.Canvas, pen: _Pen, caption: str) -> None:
    """A photo as wide as the column, its caption in small print below it."""
    st = pen.st
    _, width = pen.col_box()
    lines = wrap(caption, width, st.caption_font, 7.5, False)
    height = 0.55 * width
    pen.need(height + 9 * len(lines) + 16)
    x, width = pen.col_box()
    pen.y -= 6
    draw_photo(c, x, pen.y, width, height)
    pen.y -= height + 1
    c.setFont(st.caption_font, 7.5)
    for line in lines:
        pen.y -= 9
        c.drawString(x, pen.y, line)
    pen.y -= 6


def _pull_quote(c: canvas.Canvas, pen: _Pen, quote: str) -> None:
    """A quote from the article repeated in large italics between two rules, across the column."""
    st = pen.st
    _, width = pen.col_box()
    lines = wrap(quote, width - 16, st.pull_font, st.body_size * 1.5, False)
    pen.need(st.body_size * 1.9 * len(lines) + 24)
    x, width = pen.col_box()
    pen.y -= 10
    c.line(x, pen.y, x + width, pen.y)
    for line in lines:
        pen.y -= st.body_size * 1.9
        c.setFont(st.pull_font, st.body_size * 1.5)
        c.drawString(x + 8, pen.y, line)
    pen.y -= 8
    c.line(x, pen.y, x + width, pen.y)
    pen.y -= 6


def _box(c: canvas.Canvas, pen: _Pen, title: str, items: tuple[str, ...]) -> None:
    """A framed box of facts across the column: a bold title, then each item in small sans print."""
    st = pen.st
    _, width = pen.col_box()
    lines = [(f"{st.small_font}-Bold", title)] + [(st.small_font, line) for item in items
                                                  for line in wrap(item, width - 16, st.small_font, 8, False)]
    height = 10 * len(lines) + 12
    pen.need(height + 12)
    x, width = pen.col_box()
    pen.y -= 8
    c.rect(x, pen.y - height, width, height, stroke=1, fill=0)
    y = pen.y - 4
    for font, line in lines:
        y -= 10
        c.setFont(font, 8)
        c.drawString(x + 8, y, line)
    pen.y -= height + 6


def _table(c: canvas.Canvas, pen: _Pen, rows: tuple[tuple[str, ...], ...]) -> None:
    """A table across the column: its cells in small sans print, a rule under the first row and the last."""
    st = pen.st
    _, width = pen.col_box()
    pen.need(12 * len(rows) + 20)
    x, width = pen.col_box()
    pen.y -= 8
    cell = width / max(len(r) for r in rows)
    for k, row in enumerate(rows):
        pen.y -= 12
        c.setFont(f"{st.small_font}-Bold" if k == 0 else st.small_font, 8)
        for j, text in enumerate(row):
            if j:
                c.drawRightString(x + (j + 1) * cell - 2, pen.y, text)
            else:
                c.drawString(x, pen.y, text)
        if k in (0, len(rows) - 1):
            c.line(x, pen.y - 3, x + width, pen.y - 3)
    pen.y -= 10

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
            self.c.showPage()
        self.page += 1
        w, h = self.st.page
        self.columns = self.st.columns if self.page in self.st.two_columns else 1
        self.col = 0
        self.top = h - self.st.margin - 22
        self.y = self.top

    def col_box(self) -> tuple[float, float]:
        w, _ = self.st.page
        full = w - 2 * self.st.margin
        if self.columns == 1:
            return self.st.margin, full
        cw = (full - self.st.gutter * (self.columns - 1)) / self.columns
        return self.st.margin + self.col * (cw + self.st.gutter), cw

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
        c, st = self.c, self.st
        header = st.verso_header if st.verso_header and self.page % 2 == 0 else st.header
        if header:
            self._header(header, st.margin, h - st.margin + 6)
            if st.header_right:
                c.drawRightString(w - st.margin, h - st.margin + 6, st.header_right)
        for k, line in enumerate(self.note_lines()):
            c.setFont(st.body_font, 7.5)
            c.drawString(st.margin, st.margin + 4 + 9 * (len(self.note_lines()) - 1 - k), line)
        if st.footer:
            c.setFont(st.small_font, 7.5)
            footer = st.footer.format(n=self.page, total=self.total or "?")
            if not st.outer_numbers:
                c.drawCentredString(w / 2, st.margin - 14, footer)
            elif self.page % 2:
                c.drawRightString(w - st.margin, st.margin - 14, footer)
            else:
                c.drawString(st.margin, st.margin - 14, footer)

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

    c = canvas.Canvas(str(path) if path else io.BytesIO(), pagesize=st.page, invariant=1)
    if st.title:
        c.setTitle(st.title)
    pen = _Pen(c, st, total)
    x, width = pen.col_box()
    for chrome in st.top_chrome:
        c.setFont(st.small_font, 8)
        pen.y -= 14
        c.drawString(x, pen.y, chrome)
    size = st.head_size  # smaller when a word of the headline would not fit the column, as a designer would
    while size > 8 and max(stringWidth(w, st.head_font, size) for w in article.headline.split()) > width:
        size -= 0.5
    for line in wrap(article.headline, width, st.head_font, size, False):
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
    for n, para in enumerate(article.paragraphs):
        if st.pull_quote and st.pull_quote[0] == n:
            _pull_quote(c, pen, st.pull_quote[1])
        indent = st.body_size * 1.5 if st.paragraph in ("indent", "both") and n else 0.0
        if st.paragraph in ("gap", "both") and n:
            pen.y -= st.leading * (0.6 if st.paragraph == "gap" else 0.4)
        words = para.split()
        while words:
            pen.need(st.leading)
            x, width = pen.col_box()
            line = take_line(words, width - indent, st.body_font, st.body_size, st.hyphenate)
            pen.y -= st.leading
            text = c.beginText(x + indent, pen.y)
            text.setFont(st.body_font, st.body_size)
            if st.justify and words and line.count(" "):
                room = width - indent - stringWidth(line, st.body_font, st.body_size)
                text.setWordSpace(room / line.count(" "))
            text.textOut(line)
            text.setWordSpace(0)  # word spacing is graphics state: it would stretch what is drawn next
            c.drawText(text)
            indent = 0.0
    for chrome in st.end_chrome:
        pen.need(20)
        x, _ = pen.col_box()
        pen.y -= 20
        c.setFont(st.small_font, 8)
        c.drawString(x, pen.y, chrome)
    pen.finish()
    c.save()
    return pen.page


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


def styles(article: Article) -> dict[str, Style]:
    """PDF layouts used while tuning the reader."""
    return {
        "ledger": Style(two_columns={3}),
        "indent-numbers": Style(paragraph="indent", header="Politics", footer="{n}", page=(300, 420), hyphenate=False),
        "web-print": Style(header="6/20/24, 9:15 AM", footer="https://www.dailyledger.example.com/politics {n}/{total}",
                           top_chrome=("Home | Politics | World | Business | Opinion | Subscribe",
                                       "Home › Politics › Congress", "Share this article"),
                           end_chrome=("Related: Senate panel delays vote on shipyard funding",
                                       "© 2024 The Daily Ledger. All rights reserved.")),
        "browser-print": Style(header="6/20/24, 9:15 AM", header_right=article.headline[:40],
                               footer="https://news.example.org/2024/06/story {n}/{total}", page=(420, 300)),
    }


def more_styles(article: Article) -> dict[str, Style]:
    """Layouts added while tuning the paragraph ends at page breaks (the reader was tuned on them
    too): justified text, paragraphs both indented and spaced, two columns throughout."""
    return {
        "justified": Style(justify=True, paragraph="both", body_size=10, leading=12.5, two_columns={2, 3, 4, 5, 6},
                           page=(400, 520), header="THE EVENING STANDARD · COMMENT", footer="{n}"),
        "magazine": Style(justify=True, body_font="Helvetica", body_size=9, leading=11.5, two_columns=set(range(1, 30)),
                          page=(460, 380), header="Weekly Review", header_right="Opinion", footer="— {n} —",
                          head_font="Times-Bold", head_size=20),
    }


def newer_styles(article: Article) -> dict[str, Style]:
    """Layouts added for three columns, left/right-page running headers, small capitals, outer
    page numbers and pull quotes (tuned on; set_c_styles has others, never looked at)."""
    return {
        "three-columns": Style(page=(560, 420), two_columns=set(range(1, 40)), columns=3, gutter=12, body_size=9.5,
                               leading=12, header="THE DAILY LEDGER", verso_header="Politics and Policy",
                               footer="{n}", outer_numbers=True),
        "pull-quote": Style(page=(400, 560), header="The Daily Ledger · Opinion", small_caps=True,
                            footer="Page {n}", pull_quote=(3, pull_quote(article)), paragraph="indent"),
        **tuned_after_set_c(article),
    }


def tuned_after_set_c(article: Article) -> dict[str, Style]:
    """Layouts of set C's kinds, other sizes and fonts, tuned on after set C's single evaluation
    (set C itself was never looked at; set D was written before these)."""
    quote, middle = pull_quote(article), len(article.paragraphs) // 2
    return {
        "a6-three-columns": Style(page=(360, 520), two_columns=set(range(1, 60)), columns=3, gutter=9, justify=True,
                                  paragraph="indent", body_size=8, leading=10, head_size=15, header="WORLD · BRIEFING",
                                  header_right="1 May 2024", footer="{n}", outer_numbers=True),
        "letter-gap": Style(page=(612, 792), margin=60, body_size=11, leading=14, header="News Politics",
                            verso_header="The Daily Ledger", small_caps=True, footer="Page {n} of {total}",
                            hyphenate=False, head_size=26),
        "a4-web-pull": Style(page=(595, 842), margin=54, body_font="Helvetica", body_size=10, leading=13.5,
                             header="https://www.dailyledger.example/politics/2024/05/01/story", header_right="01/05/2024, 09:12",
                             footer="{n}/{total}", pull_quote=(middle, quote)),
        "landscape-three-pull": Style(page=(842, 595), two_columns=set(range(1, 60)), columns=3, paragraph="both",
                                      body_size=9.5, leading=11.5, header="THE LEDGER", verso_header="POLITICS",
                                      small_caps=True, footer="- {n} -", outer_numbers=True, pull_quote=(2, quote),
                                      head_font="Times-Bold", head_size=28),
    }


def more_held_out_styles(article: Article) -> dict[str, Style]:
    """Layouts added with more_styles and kept aside (evaluation only)."""
    return {
        "justified-indent": Style(justify=True, paragraph="indent", hyphenate=False, body_font="Times-Roman",
                                  page=(330, 500), header="Review · Politics", footer="page {n}"),
        "typescript": Style(body_font="Courier", body_size=9.5, leading=12, page=(380, 500), header=None,
                            footer="PRESS OFFICE - FOR IMMEDIATE RELEASE - {n}/{total}", head_font="Courier-Bold",
                            head_size=14, hyphenate=False),
    }


def held_out_styles(article: Article) -> dict[str, Style]:
    """PDF layouts kept aside from tuning (evaluation only)."""
    return {
        "broadsheet": Style(page=(520, 400), two_columns={1, 2, 3, 4}, paragraph="indent", body_size=9.5,
                            leading=11.5, header="THE NORTHERN GAZETTE", header_right="Friday, June 21, 2024",
                            footer="— {n} —", head_size=22),
        "web-print-portal": Style(page=(420, 595), header="21.06.24, 08:02", footer="continental.example.eu/story {n}/{total}",
                                  top_chrome=("Top stories · Economy · Climate · Science · Video", "Share on Facebook"),
                                  end_chrome=("Read more: Water restrictions extended to a fifth province",
                                              "Copyright Continental News 2024")),
        "report": Style(page=(360, 520), body_font="Helvetica", body_size=10, leading=14, header=None,
                        footer="Continental News · continental.example.eu · page {n} of {total}",
                        head_font="Times-Bold", head_size=16, hyphenate=False),
    }


def printed_furniture(st: Style, pages: int) -> list[str]:
    """The furniture a layout prints, as it is printed (small capitals as capitals)."""
    heads = [x for x in (st.header, st.verso_header, st.header_right) if x]
    out = [h.upper() if st.small_caps and h != st.header_right else h for h in heads]
    out += [st.footer.format(n=k, total=pages) for k in range(1, pages + 1)] if st.footer else []
    return out + ([st.pull_quote[1]] if st.pull_quote else [])


def pull_quote(article: Article) -> str:
    """The sentence a layout repeats as a pull quote: the first of the middle paragraph, at most 24 words."""
    para = article.paragraphs[len(article.paragraphs) // 2]
    first = para.split(". ")[0].rstrip(".")
    return " ".join(first.split()[:24])


def set_c_styles(article: Article) -> dict[str, Style]:
    """Set C: PDF layouts written after the reader's tuning and evaluated once, never looked at:
    other page sizes (A5, A4, US Letter, landscape), three columns, small capitals and
    left/right-page running headers with section names, page numbers at the outer corner, pull
    quotes. Pull quotes are furniture: the repeated text must come in hidden."""
    quote = pull_quote(article)
    middle = len(article.paragraphs) // 2
    return {
        "a5-three-columns": Style(page=(420, 595), two_columns=set(range(1, 40)), columns=3, gutter=10, justify=True,
                                  body_size=8.5, leading=10.5, paragraph="indent", head_size=16,
                                  header="GLOBAL AFFAIRS · ANALYSIS", header_right="7 December 2024", footer="{n}",
                                  outer_numbers=True),
        "letter-small-caps": Style(page=(612, 792), margin=54, body_font="Helvetica", body_size=10.5, leading=14,
                                   header="Opinion Foreign Policy", verso_header="The Harbour Review", small_caps=True,
                                   footer="Page {n} of {total}", hyphenate=False, head_font="Times-Bold", head_size=24),
        "a4-pull-quote": Style(page=(595, 842), margin=60, body_size=11, leading=14.5,
                               header="www.harbourreview.example/opinion/2024/12/07/story",
                               header_right="07/12/2024, 10:41", footer="{n}/{total}", pull_quote=(middle, quote),
                               pull_font="Helvetica-BoldOblique"),
        "landscape-three-columns": Style(page=(792, 612), two_columns=set(range(1, 40)), columns=3, paragraph="both",
                                         body_size=9, leading=11, header="THE MERIDIAN POST", verso_header="WORLD NEWS",
                                         small_caps=True, footer="— {n} —", outer_numbers=True, head_font="Times-Bold",
                                         head_size=26, pull_quote=(2, quote), pull_font="Times-Italic"),
    }


def set_d_styles(article: Article) -> dict[str, Style]:
    """Set D: PDF layouts written after set C had been evaluated (once: PDF 45/72) and before the
    reader was tuned further; evaluated once at the end, never looked at. Like set C, other page
    sizes, three and two columns, left/right-page headers, small capitals, pull quotes."""
    quote = pull_quote(article)
    middle = len(article.paragraphs) // 2
    return {
        "tabloid-three-columns": Style(page=(612, 792), two_columns=set(range(1, 40)), columns=3, gutter=14,
                                       body_size=10, leading=12.5, header="THE COASTAL STANDARD — NEWS",
                                       header_right="Monday, March 3, 2025", footer="Page {n}", head_size=28),
        "a5-pull-quote": Style(page=(420, 595), justify=True, paragraph="indent", body_font="Helvetica", body_size=9.5,
                               leading=12, header="Analysis", verso_header="The Coastal Standard", footer="{n}",
                               outer_numbers=True, pull_quote=(middle, quote), pull_font="Times-BoldItalic"),
        "b5-two-columns": Style(page=(499, 709), two_columns=set(range(1, 40)), justify=True, paragraph="both",
                                body_size=9.5, leading=11.5, header="Coastal Standard", verso_header="Opinion and Analysis",
                                small_caps=True, footer="— page {n} of {total} —", head_font="Times-Bold", head_size=22),
        "square-three-columns": Style(page=(560, 560), two_columns=set(range(1, 40)), columns=3, paragraph="indent",
                                      body_size=9, leading=11, header="Standard Weekly · World", footer="{n}",
                                      pull_quote=(2, quote), pull_font="Helvetica-Bold", hyphenate=False),
    }

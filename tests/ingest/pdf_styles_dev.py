"""Layouts with set E's kinds of habit (pdf_styles_e.py) but other parameters, written to tune
the reader on: set E itself stays held. Spreads, drop capitals, captions, footnotes, words
drawn one by one, TrueType and standard faces, page numbers in the running head, and
LibreOffice's PDFs, in sizes, columns and faces set E does not use."""
from __future__ import annotations

from tests.ingest.articles import Article
from tests.ingest.office_pdf import OfficeStyle
from tests.ingest.pdf_builder import Style

CAPTION = "Officials leave the ministry after the talks on Monday. Picture: City Paper staff"
NOTE = "1 Figures from the national statistics office, published in March."


def dev_styles(article: Article) -> dict[str, Style]:
    return {
        "dev-spread-justified": Style(page=(420, 595), spread=True, two_columns=set(range(1, 80)), justify=True,
                                      paragraph="gap", body_size=9.5, leading=11.5, header="Review",
                                      verso_header="Books and Ideas", footer="Page {n}", first_number=40,
                                      drop_cap=True, head_font="Times-Bold", head_size=20),
        "dev-browser-serif": Style(page=(595, 842), margin=30, word_by_word=True, body_font="LiberationSerif-Regular",
                                   body_size=11, leading=15, head_font="LiberationSerif-Bold", head_size=26,
                                   header="05/12/2026, 08:15", header_right=f"{article.headline[:30]} - City Paper",
                                   footer="cp.example.com/news/world/article-2026-12-05",
                                   footer_right="Page {n} of {total}", caption=(3, CAPTION), hyphenate=False,
                                   top_chrome=("Menu  News  Sport  Weather  Search",)),
        "dev-two-captions": Style(page=(500, 700), two_columns=set(range(1, 80)), head_span=True,
                                  body_font="Helvetica", body_size=9.5, leading=12, caption=(1, CAPTION),
                                  drop_cap=True, header="{n} | THE CITY PAPER", footer=None, first_number=8,
                                  head_size=30, caption_font="Times-Italic"),
        "dev-footnote-indent": Style(page=(420, 595), paragraph="indent", body_font="LiberationSans-Regular",
                                     body_size=10, leading=13, head_font="LiberationSans-Bold", footnote=NOTE,
                                     header="City Paper", footer="- {n} -", first_number=2),
    }


def dev_office_styles() -> dict[str, OfficeStyle]:
    return {
        "dev-office-three": OfficeStyle(page=(612, 792), columns=3, font="DejaVu Sans", size=9, header="City Paper · World",
                                        footer="{PAGE}", margin=48),
        "dev-office-justified": OfficeStyle(columns=1, justify=True, font="DejaVu Serif", size=12, head_size=26,
                                            header="The City Paper", footer="Page {PAGE}"),
    }


def dev_d_styles(article: Article) -> dict[str, Style]:
    """Layouts with set D's kinds of habit (pdf_styles.set_d_styles: a tall page in three columns
    under a big headline, a small justified page with indents and a pull quote, two justified
    columns with indents and gaps under small capitals, a square page in three unhyphenated
    columns with a pull quote) in other sizes, faces and furniture, to tune on: set D stays held."""
    from tests.ingest.pdf_styles import pull_quote

    quote, middle = pull_quote(article), len(article.paragraphs) // 2
    return {
        "devd-tall-three": Style(page=(595, 842), two_columns=set(range(1, 40)), columns=3, gutter=12, body_size=9.5,
                                 leading=12, header="THE RIVER GAZETTE — WORLD", header_right="Tuesday, May 6, 2025",
                                 footer="Page {n}", head_size=30),
        "devd-small-pull": Style(page=(400, 580), justify=True, paragraph="indent", body_font="Helvetica",
                                 body_size=9, leading=11.5, header="Comment", verso_header="The River Gazette",
                                 footer="{n}", outer_numbers=True, pull_quote=(middle, quote), pull_font="Times-Italic"),
        "devd-two-both": Style(page=(480, 680), two_columns=set(range(1, 40)), justify=True, paragraph="both",
                               body_size=9, leading=11, header="River Gazette", verso_header="Ideas and Debate",
                               small_caps=True, footer="— page {n} of {total} —", head_font="Times-Bold", head_size=20),
        "devd-square-three": Style(page=(540, 540), two_columns=set(range(1, 40)), columns=3, paragraph="indent",
                                   body_size=8.5, leading=10.5, header="Gazette Weekly · Opinion", footer="{n}",
                                   pull_quote=(3, quote), pull_font="Helvetica-Bold", hyphenate=False),
    }

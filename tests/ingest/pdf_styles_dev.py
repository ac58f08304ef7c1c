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

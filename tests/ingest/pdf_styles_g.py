"""Set G of the ingest fidelity bench (held out, issue 16): PDF layouts of the test typesetter and
LibreOffice, written in the tenth session by the held-data helper (who tunes nothing) and committed
before any reader change of that session was tuned with them in view. It is scored in aggregate
only, at the start and the end of a session, never looked at with -v.

Its layouts mix habits the reader meets in other sets in combinations no set has: a landscape
tabloid page in three columns with a drop capital and numbers at the outer corner, a journal page
whose paragraphs are both indented and set apart with a footnote and left/right running heads, a
two-page A5 spread in two columns with a pull quote, a browser's word-by-word print of an A4 page
with a photo caption, a Letter page in one column then two with a caption; and two LibreOffice
layouts (a sans one-column Letter page, a justified two-column A4 page with indented paragraphs).

Each layout gives (style, notes) through pdf_styles_e.layout_files: notes are small print (the
footnote) a reader may keep visible as a paragraph of its own, or hide."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from tests.ingest.articles import Article
from tests.ingest.office_pdf import OfficeStyle
from tests.ingest.pdf_builder import Style
from tests.ingest.pdf_styles import pull_quote
from tests.ingest.pdf_styles_e import layout_files

CAPTION = "Commuters wait for a delayed train at Northgate station on Monday morning. Photograph: Northern Ledger"
NOTE = ("† This article first appeared in the print edition. Corrections and clarifications can be sent to "
        "the readers' editor at the address on page 2.")


def set_g_styles(article: Article) -> dict[str, Style]:
    """The test typesetter's set G layouts."""
    middle = len(article.paragraphs) // 2
    return {
        "landscape-tabloid": Style(page=(792, 612), margin=36, two_columns=set(range(1, 80)), columns=3, gutter=12,
                                   head_span=True, justify=True, paragraph="indent", body_font="Helvetica",
                                   body_size=9.5, leading=11.5, head_font="Helvetica-Bold", head_size=30,
                                   header="CITY DESK", header_right="Friday, 11 December 2026", footer="{n}",
                                   outer_numbers=True, first_number=5, drop_cap=True),
        "journal-footnote": Style(page=(612, 792), margin=72, body_font="LiberationSerif-Regular", body_size=11.5,
                                  leading=15, paragraph="both", justify=True, head_font="LiberationSerif-Bold",
                                  head_size=20, header="Northern Quarterly Review", verso_header="Vol. 12, No. 4",
                                  footer="{n}", first_number=118, footnote=NOTE),
        "a5-spread-pull": Style(page=(420, 595), spread=True, two_columns=set(range(1, 80)), gutter=10,
                                head_span=True, body_font="Times-Roman", body_size=8.5, leading=10.5,
                                head_font="Times-Bold", head_size=19, header="THE NORTHERN LEDGER · COMMENT",
                                footer="Page {n}", first_number=2, pull_quote=(middle, pull_quote(article))),
        "browser-a4-sans": Style(page=(595, 842), margin=30, word_by_word=True, body_font="LiberationSans-Regular",
                                 body_size=11, leading=15, head_font="LiberationSans-Bold", head_size=26,
                                 header="05/12/2026, 18:07", header_right=f"{article.headline[:40]} - Northern Ledger",
                                 footer="https://northernledger.example/opinion/2026/12/05/",
                                 footer_right="{n}/{total}", hyphenate=False, caption=(2, CAPTION)),
        "letter-one-then-two": Style(page=(612, 792), margin=48, two_columns=set(range(2, 80)), body_size=10,
                                     leading=12.5, paragraph="indent", header="OPINION",
                                     header_right="The Northern Ledger", footer="— {n} —", caption=(1, CAPTION)),
    }


def set_g_office_styles() -> dict[str, OfficeStyle]:
    """Set G's LibreOffice layouts."""
    return {
        "office-letter-sans": OfficeStyle(page=(612, 792), margin=54, font="DejaVu Sans", size=10, head_size=20,
                                          header="Northern Ledger | Opinion", footer="{PAGE}"),
        "office-a4-two-columns-indent": OfficeStyle(columns=2, justify=True, indent_first=True, size=9.5,
                                                    head_size=18, header="THE NORTHERN LEDGER",
                                                    footer="Page {PAGE} of {NUMPAGES}"),
    }


def set_g_files(folder: Path, articles: list[Article]) -> Iterator[tuple[str, Path, Article, list[str], list[str]]]:
    """(kind, path, article, furniture, notes) of every article in every set G PDF layout; the
    LibreOffice layouts only where `soffice` is installed."""
    return layout_files(folder, articles, set_g_styles, set_g_office_styles(), "g")

"""Set E of the PDF fidelity bench: layouts written before the reader was tuned in the session
that wrote them (committed first), evaluated once at its end, never looked at. Their habits
are new to the reader: TrueType faces (Liberation), words drawn one by one with no space glyphs
(browsers' print-to-PDF), two-page spreads, headlines across the columns and over two lines,
drop capitals, photos with captions, footnotes, running heads that carry the page number,
numbers starting past 1, and PDFs a real office suite (LibreOffice) wrote.

Each layout gives (style, notes): notes are small print a reader may keep visible as a
paragraph of its own (a footnote), or hide."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from tests.ingest.articles import Article
from tests.ingest.office_pdf import OfficeStyle, build_docx, convert, office_available, printed
from tests.ingest.pdf_builder import Style
from tests.ingest.pdf_styles import pull_quote

CAPTION = "Demonstrators gather outside the parliament building on Tuesday evening. Photograph: Harbour Times"
NOTE = ("* The author is a senior fellow at the Harbour Institute for Public Affairs. The views expressed "
        "here are the author's own.")


def set_e_styles(article: Article) -> dict[str, Style]:
    """The test typesetter's set E layouts."""
    middle = len(article.paragraphs) // 2
    return {
        "spread-drop-cap": Style(page=(380, 540), spread=True, two_columns=set(range(1, 80)), head_span=True,
                                 body_font="LiberationSerif-Regular", body_size=9.5, leading=12, paragraph="indent",
                                 head_font="LiberationSerif-Bold", head_size=24, header="THE HARBOUR TIMES",
                                 verso_header="Features", footer="{n}", outer_numbers=True, first_number=14,
                                 drop_cap=True, gutter=13),
        "browser-chrome": Style(page=(612, 792), margin=40, word_by_word=True, body_font="LiberationSans-Regular",
                                body_size=12, leading=16.5, head_font="LiberationSans-Bold", head_size=30,
                                header="12/5/26, 10:41 AM", header_right=f"{article.headline[:48]} | Harbour Times",
                                footer="https://www.harbourtimes.example/world/2026/12/05/story",
                                footer_right="{n}/{total}", hyphenate=False, caption=(1, CAPTION),
                                top_chrome=("World  Politics  Business  Climate  Culture  Sign in",)),
        "a4-three-captions": Style(page=(595, 842), margin=42, two_columns=set(range(1, 80)), columns=3, gutter=11,
                                   head_span=True, justify=True, paragraph="indent", body_font="LiberationSerif-Regular",
                                   body_size=9, leading=11, head_font="LiberationSans-Bold", head_size=32,
                                   header="WORLD", header_right="Saturday 5 December 2026", footer="Page {n}",
                                   first_number=3, caption=(2, CAPTION), pull_quote=(middle, pull_quote(article)),
                                   pull_font="LiberationSerif-BoldItalic"),
        "half-letter-footnote": Style(page=(396, 612), margin=44, body_font="LiberationSerif-Regular", body_size=11,
                                      leading=15, paragraph="gap", hyphenate=False, head_font="LiberationSerif-Bold",
                                      head_size=21, header="{n}    THE HARBOUR TIMES REVIEW", footer=None,
                                      first_number=21, footnote=NOTE),
    }


def set_e_office_styles() -> dict[str, OfficeStyle]:
    """Set E's LibreOffice layouts."""
    return {
        "office-two-columns": OfficeStyle(columns=2, justify=True, header="Meridian Weekly — Opinion",
                                          footer="Page {PAGE} of {NUMPAGES}"),
        "office-indented": OfficeStyle(page=(612, 792), margin=72, font="DejaVu Sans", size=11, head_size=18,
                                       indent_first=True, header="The Meridian · Comment", footer="{PAGE}"),
    }


def set_e_furniture(st: Style, pages: int) -> tuple[list[str], list[str]]:
    """(furniture as printed on every page, notes) of a set E layout with `pages` pages (logical
    pages: a spread holds two)."""
    numbers = range(st.first_number, st.first_number + pages)
    total = st.first_number + pages - 1
    out: list[str] = []
    for head in (st.header, st.verso_header):
        if head:
            out += sorted({head.format(n=n) for n in numbers})
    out += [st.header_right] if st.header_right else []
    if st.footer:
        out += sorted({st.footer.format(n=n, total=total) for n in numbers})
    if st.footer_right:
        out += [st.footer_right.format(n=n, total=total) for n in numbers]
    out += [st.pull_quote[1]] if st.pull_quote else []
    out += [st.caption[1]] if st.caption else []
    return out, [st.footnote] if st.footnote else []


def set_e_files(folder: Path, articles: list[Article]) -> Iterator[tuple[str, Path, Article, list[str], list[str]]]:
    """(kind, path, article, furniture, notes) of every article in every set E layout; the
    LibreOffice layouts only where `soffice` is installed."""
    return layout_files(folder, articles, set_e_styles, set_e_office_styles(), "e")


def layout_files(folder: Path, articles: list[Article], styles: Callable[[Article], dict[str, Style]],
                 office: dict[str, OfficeStyle], prefix: str) -> Iterator[tuple[str, Path, Article, list[str], list[str]]]:
    """(kind, path, article, furniture, notes) of every article in the test typesetter's `styles`
    and the `office` (LibreOffice) layouts; those only where `soffice` is installed."""
    from tests.ingest.pdf_builder import _render, build_pdf

    for n, article in enumerate(articles):
        for name, style in styles(article).items():
            path = build_pdf(folder / f"{prefix}{n}-{name}.pdf", article, style)
            pages = _render(None, article, style)  # logical pages (a spread holds two)
            furniture, notes = set_e_furniture(style, pages)
            yield f"pdf/{name}", path, article, furniture, notes
    if not office:
        return
    if not office_available():
        print("soffice not found: the LibreOffice layouts left out")
        return
    docs = [(name, article, build_docx(folder / f"{prefix}{n}-{name}.docx", article, st), st)
            for n, article in enumerate(articles) for name, st in office.items()]
    for (name, article, _doc, st), path in zip(docs, convert([d for _, _, d, _ in docs], folder)):
        yield f"pdf/{name}", path, article, printed(st, _pages(path)), []


def _pages(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()

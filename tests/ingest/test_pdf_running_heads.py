"""Left and right pages' running headers in small capitals whose initials are as large as the
text (8.5 pt capitals over 8.5 pt Helvetica): each page's header is found by its place, though
its text differs from page to page and its print is the text's size."""
from __future__ import annotations

from pathlib import Path

from briefing_app.ingest import read_file
from tests.ingest.articles import GRAIN, LEDGER, Article
from tests.ingest.pdf_builder import Style, build_pdf
from tests.ingest.test_pdf_reading import expected, hidden, page_texts, visible


def test_small_capital_headers_as_large_as_the_text(tmp_path: Path) -> None:
    article = Article(LEDGER.headline, LEDGER.byline, LEDGER.paragraphs + GRAIN.paragraphs)
    for n, font in enumerate(("Helvetica", "Times-Roman")):
        style = Style(page=(500, 792), margin=54, header="The Morning Post", verso_header="Comment and Debate",
                      small_caps=True, footer="{n}", body_font=font, body_size=8.5, leading=11.1)
        path = build_pdf(tmp_path / f"{n}.pdf", article, style)
        assert len(page_texts(path)) >= 2  # two pages at least: each header on its own page
        doc = read_file(path)
        assert visible(doc) == expected(article)
        assert {"THE MORNING POST", "COMMENT AND DEBATE"} <= set(hidden(doc))

"""Word versions of the test articles: headline in the Title style, byline, paragraphs, and the
site's furniture in the page header and footer (which a reader of the body never sees)."""
from __future__ import annotations

from pathlib import Path

from tests.ingest.articles import Article


def build_docx(path: Path, article: Article, header: str = "THE DAILY LEDGER · POLITICS",
               footer: str = "dailyledger.example.com") -> tuple[Path, list[str]]:
    import docx

    d = docx.Document()
    section = d.sections[0]
    section.header.paragraphs[0].text = header
    section.footer.paragraphs[0].text = footer
    d.add_paragraph(article.headline, style="Title")
    d.add_paragraph(article.byline)
    for para in article.paragraphs:
        d.add_paragraph(para)
    d.save(str(path))
    return path, [header, footer]

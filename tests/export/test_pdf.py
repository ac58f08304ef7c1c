"""PDF export read back with pypdf: quotes verbatim, scripts extractable, fonts embedded."""
from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from briefing_app.export import export_memo


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def pdf(tmp_path, memo, lookup):
    report = export_memo(memo, lookup, tmp_path / "memo.pdf")
    return report, PdfReader(str(report.path))


def test_every_quote_is_in_the_pdf_verbatim(pdf, lookup):
    report, reader = pdf
    text = _flat(" ".join(page.extract_text() for page in reader.pages))
    for quote in lookup.quotes.values():
        assert _flat(quote.text.rstrip(",")) in text, quote.text


def test_cyrillic_and_korean_are_extractable(pdf):
    _, reader = pdf
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Мы ответим" in text
    assert "한국어 문장도 그대로 인쇄되어야 한다" in text
    assert "Руденко & Co <Ltd>" in _flat(text)  # user text is escaped, not parsed as markup


def test_every_font_is_embedded(pdf):
    _, reader = pdf
    seen = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            seen.add(str(font["/BaseFont"]).split("+")[-1])
    assert {"LiberationSerif", "LiberationSerif-Bold", "NanumGothic"} <= seen


def test_header_banners_page_numbers_and_budget(pdf):
    report, reader = pdf
    assert report.format == "pdf" and report.pages == len(reader.pages) and report.page_budget == 2
    first = reader.pages[0].extract_text()
    for field in ("TO:", "The Deputy Secretary", "FROM:", "DATE:", "2024-11-25", "SUBJECT:"):
        assert field in first
    for n, page in enumerate(reader.pages, 1):
        text = page.extract_text()
        assert text.count("UNCLASSIFIED") == 2
        assert f"Page {n} of {len(reader.pages)}" in text


def test_outline_links_and_info(pdf):
    _, reader = pdf
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles[:3] == ["Bottom line up front", "Background", "Key quotes"]
    assert titles[-1] == "Notes"
    annots = [a.get_object() for page in reader.pages for a in page.get("/Annots", [])]
    uris = [a["/A"].get("/URI") for a in annots if "/A" in a]
    assert "https://www.washingtontimes.com/news/2024/nov/24/russia-warns-south-korea/" in uris
    assert any("/Dest" in a for a in annots)  # note marks jump to their endnotes
    meta = reader.metadata
    assert meta.title == "Russia warns Seoul over arms for Ukraine"
    assert meta.author == "Jane Analyst, East Asia Desk"


def test_endnotes_cite_the_sources(pdf):
    _, reader = pdf
    text = _flat(" ".join(page.extract_text() for page in reader.pages))
    assert "Ben Wolfgang, “Russia warns South Korea against sending arms to Ukraine,” The Washington Times, 2024-11-24." in text
    assert "Ким Мин Су, “서울 브리핑 / Брифинг,” 연합뉴스, 2024-11-25." in text


def test_over_budget_warns(tmp_path, memo, lookup):
    long = memo.section("background").items[0]
    long.body = "\n".join(["A long paragraph of background that keeps going and going. " * 8] * 20)
    report = export_memo(memo, lookup, tmp_path / "long.pdf")
    assert report.pages > 2 and report.over_budget
    assert any("budget is 2" in w for w in report.warnings)


def test_fallback_in_bold_headings_and_banners(tmp_path, memo, lookup):
    memo.sections[0].heading = "핵심 요약"
    memo.marking = "UNCLASSIFIED // 대외비"
    reader = PdfReader(str(export_memo(memo, lookup, tmp_path / "k.pdf").path))
    text = _flat(reader.pages[0].extract_text())
    assert "핵심 요약" in text
    assert text.count("UNCLASSIFIED // 대외비") == 2
    fonts = {str(f.get_object()["/BaseFont"]).split("+")[-1] for f in reader.pages[0]["/Resources"]["/Font"].values()}
    assert "NanumGothicBold" in fonts


def test_a_character_no_font_has_is_reported(tmp_path, memo, lookup):
    memo.sections[0].items[0].body = "Hieroglyph \U00013000 here"
    report = export_memo(memo, lookup, tmp_path / "h.pdf")
    assert any("U+13000" in w and "print blank" in w for w in report.warnings)

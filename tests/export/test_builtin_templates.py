"""All five built-in templates render to PDF and Word from the same memo, read back."""
from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from briefing_app.core.records import MemoItemRecord, MemoRecord, MemoSectionRecord, StanceRecord
from briefing_app.export import export_memo
from briefing_app.export.templates import list_templates, load_template

BUILTIN = ["info-memo", "action-memo", "options-paper", "talking-points", "briefing-book"]
RECOMMENDATION = "That you approve diplomatic outreach before any change to the arms policy."


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def memo_for(memo):
    return lambda template_id: lay_out(memo, template_id)


def lay_out(base: MemoRecord, template_id: str) -> MemoRecord:
    """The sample memo's items laid into the template's own sections."""
    items = {s.key: s.items for s in base.sections}
    items["purpose"] = items["bluf"]
    items["recommendation"] = [MemoItemRecord(990, 99, 0, "text", None, RECOMMENDATION)]
    spec = load_template(template_id)
    sections = [MemoSectionRecord(i + 1, base.id, i, key, heading, list(items.get(key, [])))
                for i, (key, heading) in enumerate(spec.sections)]
    base.template, base.sections = template_id, sections
    return base


def pdf_text(path: Path) -> str:
    return _flat(" ".join(page.extract_text() for page in PdfReader(str(path)).pages))


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for r in t.rows for c in r.cells]
    return _flat("\n".join(parts))


@pytest.fixture
def with_stances(lookup):
    """Two holders with a stance on the option: the options paper gets a column for each."""
    lookup.options[1].stances = [StanceRecord(1, 1, "oppose", None, None),
                                 StanceRecord(2, 2, "support", "Foreign Ministry", None)]
    return lookup


@pytest.mark.parametrize("template_id", BUILTIN)
def test_every_builtin_renders_both_formats_with_quotes_verbatim(tmp_path, with_stances, memo_for, template_id):
    lookup = with_stances
    memo = memo_for(template_id)
    pdf = export_memo(memo, lookup, tmp_path / f"{template_id}.pdf")
    word = export_memo(memo, lookup, tmp_path / f"{template_id}.docx")
    assert pdf.pages and word.pages
    for text in (pdf_text(pdf.path), docx_text(word.path)):
        for quote in lookup.quotes.values():
            assert _flat(quote.text.rstrip(",")) in text, (template_id, quote.text)
        assert "The Deputy Secretary" in text
    reader = PdfReader(str(pdf.path))
    for n, page in enumerate(reader.pages, 1):  # the memo's own marking on every page
        assert page.extract_text().count("UNCLASSIFIED") == 2, (template_id, n)
        for font in page["/Resources"]["/Font"].values():  # every font embedded
            font = font.get_object()
            fonts = [f.get_object() for f in font.get("/DescendantFonts", [font])]
            assert all("/FontFile2" in f["/FontDescriptor"] for f in fonts), (template_id, font["/BaseFont"])


def test_contents_escape_headings(tmp_path, lookup, memo_for):
    memo = memo_for("briefing-book")
    memo.sections[0].heading = "Arms & <allies> 핵심"
    text = pdf_text(export_memo(memo, lookup, tmp_path / "c.pdf").path)
    assert text.count("Arms & <allies> 핵심") == 2  # in the contents and as the heading


def test_action_memo_has_decision_lines_portion_marks_and_prepared_by(tmp_path, lookup, memo_for):
    memo = memo_for("action-memo")
    pdf = pdf_text(export_memo(memo, lookup, tmp_path / "a.pdf").path)
    word = docx_text(export_memo(memo, lookup, tmp_path / "a.docx").path)
    for text in (pdf, word):
        assert RECOMMENDATION in text
        for choice in ("Approve", "Disapprove", "Other"):
            assert re.search(choice + r" _{8,} Initials Date _{8,}", text), (choice, text[-600:])
        assert "(U) “in every way that we find necessary”" in text
        assert "(U) Moscow warns Seoul" in text
        assert "Prepared by: Jane Analyst, East Asia Desk" in text
        assert "Attachments:" in text and "TAB 1 — Wolfgang, Ben. “Russia warns" in text
    assert text.index("Approve") > text.index(RECOMMENDATION)


def test_portion_marks_are_a_template_option(tmp_path, lookup, memo_for):
    text = pdf_text(export_memo(memo_for("info-memo"), lookup, tmp_path / "i.pdf").path)
    assert "(U)" not in text and "Prepared by: Jane Analyst" in text and "Attachments" not in text
    text = pdf_text(export_memo(memo_for("talking-points"), lookup, tmp_path / "t.pdf").path)
    assert "Prepared by" not in text


def test_options_paper_has_the_table_with_each_holders_stance(tmp_path, with_stances, memo_for):
    memo = memo_for("options-paper")
    report = export_memo(memo, with_stances, tmp_path / "o.docx")
    document = docx.Document(str(report.path))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Option")
    assert [c.text for c in table.rows[0].cells] == ["Option", "Pros", "Cons", "Ben Wolfgang", "Foreign Ministry"]
    assert [c.text for c in table.rows[1].cells] == [
        "Send arms directly to Ukraine — Change Seoul's long-standing policy", "Signals resolve",
        "Russia threatens to end relations", "oppose", "support"]
    text = pdf_text(export_memo(memo, with_stances, tmp_path / "o.pdf").path)
    for cell in ("Ben Wolfgang", "Foreign Ministry", "oppose", "support", "Signals resolve"):
        assert cell in text


def test_talking_points_are_bullets_with_supporting_quotes(tmp_path, lookup, memo_for):
    memo = memo_for("talking-points")
    report = export_memo(memo, lookup, tmp_path / "t.docx")
    styles = {p.style.name for p in docx.Document(str(report.path)).paragraphs if p.text.strip()}
    assert {"List Bullet", "List Bullet 2"} <= styles and "Memo Quote" not in styles
    text = pdf_text(export_memo(memo, lookup, tmp_path / "t.pdf").path)
    assert "• Moscow warns Seoul" in text
    assert "“in every way that we find necessary” 1 — Andrey Rudenko" in text or \
        "“in every way that we find necessary”1 — Andrey Rudenko" in text


def test_briefing_book_has_cover_contents_tabs_and_sources_appendix(tmp_path, with_stances, memo_for):
    memo = memo_for("briefing-book")
    report = export_memo(memo, with_stances, tmp_path / "b.pdf")
    reader = PdfReader(str(report.path))
    cover, contents = reader.pages[0].extract_text(), _flat(reader.pages[1].extract_text())
    assert "BRIEFING BOOK" in cover and "Russia warns Seoul over arms for Ukraine" in cover and "Page 1" not in cover
    assert "Contents" in contents and re.search(r"Key quotes[ .]*\d", contents) and "Sources" in contents
    starts = [_flat(p.extract_text()) for p in reader.pages[2:]]
    for heading in ("Summary", "Background", "Key quotes", "Actors", "Options", "Sources"):
        assert any(re.match(rf"(UNCLASSIFIED )?{heading}\b", s) for s in starts), heading  # each on a new page
    appendix = _flat(pdf_text(report.path).split(" Sources ")[-1])
    assert "1. Wolfgang, Ben. “Russia warns South Korea against sending arms to Ukraine.” Washington Times" in appendix
    assert "2. Ким, Мин Су. “서울 브리핑 / Брифинг.” 연합뉴스, November 25, 2024." in appendix

    word = export_memo(memo, with_stances, tmp_path / "b.docx")
    text = docx_text(word.path)
    assert "Sources" in text and "2. Ким, Мин Су. “서울 브리핑 / Брифинг.” 연합뉴스, November 25, 2024." in text
    with zipfile.ZipFile(word.path) as z:
        body = z.read("word/document.xml").decode()
        settings = z.read("word/settings.xml").decode()
    assert 'TOC \\o "1-1" \\h \\z \\u' in body and "[[TOC]]" not in body
    assert "<w:updateFields" in settings
    assert body.count("<w:pageBreakBefore/>") >= 6  # contents and every tab


def test_template_marking_is_the_default_banner(tmp_path, lookup, memo, user_templates):
    import shutil

    folder = user_templates("marked")
    for name in ("style.toml", "memo.docx"):
        shutil.copy(load_template("info-memo").folder / name, folder / name)
    toml = (load_template("info-memo").folder / "template.toml").read_text(encoding="utf-8")
    (folder / "template.toml").write_text(toml.replace('marking = ""', 'marking = "CUI"'), encoding="utf-8")
    memo.marking = ""
    reader = PdfReader(str(export_memo(memo, lookup, tmp_path / "m.pdf", template_id="marked").path))
    assert all(p.extract_text().count("CUI") == 2 for p in reader.pages)


def test_talking_points_over_budget_warns(tmp_path, lookup, memo_for):
    memo = memo_for("talking-points")
    memo.section("background").items[0].body = "\n".join(["A point that runs on and on. " * 6] * 12)
    report = export_memo(memo, lookup, tmp_path / "long.pdf")
    assert report.over_budget and any("talking points budget is 1" in w for w in report.warnings)


def test_cli_lists_all_five():
    exe = Path(sys.executable).with_name("briefing")
    out = subprocess.run([str(exe), "templates"], capture_output=True, text=True, timeout=60, check=True).stdout
    ids = [line.split("\t")[0] for line in out.splitlines()]
    assert set(BUILTIN) <= set(ids)
    assert set(BUILTIN) <= {t.id for t in list_templates()}

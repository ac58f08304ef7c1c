"""Every written file is read back before it replaces the target: the quotes verbatim and in
memo order, every PDF font embedded; otherwise one clear error and the earlier file is kept."""
from __future__ import annotations

import io
import types

import pytest
from reportlab.pdfgen import canvas

from briefing_app.core.errors import ExportError
from briefing_app.export import export_memo, fontconfig, ir, written
from briefing_app.export.build import build_document
from briefing_app.export.templates import load_template
from system_tools import tool

KOREAN_QUOTE = "한국어 문장도 그대로 인쇄되어야 한다"


def _doc(*quotes: str, paraphrase: str = "") -> ir.Document:
    cite = ir.Citation("Source")
    blocks: list[ir.Block] = [ir.QuoteBlock(q, "Speaker", "Speaker", cite, None) for q in quotes]
    if paraphrase:
        blocks.append(ir.QuoteBlock(paraphrase, None, "x", cite, None, paraphrase=True))
    return ir.Document("Memo", blocks=blocks)


def test_quotes_found_in_order_up_to_whitespace_and_quote_marks():
    doc = _doc("We will respond,", "in every way that we find necessary")
    written.check_quotes(["“We will\r\nrespond” — R.\r\n", "“in every  way that we\nfind necessary”"], doc, "PDF")
    with pytest.raises(ExportError, match="“in every way that we find necessary” \\(Speaker\\) is missing"):
        written.check_quotes(["in every way that we find necessary … We will respond"], doc, "PDF")  # order


def test_a_changed_word_or_a_paraphrase():
    with pytest.raises(ExportError, match="quote “We will respond”.* in the Word file"):
        written.check_quotes(["“We shall respond”"], _doc("We will respond"), "Word file")
    written.check_quotes(["nothing quoted here"], _doc(paraphrase="They said they would respond"), "PDF")


def test_a_quote_cut_by_a_page_break_with_the_page_furniture_in_between():
    doc = _doc("restore deterrence, restore peace and get ahead of this escalation ladder", "Next one")
    pages = ["Body … We need to restore deterrence, restore\r\n3 Fox News Sunday, 2024.\r\nPage 1 of 2\r\nSECRET",
             "SECRET\r\npeace and get ahead of this escalation ladder rather than … “Next one”"]
    written.check_quotes(pages, doc, "PDF")
    with pytest.raises(ExportError, match="restore deterrence"):  # the tail far down the next page: not the quote
        written.check_quotes([pages[0], "x" * 2000 + pages[1]], doc, "PDF")


def test_line_end_hyphen_and_soft_hyphen():
    doc = _doc("guided by long-term interests")
    written.check_quotes(["guided by long\x02term interests"], doc, "PDF")  # pdfium's mark for a line-end hyphen
    written.check_quotes(["guided by long-\nterm inter\u00adests"], doc, "PDF")


def test_an_unembedded_font_is_refused():
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("Helvetica", 12)  # one of the 14 standard fonts: referenced, never embedded
    c.drawString(72, 720, "“We will respond”")
    c.save()
    with pytest.raises(ExportError, match=r"uses fonts it does not embed \(Helvetica\)"):
        written.check_pdf(buf.getvalue(), _doc("We will respond"))


def test_reportlab_pdf_without_a_korean_font_fails_and_keeps_the_earlier_file(tmp_path, memo, lookup,
                                                                               user_templates):
    """No fallback font for Hangul: reportlab prints the Korean quote as nothing, silently. The
    read-back names the quote, and the PDF exported before stays as it was."""
    folder = user_templates("no-korean")
    (folder / "style.toml").write_text("[fonts]\nfallback = []\n", encoding="utf-8")
    out = tmp_path / "memo.pdf"
    export_memo(memo, lookup, out)
    before = out.read_bytes()
    with pytest.raises(ExportError) as err:
        export_memo(memo, lookup, out, template_id="no-korean")
    assert f"the quote “{KOREAN_QUOTE}” is missing or altered in the PDF" in str(err.value)
    assert "the earlier memo.pdf is kept" in str(err.value)
    assert out.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["memo.pdf",
                                                                                        "user-templates"]


def test_a_word_template_that_drops_the_quotes_is_refused(tmp_path, memo, lookup, user_templates):
    user_templates("no-quotes", "{{ title }}", "{% for s in sections %}{{ s.heading }} {% endfor %}")
    out = tmp_path / "memo.docx"
    with pytest.raises(ExportError, match="quote “in every way that we find necessary”.* Word file.*no memo.docx "
                                          "was written"):
        export_memo(memo, lookup, out, template_id="no-quotes")
    assert not out.exists()


def test_hidden_text_does_not_count(tmp_path, memo, lookup):
    import docx

    data = export_memo(memo, lookup, tmp_path / "m.docx").path.read_bytes()
    doc = build_document(memo, lookup, load_template("info-memo"))
    written.check_docx(data, doc)
    document = docx.Document(io.BytesIO(data))
    for p in document.paragraphs:
        for run in p.runs:
            if "in every way that we find necessary" in run.text:
                run.font.hidden = True
    buf = io.BytesIO()
    document.save(buf)
    with pytest.raises(ExportError, match="in every way that we find necessary"):
        written.check_docx(buf.getvalue(), doc)


def test_accessible_pdf_without_the_korean_font_fails(tmp_path, memo, lookup, monkeypatch):
    """LibreOffice given no Korean font drops the Hangul quote: the read-back catches it."""
    tool("soffice")
    from briefing_app.core import paths

    latin = tmp_path / "latin-fonts"
    latin.mkdir()
    for font in paths.fonts_dir().glob("Liberation*.ttf"):
        (latin / font.name).symlink_to(font)
    monkeypatch.setattr(fontconfig, "paths", types.SimpleNamespace(fonts_dir=lambda: latin))
    out = tmp_path / "tagged.pdf"
    with pytest.raises(ExportError, match=f"in the accessible PDF as rendered, the quote “{KOREAN_QUOTE}” is missing "
                                          "or altered: no font in it has the characters"):
        export_memo(memo, lookup, out, accessible=True)
    assert not out.exists()


def test_a_long_quote_over_two_page_breaks():
    words = [f"word{i}" for i in range(300)]
    doc = _doc(" ".join(words))
    pages = ["Intro. “" + " ".join(words[:100]) + "\r\n1 A note.\r\nPage 1 of 3",
             "BANNER\r\n" + " ".join(words[100:220]) + "\r\nPage 2 of 3",
             "BANNER\r\n" + " ".join(words[220:]) + "” — Someone\r\nPage 3 of 3"]
    written.check_quotes(pages, doc, "PDF")
    pages[1] = pages[1].replace("word150", "word15O")  # one altered word on the middle page
    with pytest.raises(ExportError, match="word0 word1"):
        written.check_quotes(pages, doc, "PDF")


def test_a_quote_longer_than_a_page_exports(tmp_path, memo, lookup):
    """A real long quote, which the PDF breaks over pages (with banners and notes between the
    parts), passes the read-back in both formats: no false alarm."""
    import dataclasses

    from briefing_app.core.model import Metadata
    from briefing_app.core.records import MemoItemRecord, SourceRecord

    long = " ".join(f"Sentence number {i} of the statement says that the ministry will act within "
                    f"{i + 2} days and that nothing else has changed." for i in range(70))
    lookup.sources[3] = SourceRecord(3, f"Intro.\n“{long}” the ministry said.\n", Metadata(title="Statement"))
    qid = lookup.add_quote(3, long, 1)
    quotes = next(s for s in memo.sections if s.key == "quotes")
    items = quotes.items + [MemoItemRecord(999, quotes.id, len(quotes.items), "quote", qid, "")]
    memo = dataclasses.replace(memo, sections=[dataclasses.replace(s, items=items) if s is quotes else s
                                               for s in memo.sections])
    report = export_memo(memo, lookup, tmp_path / "long.pdf")
    assert report.pages >= 3
    export_memo(memo, lookup, tmp_path / "long.docx")

"""The document model built from a memo: sections, quotes with speakers, citations, tables."""
from __future__ import annotations

import dataclasses

from briefing_app.export import ir
from briefing_app.export.build import build_document
from briefing_app.export.templates import load_template


def test_blocks_follow_the_memo(memo, lookup):
    doc = build_document(memo, lookup, load_template("info-memo"))
    assert doc.title == "Russia warns Seoul over arms for Ukraine" and doc.marking == "UNCLASSIFIED"
    assert doc.header == [("TO", "The Deputy Secretary"), ("FROM", "Jane Analyst, East Asia Desk"),
                          ("DATE", "2024-11-25"), ("SUBJECT", "Russia warns Seoul over arms for Ukraine")]
    assert [h.id for h in doc.headings()] == ["sec-bluf", "sec-background", "sec-quotes", "sec-actors", "sec-options"]
    assert doc.blocks[1].style == "bluf"
    quotes = doc.quotes()
    assert [q.speaker for q in quotes] == ["Andrey Rudenko", "Michael Waltz", "Michael Waltz", None, "Andrey Rudenko"]
    assert quotes[0].attribution == "Andrey Rudenko, Deputy Foreign Minister (Tass)"
    assert quotes[3].attribution == "Unattributed"
    assert [q.note for q in quotes] == [1, 2, 3, 4, 5]  # a note per cited quote
    assert [n.citation.form for n in doc.notes] == ["full", "short", "short", "full", "short"]
    assert doc.notes[0].text == ("Ben Wolfgang, “Russia warns South Korea against sending arms to Ukraine,” "
                                 "Washington Times, November 24, 2024.")
    assert doc.notes[1].text == "Wolfgang, “Russia Warns South Korea.”" or doc.notes[1].text.startswith("Wolfgang, “")
    assert doc.notes[0].url and not doc.notes[1].url  # a short note carries no URL


def test_empty_sections_print_nothing(memo, lookup):
    memo.section("actors").items = []
    doc = build_document(memo, lookup, load_template("info-memo"))
    assert "Actors" not in [h.text for h in doc.headings()]


def test_through_only_when_set(memo, lookup):
    memo.through = "The Assistant Secretary"
    doc = build_document(memo, lookup, load_template("info-memo"))
    assert [k for k, _ in doc.header] == ["TO", "FROM", "THROUGH", "DATE", "SUBJECT"]


def test_decision_lines_for_decision_templates(memo, lookup):
    spec = dataclasses.replace(load_template("info-memo"), decision_lines=True)
    doc = build_document(memo, lookup, spec)
    decision = doc.blocks.index(next(b for b in doc.blocks if isinstance(b, ir.DecisionBlock)))
    assert doc.blocks[decision].choices == ["Approve", "Disapprove", "Other"]
    assert doc.blocks[decision - 1].text == "Decision"  # after the last section
    assert [b.text for b in doc.blocks[decision + 1:]] == ["Prepared by: Jane Analyst, East Asia Desk"]


def test_empty_table_columns_are_dropped(memo, lookup):
    lookup.options[1].pros = lookup.options[1].cons = ""
    doc = build_document(memo, lookup, load_template("info-memo"))
    options = [b for b in doc.blocks if isinstance(b, ir.Table)][-1]
    assert options.header == ["Option", "Positions"] and abs(sum(options.widths) - 1) < 1e-9


def test_citation_text_goes_through_the_style():
    c = ir.Citation("Title", "The Outlet", "Ann Author", "2024-11-24", "https://x")
    assert c.text() == "Ann Author, “Title,” Outlet, November 24, 2024."
    assert dataclasses.replace(c, style="apa").text() == "Author, A. (2024, November 24). Title. The Outlet."
    assert ir.Citation(None, "Outlet", "Ann Author").text() == "Ann Author, Outlet."
    assert [(r.text, r.italic, r.link) for r in c.runs() if r.italic or r.link] == [("Outlet", True, None),
                                                                                   ("https://x", False, "https://x")]


def test_own_text_is_parsed_as_markup(memo, lookup):
    memo.section("background").items[0].body = "**Seoul** waits.\n\n- one\n- *two*"
    doc = build_document(memo, lookup, load_template("info-memo"))
    start = doc.blocks.index(next(h for h in doc.headings() if h.id == "sec-background"))
    para, one, two = doc.blocks[start + 1:start + 4]
    assert (para.style, [(r.text, r.bold) for r in para.runs]) == ("body", [("Seoul", True), (" waits.", False)])
    assert (one.style, one.text, two.style, two.runs[0].italic) == ("bullet", "one", "bullet", True)


def test_quote_display_drops_only_a_trailing_comma():
    q = ir.QuoteBlock("it’s all going,", None, "", ir.Citation("t"), 1)
    assert q.display == "it’s all going" and q.quoted == "“it’s all going”"


def test_paraphrase_prints_without_marks_and_still_cites(memo, lookup):
    memo.section("quotes").items[0].paraphrase = True
    doc = build_document(memo, lookup, load_template("info-memo"))
    q = doc.quotes()[0]
    assert q.paraphrase and q.quoted == "in every way that we find necessary" and q.note == 1
    assert doc.notes[0].citation.form == "full"
    marked = ir.QuoteBlock("“Quoted in the clip,”", None, "", ir.Citation("t"), 1, paraphrase=True)
    assert marked.quoted == "Quoted in the clip"


def test_an_uncited_item_has_no_note_and_does_not_use_up_the_full_citation(memo, lookup):
    items = memo.section("quotes").items
    items[0].cite = False
    doc = build_document(memo, lookup, load_template("info-memo"))
    quotes = doc.quotes()
    assert [q.note for q in quotes] == [None, 1, 2, 3, 4]
    assert [n.citation.form for n in doc.notes] == ["full", "short", "full", "short"]
    assert quotes[0].citation.form == "full"  # still known, for templates that print it inline


def test_an_uncited_quote_gets_no_footnote_or_endnote(tmp_path, memo, lookup):
    import subprocess
    import zipfile

    from briefing_app.export import export_memo

    memo.section("quotes").items[0].cite = False
    word = export_memo(memo, lookup, tmp_path / "m.docx").path
    with zipfile.ZipFile(word) as z:
        body, notes = z.read("word/document.xml").decode(), z.read("word/footnotes.xml").decode()
    assert body.count("<w:footnoteReference") == 4 and notes.count("<w:footnote ") == 2 + 4
    pdf = export_memo(memo, lookup, tmp_path / "m.pdf").path
    text = " ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "“in every way that we find necessary” — Andrey Rudenko" in text  # no mark after the quote
    assert "4. Ким Мин Су" not in text and "3. Ким Мин Су, “서울 브리핑 / Брифинг,”" in text


def test_export_marking_overrides_the_memo_and_template(tmp_path, memo, lookup):
    import subprocess

    from briefing_app.export import export_memo

    def text(path):
        return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout

    assert memo.marking == "UNCLASSIFIED"
    assert text(export_memo(memo, lookup, tmp_path / "a.pdf", marking="CONFIDENTIAL").path).count("CONFIDENTIAL") >= 2
    plain = text(export_memo(memo, lookup, tmp_path / "b.pdf", marking="", template_id="action-memo").path)
    assert "UNCLASSIFIED" not in plain  # "" means no banner, even where the memo or the template has one
    assert "UNCLASSIFIED" in text(export_memo(memo, lookup, tmp_path / "c.pdf").path)


def test_review_status_prints_in_the_header_once_a_memo_leaves_draft(memo, lookup, tmp_path):
    from pypdf import PdfReader

    from briefing_app.export import export_memo

    assert "STATUS" not in [k for k, _ in build_document(memo, lookup, load_template("info-memo")).header]
    memo.status = "in review"
    assert ("STATUS", "In review") in build_document(memo, lookup, load_template("info-memo")).header
    memo.status, memo.approved_by, memo.approved_at = "approved", "alice", "2026-12-05T09:30:00Z"
    doc = build_document(memo, lookup, load_template("info-memo"))
    assert doc.header[-1] == ("STATUS", "Approved by alice on 2026-12-05")
    text = " ".join(PdfReader(str(export_memo(memo, lookup, tmp_path / "m.pdf").path)).pages[0].extract_text().split())
    assert "Approved by alice on 2026-12-05" in text


def test_subject_prints_a_title_with_typographic_marks_as_notes_do(memo, lookup):
    memo = dataclasses.replace(memo, title="", subject='Seoul\'s "peace" plan; 尹 \'北 도발 강력 대응\' 지시')
    doc = build_document(memo, lookup, load_template("info-memo"))
    assert doc.header[-1] == ("SUBJECT", "Seoul’s “peace” plan; 尹 ‘北 도발 강력 대응’ 지시")
    assert doc.title == doc.subject == doc.header[-1][1]

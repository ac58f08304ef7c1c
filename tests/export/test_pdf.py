"""PDF export read back with pypdf: quotes verbatim, scripts extractable, fonts embedded."""
from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from briefing_app.export import export_memo


def _printed(citation) -> str:
    """A note as the PDF prints it: the style's runs, URL included where the style puts it."""
    return "".join(r.text for r in citation.runs())


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
        text = _flat(page.extract_text())  # the total is a form drawn after "Page n of"
        assert text.count("UNCLASSIFIED") == 2
        assert f"Page {n} of {len(reader.pages)}" in text


def test_outline_links_and_info(pdf):
    _, reader = pdf
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles == ["Bottom line up front", "Background", "Key quotes", "Actors", "Options under discussion"]
    for item in reader.outline:  # each entry opens the page its heading is on
        assert item.title in reader.pages[reader.get_destination_page_number(item)].extract_text()
    annots = [a.get_object() for page in reader.pages for a in page.get("/Annots", [])]
    uris = [a["/A"].get("/URI") for a in annots if "/A" in a]
    assert "https://www.washingtontimes.com/news/2024/nov/24/russia-warns-south-korea/" in uris
    assert any("/Dest" in a for a in annots)  # note marks jump to their footnotes
    meta = reader.metadata
    assert meta.title == "Russia warns Seoul over arms for Ukraine"
    assert meta.author == "Jane Analyst, East Asia Desk"


def _notes(memo, lookup) -> list:
    from briefing_app.export import build
    from briefing_app.export.templates import load_template

    return build(memo, lookup, load_template(memo.template)).notes


def test_footnotes_cite_the_sources_at_the_foot_of_the_page(pdf, memo, lookup):
    _, reader = pdf
    page = _flat(reader.pages[0].extract_text())
    notes = _notes(memo, lookup)
    assert len(notes) == 5
    for n in notes:  # all five quotes are on page 1, so are their notes, after the text
        assert f"{n.number}. {_flat(_printed(n.citation))}" in page, n
        assert page.index(f"{n.number}. {_flat(_printed(n.citation))}") > page.index("Мы ответим")
    assert "Ben Wolfgang" in page and "연합뉴스" in page
    assert "Notes" not in [item.title for item in reader.outline]


def _links(reader):
    """(page index, annotation) for every link on every page."""
    return [(i, a.get_object()) for i, page in enumerate(reader.pages) for a in page.get("/Annots", [])]


def test_footnotes_follow_their_marks_across_pages(tmp_path, memo, lookup):
    quotes = memo.section("quotes")
    quotes.items = [quotes.items[0]] + [quotes.items[1]] * 6 + quotes.items[2:]
    background = memo.section("background").items[0]
    background.body = "\n".join(["Background that fills most of the first page and then some more. " * 4] * 9)
    reader = PdfReader(str(export_memo(memo, lookup, tmp_path / "spread.pdf").path))
    assert len(reader.pages) >= 2
    pages = [_flat(p.extract_text()) for p in reader.pages]
    marks_on = {}
    for i, a in _links(reader):
        if "/Dest" in a:  # every internal link here is a note mark or a note's back-link
            dest_page = next(n for n, p in enumerate(reader.pages) if p.indirect_reference == a["/Dest"][0])
            assert dest_page == i, (i, a["/Dest"])  # ... and stays on its page
            marks_on.setdefault(i, 0)
            marks_on[i] += 1
    assert len(marks_on) >= 2  # notes on more than one page
    for n in _notes(memo, lookup):
        on = [i for i, text in enumerate(pages) if f"{n.number}. {_flat(_printed(n.citation))}" in text]
        assert len(on) == 1, (n.number, on)
    uris = [a["/A"]["/URI"] for _, a in _links(reader) if "/A" in a]
    assert uris == ["https://www.washingtontimes.com/news/2024/nov/24/russia-warns-south-korea/"]  # note 1's URL


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


def test_internal_links_jump_to_the_heading(memo, lookup):
    import io

    from briefing_app.export import build, ir
    from briefing_app.export.render_pdf import render_pdf
    from briefing_app.export.templates import load_template

    spec = load_template("info-memo")
    memo.section("background").items[0].body = "\n".join(["Background that runs on. " * 12] * 12)
    doc = build(memo, lookup, spec)
    doc.blocks.insert(1, ir.Paragraph([ir.Run("See "), ir.Run("the options", link="#sec-options")]))
    reader = PdfReader(io.BytesIO(render_pdf(doc, spec.style).data))
    link = next(a for i, a in _links(reader) if i == 0 and "/Dest" in a and a["/Rect"][3] > 500)  # near the top
    target = next(n for n, p in enumerate(reader.pages) if p.indirect_reference == link["/Dest"][0])
    assert target > 0 and "Options under discussion" in reader.pages[target].extract_text()
    assert link["/Dest"][1] == "/XYZ"  # to the heading's position, not just its page


def test_a_quote_longer_than_a_page_runs_on_and_its_note_follows_its_end(memo, lookup):
    import io

    from briefing_app.export import build
    from briefing_app.export.render_pdf import render_pdf
    from briefing_app.export.templates import load_template

    spec = load_template("info-memo")
    doc = build(memo, lookup, spec)
    first = doc.quotes()[0]
    first.text = " ".join(f"w{i}" for i in range(900))
    reader = PdfReader(io.BytesIO(render_pdf(doc, spec.style).data))
    pages = [_flat(p.extract_text()) for p in reader.pages]
    end = next(i for i, text in enumerate(pages) if "w899" in text)
    assert end > next(i for i, text in enumerate(pages) if "w0 " in text)  # split across pages
    note = f"{first.note}. {_flat(_printed(doc.notes[first.note - 1].citation))}"
    assert [i for i, text in enumerate(pages) if note in text] == [end]


def test_a_note_mark_in_a_paragraph_links_to_its_footnote_and_an_unknown_one_prints_nothing(memo, lookup):
    import io

    from briefing_app.export import build, ir
    from briefing_app.export.render_pdf import render_pdf
    from briefing_app.export.templates import load_template

    spec = load_template("info-memo")
    doc = build(memo, lookup, spec)
    doc.blocks.insert(1, ir.Paragraph([ir.Run("As reported"), ir.NoteRef(1), ir.Run(" and more"), ir.NoteRef(99),
                                       ir.Run(".")]))
    reader = PdfReader(io.BytesIO(render_pdf(doc, spec.style).data))
    text = _flat(reader.pages[0].extract_text())
    assert "As reported1 and more." in text
    assert f"1. {_flat(_printed(doc.notes[0].citation))}" in text


def _frags(para) -> list:
    def plain(v):
        if hasattr(v, "__dict__"):
            return {k: plain(x) for k, x in sorted(v.__dict__.items())}
        return [plain(x) for x in v] if isinstance(v, (list, tuple)) else repr(v)
    return plain(para.frags)


def test_paragraphs_read_without_html_parser_get_reportlabs_own_fragments():
    from reportlab.platypus import Paragraph

    from briefing_app.export import ir
    from briefing_app.export.pdf_inline import Para, _tree, inline, note_mark
    from briefing_app.export.pdf_styles import make_style
    from briefing_app.export.templates import load_template

    st = make_style(load_template("info-memo").style)
    runs = [ir.Run("Plain  text\n with  spaces, "), ir.Run("bold & <b>", bold=True), ir.Run(" italic", italic=True),
            ir.Run("Руденко 한국어 문장", bold=True, italic=True), ir.NoteRef(1), ir.NoteRef(9),
            ir.Run(" a link", link='https://x.example/?a=1&b="2"<3>'), ir.Run(" inside", link="#h-2")]
    fast = [inline(runs, st.body, st, {1}), note_mark(3) + " after", "A &amp; B &lt;c&gt; &quot;d&quot; ",
            " ", "", "Plain &amp;", "Plain, one fragment", "<b>Prepared by: </b>Jane", "<unknown>kept as text</unknown>"]
    slow = ["x &#169; y", "&nbsp;", "<a href='single'>q</a>"]  # outside the subset: reportlab's own parser
    for markup in fast + slow:
        for style in ("body", "note", "cellhead"):
            ours, theirs = Para(markup, st.styles[style]), Paragraph(markup, st.styles[style])
            assert (ours.text, _frags(ours)) == (theirs.text, _frags(theirs)), markup
        assert (_tree(ours.text) is not None) == (markup in fast), markup
    with pytest.raises(ValueError):  # a parse error is still reportlab's error
        Para("<b>unclosed", st.styles["body"])


def test_a_paragraph_wrapped_again_at_the_same_width_keeps_its_lines(monkeypatch):
    """A table measures its cells and then draws them, a frame wraps before placing and before
    splitting: each wrap broke the lines anew (140 line breaks for 59 paragraph widths in a
    three-page memo). The same width now reuses the lines; another width breaks them again."""
    from reportlab.platypus import Paragraph

    from briefing_app.export.pdf_inline import Para
    from briefing_app.export.pdf_styles import make_style
    from briefing_app.export.templates import load_template

    st = make_style(load_template("info-memo").style)
    broke = []
    real = Paragraph.breakLines
    monkeypatch.setattr(Paragraph, "breakLines", lambda self, widths: broke.append(widths[:]) or real(self, widths))
    para = Para("The council met on <b>Friday</b> and voted the budget down after a long debate " * 6,
                st.styles["body"])
    first = para.wrap(300, 800)
    lines = [line.words for line in para.blPara.lines]
    assert para.wrap(300, 500) == first and len(broke) == 1
    assert [line.words for line in para.blPara.lines] == lines
    narrow = para.wrap(200, 800)
    assert len(broke) == 2 and narrow[1] > first[1]
    assert para.wrap(300, 800) == first and len(broke) == 3


def test_kept_lines_print_the_same_pdf_as_reportlabs_own_wrap(memo, lookup, monkeypatch):
    """Long paragraphs and a quote that splits across pages, every table: byte for byte the PDF of
    reportlab's own Paragraph.wrap (invariant mode: no dates or ids)."""
    from reportlab import rl_config
    from reportlab.platypus import Paragraph

    from briefing_app.export import build, ir
    from briefing_app.export.pdf_inline import Para
    from briefing_app.export.render_pdf import render_pdf
    from briefing_app.export.templates import load_template

    monkeypatch.setattr(rl_config, "invariant", 1)
    for template in ("info-memo", "briefing-book"):  # briefing-book: cover, contents (two passes)
        spec = load_template(template)
        doc = build(memo, lookup, spec)
        doc.quotes()[0].text = " ".join(f"word{i}" for i in range(700))
        doc.blocks.insert(1, ir.Paragraph([ir.Run("The talks went on through the week and "
                                                  "the ministers met twice a day. " * 40)]))
        kept = render_pdf(doc, spec.style)
        with monkeypatch.context() as m:
            m.setattr(Para, "wrap", Paragraph.wrap)
            own = render_pdf(doc, spec.style)
        assert kept.pages == own.pages >= 2 and kept.data == own.data, template


def test_reportlabs_c_accelerator_is_a_dependency_and_in_the_frozen_build():
    """rl_accel (reportlab's "accel" extra: string widths, number formatting, fragment comparison in C)
    takes a tenth of a render's instructions off; reportlab falls back to Python without a word when it
    is missing. It is a pinned dependency, the frozen build names it (reportlab imports it inside
    exec(), which PyInstaller's analysis does not see), and where installed reportlab uses it."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    assert re.search(r'^\s*"rl_accel==[0-9.]+",', (root / "pyproject.toml").read_text(encoding="utf-8"), re.M)
    assert 'append("_rl_accel")' in (root / "packaging" / "briefing.spec").read_text(encoding="utf-8")
    pytest.importorskip("_rl_accel")
    from reportlab.lib import rl_accel

    assert not rl_accel._py_funcs  # every accelerated function comes from the C module


def test_an_unpacked_pdf_has_the_same_pages_as_the_packed_one(memo, lookup):
    """The live preview renders with compress=False (packing the page and font streams was a tenth
    of its render): the same pages, text and pixels as the PDF File > Export writes."""
    import io

    import pypdfium2

    from briefing_app.export import build
    from briefing_app.export.render_pdf import render_pdf
    from briefing_app.export.templates import load_template

    spec = load_template("info-memo")
    doc = build(memo, lookup, spec)
    packed, unpacked = render_pdf(doc, spec.style), render_pdf(doc, spec.style, compress=False)
    assert b"/FlateDecode" in packed.data and b"/FlateDecode" not in unpacked.data
    assert unpacked.pages == packed.pages == len(PdfReader(io.BytesIO(unpacked.data)).pages)
    texts = [[_flat(p.extract_text()) for p in PdfReader(io.BytesIO(r.data)).pages] for r in (packed, unpacked)]
    assert texts[0] == texts[1]
    pixels = []
    for data in (packed.data, unpacked.data):
        pdf = pypdfium2.PdfDocument(data)
        pixels.append([pdf[n].render(scale=1).to_pil().tobytes() for n in range(len(pdf))])
        pdf.close()
    assert pixels[0] == pixels[1]

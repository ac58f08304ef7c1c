"""Generate the Word templates (templates/<id>/memo.docx) with python-docx.

Run after changing the layout:  .venv/bin/python scripts/make_templates.py
The .docx files are committed; users restyle their own copies in Word.

The Jinja tags follow docxtpl: {%p …%} tags each take a paragraph of their own, {%tr …%}
a table row and {%tc …%} a cell; {{r x }} inserts runs the exporter prepares. The context
the exporter passes is documented in briefing_app/export/docx_context.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

ROOT = Path(__file__).resolve().parents[1]
BODY_FONT = "Times New Roman"  # Liberation Serif stands in for it where it is missing
EAST_ASIAN_FONT = "Malgun Gothic"


def _fonts(style_or_run, size: float | None = None, bold: bool | None = None) -> None:
    font = style_or_run.font
    font.name = BODY_FONT
    if size:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    rpr = style_or_run.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        rfonts.set(qn(attr), BODY_FONT)
    rfonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)


def _border(paragraph_format_element, side: str, size: int = 8, space: int = 4, color: str = "000000") -> None:
    ppr = paragraph_format_element.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement(f"w:{side}")
    for k, v in (("w:val", "single"), ("w:sz", str(size)), ("w:space", str(space)), ("w:color", color)):
        el.set(qn(k), v)
    pbdr.append(el)


def _styles(doc) -> None:
    styles = doc.styles
    normal = styles["Normal"]
    _fonts(normal, 12)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.0
    for name in ("Heading 1", "Heading 2"):
        h = styles[name]
        _fonts(h, 12, True)
        h.font.italic = name == "Heading 2"
        h.font.color.rgb = RGBColor(0, 0, 0)
        h.paragraph_format.space_before = Pt(9)
        h.paragraph_format.space_after = Pt(4)
        h.paragraph_format.keep_with_next = True

    def add(name, kind, base="Normal"):
        s = styles.add_style(name, kind)
        if kind == WD_STYLE_TYPE.PARAGRAPH:
            s.base_style = styles[base]
        return s

    kind_label = add("Memo Kind", WD_STYLE_TYPE.PARAGRAPH)
    _fonts(kind_label, 14, True)
    kind_label.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    kind_label.paragraph_format.space_after = Pt(14)
    header_field = add("Memo Field", WD_STYLE_TYPE.PARAGRAPH)
    header_field.paragraph_format.space_after = Pt(2)
    rule = add("Memo Rule", WD_STYLE_TYPE.PARAGRAPH)
    rule.paragraph_format.space_after = Pt(8)
    rule.font.size = Pt(4)
    _border(rule.element, "bottom", size=10, space=1)
    quote = add("Memo Quote", WD_STYLE_TYPE.PARAGRAPH)
    quote.paragraph_format.left_indent = Inches(0.45)
    quote.paragraph_format.space_after = Pt(1)
    quote.paragraph_format.keep_with_next = True
    _border(quote.element, "left", size=16, space=8, color="7A7A7A")
    attribution = add("Memo Attribution", WD_STYLE_TYPE.PARAGRAPH, "Memo Quote")
    attribution.font.size = Pt(11)
    attribution.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    attribution.paragraph_format.space_after = Pt(9)
    attribution.paragraph_format.keep_with_next = False
    banner = add("Memo Banner", WD_STYLE_TYPE.PARAGRAPH)
    banner.font.name = "Arial"
    banner.font.size = Pt(10)
    banner.font.bold = True
    banner.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    banner.paragraph_format.space_after = Pt(0)
    page = add("Memo Page Number", WD_STYLE_TYPE.PARAGRAPH, "Memo Banner")
    page.font.bold = False
    page.font.size = Pt(9)
    page.paragraph_format.space_after = Pt(3)
    cell = add("Memo Table Text", WD_STYLE_TYPE.PARAGRAPH)
    cell.font.size = Pt(10)
    cell.paragraph_format.space_after = Pt(0)
    note = add("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
    note.font.size = Pt(9.5)
    note.paragraph_format.space_after = Pt(2)
    ref = add("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
    ref.font.superscript = True
    link = add("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link.font.color.rgb = RGBColor(0x1A, 0x4F, 0x8B)
    link.font.underline = True
    decision = add("Memo Decision", WD_STYLE_TYPE.PARAGRAPH)
    decision.paragraph_format.space_before = Pt(10)
    decision.paragraph_format.space_after = Pt(2)
    closing = add("Memo Closing", WD_STYLE_TYPE.PARAGRAPH)
    closing.paragraph_format.space_before = Pt(8)
    closing.paragraph_format.space_after = Pt(2)
    closing.paragraph_format.keep_with_next = True
    source = add("Memo Source", WD_STYLE_TYPE.PARAGRAPH)
    source.font.size = Pt(11)
    source.paragraph_format.left_indent = Inches(0.25)
    source.paragraph_format.first_line_indent = Inches(-0.25)
    source.paragraph_format.space_after = Pt(3)
    support = styles["List Bullet 2"]
    support.font.size = Pt(11)
    styles["List Bullet"].paragraph_format.space_after = Pt(4)
    cover_kind = add("Memo Cover Kind", WD_STYLE_TYPE.PARAGRAPH)
    _fonts(cover_kind, 16, True)
    cover_kind.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cover_kind.paragraph_format.space_before = Pt(150)
    cover_kind.paragraph_format.space_after = Pt(30)
    cover_title = add("Memo Cover Title", WD_STYLE_TYPE.PARAGRAPH)
    _fonts(cover_title, 22, True)
    cover_title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cover_title.paragraph_format.space_after = Pt(24)
    cover_line = add("Memo Cover Line", WD_STYLE_TYPE.PARAGRAPH)
    cover_line.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    contents = add("Memo Contents Heading", WD_STYLE_TYPE.PARAGRAPH, "Heading 1")
    contents.paragraph_format.page_break_before = True
    outline = OxmlElement("w:outlineLvl")  # body text: the contents heading does not list itself
    outline.set(qn("w:val"), "9")
    contents.element.get_or_add_pPr().append(outline)


def _para(container, text: str = "", style: str | None = None, bold: bool = False):
    p = container.add_paragraph(style=style)
    if text:
        p.add_run(text).bold = bold or None
    return p


def _no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def _shade(cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _cell(cell, text: str, bold: bool = False) -> None:
    p = cell.paragraphs[0]
    p.style = "Memo Table Text"
    p.add_run(text).bold = bold or None


def _header_block(doc) -> None:
    _para(doc, "{{ kind_label }}", "Memo Kind")
    t = doc.add_table(rows=3, cols=2)
    _no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    widths = (Inches(1.1), Inches(5.4))
    for column, width in zip(t.columns, widths):
        column.width = width
    for row in t.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width
    _cell(t.cell(0, 0), "{%tr for f in header %}")
    _cell(t.cell(1, 0), "{{ f.label }}:", bold=True)
    _cell(t.cell(1, 1), "{{ f.value }}")
    _cell(t.cell(2, 0), "{%tr endfor %}")
    for r in t.rows:
        for c in r.cells:
            c.paragraphs[0].style = "Memo Field"
    _para(doc, "", "Memo Rule")


def _data_table(doc) -> None:
    t = doc.add_table(rows=4, cols=3)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    _cell(t.cell(0, 0), "{%tc for c in b.header %}")
    _cell(t.cell(0, 1), "{{ c }}", bold=True)
    _shade(t.cell(0, 1), "E6E6E6")
    _cell(t.cell(0, 2), "{%tc endfor %}")
    _cell(t.cell(1, 0), "{%tr for row in b.rows %}")
    _cell(t.cell(2, 0), "{%tc for c in row %}")
    _cell(t.cell(2, 1), "{{ c }}")
    _cell(t.cell(2, 2), "{%tc endfor %}")
    _cell(t.cell(3, 0), "{%tr endfor %}")
    # the header row repeats on every page the table runs onto
    trpr = t.rows[0]._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:tblHeader"))


def _decision_table(doc) -> None:
    t = doc.add_table(rows=3, cols=3)
    _no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    widths = (Inches(1.4), Inches(2.6), Inches(2.5))
    for row in t.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width
    _cell(t.cell(0, 0), "{%tr for c in b.choices %}")
    _cell(t.cell(1, 0), "{{ c }}", bold=True)
    _cell(t.cell(1, 1), "________________ {{ b.initials }}")
    _cell(t.cell(1, 2), "{{ b.date }} ________________")
    for c in t.rows[1].cells:
        c.paragraphs[0].style = "Memo Decision"
    _cell(t.cell(2, 0), "{%tr endfor %}")


def _cover(doc) -> None:
    """Cover page and contents (briefing book). The TOC field replaces [[TOC]] on export."""
    _para(doc, "{{ kind_label }}", "Memo Cover Kind")
    _para(doc, "{{ title }}", "Memo Cover Title")
    _para(doc, "{%p for f in header %}")
    _para(doc, "{%p if f.label != 'SUBJECT' and f.value %}")
    _para(doc, "{{ f.label|capitalize }}: {{ f.value }}", "Memo Cover Line")
    _para(doc, "{%p endif %}")
    _para(doc, "{%p endfor %}")
    _para(doc, "Contents", "Memo Contents Heading")
    _para(doc, "[[TOC]]")


def _body(doc, cover: bool = False) -> None:
    if cover:
        _cover(doc)
    else:
        _header_block(doc)
    _para(doc, "{%p for s in sections %}")
    _para(doc, "{%p if s.heading and s.new_page %}")
    _para(doc, "{{ s.heading }}", "Heading 1").paragraph_format.page_break_before = True
    _para(doc, "{%p elif s.heading %}")
    _para(doc, "{{ s.heading }}", "Heading 1")
    _para(doc, "{%p endif %}")
    _para(doc, "{%p for b in s.blocks %}")
    _para(doc, "{%p if b.type == 'paragraph' and b.style == 'bullet' %}")
    _para(doc, "{{r b.runs }}", "List Bullet")
    _para(doc, "{%p elif b.type == 'paragraph' and b.style == 'closing' %}")
    _para(doc, "{{r b.runs }}", "Memo Closing")
    _para(doc, "{%p elif b.type == 'paragraph' and b.style == 'source' %}")
    _para(doc, "{{r b.runs }}", "Memo Source")
    _para(doc, "{%p elif b.type == 'paragraph' %}")
    _para(doc, "{{r b.runs }}")
    _para(doc, "{%p elif b.type == 'heading' %}")
    _para(doc, "{{ b.text }}", "Heading 2")
    _para(doc, "{%p elif b.type == 'quote' and b.compact %}")
    q = _para(doc, "{{ b.portion }}{{ b.quoted }}", "List Bullet 2")
    q.add_run("{{r b.note_ref }}")
    q.add_run(" — {{ b.attribution }}")
    _para(doc, "{%p elif b.type == 'quote' %}")
    q = _para(doc, "{{ b.portion }}{{ b.quoted }}", "Memo Quote")
    q.add_run("{{r b.note_ref }}")
    _para(doc, "— {{ b.attribution }}", "Memo Attribution")
    _para(doc, "{%p elif b.type == 'table' %}")
    _data_table(doc)
    _para(doc, "{%p elif b.type == 'decision' %}")
    _decision_table(doc)
    _para(doc, "{%p endif %}")
    _para(doc, "{%p endfor %}")
    _para(doc, "{%p endfor %}")


def _header_footer(section) -> None:
    header = section.header.paragraphs[0]
    header.style = "Memo Banner"
    header.add_run("{{ marking }}")
    footer = section.footer.paragraphs[0]
    footer.style = "Memo Page Number"
    # [[PAGE]] and [[NUMPAGES]] become Word fields when the memo is exported
    footer.add_run("Page [[PAGE]] of [[NUMPAGES]]")
    _para(section.footer, "{{ marking }}", "Memo Banner")


# template id -> layout options of its memo.docx (what the memo says comes from template.toml)
TEMPLATES = {"info-memo": {}, "action-memo": {}, "options-paper": {}, "talking-points": {},
             "briefing-book": {"cover": True}}


def make_memo_docx(path: Path, cover: bool = False) -> None:
    doc = Document()
    _styles(doc)
    section = doc.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    for side in ("top_margin", "bottom_margin", "left_margin", "right_margin"):
        setattr(section, side, Inches(1))
    section.header_distance = section.footer_distance = Inches(0.45)
    _header_footer(section)
    body = doc.element.body
    for p in list(body.iterchildren(qn("w:p"))):  # the empty paragraph a new document starts with
        body.remove(p)
    _body(doc, cover)
    props = doc.core_properties
    props.title, props.author, props.subject, props.comments = "Memo template", "Briefing Builder", "", ""
    props.keywords = ""
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))


def main(argv: list[str]) -> int:
    for template_id in argv or list(TEMPLATES):
        out = ROOT / "templates" / template_id / "memo.docx"
        make_memo_docx(out, **TEMPLATES.get(template_id, {}))
        print(f"wrote {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

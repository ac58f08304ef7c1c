"""Word export read back with python-docx: quotes, header fields, footnotes, fields, properties."""
from __future__ import annotations

import re
import zipfile

import docx
import pytest

from briefing_app.export import export_memo


@pytest.fixture
def word(tmp_path, memo, lookup):
    report = export_memo(memo, lookup, tmp_path / "memo.docx")
    return report, docx.Document(str(report.path))


def _body_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join(parts)


def test_quotes_and_header_fields(word, lookup):
    report, document = word
    assert report.format == "docx" and report.pages and report.page_budget == 2
    text = _body_text(document)
    for quote in lookup.quotes.values():
        assert quote.text.rstrip(",") in text
    fields = {t.rows[i].cells[0].text: t.rows[i].cells[1].text for t in document.tables[:1] for i in range(len(t.rows))}
    assert fields == {"TO:": "The Deputy Secretary", "FROM:": "Jane Analyst, East Asia Desk", "DATE:": "2024-11-25",
                      "SUBJECT:": "Russia warns Seoul over arms for Ukraine"}
    assert "— Andrey Rudenko, Deputy Foreign Minister (Tass)" in text
    assert "Руденко & Co <Ltd>" in text  # escaped on the way in, intact on the way out


def test_sections_and_tables(word):
    _, document = word
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Bottom line up front", "Background", "Key quotes", "Actors", "Options under discussion"]
    actors = document.tables[1]
    assert [c.text for c in actors.rows[0].cells] == ["Actor", "Role", "Affiliation"]
    assert len(actors.rows) == 4
    options = document.tables[2]
    assert len(options.columns) == 4


def test_footnotes_fields_and_banners(word):
    report, document = word
    with zipfile.ZipFile(report.path) as z:
        body = z.read("word/document.xml").decode()
        notes = z.read("word/footnotes.xml").decode()
        footer = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("word/footer"))
    assert body.count("<w:footnoteReference") == 5
    text = re.sub(r"<[^>]+>", "", notes)
    assert "Washington Times, November 24, 2024, https://" in text and "Wolfgang, “Russia warns South Korea.”" in text
    assert "Ibid." not in notes  # later notes citing a source take the short form (Chicago 17)
    assert 'w:type="separator" w:id="-1"' in notes
    assert " PAGE " in footer and " NUMPAGES " in footer and "[[" not in footer
    section = document.sections[0]
    assert [p.text for p in section.header.paragraphs] == ["UNCLASSIFIED"]
    assert "UNCLASSIFIED" in [p.text for p in section.footer.paragraphs]


def test_core_properties_are_not_escaped_twice(tmp_path, memo, lookup):
    memo.title = "Seoul & Moscow <arms>"
    report = export_memo(memo, lookup, tmp_path / "props.docx")
    props = docx.Document(str(report.path)).core_properties
    assert props.title == "Seoul & Moscow <arms>"
    assert props.author == "Jane Analyst, East Asia Desk"
    assert props.subject == "Russia warns Seoul over arms for Ukraine"


def test_hyperlink_in_text(word):
    report, _ = word
    with zipfile.ZipFile(report.path) as z:
        rels = z.read("word/_rels/document.xml.rels").decode()
        body = z.read("word/document.xml").decode()
    assert 'TargetMode="External"' in rels and "<w:hyperlink" in body


def test_a_users_copy_of_a_builtin_template_renders(tmp_path, memo, lookup, user_templates):
    import shutil

    from briefing_app.export.templates import load_template

    folder = user_templates("my-memo")
    for name in ("template.toml", "style.toml", "memo.docx"):
        shutil.copy(load_template("info-memo").folder / name, folder / name)
    report = export_memo(memo, lookup, tmp_path / "mine.docx", template_id="my-memo")
    text = _body_text(docx.Document(str(report.path)))
    assert "in every way that we find necessary" in text and "The Deputy Secretary" in text


def _doc_with_internal_link(memo, lookup):
    from briefing_app.export import build, ir
    from briefing_app.export.templates import load_template

    spec = load_template("info-memo")
    doc = build(memo, lookup, spec)
    doc.blocks.append(ir.Paragraph([ir.Run("See "), ir.Run("the background", link="#sec-background"), ir.Run(".")]))
    return doc, spec


def test_every_heading_has_a_bookmark_and_internal_links_jump_to_it(tmp_path, memo, lookup):
    from lxml import etree

    from briefing_app.export.docx_context import bookmark_name
    from briefing_app.export.render_docx import render_docx

    doc, spec = _doc_with_internal_link(memo, lookup)
    out = tmp_path / "links.docx"
    out.write_bytes(render_docx(doc, spec))
    document = docx.Document(str(out))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    marks = {}
    for p in document.paragraphs:
        for start in p._p.iter(w + "bookmarkStart"):
            end = p._p.find(w + "bookmarkEnd")
            assert end is not None and end.get(w + "id") == start.get(w + "id")
            marks[start.get(w + "name")] = p.text
    assert marks == {bookmark_name(h.id): h.text for h in doc.headings()}
    assert all(len(name) <= 40 and name[0].isalpha() and "-" not in name for name in marks)
    links = [el for el in document.element.body.iter(w + "hyperlink") if el.get(w + "anchor")]
    assert [(el.get(w + "anchor"), "".join(t.text for t in el.iter(w + "t"))) for el in links] == \
        [("sec_background", "the background")]
    assert marks["sec_background"] == "Background"
    assert etree.tostring(links[0]).count(b"Hyperlink") == 1  # styled as a link


def _png(path) -> None:
    from PIL import Image

    Image.new("RGB", (40, 20), (26, 79, 139)).save(path)


def test_every_picture_has_alt_text_including_the_templates(tmp_path, memo, lookup, user_templates):
    from docx.shared import Inches

    from briefing_app.export.templates import load_template

    folder = user_templates("with-logo")
    info = load_template("info-memo").folder
    for name in ("template.toml", "style.toml"):
        (folder / name).write_bytes((info / name).read_bytes())
    _png(tmp_path / "logo.png")
    template = docx.Document(str(info / "memo.docx"))
    template.sections[0].header.paragraphs[0].add_run().add_picture(str(tmp_path / "logo.png"), width=Inches(0.5))
    template.paragraphs[0].add_run().add_picture(str(tmp_path / "logo.png"), width=Inches(0.5))
    titled = template.inline_shapes[0]._inline.docPr
    titled.set("title", "Department seal")
    template.save(str(folder / "memo.docx"))

    report = export_memo(memo, lookup, tmp_path / "logo.docx", template_id="with-logo")
    with zipfile.ZipFile(report.path) as z:
        xml = {n: z.read(n).decode() for n in z.namelist() if n.startswith("word/") and n.endswith(".xml")}
    pictures = [(n, m) for n, text in xml.items() for m in re.findall(r"<wp:docPr [^>]*>", text)]
    assert len(pictures) == 2 and {n.split("/")[1][:6] for n, _ in pictures} == {"docume", "header"}
    descr = sorted(re.search(r'descr="([^"]*)"', m).group(1) for _, m in pictures)
    assert descr == ["Department seal", "Picture from the Information memo template"]

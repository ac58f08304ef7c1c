"""Word export read back with python-docx: quotes, header fields, footnotes, fields, properties."""
from __future__ import annotations

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
    assert "The Washington Times, 2024-11-24." in notes and "Ibid." in notes
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

"""The body's furniture lines (bodylines.py) are hidden in a Word file and a PDF of the article as on its web page: the
opinion section's standard disclaimer without an "Editor's note" label (English, Russian, Korean wordings), a word count,
a desk line; hidden as boilerplate spans, the text kept whole (offsets unchanged). Sentences that look like them (the
views of a minister, a disclaimer quoted inside an article's sentence or reported with "said") stay shown."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from briefing_app.core import paths
from briefing_app.core.model import SourceDoc
from briefing_app.ingest import read_file
from briefing_app.ingest.bodylines import body_line, furniture

HEADLINE = "The council should fund the night buses"
BODY = [
    "The city council will vote next week on whether to keep the night bus routes that carry shift workers home "
    "after midnight, and it should vote to keep every one of them.",
    "Cutting the routes would save a little money this year and cost far more later, when workers who cannot get "
    "home stop taking the jobs that keep hospitals, bakeries and warehouses running through the night.",
]
HIDDEN = [
    "The views expressed in this article are the author's own and do not necessarily reflect the position of the Ledger.",
    "The opinions expressed in this column are solely those of the writer.",
    "Views expressed in this piece are the author's own.",
    "Мнение автора может не совпадать с позицией редакции.",
    "외부 필진의 기고는 본지의 편집 방향과 다를 수 있습니다.",
    "1,204 words",
    "From: The Opinion Desk",
]
SHOWN = [
    "The views of the minister are well known.",
    "The views expressed by residents at the hearing were mostly those of people who ride the buses every night.",
    "The paper printed its usual line, \u201cthe views expressed are the author's own,\u201d under a column that "
    "the council's own press office had written.",
    "\u201cThe views expressed in this article are the author's own,\u201d the editor said when readers complained.",
]


def build_docx(path: Path, extra: list[str]) -> None:
    import docx

    document = docx.Document()
    document.add_heading(HEADLINE, level=1)
    for text in [BODY[0], *extra, BODY[1]]:
        document.add_paragraph(text)
    document.save(str(path))


def build_pdf(path: Path, extra: list[str]) -> None:
    from reportlab.pdfbase.pdfmetrics import registerFont
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    face = _unicode_face()
    registerFont(TTFont("Body", face))
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    y = 720.0
    c.setFont("Body", 20)
    c.drawString(72, y, HEADLINE)
    y -= 40
    c.setFont("Body", 11)
    for text in [BODY[0], *extra, BODY[1]]:
        for line in textwrap.wrap(text, 80):
            c.drawString(72, y, line)
            y -= 14
            if y < 72:
                c.showPage()
                c.setFont("Body", 11)
                y = 720.0
        y -= 12
    c.save()


def _unicode_face() -> str:
    """The bundled face with Latin, Cyrillic and Hangul (the Korean disclaimer needs Hangul)."""
    return str(paths.resources_dir() / "fonts" / "NanumGothic-Regular.ttf")


BUILDERS = {"docx": build_docx, "pdf": build_pdf}


def hidden_and_shown(doc: SourceDoc, line: str) -> tuple[bool, bool]:
    """(whether `line` is hidden as boilerplate, whether it is in the text at all), the line's spaces ignored."""
    key = " ".join(line.split())
    at = " ".join(doc.text.split()).find(key)
    hidden = any(" ".join(doc.text[s.start:s.end].split()) == key for s in doc.boilerplate)
    return hidden, at >= 0


@pytest.mark.parametrize("kind", BUILDERS)
def test_furniture_lines_are_hidden_and_kept_in_the_text(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"piece.{kind}"
    BUILDERS[kind](path, HIDDEN)
    doc = read_file(path)
    for line in HIDDEN:
        hidden, present = hidden_and_shown(doc, line)
        assert present, (kind, line, doc.text)
        assert hidden, (kind, line, [doc.text[s.start:s.end] for s in doc.boilerplate])
    for para in BODY:  # the article stays visible
        assert hidden_and_shown(doc, para) == (False, True), (kind, para)


@pytest.mark.parametrize("kind", BUILDERS)
def test_sentences_that_look_like_a_disclaimer_stay_shown(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"piece.{kind}"
    BUILDERS[kind](path, SHOWN)
    doc = read_file(path)
    hidden = [doc.text[s.start:s.end] for s in doc.boilerplate]
    for line in SHOWN:
        assert hidden_and_shown(doc, line) == (False, True), (kind, line, hidden)


@pytest.mark.parametrize("line", HIDDEN)
def test_one_rule_for_every_reader(line: str) -> None:
    """The Word and PDF readers use the web reader's own test (no copied patterns)."""
    assert body_line(line)
    text = f"{BODY[0]}\n\n{line}\n\n{BODY[1]}\n"
    spans = furniture(text)
    assert [text[s.start:s.end] for s in spans] == [line]


@pytest.mark.parametrize("line", SHOWN)
def test_near_misses_are_no_furniture(line: str) -> None:
    assert not body_line(line)
    assert furniture(f"{BODY[0]}\n\n{line}\n") == []


def test_a_paragraph_read_line_by_line_offsets_kept() -> None:
    text = f"{HEADLINE}\n\n{BODY[0]}\n{HIDDEN[0]}\n\n{BODY[1]}"
    (span,) = furniture(text)
    assert text[span.start:span.end] == HIDDEN[0]
    assert furniture(text, span.end) == []  # read from an offset: nothing past the disclaimer

"""A file's own title and author without the defaults tools write: reportlab's '(anonymous)' and '(unspecified)',
python-docx's 'python-docx', an office account's name. A real title or author is kept as the file gives it."""
from __future__ import annotations

import io

import pytest

from briefing_app.ingest import read_file
from briefing_app.ingest.doc_properties import clean_author, clean_title


@pytest.mark.parametrize("author", ["(anonymous)", "anonymous", "(unspecified)", "python-docx", "Microsoft Office User",
                                    "Administrator", " [Unknown] ", "Windows User", ""])
def test_a_tools_default_author_is_no_author(author: str) -> None:
    assert clean_author(author) is None


@pytest.mark.parametrize("author", ["Jane Doe", "Reuters", "Anonymous Coward Press", "(Jane Doe)"])
def test_a_real_author_is_kept(author: str) -> None:
    assert clean_author(author) == author.strip("()")


@pytest.mark.parametrize("title", ["(anonymous)", "untitled", "(Untitled)", "Document1", "memo_final-v2.docx", "(unspecified)"])
def test_a_tools_default_title_is_no_title(title: str) -> None:
    assert clean_title(title) is None


def test_a_word_title_loses_the_program_name_and_a_real_title_is_kept() -> None:
    assert clean_title("Microsoft Word - Budget talks stall.docx") == "Budget talks stall"
    assert clean_title("Budget talks stall as unions walk out") == "Budget talks stall as unions walk out"


def test_a_reportlab_pdf_with_no_metadata_has_no_title_or_author(tmp_path) -> None:
    """(The title is then guessed from the text, as for any file without one.)"""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    path = tmp_path / "plain.pdf"
    style = getSampleStyleSheet()["BodyText"]
    paragraphs = ["Night buses to run every ten minutes",
                  "The city will add six night bus routes next month, its transport office said on Monday.",
                  "Taxi drivers said the plan would cut their earnings."]
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph(p, style) for p in paragraphs])
    doc = read_file(path)
    assert doc.metadata.author is None
    assert doc.metadata.title is None


def test_a_python_docx_file_has_no_author(tmp_path) -> None:
    import docx

    d = docx.Document()  # (python-docx's template: author "python-docx")
    for para in ("Night buses to run every ten minutes", "The city will add six night bus routes next month."):
        d.add_paragraph(para)
    buf = io.BytesIO()
    d.save(buf)
    path = tmp_path / "plain.docx"
    path.write_bytes(buf.getvalue())
    assert docx.Document(str(path)).core_properties.author == "python-docx"
    assert read_file(path).metadata.author is None

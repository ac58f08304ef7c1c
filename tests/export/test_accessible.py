"""The accessible PDF: LibreOffice turns the memo's DOCX into a tagged PDF/UA file, or a plain error."""
from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from briefing_app.core.errors import ExportError
from briefing_app.export import accessible, export_memo
from system_tools import tool


@pytest.fixture
def memo_docx(tmp_path, memo, lookup) -> bytes:
    return export_memo(memo, lookup, tmp_path / "memo.docx").path.read_bytes()


def test_tagged_pdf_with_structure_tree_and_the_text(memo_docx, lookup):
    tool("soffice")
    assert accessible.available()
    reader = PdfReader(io.BytesIO(accessible.convert_docx_to_pdf(memo_docx)))
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root
    assert root["/MarkInfo"]["/Marked"] is True or str(root["/MarkInfo"]["/Marked"]) == "True"
    assert b"pdfuaid" in root["/Metadata"].get_object().get_data()  # declared PDF/UA
    assert reader.metadata.title == "Russia warns Seoul over arms for Ukraine"
    assert [o.title for o in reader.outline if not isinstance(o, list)][:3] == [
        "Bottom line up front", "Background", "Key quotes"]  # headings as PDF bookmarks
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))
    for quote in lookup.quotes.values():
        assert re.sub(r"\s+", " ", quote.text.rstrip(",")) in text, quote.text
    assert "Мы ответим" in text and "한국어 문장도 그대로 인쇄되어야 한다" in text


def test_without_libreoffice_a_plain_error(monkeypatch, memo_docx):
    monkeypatch.setenv("PATH", "/nonexistent")
    assert not accessible.available()
    with pytest.raises(ExportError, match="needs LibreOffice, which is not installed"):
        accessible.convert_docx_to_pdf(memo_docx)


def test_a_conversion_that_runs_too_long_is_stopped(memo_docx):
    tool("soffice")
    with pytest.raises(ExportError, match=r"took longer than 0\.05 s .* stopped"):
        accessible.convert_docx_to_pdf(memo_docx, timeout=0.05)


def test_a_file_libreoffice_cannot_convert_is_an_error(memo_docx):
    tool("soffice")
    with pytest.raises(ExportError, match="could not convert the memo .*could not be loaded"):
        accessible.convert_docx_to_pdf(memo_docx[:len(memo_docx) // 2])  # a truncated package

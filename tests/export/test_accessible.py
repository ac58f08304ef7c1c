"""The accessible PDF: LibreOffice turns the memo's DOCX into a tagged PDF/UA file, or a plain error."""
from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing_app.core import paths
from briefing_app.core.errors import ExportError
from briefing_app.export import accessible, export_memo
from briefing_app.export.fontconfig import child_env
from briefing_app.export.fonts import FAMILIES
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


def test_libreoffice_sees_only_the_bundled_fonts(memo_docx, tmp_path):
    """The tagged PDF embeds the bundled families and nothing from the machine (DejaVu, OpenSymbol…)."""
    pdffonts = tool("pdffonts")
    tool("soffice")
    pdf = tmp_path / "a11y.pdf"
    pdf.write_bytes(accessible.convert_docx_to_pdf(memo_docx))
    rows = subprocess.run([pdffonts, str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    names = {row.split()[0].split("+")[-1] for row in rows}
    bundled = {base for base, _ in FAMILIES.values()}
    assert names and all(name.split("-")[0] in bundled for name in names), names
    assert "NanumGothic" in names  # the Korean quote, in the bundled Korean font
    assert all(row.split()[-5] == "yes" for row in rows), rows  # every font embedded


def test_the_generated_fontconfig_lists_only_the_bundled_folder(tmp_path):
    env = child_env(tmp_path, base={"PATH": "/usr/bin", "FONTCONFIG_PATH": "/etc/fonts"})
    conf = (tmp_path / "fonts.conf").read_text(encoding="utf-8")
    assert env["FONTCONFIG_FILE"] == str(tmp_path / "fonts.conf") and "FONTCONFIG_PATH" not in env
    assert re.findall(r"<dir>(.*?)</dir>", conf) == [str(paths.fonts_dir())]
    assert "<include" not in conf  # nothing of the system's configuration (its font folders) comes in
    fc_list = tool("fc-list")  # fontconfig's own view through that file: the bundled files, nothing else
    out = subprocess.run([fc_list, "--format", "%{file}\n"], env=env, capture_output=True, text=True).stdout
    files = {Path(line).name for line in out.split()}
    assert files == {p.name for p in paths.fonts_dir().glob("*.ttf")}, files


def test_korean_with_figures_prints_without_a_gap(tmp_path):
    """LibreOffice sets extra room between Hangul and Western letters or figures by default, which
    a reader and every text extractor (pdftotext, PDFium, the written-file check) see as a space:
    "2025년" came out "2025 년" and an accessible export of such a quote failed its check."""
    import docx
    import pypdfium2 as pdfium

    pdftotext = tool("pdftotext")
    tool("soffice")
    quote = "“2025년 국방예산은 61조 2469억원으로 7.5% 증가했다,” 국방부 대변인이 말했다. Он сказал: «В 2025 году»."
    word = docx.Document()
    word.add_paragraph(quote)
    buf = io.BytesIO()
    word.save(buf)
    pdf = tmp_path / "a11y.pdf"
    pdf.write_bytes(accessible.convert_docx_to_pdf(buf.getvalue()))
    reader = PdfReader(str(pdf))
    assert "/StructTreeRoot" in reader.trailer["/Root"]  # still tagged
    document = pdfium.PdfDocument(str(pdf))
    try:
        read = document[0].get_textpage().get_text_bounded()  # as the written-file check reads it
    finally:
        document.close()
    assert "“2025년 국방예산은 61조 2469억원으로 7.5% 증가했다,”" in " ".join(read.split())
    out = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert quote in " ".join(out.split())


def test_the_accessible_pdfs_report_counts_its_own_pages(tmp_path, memo, lookup, monkeypatch):
    """LibreOffice lays the memo out itself: the report (`wrote …, N pages`, the page budget's
    warning) counts the pages of the file written, not of reportlab's layout of the memo."""
    import dataclasses

    from briefing_app.export import render_pdf as renderer

    tool("soffice")
    laid_out = renderer.render_pdf

    def longer(*args, **kwargs):  # a layout that runs longer than LibreOffice's
        result = laid_out(*args, **kwargs)
        return dataclasses.replace(result, pages=result.pages + 3)

    monkeypatch.setattr(renderer, "render_pdf", longer)
    report = export_memo(memo, lookup, tmp_path / "a11y.pdf", accessible=True)
    assert report.pages == len(PdfReader(str(tmp_path / "a11y.pdf")).pages)
    assert not any("runs to" in w for w in report.warnings), report.warnings

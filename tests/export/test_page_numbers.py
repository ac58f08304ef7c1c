"""The briefing book (cover, contents, a page per topic) prints "Page k of N" on its pages, in
PDF and in Word (PAGE / NUMPAGES fields, filled in when LibreOffice or Word lays the pages out)."""
from __future__ import annotations

import dataclasses
import re
import subprocess
import zipfile

import pytest

from briefing_app.export import export_memo
from briefing_app.export.fontconfig import child_env
from system_tools import tool


def _pages(pdftotext: str, pdf) -> list[str]:
    out = subprocess.run([pdftotext, "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True)
    return [re.sub(r"\s+", " ", p) for p in out.stdout.split("\f") if p.strip()]


@pytest.fixture
def book(memo):
    return dataclasses.replace(memo, template="briefing-book")


def test_briefing_book_pdf_numbers_every_page_after_the_cover(tmp_path, book, lookup):
    pdftotext = tool("pdftotext")
    report = export_memo(book, lookup, tmp_path / "book.pdf")
    pages = _pages(pdftotext, report.path)
    assert report.pages == len(pages) >= 4  # cover, contents, a page per topic
    assert "Page 1 of" not in pages[0]  # the cover carries none
    for k, text in enumerate(pages[1:], 2):
        assert f"Page {k} of {len(pages)}" in text, (k, text[-120:])


def test_briefing_book_docx_has_page_fields_that_libreoffice_fills_in(tmp_path, book, lookup):
    out = export_memo(book, lookup, tmp_path / "book.docx").path
    with zipfile.ZipFile(out) as z:
        footers = " ".join(z.read(n).decode() for n in z.namelist() if re.fullmatch(r"word/footer\d*\.xml", n))
    assert re.search(r"<w:t[^>]*>Page </w:t>.*instrText[^>]*> PAGE .*<w:t[^>]*> of </w:t>.*NUMPAGES", footers)
    soffice, pdftotext = tool("soffice"), tool("pdftotext")
    subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)], capture_output=True, timeout=180,
                   check=True, env=child_env(tmp_path))
    pages = _pages(pdftotext, tmp_path / "book.pdf")
    assert len(pages) >= 4
    for k, text in enumerate(pages, 1):
        assert f"Page {k} of {len(pages)}" in text, (k, text[-120:])

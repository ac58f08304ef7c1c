"""Korean and Russian quotes come back out of every written file as they went in: the reportlab PDF,
the Word file (as LibreOffice prints it) and the accessible PDF, read with pdftotext, each drawn
in a bundled font that has the glyphs (Nanum Gothic for Hangul, Liberation for Cyrillic)."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from briefing_app.export import export_memo
from briefing_app.export.fontconfig import child_env
from system_tools import tool

KOREAN, RUSSIAN = "한국어 문장도 그대로 인쇄되어야 한다", "Мы ответим"
ACTOR, AFFILIATION = "Руденко & Co <Ltd>", "한국"  # in the actors table: escaped text, a fallback font in a cell


def _pdf(route: str, memo, lookup, tmp_path: Path) -> Path:
    if route == "pdf":
        return export_memo(memo, lookup, tmp_path / "memo.pdf").path
    if route == "accessible":
        tool("soffice")
        return export_memo(memo, lookup, tmp_path / "tagged.pdf", accessible=True).path
    docx = export_memo(memo, lookup, tmp_path / "memo.docx").path  # the Word file, printed by LibreOffice
    subprocess.run([tool("soffice"), f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
                    "--norestore", "--convert-to", "pdf", "--outdir", str(tmp_path / "printed"), str(docx)],
                   capture_output=True, timeout=180, check=True, env=child_env(tmp_path))
    return tmp_path / "printed" / "memo.pdf"


@pytest.mark.parametrize("route", ["pdf", "docx", "accessible"])
def test_korean_and_russian_quotes_round_trip(route, memo, lookup, tmp_path):
    pdftotext, pdffonts = tool("pdftotext"), tool("pdffonts")
    pdf = _pdf(route, memo, lookup, tmp_path)
    text = re.sub(r"\s+", " ", subprocess.run([pdftotext, "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                                              text=True, check=True).stdout)
    for expected in (KOREAN, RUSSIAN, ACTOR, AFFILIATION):
        assert expected in text, (route, expected)
    quotes = [text.find(KOREAN), text.find(RUSSIAN)]
    assert quotes == sorted(quotes)  # in the memo's order
    fonts = subprocess.run([pdffonts, str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "NanumGothic" in fonts and "Liberation" in fonts, (route, fonts)

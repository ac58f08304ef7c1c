"""A PDF bomb is refused as what it is: too large or too complex to read within the limits,
never "needs OCR" (which would send the user off to scan a file that has no pages to scan)."""
from __future__ import annotations

import pytest

from briefing_app.core.errors import InputError
from briefing_app.ingest import isolate, read_file
from briefing_app.workflow.importing import read_many
from tests.ingest.fixtures import make_pdf, make_pdf_bomb, make_pdf_with_contents


def test_a_bomb_stopped_by_the_workers_memory_cap_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr(isolate, "WORKER_HEADROOM", 128 * 2**20)
    bomb = make_pdf_bomb(tmp_path / "bomb.pdf", 300)
    assert bomb.stat().st_size < 10_000, "a few KB that inflate to 300 MB"
    fine = make_pdf(tmp_path / "fine.pdf", pages=1)
    rows = {path.rsplit("/", 1)[-1]: error for path, _doc, _analysis, error in
            read_many([str(bomb), str(fine)], workers=1)}
    assert rows["fine.pdf"] is None
    assert "bomb.pdf: refused: too large or too complex to read within the memory limit" in rows["bomb.pdf"]
    assert "OCR" not in rows["bomb.pdf"]


def test_page_contents_pdfium_gives_up_on_are_not_called_a_scan(tmp_path):
    """PDFium drops page contents it cannot inflate (past its own 1 GiB cap, or damaged): the page
    then holds nothing at all, not even an image, so it is no scan."""
    path = make_pdf_with_contents(tmp_path / "cap.pdf", b"\x8f\x01 not a flate stream " * 40)
    with pytest.raises(InputError, match="too large or too complex to read within the limits") as info:
        read_file(path)
    assert "OCR" not in str(info.value)


def test_a_small_bomb_within_the_limits_is_read(tmp_path):
    path = make_pdf_bomb(tmp_path / "small.pdf", 2)
    assert "Budget talks resume" in read_file(path).text

"""One import path for one file or a thousand: even a single file is read in a worker process
with a memory cap and a time limit, so a hostile file dropped alone costs that file, never the
app. Hostile PDFs: a decompression bomb, a corrupt cross-reference table, too many pages."""
from __future__ import annotations

import resource
import zlib
from pathlib import Path

import pytest

from briefing_app.core.errors import Cancelled
from briefing_app.core.history import History
from briefing_app.core.progress import Progress
from briefing_app.core.project import open_project
from briefing_app.ingest import isolate, limits, read_file
from briefing_app.workflow import importing
from tests.ingest.articles import GRAIN
from tests.ingest.fixtures import make_pdf_with_contents
from tests.ingest.pdf_builder import Style, build_pdf


def pdf_bomb(path: Path, megabytes: int) -> Path:
    """A one-page PDF whose content stream inflates to `megabytes` MB (a few hundred KB on disk)."""
    comp = zlib.compressobj(9)
    chunk = b"0 0 m\n" * (2**20 // 6)
    return make_pdf_with_contents(path, b"".join(comp.compress(chunk) for _ in range(megabytes)) + comp.flush())


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_a_single_file_is_read_in_a_worker_process(tmp_path, monkeypatch):
    path = build_pdf(tmp_path / "grain.pdf", GRAIN, Style())

    def not_here(path):
        raise AssertionError("read in the calling process")

    monkeypatch.setattr(importing, "read_and_analyse", not_here)
    [(got, doc, analysis, error)] = list(importing.read_many([str(path)]))
    assert error is None and doc is not None and analysis is not None
    assert GRAIN.paragraphs[0] in doc.text


def test_a_pdf_bomb_dropped_alone_costs_only_that_file(tmp_path, monkeypatch):
    monkeypatch.setattr(isolate, "WORKER_HEADROOM", 128 * 2**20)
    bomb = pdf_bomb(tmp_path / "bomb.pdf", 400)
    assert bomb.stat().st_size < 1_000_000
    before = rss_mb()
    with open_project(tmp_path / "p.briefing") as project:
        report = importing.import_files(project, History(project), [bomb])
        assert not report.imported and len(report.failed) == 1
        # PDFium, out of memory under the worker's cap, either dies or stops parsing the page
        # (nothing on it): either way that file is refused as too large, never as a scan
        error = report.failed[0].error
        assert error.startswith("bomb.pdf: refused: too large or too complex to read within the "), error
        assert "OCR" not in error
        assert rss_mb() - before < 150, "the bomb was not inflated in this process"
        good = build_pdf(tmp_path / "grain.pdf", GRAIN, Style())
        assert len(importing.import_files(project, History(project), [good]).imported) == 1


def test_cancel_stops_a_single_file_import(tmp_path):
    path = build_pdf(tmp_path / "grain.pdf", GRAIN, Style())
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        list(importing.read_many([str(path)], progress=progress))


def test_corrupt_cross_reference_table_is_read_or_refused_clearly(tmp_path):
    path = build_pdf(tmp_path / "grain.pdf", GRAIN, Style())
    data = path.read_bytes()
    k = data.rindex(b"xref")
    path.write_bytes(data[:k] + b"xref\n0 9\nGARBAGE GARBAGE\n" + data[k + 40:])
    try:
        doc = read_file(path)
    except Exception as exc:  # noqa: BLE001 - the point: only a clear InputError may come out
        assert type(exc).__name__ == "InputError" and path.name in str(exc)
    else:  # PDFium rebuilds a broken xref table: then the article must still come in whole
        assert GRAIN.paragraphs[-1] in doc.text


def test_too_many_pages_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_PDF_PAGES", 2)
    path = build_pdf(tmp_path / "long.pdf", GRAIN, Style(page=(300, 300)))
    with pytest.raises(Exception, match="pages"):
        read_file(path)


# -- pasted text and HTML take the same path -------------------------------------------------------

HOSTILE_PASTES = [
    ("deeply nested HTML", "", "<div>" * 200_000 + "text" + "</div>" * 200_000, "pasted HTML: refused: the page nests"),
    ("huge HTML", "", "<p>" + "word " * 3_000_000 + "</p>", "pasted HTML: too large"),
    ("huge text", "word " * 4_100_000, None, "pasted text: holds more than"),
]


def test_a_paste_is_read_in_a_worker_process(monkeypatch):
    from briefing_app.ingest import Pasted

    def not_here(item):
        raise AssertionError("read in the calling process")

    monkeypatch.setattr(importing, "read_and_analyse", not_here)
    html = "<html><body><nav>Home | World | Sport | Opinion</nav><article><p>" + GRAIN.paragraphs[0] + "</p></article></body></html>"
    [(item, doc, analysis, error)] = list(importing.read_many([Pasted("plain", html)]))
    assert error is None and doc is not None and analysis is not None
    assert GRAIN.paragraphs[0] in doc.text and doc.path is None and doc.media_type == "text/html"


@pytest.mark.parametrize("name,text,html,message", HOSTILE_PASTES, ids=[h[0] for h in HOSTILE_PASTES])
def test_a_hostile_paste_is_refused_clearly_and_stores_nothing(tmp_path, name, text, html, message):
    with open_project(tmp_path / "p.briefing") as project:
        before = rss_mb()
        outcome = importing.import_pasted(project, History(project), text, html)
        assert outcome.source_id is None and outcome.error and outcome.error.startswith(message), outcome.error
        assert not project.list_sources()
        assert rss_mb() - before < 150, "the paste was parsed in this process"
        ok = importing.import_pasted(project, History(project), GRAIN.paragraphs[0] + "\n")
        assert ok.source_id is not None and ok.error is None


def test_cancel_stops_a_paste(tmp_path):
    progress = Progress()
    progress.cancel()
    with open_project(tmp_path / "p.briefing") as project:
        with pytest.raises(Cancelled):
            importing.import_pasted(project, History(project), GRAIN.paragraphs[0] + "\n", progress=progress)
        assert not project.list_sources()

"""Every built-in template, drafted from each sample article, checked with the tools people use:
qpdf --check, pdffonts, pdftotext (reading order) on the PDF; LibreOffice headless on the DOCX.

scripts/setup.sh --dev installs the tools. Under CI=true a missing tool fails the test;
elsewhere the test is skipped with the reason.
"""
from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from briefing_app.core import actions
from briefing_app.core.history import History
from briefing_app.core.project import open_project
from briefing_app.export import export_memo
from briefing_app.export.fontconfig import child_env
from briefing_app.workflow.drafting import draft_memo
from briefing_app.workflow.importing import import_files
from system_tools import tool

ROOT = Path(__file__).resolve().parents[2]
SEEDS = Path(os.environ.get("BRIEFING_SHARED", ROOT.parent / "shared")) / "samples" / "articles"  # test data, not shipped
SAMPLES = sorted(SEEDS.glob("*.txt"))
BUILTIN = ["info-memo", "action-memo", "options-paper", "talking-points", "briefing-book"]


def run(*cmd: str, timeout: float = 60, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(list(cmd), capture_output=True, text=True, timeout=timeout, env=env)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _loose(text: str) -> str:
    return re.sub(r"[\s-]+", "", text)


def _find(pages: list[str], text: str, after: tuple[int, int]) -> tuple[int, int] | None:
    """(page, offset) of text after `after`, whole on one page or its head ending one page and its
    tail starting the body of the next (after that page's banner)."""
    words = text.split(" ")
    for n in range(after[0], len(pages)):
        start = after[1] + 1 if n == after[0] else 0
        found = pages[n].find(text, start)
        if found >= 0:
            return n, found
        for cut in range(1, len(words)):
            head, tail = " ".join(words[:cut]), " ".join(words[cut:])
            found = pages[n].find(head, start)
            if found >= 0 and n + 1 < len(pages) and tail in pages[n + 1][:len(tail) + 200]:
                return n + 1, pages[n + 1].find(tail)
    return None


class Exported:
    def __init__(self, sample: str, template: str, pdf: Path, docx: Path, pages: int, quotes: list[str]):
        self.sample, self.template, self.pdf, self.docx, self.pages, self.quotes = \
            sample, template, pdf, docx, pages, quotes

    def __repr__(self) -> str:
        return f"{self.sample}/{self.template}"


def add_quotes(project, history, memo, source_ids) -> None:
    section = next(sec for sec in memo.sections if sec.key == "quotes")
    for q in [q for i in source_ids for q in project.list_quotes(i) if q.kind in ("direct", "indirect")]:
        history.push(actions.add_memo_item(project, section.id, "quote", q.id))


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> list[Exported]:
    """Each sample imported into its own project; a memo drafted with every built-in template and
    exported to PDF and DOCX."""
    out = tmp_path_factory.mktemp("exports")
    done = []
    for sample in SAMPLES:
        with open_project(out / f"{sample.stem}.briefing") as project:
            history = History(project)
            report = import_files(project, history, [sample], workers=0)
            ids = [o.source_id for o in report.imported]
            for template in BUILTIN:
                memo_id = draft_memo(project, history, template, ids, to="The Deputy Secretary",
                                     from_="Jane Analyst")
                memo = project.get_memo(memo_id)
                if not any(i.kind == "quote" for sec in memo.sections for i in sec.items):
                    add_quotes(project, history, memo, ids)  # an op-ed: no direct quote was picked
                    memo = project.get_memo(memo_id)
                quotes = [project.get_quote(i.ref_id).text for s in memo.sections for i in s.items
                          if i.kind == "quote"]
                stem = out / f"{sample.stem}-{template}"
                pdf = export_memo(memo, project, stem.with_suffix(".pdf"))
                export_memo(memo, project, stem.with_suffix(".docx"))
                done.append(Exported(sample.stem, template, pdf.path, stem.with_suffix(".docx"), pdf.pages, quotes))
    assert len(done) == 2 * len(BUILTIN) and all(e.quotes for e in done)
    return done


def test_qpdf_check_is_clean(exported):
    qpdf = tool("qpdf")
    for e in exported:
        r = run(qpdf, "--check", str(e.pdf))
        assert r.returncode == 0 and "WARNING" not in r.stdout + r.stderr, (e, r.stdout, r.stderr)
        assert "No syntax or stream encoding errors found" in r.stdout, (e, r.stdout)


def test_pdffonts_every_font_embedded(exported):
    pdffonts = tool("pdffonts")
    for e in exported:
        lines = run(pdffonts, str(e.pdf)).stdout.splitlines()[2:]
        assert lines, e
        for line in lines:
            # name type [type…] encoding emb sub uni object ID — emb is the 5th field from the end
            assert line.split()[-5] == "yes", (e, line)


def test_pdftotext_reading_order_has_quotes_and_page_numbers(exported):
    pdftotext = tool("pdftotext")
    for e in exported:
        r = run(pdftotext, "-enc", "UTF-8", str(e.pdf), "-")
        assert r.returncode == 0, (e, r.stderr)
        pages = r.stdout.split("\f")[:e.pages]
        at = (0, -1)
        for quote in e.quotes:  # each quote, whole (or split by one page break), in the memo's order
            found = _find([_flat(p) for p in pages], _flat(quote.strip().rstrip(",")), at)
            assert found is not None, (e, quote, at)
            at = found
        first = 2 if e.template == "briefing-book" else 1  # the cover has no page number
        assert f"Page {first} of {e.pages}" in _flat(pages[first - 1]), (e, pages[first - 1][-200:])
        assert f"Page {e.pages} of {e.pages}" in _flat(pages[-1]), e


def test_cyrillic_and_korean_round_trip_through_pdftotext(tmp_path, memo, lookup):
    pdftotext = tool("pdftotext")
    pdf = export_memo(memo, lookup, tmp_path / "k.pdf").path
    text = _flat(run(pdftotext, "-enc", "UTF-8", str(pdf), "-").stdout)
    assert "한국어 문장도 그대로 인쇄되어야 한다" in text and "Мы ответим" in text


def test_libreoffice_converts_every_docx(exported, tmp_path):
    soffice = tool("soffice")
    pdftotext = tool("pdftotext")
    outdir = tmp_path / "lo"
    profile = (tmp_path / "lo-profile").as_uri()
    # only the bundled fonts, as the app's own LibreOffice runs: the result must not depend on the machine's
    r = run(soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf",
            "--outdir", str(outdir), *(str(e.docx) for e in exported), timeout=300, env=child_env(tmp_path))
    assert r.returncode == 0, r.stderr
    for e in exported:
        pdf = outdir / (e.docx.stem + ".pdf")
        assert pdf.is_file() and pdf.stat().st_size > 1000, (e, r.stdout, r.stderr)
        text = _loose(run(pdftotext, "-enc", "UTF-8", str(pdf), "-").stdout)
        for quote in e.quotes:  # pdftotext joins a word LibreOffice broke at its hyphen ("long-term")
            assert _loose(quote.rstrip(",")) in text, (e, quote)
        assert "Page1of" in text, e  # LibreOffice filled the fields (the briefing book too)

"""Export speed against bare reportlab and docxtpl, measured side by side in the same run.

    .venv/bin/python benchmarks/bench_export.py [-n 9] [--json OUT]

(a) `briefing draft` of the two sample articles to PDF (CLI process, a new temporary project)
    against a bare reportlab script writing a one-page PDF (`python -c`); process CPU time
    (user + system) of each child, target <= 3x.
(b) in-process `render_pdf(doc, style)` of the drafted memo against raw platypus: a
    SimpleDocTemplate building the same flowables our renderer makes (made before the clock
    starts, the notes as paragraphs at the end), without page furniture, footnotes or font
    fallback; target <= 1.25x. For reference it also prints the ratio against raw platypus
    that makes those flowables on the clock too, its paragraphs parsed by reportlab's own
    Paragraph (what a hand-written reportlab script does; ours skip html.parser, pdf_inline.Para).
(c) `render_docx(doc, spec)` against a raw docxtpl render of the same template with the same
    context (make_context) and save; target <= 1.25x.
Medians of n repetitions, ours and the baseline interleaved so machine noise hits both alike.
"""
from __future__ import annotations

import argparse
import gc
import io
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
SEEDS = Path(os.environ.get("BRIEFING_SHARED", ROOT.parent / "shared")) / "samples" / "articles"  # test data, not shipped
SAMPLES = sorted(SEEDS.glob("*.txt"))
TEMPLATE = "info-memo"
TARGETS = {"draft-vs-bare-reportlab": 3.0, "render-pdf-vs-platypus": 1.25, "render-docx-vs-docxtpl": 1.25}

BARE_REPORTLAB = r'''
import sys
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate
styles = getSampleStyleSheet()
SimpleDocTemplate(sys.argv[1], pagesize=LETTER).build(
    [Paragraph("Memorandum", styles["Title"])] + [Paragraph("A line of a one-page memo.", styles["Normal"])] * 20)
'''


def child_cpu(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if out.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:3])} failed ({out.returncode}): {out.stderr.strip()[-500:]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def draft_vs_bare(n: int, scratch: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app runs from bytecode; so does the baseline
    env["PYTHONPYCACHEPREFIX"] = str(scratch / "pycache")
    env.setdefault("XDG_DATA_HOME", str(scratch / "data"))
    draft = [sys.executable, "-m", "briefing_app.cli.main", "draft", *map(str, SAMPLES), "--template", TEMPLATE,
             "--out", str(scratch / "draft.pdf")]
    bare = [sys.executable, "-c", BARE_REPORTLAB, str(scratch / "bare.pdf")]
    child_cpu(draft, env)  # warm-up: bytecode cache and file cache for both, and our compiled-pattern cache
    child_cpu(bare, env)
    ours, base = [], []
    for _ in range(n):
        ours.append(child_cpu(draft, env))
        base.append(child_cpu(bare, env))
    return {"ours_cpu": [c for c, _ in ours], "base_cpu": [c for c, _ in base],
            "ours_wall": [w for _, w in ours], "base_wall": [w for _, w in base]}


def drafted_document(scratch: Path):
    from briefing_app.core.history import History
    from briefing_app.core.project import open_project
    from briefing_app.export import build, load_template
    from briefing_app.workflow.drafting import draft_memo
    from briefing_app.workflow.importing import import_files

    with open_project(scratch / "bench.briefing") as project:
        history = History(project)
        report = import_files(project, history, SAMPLES, workers=0)
        memo_id = draft_memo(project, history, TEMPLATE, [o.source_id for o in report.imported],
                             to="The Deputy Secretary", from_="Jane Analyst")
        spec = load_template(TEMPLATE)
        return build(project.get_memo(memo_id), project, spec), spec


def timed(fn) -> float:
    """Seconds fn takes, from a clean heap and without a collection in the middle (so one side's
    garbage is not collected on the other's clock)."""
    gc.collect()
    gc.disable()
    try:
        started = time.perf_counter()
        fn()
        return time.perf_counter() - started
    finally:
        gc.enable()


def pdf_vs_platypus(doc, spec, n: int) -> dict:
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from briefing_app.export.pdf_inline import Para
    from briefing_app.export.pdf_notes import NoteArea
    from briefing_app.export.pdf_styles import make_style
    from briefing_app.export.render_pdf import _story, render_pdf

    st = make_style(spec.style)
    top, right, bottom, left = st.margins

    def raw(story) -> None:
        SimpleDocTemplate(io.BytesIO(), pagesize=st.pagesize, leftMargin=left, rightMargin=right, topMargin=top,
                          bottomMargin=bottom, initialFontName=st.body.primary).build(story)

    notes = NoteArea(doc, st, st.frame_width)

    def flowables() -> list:  # the same flowables, the notes as plain paragraphs at the end
        return _story(doc, st) + [Paragraph(notes.markup(n.number, True), st.styles["note"]) for n in doc.notes]

    def hand_written() -> list:  # the same again, each paragraph's markup parsed by reportlab itself
        with mock.patch.object(Para, "_setup", Paragraph._setup):
            return flowables()

    render_pdf(doc, spec.style)  # warm-up: fonts registered, glyph tables loaded
    raw(flowables())
    ours, base, with_story = [], [], []
    for _ in range(n):
        ours.append(timed(lambda: render_pdf(doc, spec.style)))
        story = flowables()  # made before the clock starts
        base.append(timed(lambda story=story: raw(story)))
        with_story.append(timed(lambda: raw(hand_written())))  # for reference: making them on the clock
    return {"ours": ours, "base": base, "with_story": with_story}


def docx_vs_docxtpl(doc, spec, n: int) -> dict:
    from docxtpl import DocxTemplate

    from briefing_app.export.docx_context import make_context
    from briefing_app.export.render_docx import render_docx

    def raw() -> None:
        tpl = DocxTemplate(str(spec.docx_path))
        tpl.render(make_context(doc, spec.name, tpl.build_url_id, lambda q: 1), autoescape=True)
        tpl.save(io.BytesIO())

    render_docx(doc, spec)  # warm-up
    raw()
    ours, base = [], []
    for _ in range(n):
        ours.append(timed(lambda: render_docx(doc, spec)))
        base.append(timed(raw))
    return {"ours": ours, "base": base}


def verdict(name: str, ratio: float) -> str:
    target = TARGETS[name]
    return f"ratio {name}: {ratio:.2f} (target <= {target:g}) {'ok' if ratio <= target else 'OVER'}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=9, help="repetitions of each (default 9)")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the figures here")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="bench-export-"))
    os.environ.setdefault("XDG_DATA_HOME", str(scratch / "data"))
    try:
        a = draft_vs_bare(args.n, scratch)
        doc, spec = drafted_document(scratch)
        b = pdf_vs_platypus(doc, spec, max(args.n * 3, 3))
        c = docx_vs_docxtpl(doc, spec, max(args.n * 3, 3))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    med = statistics.median
    ms = {"draft_cpu": med(a["ours_cpu"]) * 1000, "bare_cpu": med(a["base_cpu"]) * 1000,
          "draft_wall": med(a["ours_wall"]) * 1000, "bare_wall": med(a["base_wall"]) * 1000,
          "render_pdf": med(b["ours"]) * 1000, "platypus": med(b["base"]) * 1000,
          "platypus_with_story": med(b["with_story"]) * 1000,
          "render_docx": med(c["ours"]) * 1000, "docxtpl": med(c["base"]) * 1000}
    ratios = {"draft-vs-bare-reportlab": ms["draft_cpu"] / ms["bare_cpu"],
              "render-pdf-vs-platypus": ms["render_pdf"] / ms["platypus"],
              "render-docx-vs-docxtpl": ms["render_docx"] / ms["docxtpl"]}
    print(f"memo: {TEMPLATE} from {len(SAMPLES)} samples; runs: {args.n} (draft), {len(b['ours'])} (render), "
          "interleaved")
    print(f"briefing draft (CLI, 2 samples -> PDF): median {ms['draft_cpu']:.0f} ms CPU, "
          f"{ms['draft_wall']:.0f} ms wall")
    print(f"bare reportlab one-page PDF: median {ms['bare_cpu']:.0f} ms CPU, {ms['bare_wall']:.0f} ms wall")
    print(f"render_pdf: median {ms['render_pdf']:.1f} ms; raw platypus build of the same flowables: "
          f"median {ms['platypus']:.1f} ms")
    print(f"raw platypus making the same flowables too: median {ms['platypus_with_story']:.1f} ms "
          f"(render_pdf / that: {ms['render_pdf'] / ms['platypus_with_story']:.2f}x, for reference)")
    print(f"render_docx: median {ms['render_docx']:.1f} ms; raw docxtpl render + save: median {ms['docxtpl']:.1f} ms")
    for name, ratio in ratios.items():
        print(verdict(name, ratio))
    if args.json:
        args.json.write_text(json.dumps({"ms": ms, "ratios": ratios, "targets": TARGETS}, indent=1) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

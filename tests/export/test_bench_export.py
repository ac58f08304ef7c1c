"""benchmarks/bench_export.py runs (one repetition) and prints the three ratios benchmarks/run.py reads."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _runner():
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "benchmarks" / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bench_export_prints_its_ratios(tmp_path):
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_export.py"), "-n", "1",
                          "--json", str(tmp_path / "export.json")],
                         capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    figures, targets = _runner().parse("export", out.stdout)
    for key in ("draft_vs_bare", "render_pdf_vs_platypus", "render_docx_vs_docxtpl", "draft_cpu_ms",
                "bare_reportlab_cpu_ms", "render_pdf_ms", "platypus_ms", "platypus_with_story_ms", "render_docx_ms",
                "docxtpl_ms"):
        assert figures[key]["value"] > 0, key
    assert [t["line"].split(":")[0] for t in targets] == [
        "ratio draft-vs-bare-reportlab", "ratio render-pdf-vs-platypus", "ratio render-docx-vs-docxtpl"]
    assert all(t["verdict"] in ("ok", "OVER") for t in targets)
    saved = json.loads((tmp_path / "export.json").read_text())
    assert set(saved["ratios"]) == set(saved["targets"])
    assert abs(saved["ratios"]["draft-vs-bare-reportlab"] - figures["draft_vs_bare"]["value"]) < 0.006

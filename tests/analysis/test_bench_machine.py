"""benchmarks/machine.py (what a figure was measured on, and a pure-Python reference loop) and the lines
bench_analysis.py prints from it, read by benchmarks/run.py; bench_analysis --against times two trees in turns."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_reference_loop_runs_and_names_the_build():
    machine = _load("machine")
    assert 0 < machine.reference_us(steps=200, repeats=1) < 10_000
    build = machine.python_build()
    assert build.startswith(f"Python {sys.version_info.major}.{sys.version_info.minor}.")
    assert "libpython" in build  # shared or static: it changes the interpreter's speed
    assert "CPUs" in machine.describe()


def test_the_reference_loop_moves_the_bodies():
    machine = _load("machine")
    bodies = machine._bodies()
    before = [list(r) for r, _, _ in bodies]
    machine._advance(0.01, 10, bodies)
    assert all(r != b for (r, _, _), b in zip(bodies, before, strict=True))


def test_bench_analysis_prints_the_machine_and_the_rate_per_reference():
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_analysis.py"), "--seconds", "0.1"],
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("machine: Python ")
    figures, _ = _load("run").parse("analysis", out.stdout)
    for key in ("analyse_rate", "reference_us", "analyse_per_reference"):
        assert figures[key]["value"] > 0, key


def test_bench_analysis_against_a_tree_times_both_in_turns():
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_analysis.py"), "--against", str(ROOT),
                          "--rounds", "2", "--burst", "1"], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert any(line.startswith("  this tree ") for line in lines)
    assert any(line.startswith("  against ") for line in lines)
    ratio = float(next(line for line in lines if line.startswith("ratio this/against:")).split(":")[1])
    assert 0.2 < ratio < 5  # the same tree twice


def test_against_needs_a_checkout_of_the_app(tmp_path):
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_analysis.py"), "--against", str(tmp_path)],
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert out.returncode == 2
    assert "no briefing_app/" in out.stderr

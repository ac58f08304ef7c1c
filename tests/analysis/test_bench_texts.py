"""The analysis benchmarks time tuned text only: no held-aside article of the actor set is in the
Russian/Korean benchmark text (benchmarks/bench_analysis.py) or the scaling text (bench_scaling.py).
This reads file names and texts only; nothing is analysed or scored."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "tests" / "data" / "actors" / "articles"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_bench_{name}", ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _held(code: str) -> list[str]:
    texts = [t for p in sorted(ARTICLES.glob(f"{code}*-held*.txt")) if (t := p.read_text(encoding="utf-8")).strip()]
    assert texts  # (every language has held batches)
    return texts


def test_the_russian_and_korean_benchmark_texts_hold_no_held_article() -> None:
    bench = _load("bench_analysis")
    for code in ("ru", "ko"):
        text = bench.language_text(code)
        assert text
        assert sum(t.strip() in text for t in _held(code)) == 0, code  # (a count: no held text is printed)


def test_the_scaling_texts_hold_no_held_article() -> None:
    bench = _load("bench_scaling")
    for code in ("en", "ru", "ko"):
        for every in (False, True):
            joined = "\n\n".join(bench.tuned_articles(code, every))
            assert joined and sum(t.strip() in joined for t in _held(code)) == 0, code

"""The analysis benchmarks time tuned text only: no held-aside article of the actor set is in the
Russian/Korean benchmark text (benchmarks/bench_analysis.py) or the scaling text (bench_scaling.py).
This reads file names and texts only; nothing is analysed or scored."""
from __future__ import annotations

import hashlib
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


# sha256 of the Russian and Korean bench texts as they were frozen in the sixteenth session (ru 20,269 chars,
# ko 8,810 chars: the glob of that day, before 'LANGUAGE_ARTICLES' listed them): a new article never moves the figure.
FROZEN_SHA256 = {
    "ru": "18549c4c5f630067ba502fb26f9f887c50c0cd71db1dc9bef0bf4fd9fd225596",
    "ko": "055f49a08371cd5a702618a1c7a97427afb05669898a39abb6eed29fab159aab",
}


def test_the_russian_and_korean_benchmark_texts_are_frozen_byte_for_byte() -> None:
    bench = _load("bench_analysis")
    for code, digest in FROZEN_SHA256.items():
        assert hashlib.sha256(bench.language_text(code).encode("utf-8")).hexdigest() == digest, code


def test_the_scaling_texts_hold_no_held_article() -> None:
    bench = _load("bench_scaling")
    for code in ("en", "ru", "ko"):
        for every in (False, True):
            joined = "\n\n".join(bench.tuned_articles(code, every))
            assert joined and sum(t.strip() in joined for t in _held(code)) == 0, code

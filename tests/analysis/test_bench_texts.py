"""The analysis benchmarks time tuned text only: every article of the Russian/Korean benchmark text
(benchmarks/bench_analysis.py LANGUAGE_ARTICLES) and of the scaling text (benchmarks/scaling_articles.txt,
bench_scaling.py) is tuned by the actor set's own rule (tests/data/actors/score.py `part_of`, read through
tests/tuned_sets.py: the first held batch's numbers, "held2" ... "held12" and "aside" all count as held), and no held
or aside article's text is in them. This reads file names and texts only; nothing is analysed or scored, and only
names of articles that are not tuned (never their text) can appear in a failure."""
from __future__ import annotations

import hashlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from tests.tuned_sets import ARTICLES, actor_score, is_tuned

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_bench_{name}", ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _not_tuned(code: str) -> list[str]:
    """The texts of the held and aside articles of one language (for a count only)."""
    texts = [t for p in sorted(ARTICLES.glob(f"{code}*.txt")) if not is_tuned(p) and (t := p.read_text(encoding="utf-8")).strip()]
    assert texts  # (every language has held batches)
    return texts


def _scaling_list() -> list[str]:
    lines = (ROOT / "benchmarks" / "scaling_articles.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip()[:1] not in ("", "#")]


def test_the_held_rule_is_the_scorers_own() -> None:
    """The first held batch has no "held" in its names (en04, ru07, ko12, ...): a check of names alone missed it."""
    part_of = actor_score().part_of
    assert [part_of(stem) for stem in ("en04-wire-korea", "ru07-statement-sanctions", "ko12-broadsheet-cars")] == ["held"] * 3
    assert part_of("ru05-news-governor") == part_of("ko126-s12-statement-doctors") == "tuned"
    assert part_of("en30-held6-x") == "held6" and part_of("ko124-s11-aside-court") == "aside"


def test_every_article_of_the_benchmark_texts_is_tuned() -> None:
    bench = _load("bench_analysis")
    for code, names in bench.LANGUAGE_ARTICLES.items():
        assert [n for n in names if not is_tuned(ARTICLES / f"{n}.txt")] == [], code
        assert all((ARTICLES / f"{n}.txt").exists() for n in names), code
    listed = _scaling_list()
    assert [n for n in listed if not is_tuned(ARTICLES / n)] == []
    assert all((ARTICLES / n).exists() for n in listed)


def test_the_russian_and_korean_benchmark_texts_hold_no_held_article() -> None:
    bench = _load("bench_analysis")
    for code in ("ru", "ko"):
        text = bench.language_text(code)
        assert text
        assert sum(t.strip() in text for t in _not_tuned(code)) == 0, code  # (a count: no held text is printed)


# sha256 of the Russian and Korean bench texts as frozen in the twenty-ninth session (ru 20,336 chars, ko 8,810
# chars): the sixteenth session's list with its twelve held articles replaced by tuned ones (bench_analysis.py says
# how); a new article never moves the figure.
FROZEN_SHA256 = {
    "ru": "57bf8b93cf5181a9d13d57f878186f7373ea2afbf74a70512c77968f3dca5ced",
    "ko": "4131e699c18426e7e501e99afc5c977aa1e850f75b66c08913f2f26d668264f7",
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
            assert joined and sum(t.strip() in joined for t in _not_tuned(code)) == 0, code

"""The tuned articles of the evaluation sets, for tests that feed real text into the analyser (speed
equivalents, caches, fuzzing, drafting).

A held or aside article is measured only: no test may run the analyser on it, so a rule's test never sees (and
no failure ever prints) held text. The actor set's parts are its scorer's own `part_of` (tests/data/actors/score.py:
"held", "held2" ... "held12", "aside"), read from score.py so the two can never disagree; the options set's tuned
pieces are gold.json's "dev" split (its "held" split and the measurement-only batches, which gold.json does not
list, are left out).
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

ACTORS = Path(__file__).resolve().parent / "data" / "actors"
OPTIONS = Path(__file__).resolve().parent / "data" / "options"
ARTICLES = ACTORS / "articles"


def actor_score() -> ModuleType:
    """tests/data/actors/score.py, under the one name the actor-set tests and scripts give it (tests/data/eval has a
    score.py too: a plain "import score" would take whichever came first)."""
    if "actor_set_score" not in sys.modules:
        spec = importlib.util.spec_from_file_location("actor_set_score", ACTORS / "score.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["actor_set_score"] = module
        spec.loader.exec_module(module)
    return sys.modules["actor_set_score"]


def is_tuned(path: Path) -> bool:
    return bool(actor_score().part_of(path.stem) == "tuned")


def tuned_articles(pattern: str = "*.txt") -> list[Path]:
    """The tuned articles of the actor set whose file names match `pattern`, sorted by name."""
    return [p for p in sorted(ARTICLES.glob(pattern)) if is_tuned(p)]


def tuned_texts(pattern: str = "*.txt", count: int | None = None, step: int = 1) -> list[str]:
    """The texts of `tuned_articles(pattern)`, every `step`-th, the first `count` of those."""
    return [p.read_text(encoding="utf-8") for p in tuned_articles(pattern)[::step][:count]]


def tuned_editorials(pattern: str = "*.txt") -> list[Path]:
    """The options set's tuned ("dev") pieces whose file names match `pattern`, sorted by name."""
    pieces = json.loads((OPTIONS / "gold.json").read_text(encoding="utf-8"))["articles"]
    return [p for p in sorted((OPTIONS / "articles").glob(pattern)) if pieces.get(p.stem, {}).get("split") == "dev"]

"""The nineteenth session's sentence-model experiment (tests/data/options/fit_sentences.py): it reads tuned pieces only,
its training is deterministic for a seed and learns a separable set, its gate and adder follow their thresholds and
score as score.py's v2 matching does."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).parents[2]
DATA = ROOT / "tests" / "data" / "options"
if str(DATA) not in sys.path:
    sys.path.insert(0, str(DATA))

import fit_sentences as fs  # noqa: E402

FACTS = {"rule": False, "rule_stance": "-", "cued": True, "quote_share": 0.0, "place": 0.0, "first": True,
         "genre": "opinion"}


def _rows(pairs: list[tuple[str, bool]]) -> list[tuple[list[int], bool]]:
    return [(sorted({fs.bucket(f) for f in fs.features(t, FACTS)}), y) for t, y in pairs]


def test_training_is_seeded_and_learns_a_separable_set() -> None:
    pairs = [(f"The council should ban {w}.", True) for w in ("cars", "vans", "lorries", "buses")] + \
            [(f"It rained on {w} yesterday.", False) for w in ("Monday", "Tuesday", "Friday", "Sunday", "the fair")]
    rows = _rows(pairs)
    w1, w2 = fs.train(rows, seed=3), fs.train(rows, seed=3)
    assert w1 == w2
    pos = _rows([("The council should ban scooters.", True)])[0][0]
    neg = _rows([("It rained on Saturday yesterday.", False)])[0][0]
    assert fs.predict(w1, pos) > 0.5 > fs.predict(w1, neg)


def test_form_features_drop_the_words() -> None:
    with_words = fs.features("The council should ban cars.", FACTS)
    assert "w:ban" in with_words and "c:<modal>" in with_words and "genre:opinion" in with_words
    fs.WORDS = False
    try:
        form = fs.features("The council should ban cars.", FACTS)
    finally:
        fs.WORDS = True
    assert not any(f.startswith(("w:", "b:")) for f in form) and "c:<modal>" in form


def _piece() -> dict[str, Any]:
    # three sentences; a rule option in the first and the third; gold in the first and the second
    rows = [{"span": [0, 38], "rule": True, "label": True}, {"span": [39, 48], "rule": False, "label": True},
            {"span": [49, 93], "rule": True, "label": False}]
    return {"name": "p", "rows": rows, "options": [[19, 38, "support"], [59, 93, "None"]],
            "gold": [[[4, 38]], [[39, 48]]], "gold_stance": ["support", "None"]}


def test_gate_and_adder_follow_their_thresholds() -> None:
    p = _piece()
    scores = [0.9, 0.8, 0.1]
    assert fs.counted(p, scores, None, None) == (2, 2, 1)
    assert fs.counted(p, scores, 0.5, None) == (2, 1, 1)  # the third sentence's option is dropped
    assert fs.counted(p, scores, None, 0.7) == (2, 3, 2)  # the second sentence is added and matches
    assert fs.counted(p, scores, None, 0.85) == (2, 2, 1)
    assert fs.useful(p) == [False, True, False]


def test_only_tuned_pieces_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    entries = fs._tuned_entries()
    allowed = {"dev", *fs.scorer.NEWS_GROUPS["news-fit"], *fs.scorer.TUNED_OPINION}
    assert entries and {e["split"] for _, _, e in entries} <= allowed
    assert not {"news-s18b", "ed-s17b", "ed-s17c", "held"} & {e["split"] for _, _, e in entries}
    monkeypatch.setattr(fs.scorer, "load", lambda split: {"x": {"split": "news-s18b", "options": []}})
    with pytest.raises(SystemExit):
        fs._tuned_entries()

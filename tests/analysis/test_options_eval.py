"""The options analyser on the hand-checked set in tests/data/options (tests/data/options/score.py).

The "dev" parts are what the rules were written against: "dev-1" (the first rules were written
against it), "dev-2" and "dev-3" (added and tuned on later); their floors, on gold v2, guard against regressions.
The held parts (held-1, held-2, held-3 and the separate held-4) are measured only with score.py and
reported apart: no test asserts or prints a held figure, so a failing test never steers a rule by
held data (the sixth session's review found a rule dropped after a held floor failed)."""
import importlib.util
from pathlib import Path

import pytest

SCORE = Path(__file__).parents[1] / "data" / "options" / "score.py"
spec = importlib.util.spec_from_file_location("options_score", SCORE)
assert spec and spec.loader
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)


def test_set_is_big_and_varied_enough():
    gold = score.load()
    assert len(gold) >= 30
    assert sum(e["split"] == "held" for e in gold.values()) >= 10
    assert sum(e.get("batch") == "blind-2" for e in gold.values()) >= 15
    assert sum(e.get("batch") == "blind-3" for e in gold.values()) == 12  # measurement only: no figures asserted on any held part
    assert sum(not e["options"] for e in gold.values()) >= 8, "negatives with no concrete policy"
    assert {name.split("-")[0] for name in gold} >= {"aljazeera", "foxnews", "guardian", "own"}


# floors on gold v2 (gold-v2.json, convention v2; score.py's default since the seventh session), each a little
# under the analyser's figure when v2 became the target: dev-1 0.59 / 0.71 / 0.79, dev-2 0.67 / 0.67 / 0.50,
# dev-3 0.86 / 0.86 / 1.00 (recall / precision / stance). The v1 floors were 0.85 / 0.82 / 0.92, 0.75 / 0.70 / 0.45
# and 0.60 / 0.85 / 0.90 (`score.py --gold v1` still prints v1 figures).
# Raised later in the seventh session after the options rules moved (dev-1 0.66 / 0.80 / 0.80, dev-2 0.67 / 0.77 /
# 0.50, dev-3 0.86 / 1.00 / 1.00): each floor still a little under the figure, none lowered.
# dev-10 (batch read-v2, tenth session: the 60 real editorials earlier tuners read, labelled by v2 from the text
# alone) scored 0.32 / 0.53 / 0.77 when its labels were complete (main 7153a917's rules); its floor sits a little under.
@pytest.mark.parametrize("split, recall, precision, stance", [("dev-1", 0.62, 0.76, 0.76), ("dev-2", 0.60, 0.70, 0.40),
                                                         ("dev-3", 0.70, 0.80, 0.80), ("dev-10", 0.28, 0.48, 0.70)])
def test_scores(split, recall, precision, stance):
    r = score.score(split, gold_version="v2")
    assert r["recall"] >= recall, r
    assert r["precision"] >= precision, r
    assert r["stance_accuracy"] >= stance, r


def test_editorials_in_the_set_are_opinion():
    from briefing_app.analysis import analyse
    names = [n for n, e in score.load().items() if not n.startswith("own-") and e.get("batch") != "blind-3"]  # held-3: measured only
    genres = [analyse((score.HERE / "articles" / f"{n}.txt").read_text(encoding="utf-8")).metadata.genre for n in names]
    assert genres.count("opinion") / len(genres) >= 0.85, genres

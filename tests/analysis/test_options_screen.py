"""The learned options screen (briefing_app/analysis/options/screen.py): shipped weights are what the training script
writes from the shipped data; the data holds no text; on sentences written for this test it drops a speaker's vague
"we need to" line in a news report and keeps clear recommendations."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from briefing_app.analysis import analyse
from briefing_app.analysis.options import screen

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import train_option_screen as trainer  # noqa: E402

REPORT = ("CARDIFF — The water company said on Monday that household bills would rise by 4 percent from April.\n\n"
          "The increase follows two years of flooding in the valley, which damaged pumping stations and several main "
          "pipes.\n\n"
          "\"{quote},\" the council leader told reporters outside the town hall.\n\n"
          "The regulator will publish its decision in March, a spokeswoman said.")
LEADER = ("The regulator should cap water bills for the poorest households.\n\n"
          "The company has paid out dividends for a decade while leaks went unfixed. Its chief executive earned more "
          "than the prime minister.\n\n"
          "Ministers must also scrap the rule that lets companies pass fines on to customers.\n\n"
          "Nothing less will restore trust in a service every household depends on.")
WISH = "We don't need to panic about this, we need to stay calm and keep talking"


def test_training_reproduces_the_shipped_weights() -> None:
    bias, weights = trainer.fit(trainer.rows_of(trainer.load()))
    shipped = (ROOT / "briefing_app" / "analysis" / "options" / "screen_weights.py").read_text(encoding="utf-8")
    assert trainer.weights_source(bias, weights) == shipped


def test_training_data_holds_offsets_and_feature_names_only() -> None:
    for line in trainer.DATA.read_text(encoding="utf-8").splitlines():
        piece = json.loads(line)
        assert set(piece) == {"piece", "group", "gold", "gold_stance", "options"}
        assert piece["group"] in ("dev", "news-fit", "ed-s17", "judged-news")  # tuned pieces only
        for option in piece["options"]:
            assert set(option) == {"span", "stance", "features", "label"}
            assert all(len(f) < 40 and " " not in f for f in option["features"])


def _options(text: str) -> list[str]:
    return [o.summary for o in analyse(text).options]


@pytest.mark.parametrize("quote", [
    WISH,
    "We shouldn't be acting like nothing happened when the whole town has seen the damage",
])
def test_a_speakers_vague_wish_in_a_report_is_dropped(quote: str) -> None:
    assert _options(REPORT.format(quote=quote)) == []


def test_clear_recommendations_are_kept() -> None:
    assert _options(LEADER) == ["Cap water bills for the poorest households",
                                "Scrap the rule that lets companies pass fines on to customers"]


def test_the_screen_off_keeps_every_option(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(screen, "THRESHOLD", None)
    assert _options(REPORT.format(quote=WISH)) == ["Panic"]


def test_a_text_shorter_than_an_article_is_not_screened() -> None:
    """A sentence or a note keeps the rules' options: the model has seen articles only (four paragraphs or more)."""
    short = REPORT.format(quote=WISH).split("\n\n", 1)[1]  # three paragraphs
    assert _options(short) == ["Panic"]


def test_probability_reads_only_known_features() -> None:
    assert screen.probability([]) == pytest.approx(1 / (1 + 2.718281828459045 ** -screen.BIAS))
    assert screen.probability(["no such feature"]) == screen.probability([])


@pytest.mark.skipif(not (ROOT.parent / "shared" / "corpora" / "polnear-train" / "text").is_dir(),
                    reason="../shared/corpora is absent")
def test_the_training_data_is_the_current_rules_output() -> None:
    """candidates.jsonl is what scripts/option_candidates.py gives with this checkout's rules (the analyser over the
    377 tuned labelled pieces and the 57 judged reports: ~12 s of CPU, so it runs in the default set and a stale screen
    turns CI red). After a change of the rules: rerun it and scripts/train_option_screen.py --write."""
    import option_candidates
    rows = option_candidates.rows()
    assert [json.loads(line) for line in trainer.DATA.read_text(encoding="utf-8").splitlines()] == \
        json.loads(json.dumps(rows))


def test_hostile_options_are_scored() -> None:
    """An empty summary or evidence, a span past the text's end, odd characters: a probability, never an error."""
    from briefing_app.core.model import Option, Position
    text = "\u200b\u00a0?!\ufffd" * 3
    context = screen.Context.of(text, [], [], [], None)
    for option in (Option("", None, 0, 0), Option("  ", "support", 5, 500, positions=[Position("", "oppose", 0, 1)]),
                   Option("n't n't", "oppose", 0, len(text))):
        assert 0.0 < screen.probability(screen.features(text, option, context)) < 1.0


def test_the_judged_reports_are_a_check_never_trained_on() -> None:
    """The judged news reports' options (right / wrong, no gold entries) are scored by --cv, never in a training row."""
    pieces = trainer.load()
    judged = [p for p in pieces if p["group"] == trainer.JUDGED]
    assert judged and all(not p["gold"] and p["options"] for p in judged)
    assert all(o["label"] in ("hit", "spurious") for p in judged for o in p["options"])
    assert len(trainer.rows_of(pieces)) == sum(len(p["options"]) for p in pieces if p["group"] != trainer.JUDGED)


def test_the_fit_does_not_depend_on_the_rows_order() -> None:
    """Issue 14, session 26: the rows are summed in a canonical order, so a refit on the same rows in another order (a
    piece moved in candidates.jsonl) writes the same weights."""
    rows = trainer.rows_of(trainer.load())
    assert trainer.fit(rows[::-1]) == trainer.fit(rows)


def test_perturbed_drops_the_same_rows_for_the_same_seed_and_never_a_judged_one() -> None:
    pieces = trainer.load()
    once, again = trainer.perturbed(pieces, 3), trainer.perturbed(pieces, 3)
    assert once == again and once != trainer.perturbed(pieces, 4)
    assert [p for p in once if p["group"] == trainer.JUDGED] == [p for p in pieces if p["group"] == trainer.JUDGED]
    dropped = len(trainer.rows_of(pieces)) - len(trainer.rows_of(once))
    assert 0 < dropped < 0.1 * len(trainer.rows_of(pieces))


# the most decisions (of ~660) a refit on the rows with 5% dropped may flip at the shipped threshold: measured in session
# 26 over seeds 0-9 at L2 10 / 0.4 (docs/options-screen.md, "Stability"): 0-4, mean 1.6 (at L2 1 / 0.2: 1-7, mean 4.0)
MAX_FLIPS = 5


@pytest.mark.parametrize("seed", [0, 1])
def test_a_refit_on_perturbed_rows_flips_few_decisions(seed: int) -> None:
    """Issue 14, session 26: a screen refit moved borderline news options both ways at each retrain; a refit on the rows
    with 5% of them dropped at random flips at most MAX_FLIPS of the screen's decisions on the tuned pieces."""
    assert screen.THRESHOLD is not None
    assert trainer.flips(trainer.load(), seed, screen.THRESHOLD)["all"] <= MAX_FLIPS

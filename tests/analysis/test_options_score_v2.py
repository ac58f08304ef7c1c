"""tests/data/options/score.py, convention v2: gold entries with several evidence spans (tiny fixture)."""
import importlib.util
import sys
from pathlib import Path

import pytest

DIR = Path(__file__).parents[1] / "data" / "options"
spec = importlib.util.spec_from_file_location("options_score_v2", DIR / "score.py")
assert spec and spec.loader
score = importlib.util.module_from_spec(spec)
sys.modules["options_score_v2"] = score
spec.loader.exec_module(score)

TEXT = ("The council must rebuild the bridge. Rebuilding it is the only sane choice. "
        "Critics want to sell the depot. The weather was fine.")
BRIDGE = {"evidence": "The council must rebuild the bridge",
          "also_evidence": ["Rebuilding it is the only sane choice"], "stance": "support", "positions": []}
DEPOT = {"evidence": "Critics want to sell the depot", "stance": None, "positions": []}


def _span(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


def test_entry_spans_read_evidence_and_also_evidence():
    assert score._entry_spans(TEXT, BRIDGE) == [_span(BRIDGE["evidence"]), _span(BRIDGE["also_evidence"][0])]
    assert score._entry_spans(TEXT, DEPOT) == [_span(DEPOT["evidence"])]
    with pytest.raises(ValueError):  # a span not in the text is an error, never skipped
        score._entry_spans(TEXT, {"evidence": "build a tunnel"})


def test_a_found_option_on_any_span_matches_and_a_second_one_is_absorbed():
    gold = [score._entry_spans(TEXT, BRIDGE), score._entry_spans(TEXT, DEPOT)]
    found = [_span("the only sane choice"),   # the bridge entry's second span only
             _span("must rebuild the bridge"),  # the bridge entry's first span: larger overlap, takes the match
             _span("The weather was fine")]     # overlaps nothing: spurious
    pairs, absorbed = score.match_entries(gold, found)
    assert pairs == [(0, 1)]
    assert absorbed == {0: 0}  # neither a hit nor spurious
    # the depot entry is missed; one found option is left spurious
    assert {fi for _, fi in pairs} | set(absorbed) == {0, 1}


def test_one_found_option_matches_one_entry_only():
    gold = [[_span("The council must rebuild the bridge")], [_span("Rebuilding it is the only sane choice")]]
    found = [_span("rebuild the bridge. Rebuilding it")]  # overlaps both entries, matches the larger overlap
    pairs, absorbed = score.match_entries(gold, found)
    assert pairs == [(0, 0)] and absorbed == {}


def test_an_option_overlapping_an_unmatched_entry_is_not_absorbed():
    gold = [score._entry_spans(TEXT, BRIDGE), score._entry_spans(TEXT, DEPOT)]
    found = [_span("The council must"), _span("must rebuild the bridge"), _span("sell the depot")]
    pairs, absorbed = score.match_entries(gold, found)
    assert sorted(pairs) == [(0, 1), (1, 2)]
    assert absorbed == {0: 0}


def test_bootstrap_interval_holds_the_figure_and_is_a_point_for_uniform_pieces():
    """score.interval: pieces resampled (seeded); a batch of identical pieces gives a point, a mixed one an interval
    around its figure that narrows as the batch grows; no piece at all is no error."""
    assert score.interval([(2, 4, 1)] * 10) == {"recall": (0.5, 0.5), "precision": (0.25, 0.25)}
    mixed = [(3, 2, 2), (2, 3, 0), (0, 1, 0), (4, 4, 3), (1, 0, 0), (2, 2, 1)]
    ci = score.interval(mixed)
    recall, precision = 6 / 12, 6 / 12
    assert ci["recall"][0] < recall < ci["recall"][1] and ci["precision"][0] < precision < ci["precision"][1]
    wide = score.interval(mixed * 4)
    assert wide["recall"][1] - wide["recall"][0] < ci["recall"][1] - ci["recall"][0]
    assert score.interval(mixed) == ci  # seeded
    assert score.interval([]) == {"recall": (1.0, 1.0), "precision": (1.0, 1.0)}


def test_paired_difference_reads_a_change_on_the_same_pieces():
    """score.paired_difference: the same pieces drawn for both runs; no change gives zero, a gain on every piece an
    interval above zero, and runs over different pieces are an error."""
    before = [(3, 2, 1), (2, 3, 0), (4, 4, 2), (2, 2, 1), (1, 1, 0)]
    assert score.paired_difference(before, before) == {"recall": (0.0, 0.0), "precision": (0.0, 0.0)}
    after = [(g, f, min(g, f, m + 1)) for g, f, m in before]
    d = score.paired_difference(before, after)
    assert d["recall"][0] > 0 and d["precision"][0] > 0
    with pytest.raises(ValueError):
        score.paired_difference(before, after[:-1])

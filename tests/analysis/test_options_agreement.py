"""tests/data/options/agreement.py: two labellers' agreement on a tiny fixture, and its refusal of held pieces."""
import importlib.util
import sys
from pathlib import Path

import pytest

DIR = Path(__file__).parents[1] / "data" / "options"
FIXTURE = DIR / "agreement" / "fixture"
spec = importlib.util.spec_from_file_location("options_agreement", DIR / "agreement.py")
assert spec and spec.loader
agreement = importlib.util.module_from_spec(spec)
sys.modules["options_agreement"] = agreement
spec.loader.exec_module(agreement)


def _run(second: str, *extra: str) -> dict:
    return agreement.main(["--second", str(FIXTURE / second), "--reference", str(FIXTURE / "reference.json"),
                           "--articles", str(FIXTURE / "articles"), *extra])


def test_agreement_on_fixture(capsys):
    r = _run("second.json", "-v")["second vs reference"]
    assert (r["pieces"], r["reference"], r["other"], r["matched"]) == (2, 3, 3, 2)
    assert r["recall"] == pytest.approx(2 / 3)
    assert r["precision"] == pytest.approx(2 / 3)
    assert r["stance_agreement"] == pytest.approx(0.5)  # support/support, oppose/None
    assert r["stance_pairs"] == {"support/support": 1, "oppose/None": 1}
    assert r["positions_agreement"] == 1.0  # "Critics" and "the critics" are one actor, same stance
    out = capsys.readouterr().out
    assert "only reference dev-a: [support] 'The ministry should also fund the night buses'" in out
    assert "only other dev-b: [support] 'The weather was fine'" in out
    assert "stance dev-a: 'Critics urged the mayor to sell the depot' reference oppose, other None" in out


def test_kappa():
    assert agreement.kappa([("a", "a"), ("b", "b")]) == 1.0
    assert agreement.kappa([("a", "a"), ("a", "a")]) is None  # one label only: kappa undefined
    # observed 0.5, expected (1*1 + 1*1) / 4 = 0.5 -> kappa 0
    assert agreement.kappa([("a", "a"), ("a", "b"), ("b", "a"), ("b", "b")]) == pytest.approx(0.0)
    # observed 3/4; left a:2 b:2, right a:3 b:1 -> expected (6 + 2) / 16 = 0.5 -> kappa 0.5
    assert agreement.kappa([("a", "a"), ("a", "a"), ("b", "a"), ("b", "b")]) == pytest.approx(0.5)
    assert agreement.kappa([]) is None


def test_held_pieces_are_refused():
    with pytest.raises(SystemExit):
        _run("second-held.json")


def test_evidence_must_be_in_the_article(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"articles": {"dev-b": {"split": "dev", "options": [{"evidence": "not in it", "stance": null}]}}}')
    with pytest.raises(ValueError, match="not in the article"):
        _run(str(bad))


def test_v2_matching_uses_every_span_and_absorbs_split_courses():
    """match_entry_sets (eighteenth session, --news): an entry matches through any of its spans, one to one, largest
    overlap first; an unmatched entry overlapping an entry matched on the other side is absorbed on either side."""
    ref = [[(0, 10), (50, 60)], [(100, 120)]]
    oth = [[(52, 58)], [(5, 8)], [(200, 210)]]
    pairs, absorbed_r, absorbed_o = agreement.match_entry_sets(ref, oth)
    assert pairs == [(0, 0)]  # overlap 6 through the second span beats 3 through the first
    assert absorbed_o == {1} and absorbed_r == set()  # (5, 8) overlaps the matched entry: the same course again
    text = "Critics urged the council to ban cars. The mayor rejected a ban. The weather was fine."
    reference = {"p": [{"evidence": "Critics urged the council to ban cars", "also_evidence": ["The mayor rejected a ban"],
                        "stance": None, "positions": [{"actor": "critics", "stance": "support"},
                                                      {"actor": "the mayor", "stance": "oppose"}]}]}
    other = {"p": [{"evidence": "The mayor rejected a ban", "stance": None,
                    "positions": [{"actor": "Mayor", "stance": "oppose"}]},
                   {"evidence": "Critics urged the council", "stance": None, "positions": []},
                   {"evidence": "The weather was fine", "stance": "support", "positions": []}]}
    r = agreement.compare_v2({"p": text}, reference, other)
    assert (r["reference"], r["other"], r["matched"], r["absorbed"]) == (1, 2, 1, 1)
    # "Critics urged the council" overlaps most and is matched (no positions); the mayor's absorbed entry gives its
    # position, as score.py reads positions on a matched option and on those it absorbed
    assert r["precision"] == pytest.approx(0.5) and r["positions_agreement"] == pytest.approx(0.5)

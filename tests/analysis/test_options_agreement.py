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

"""The leave-pieces-out cross-validation of the options model (scripts/options_cv.py): folds are by piece (no
piece, hence no sentence of it, in two folds), the scoring is score.py's v2 matching, a gate drops and an adder adds
as their thresholds say, and the model is trained on the given pieces' rows only."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).parents[2]
for path in (ROOT / "scripts", ROOT / "tests" / "data" / "options"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

import options_cv as cv  # noqa: E402

TEXT = "The council should close the landfill. It rained. Critics want the council to sell the park."


def _piece(name: str = "p") -> dict[str, Any]:
    return {"name": name, "kind": "dev", "text": TEXT,
            "options": [{"start": 19, "end": 38, "stance": "support", "summary": "Close the landfill", "holder": None,
                         "positions": 0},
                        {"start": 59, "end": 93, "stance": None, "summary": "Sell the park", "holder": "Critics",
                         "positions": 1}],
            "sentences": [[0, 38], [39, 48], [49, 93]],
            "gold": [{"spans": [[4, 38]], "stance": "support"}, {"spans": [[39, 48]], "stance": None}]}


def test_folds_are_disjoint_by_piece() -> None:
    pieces = [_piece(f"p{i}") for i in range(13)]
    folds = cv.folds_of(pieces, 5, 14)
    names = [p["name"] for fold in folds for p in fold]
    assert sorted(names) == sorted(p["name"] for p in pieces) and len(names) == len(set(names))


def test_evaluate_matches_as_score_py_v2() -> None:
    r = cv.evaluate([_piece()], lambda p: p["options"])
    assert (r["gold"], r["found"], r["matched"]) == (2, 2, 1)  # the park is no gold entry's span
    assert r["recall"] == 0.5 and r["precision"] == 0.5 and r["stance"] == 1.0


def test_gate_and_adder_follow_their_thresholds() -> None:
    p = _piece()
    assert cv.gated(p, {0: 0.9, 1: 0.1}, 0.5) == [p["options"][0]]
    added = cv.added(p, [(0.8, [39, 48])], 0.7)
    assert len(added) == 3 and cv.evaluate([p], lambda q: added)["matched"] == 2
    assert cv.added(p, [(0.6, [39, 48])], 0.7) == p["options"]


def test_labels_and_training_rows() -> None:
    p = _piece()
    assert [cv.option_label(p, o) for o in p["options"]] == [True, False]
    rows = cv.sentence_rows([p])
    assert [r["option"] for r in rows] == [True, True, False] and rows[0]["stance"] == "support"
    models = cv.FoldModels([p], epochs=2)
    assert 0.0 <= models.gate_score(p, p["options"][0]) <= 1.0
    assert [s for _, s in models.uncovered(p)] == [[39, 48]]


def test_folds_by_group_keep_a_group_in_one_fold() -> None:
    pieces = [_piece(f"{pub}_{i}") for pub in ("a", "b", "c", "d") for i in range(3)]
    folds = cv.folds_of(pieces, 3, 14, lambda p: p["name"].split("_")[0])
    assert sorted(p["name"] for fold in folds for p in fold) == sorted(p["name"] for p in pieces)
    for fold in folds:
        groups = {p["name"].split("_")[0] for p in fold}
        assert all(sum(q["name"].split("_")[0] in groups for q in f) == 0 for f in folds if f is not fold)


def test_the_cache_is_the_checkouts_own() -> None:
    # a fixed /tmp path was shared by every checkout, so one checkout read another's rules' options
    assert cv.CACHE.name != "options-cv-cache.json" and f"{__import__('zlib').crc32(str(ROOT).encode()):08x}" in cv.CACHE.name


def test_delex_context_features_read_the_analysers_findings(monkeypatch) -> None:
    p = {**_piece(), "quotes": [[49, 93, "indirect"]], "mentions": [[49, 56, "group"], [67, 74, "organisation"]],
         "genre": "opinion"}
    first = cv.context_features(p, (0, 38))
    last = cv.context_features(p, (49, 93))
    assert "at:first" in first and "genre:opinion" in first and "qk:indirect" not in first
    assert {"qk:indirect", "ak:group", "ak:organisation", "an:2", "ak:opens"} <= set(last)
    assert not any("landfill" in f or "park" in f for f in first + last)
    monkeypatch.setattr(cv, "DELEX", True)
    models = cv.FoldModels([p], epochs=2)
    assert 0.0 <= models.gate_score(p, p["options"][0]) <= 1.0
    assert [s for _, s in models.uncovered(p)] == [[39, 48]]
    assert "st:support" in cv.gate_features(p, p["options"][0])


def test_compare_by_pools_and_splits_by_group(capsys) -> None:
    import train_options_model as tom
    pieces = [_piece("a"), _piece("b")]
    outer = {n: {"gate": {0: 0.9, 1: 0.1}, "unc": [(0.8, [39, 48])], "tg": 0.5, "ta": 0.7} for n in ("a", "b")}
    tom.compare_by(pieces, outer, lambda p: p["name"], "toy")
    out = capsys.readouterr().out
    assert "rules       gold 4 found 4 matched 2  F1 0.500" in out  # the park is no entry
    assert "gate        gold 4 found 2 matched 2  F1 0.667" in out and "adder       gold 4 found 6 matched 4  F1 0.800" in out


def _tree(root: Path) -> None:
    (root / "briefing_app" / "analysis" / "options").mkdir(parents=True)
    (root / "briefing_app" / "analysis" / "options" / "rules.py").write_text("A = 1\n", encoding="utf-8")
    data = root / "tests" / "data" / "options"
    (data / "train").mkdir(parents=True)
    (data / "score.py").write_text("", encoding="utf-8")
    (data / "gold-v2.json").write_text("{}", encoding="utf-8")
    (data / "gold-v2-news-held-x.json").write_text("{}", encoding="utf-8")


def test_the_fingerprint_follows_the_code_and_tuned_labels_not_held_files(tmp_path: Path) -> None:
    _tree(tmp_path)
    first = cv.fingerprint(tmp_path)
    assert cv.fingerprint(tmp_path) == first
    (tmp_path / "tests" / "data" / "options" / "gold-v2-news-held-x.json").write_text('{"a": 1}', encoding="utf-8")
    assert cv.fingerprint(tmp_path) == first  # a held file is not read into the cache, nor into its key
    rules = tmp_path / "briefing_app" / "analysis" / "options" / "rules.py"
    rules.write_text("A = 2\n", encoding="utf-8")
    changed = cv.fingerprint(tmp_path)
    assert changed != first
    (tmp_path / "tests" / "data" / "options" / "gold-v2.json").write_text('{"b": 1}', encoding="utf-8")
    assert cv.fingerprint(tmp_path) != changed


def test_a_cache_of_other_code_is_rebuilt(tmp_path: Path, monkeypatch: Any) -> None:
    import json
    built: list[str] = []
    monkeypatch.setattr(cv, "own_pieces", lambda: built.append("own") or [{"name": "fresh", "mentions": []}])
    cache = tmp_path / "cache.json"
    cache.write_text(json.dumps({cv.FINGERPRINT: "older rules", "own": [{"name": "stale", "mentions": []}]}),
                     encoding="utf-8")
    assert [p["name"] for p in cv.cached("own", cache=cache)] == ["fresh"] and built == ["own"]
    assert [p["name"] for p in cv.cached("own", cache=cache)] == ["fresh"] and built == ["own"]  # now current: kept
    assert json.loads(cache.read_text(encoding="utf-8"))[cv.FINGERPRINT] == cv.fingerprint()

"""The options sentence model experiment (scripts/options_model.py, scripts/train_options_model.py)
and its training set (tests/data/options/train): features, fitting, odd input, the data's shape,
and that no training sentence is taken from the editorials."""
from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).parents[2]
DATA = ROOT / "tests" / "data" / "options"


def _load(name: str) -> ModuleType:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(ROOT / "scripts"))


om = _load("options_model")
train = _load("train_options_model")

TOY = [
    {"text": "The government should ban the lorries from the centre.", "option": True, "stance": "support"},
    {"text": "Ministers must scrap the levy before the budget.", "option": True, "stance": "support"},
    {"text": "Cutting the aid budget would be a grave mistake.", "option": True, "stance": "oppose"},
    {"text": "Raising the fares again would be a mistake.", "option": True, "stance": "oppose"},
    {"text": "The storm reached the coast in 2019.", "option": False, "stance": None},
    {"text": "Prices rose by 12 per cent last year.", "option": False, "stance": None},
    {"text": "The minister was in Paris on Tuesday.", "option": False, "stance": None},
    {"text": "The talks collapsed in 2021 after a week.", "option": False, "stance": None},
]


def test_tokens_generalise_names_years_and_numbers() -> None:
    assert om.tokens("Berlin should send 40 tanks by 2025, Scholz said.") == [
        "berlin", "should", "send", "<num>", "tanks", "by", "<year>", "<Cap>", "said"]
    assert om.tokens("Won’t they?") == ["won't", "they", "?"]


def test_features_are_distinct_and_carry_cue_classes() -> None:
    feats = om.features("Parliament must not, must not, repeal the law")
    assert len(feats) == len(set(feats))
    assert {"c:<modal>", "c:<neg>", "b:<modal> <neg>", "first:parliament", "last:."} <= set(feats)
    assert not any(f.startswith("len:") for f in feats)  # length alone says nothing


def test_score_does_not_grow_with_length_alone() -> None:
    w = {"bias": 0.5, "w:the": 1.0}
    assert om.score(w, ["w:the"]) == pytest.approx(1.5)
    assert om.score(w, ["w:the", "w:a", "w:b", "w:c"]) == pytest.approx(1.0)
    assert om.score(w, []) == 0.5


def test_probabilities() -> None:
    assert om.probabilities([0.0]) == [0.5]
    assert om.probabilities([1000.0])[0] == pytest.approx(1.0)
    assert sum(om.probabilities([1.0, 2.0, -3.0])) == pytest.approx(1.0)


def test_a_toy_set_is_learned() -> None:
    model = om.SentenceModel.train(TOY, epochs=40)
    assert model.option_score("The council should ban the lorries.") > 0.5 > model.option_score("Prices rose in 2019.")
    ss = model.stance_scores("Cutting the fares would be a mistake.")
    assert set(ss) == set(om.STANCES) and sum(ss.values()) == pytest.approx(1.0)
    assert max(ss, key=lambda s: ss[s]) == "oppose"


def test_fit_rejects_no_data() -> None:
    with pytest.raises(ValueError):
        om.fit([], [])


@pytest.mark.parametrize("text", ["", " ", "?", "\u200b\u202e\ufeff", "İ" * 50, "日本は" * 100, "a " * 200_000,
                                  "should " * 5000, "\x00\ud7ff\U0010ffff", "…!?;:" * 1000])
def test_odd_and_huge_input(text: str) -> None:
    model = om.SentenceModel.train(TOY, epochs=2)
    p = model.option_score(text)
    assert 0.0 <= p <= 1.0
    assert sum(model.stance_scores(text).values()) == pytest.approx(1.0)
    assert len(om.tokens(text)) <= om.MAX_CHARS  # only the start of a huge text is read


def test_auc() -> None:
    assert train.auc([(0.9, True), (0.1, False)]) == 1.0
    assert train.auc([(0.1, True), (0.9, False)]) == 0.0
    assert train.auc([(0.5, True), (0.5, False)]) == 0.5
    assert train.auc([(0.2, True), (0.6, True), (0.4, False), (0.6, False), (0.1, False)]) == pytest.approx(3.5 / 6)


def test_load_checks_rows(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": "x", "option": True, "stance": "maybe"}) + "\n")
    with pytest.raises(ValueError, match="a.jsonl:1"):
        train.load(tmp_path)
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": "x", "option": False, "stance": "support"}) + "\n")
    with pytest.raises(ValueError):
        train.load(tmp_path)  # a sentence that is no option has no stance


def test_training_set_shape() -> None:
    rows = train.load()
    texts = [r["text"] for r in rows]
    assert len(rows) >= 800 and len(set(texts)) == len(texts)
    assert 0.35 < sum(r["option"] for r in rows) / len(rows) < 0.6
    assert {r["stance"] for r in rows if r["option"]} == {"support", "oppose", "neutral", "conditional", None}
    assert all(r.get("holder") for r in rows if r["option"] and r["stance"] is None)  # a side nobody takes is someone's


def test_no_training_sentence_is_taken_from_the_editorials() -> None:
    """No run of seven words of a training sentence is in any article of the options set (the editorial
    corpus may not be shipped, so nothing trained on may come from it)."""
    runs = set()
    for path in (DATA / "articles").glob("*.txt"):
        words = re.findall(r"\w+", path.read_text(encoding="utf-8").lower())
        runs.update(" ".join(words[i:i + 7]) for i in range(len(words) - 6))
    shared = [r["text"] for r in train.load()
              if any(" ".join(w[i:i + 7]) in runs for w in [re.findall(r"\w+", r["text"].lower())]
                     for i in range(len(w) - 6))]
    assert not shared


def test_form_only_masks_topic_words(monkeypatch) -> None:
    import options_model
    monkeypatch.setattr(options_model, "MASK_TOPIC", True)
    assert options_model.tokens("we should build the wall and urged Congress") == \
        ["we", "should", "<w>", "the", "<w>", "and", "urged", "<Cap>"]
    monkeypatch.setattr(options_model, "MASK_TOPIC", False)
    assert options_model.tokens("we should build the wall")[2:] == ["build", "the", "wall"]


def test_delex_features_read_no_content_word() -> None:
    # --delex: two sentences of the same form on different topics give the same features; a cue class, a quote mark
    # or a question changes them
    wall = om.delex_features("We should build the wall before the election, Mr. Trump said.")
    tax = om.delex_features("We should raise the tax before the budget, Mrs. May said.")
    assert wall == tax
    assert not any(w in f for f in wall for w in ("wall", "build", "election", "trump"))
    assert "b:<we> <modal>" in wall and "c:<say>" in wall and "c:<title>" in wall
    assert om.delex_features("We must not raise the tax.") != om.delex_features("We raise the tax.")
    assert "last:?" in om.delex_features("Should we raise the tax?")
    assert "quote:opens" in om.delex_features("“Raise the tax,” she said.")
    assert om.delex_features("") == ["len:0"]
    assert "b:<we> <modal>" in om.delex_features("Then I must go.")

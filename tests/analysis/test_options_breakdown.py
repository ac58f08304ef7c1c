"""The options breakdown by cells (tests/data/options/breakdown.py): a sentence's form cells, the kind of each miss
(taken, boundary, paragraph, nothing) and of each false option, and that held and validation pieces are never listed."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
if str(ROOT / "tests" / "data" / "options") not in sys.path:
    sys.path.insert(0, str(ROOT / "tests" / "data" / "options"))

import breakdown as bd  # noqa: E402

from briefing_app.analysis.pipeline import run  # noqa: E402
from briefing_app.core.model import Option  # noqa: E402


@pytest.mark.parametrize(("sentence", "cells"), [
    ("The council should close the landfill.", {"modal", "named+modal"}),
    ("We must not abandon the Kurds.", {"modal", "we+modal", "negation"}),
    ("Scrap the bedroom tax.", {"imperative"}),
    ("It is time to end the blockade.", {"it-is-time"}),
    ("Why not tax the rich?", {"question", "negation"}),
    ("Critics urged the mayor to sell the park.", {"call"}),
    ("If Iran cheats, sanctions would return.", {"conditional", "would/could"}),
    ("Labour opposes the new runway.", {"position"}),
    ("The minister plans to cut the budget.", {"will/plan"}),
    ("A carbon tax is the right course.", {"evaluative"}),
    ("The mayor raised parking fees last year.", {"no-cue"}),
])
def test_form_cells(sentence: str, cells: set[str]) -> None:
    assert set(bd.form_cells(sentence)) == cells


def test_verb_class() -> None:
    assert bd.verb_class("Impose sanctions on Russia") == "impose"
    assert bd.verb_class("Do not withdraw troops") == "withdraw"
    assert bd.verb_class("A tax on sugar") == "noun-summary"
    assert bd.verb_class("Legislate the sky") == "other-verb"


def test_miss_and_false_option_kinds() -> None:
    text = ("Ban cars downtown.\n\nThe city should build more bus lanes, and the mayor rightly favours it. "
            "Parking fees went up.\n\nThe weather was fine.")
    entry = {"options": [
        {"evidence": "Ban cars downtown", "summary": "Ban cars downtown", "stance": "support", "positions": []},
        {"evidence": "the mayor rightly favours it", "summary": "Favour it", "stance": "support", "positions": []},
        {"evidence": "Parking fees went up", "summary": "Raise parking fees", "stance": "support", "positions": []},
        {"evidence": "The weather was fine", "summary": "Keep the weather", "stance": None,
         "positions": [{"actor": "X", "stance": "support"}]},
    ]}
    doc = run(text)
    bus = text.index("The city")
    doc.options = [Option("Ban cars downtown", "support", 0, 17),  # the headline: a hit
                   Option("Build more bus lanes", "support", bus, bus + 36)]  # its sentence, not the mayor's words
    gold, found = bd.piece_cells(text, entry, doc)
    assert [kind for _, _, kind, _ in gold] == ["hit", "boundary", "paragraph", "nothing"]
    assert "holder:actor-only" in gold[3][0] and "stance:None" in gold[3][0]
    assert "form:imperative" in gold[0][0] and "place:headline" in gold[0][0]
    assert [outcome for _, outcome, _ in found] == ["matched", "spurious:gold-in-sentence"]


def test_private_modes_refuse_examples(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    for mode in ("held", "validation"):
        monkeypatch.setattr(sys, "argv", ["breakdown.py", mode, "--examples", "form:modal"])
        with pytest.raises(SystemExit):
            bd.main()
        assert "aggregate cells only" in capsys.readouterr().err


def test_stages_of_missed_entries(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Maria Lopez spoke in Leeds on Monday.\n\nLopez calls for a four-day week for junior doctors. "
            "The library closed in May.")
    entry = {"options": [
        {"evidence": "a four-day week for junior doctors", "summary": "A four-day week for junior doctors",
         "stance": None, "positions": [{"actor": "Lopez", "stance": "support"}]},
        {"evidence": "The library closed in May", "summary": "Close the library", "stance": None, "positions": []},
    ]}
    with bd.Trace() as trace:
        monkeypatch.setattr(bd, "TRACE", trace)
        gold, _ = bd.piece_cells(text, entry)
    stages = [next(c for c in cells if c.startswith("stage:")) for cells, _, _, _ in gold]
    assert stages == ["stage:phrase-np-no-policy-noun", "stage:uncued"]
    from briefing_app.analysis.options import action_hits, calls
    assert vars(calls)["np_hit"] is action_hits.np_hit  # the builders are restored


def test_rule_cells_name_the_rule_that_made_an_option(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Maria Lopez spoke in Leeds on Monday.\n\nLopez calls for a ban on zero-hours contracts. The council should sell the park."
    entry = {"options": [{"evidence": "a ban on zero-hours contracts", "summary": "Ban zero-hours contracts", "stance": None,
                          "positions": [{"actor": "Lopez", "stance": "support"}]}]}
    with bd.Trace() as trace:
        monkeypatch.setattr(bd, "TRACE", trace)
        gold, found = bd.piece_cells(text, entry)
    assert "rule:calls.call_hits" in gold[0][0]
    assert sorted(c for cells, _, _ in found for c in cells if c.startswith("rule:")) == \
        ["rule:calls.call_hits", "rule:modals.modal_hits"]
    from briefing_app.analysis import options
    assert vars(options)["_add"].__name__ == "_add"  # restored

"""scripts/score_breakdown.py parts the gold quotations whose source stands before them in their own sentence by the
source's form (one cell per quotation): a fronted "According to X,", a colon, a noun phrase of the source's, a pronoun,
a description, a relative clause or appositive after a name, a phrase fronted before the name, another name in the
sentence, or a plain "X said"."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
if str(ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(ROOT / "scripts"))

import score_breakdown  # noqa: E402


def _form(text: str, source: str, cue: str = "said") -> str:
    s = text.index(source)
    return score_breakdown.before_form(text, text.index("“"), [(s, s + len(source))], cue)


@pytest.mark.parametrize(("text", "source", "cue", "form"), [
    ("Earlier news. According to Smith, “We lost.”", "Smith", "According to", "according-to"),
    ("As the polls closed, according to Ann Lee, the mood was “grim.”", "Ann Lee", "according to", "according-to"),
    ("Senator Ann Lee was blunt: “We lost.”", "Senator Ann Lee", "was blunt:", "colon"),
    ("From Ann Lee: “We lost.”", "Ann Lee", ":", "colon"),
    ("It was Ann Lee’s warning that “the dam will break.”", "Ann Lee", "warning", "possessive"),
    ("Then came Lee's reply, “Never.”", "Lee", "reply", "possessive"),
    ("Later he said, “We lost.”", "he", "said", "pronoun"),
    ("She told them: “No.”", "She", "told", "colon"),
    ("The senator said “we lost.”", "The senator", "said", "description"),
    ("Ann Lee, who ran the campaign for a year, said, “We lost.”", "Ann Lee", "said", "relative"),
    ("Ann Lee, a longtime aide, said “we lost.”", "Ann Lee, a longtime aide,", "said", "relative"),
    ("In an interview on Monday, Ann Lee said, “We lost.”", "Ann Lee", "said", "fronted"),
    ("After the vote, Lee said, “We lost.”", "Lee", "said", "fronted"),
    ("When Bob Hale left, Ann Lee said “good riddance.”", "Ann Lee", "said", "two-names"),
    ("Ann Lee told Bob Hale, “We lost.”", "Ann Lee", "told", "two-names"),
    ("Ann Lee said, “We lost.”", "Ann Lee", "said", "plain"),
    ("The vote was close. Ann Lee said “we lost.”", "Ann Lee", "said", "plain"),
])
def test_before_form(text: str, source: str, cue: str, form: str) -> None:
    assert _form(text, source, cue) == form


@pytest.mark.parametrize("cue,cell", [
    ("said", "say/finite"), ("did not respond to", "respond/negated"), ("a call for", "call/noun"),
    ("Rubio's claim", "claim/noun"), ("was asked", "ask/passive"), ("to declare", "declare/infinitive"),
    ("stating", "state/participle"), ("described", "describe/finite"), (":", "colon/plain"),
    ("according to", "according-to/plain"), ("released a statement describing", "describe/noun"),
    ("pointed out", "other/finite"),
])
def test_cue_cell(cue: str, cell: str) -> None:
    assert score_breakdown.cue_cell(cue) == cell


def test_cue_cells_are_no_part_of_the_summed_speech_recall() -> None:
    """The publisher and length cells sum every key starting with a PARTS prefix ("speech recall direct"/"indirect"):
    the cue cells of indirect attributions must not start with one, or each would be counted twice."""
    raw = "Ann Lee said the plan would fail. Bob Hale did not respond to a request for comment."
    gold = [{"content": [(13, 32)], "source": [(0, 7)], "cue": "said"},
            {"content": [(62, 84)], "source": [(34, 42)], "cue": "did not respond to"}]
    sa = score_breakdown._scorer()
    got, _ = score_breakdown.cells(sa, raw, gold, [{"kind": "indirect", "start": 13, "end": 32}])
    summed = [key for key in got for prefixes, _ in score_breakdown.PARTS if key.startswith(prefixes)]
    assert sorted(summed) == ["speech precision indirect", "speech recall indirect"]
    assert got["speech recall indirect"]["n"] == 2 and got["indirect recall cue=respond/negated"]["n"] == 1

"""The author's name for a call others make, in an apposition right after it ("SYRIZA is asking for debt forgiveness,
both rather moderate demands"; "..., a reckless idea"; "..., hardly a radical demand"): the author's side on a
reported option; the holder keeps their own side, and the summary and the holder's words end before the apposition."""
import re

import pytest

from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text, stance, summary", [
    ("SYRIZA is asking for debt forgiveness and a New Deal for Europe, both rather moderate demands coming from a "
     "radical left party.", "support", "Reach debt forgiveness and a New Deal for Europe"),
    ("The union said the council should raise pay by 10 percent, a modest request.", "support", "Raise pay by 10 percent"),
    ("The union said the council should raise pay by 10 percent, hardly a radical demand.", "support",
     "Raise pay by 10 percent"),
    ("Ministers have proposed raising the retirement age to 70, a far from radical idea.", "support",
     "Raise the retirement age to 70"),
    ("Ministers have proposed raising the retirement age to 70, a reasonable idea.", "support",
     "Raise the retirement age to 70"),
    ("Teachers' unions say the government should scrap the exam, a drastic step that few parents want.", "oppose",
     "Scrap the exam"),
])
def test_apposition_gives_the_author_side(text, stance, summary):
    option = one_option(text)
    assert (option.stance, option.summary) == (stance, summary)
    assert option.positions and all(p.stance == "support" for p in option.positions)
    assert not any(re.search(r"\b(?:demands?|request|idea|step)\b", text[p.start:p.end]) for p in option.positions)


@pytest.mark.parametrize("text", [
    "Critics say the council should close the library, a modest proposal, the mayor said.",  # the mayor's words
    'The union said the council should raise pay by 10 percent, "a modest request".',  # quoted: the speaker's
    "The minister said the city should build a new runway, a move that would take ten years.",  # no verdict
    "The minister said the city should build a new runway, a controversial plan.",  # disputed is no side
])
def test_apposition_without_the_author_verdict(text):
    assert one_option(text).stance is None

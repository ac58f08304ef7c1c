"""A verdict on a plan that its own verb denies ("The plan to close the library is not welcome", "would hardly be wise",
"is not a good idea") is the author's word against it (the judged-plan rule read only the verdict word and gave the
author's support); "not only welcome but overdue" stays support. And a bad verdict on "the idea that S should X" (as
"is a fantasy", "is a pipe dream", "is a recipe for disaster") judges the course inside it: the verdict rule had taken the
whole idea as its subject and the summary came out 'The idea that the bank'."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text, summary, stance", [
    ("The plan to close the library is not welcome.", "Close the library", "oppose"),
    ("Plans to close the library are not welcome.", "Close the library", "oppose"),
    ("The proposal to cut bus fares is not a good idea.", "Cut bus fares", "oppose"),
    ("The plan to close the library would hardly be wise.", "Close the library", "oppose"),
    ("The proposal to scrap the levy isn't sensible.", "Scrap the levy", "oppose"),
    ("The plan to close the library is not misguided.", "Close the library", "support"),
    ("The plan to close the library is welcome.", "Close the library", "support"),
    ("The plan to close the library is not only welcome but overdue.", "Close the library", "support"),
    ("The plan to close the library is a good idea.", "Close the library", "support"),
])
def test_a_denied_verdict_takes_the_other_side(text: str, summary: str, stance: str) -> None:
    option = one_option(text)
    assert (option.summary, option.stance, option.positions) == (summary, stance, [])


@pytest.mark.parametrize("text, summary", [
    ("The idea that the bank should cut rates is a fantasy.", "Cut rates"),
    ("The notion that Britain should leave the customs union is a pipe dream.", "Leave the customs union"),
    ("The suggestion that the council should close the library is a recipe for disaster.", "Close the library"),
    ("The idea that we should arm teachers is absurd.", "Arm teachers"),
])
def test_a_bad_verdict_on_the_idea_judges_its_course(text: str, summary: str) -> None:
    option = one_option(text)
    assert (option.summary, option.stance) == (summary, "oppose")

"""A way of judging or explaining is no course of action: "It is wrong to solely attribute the backlash to recent
events", "We should not conflate faith with extremism", "Nobody should underestimate X" give no option (as "ignore",
"assume", "blame" already did); a concrete course in the same frame still does."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text", [
    "It is wrong to solely attribute the current backlash to recent events.",
    "We should not conflate faith with extremism.",
    "Nobody should underestimate the anger in the former mining towns.",
    "Commentators should not exaggerate the threat from the new party.",
    "We must not demonise the people who voted to leave.",
])
def test_a_way_of_judging_is_no_option(text: str) -> None:
    assert options(text) == []


def test_a_concrete_course_in_the_same_frame_stays() -> None:
    assert one_option("It is wrong to cut the aid budget.").stance == "oppose"

"""The author's own frame around a course others hold (judged): "All the more reason to consider Senator Holt's proposal
for X", "good reason to back it", "worth considering" are the author's support; "should rethink / reconsider" the
author's opposition ("Ministers want to sell the forests, but they should rethink."). "No reason to" is no support."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option


def test_all_the_more_reason_to_consider_a_proposal_supports_it() -> None:
    option = one_option("All the more reason to consider Senator Holt's proposal for a wholesale overhaul of the "
                        "student loan system.")
    assert option.stance == "support"
    assert [(p.actor, p.stance) for p in option.positions] == [("Holt", "support")]


@pytest.mark.parametrize("text", [
    "Ministers want to sell the forests, but they should rethink.",
    "Ministers want to sell the forests, and they ought to reconsider.",
])
def test_should_rethink_opposes_the_course(text: str) -> None:
    option = one_option(text)
    assert option.stance == "oppose"
    assert [(p.actor, p.stance) for p in option.positions] == [("ministers", "support")]


def test_no_frame_leaves_the_stance_none() -> None:
    option = one_option("Ministers want to sell the forests, and they say so often.")
    assert option.stance is None

"""Positions stated in a later sentence on a course found before (options/objections.py): "Critics say that route
is slow", "Some will say that touching farm power is political suicide". Each with a case that adds no position."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text, summary, positions", [
    ("The IMF has suggested that Kenya seek relief under the G20 framework. Critics say that route is slow, and they "
     "have a point.", "Seek relief under the G20 framework", [("International Monetary Fund", "support"), ("critics", "oppose")]),
    ("Free power for irrigation has to end. Farm unions will say that touching farm power is political suicide.",
     "End free power for irrigation", [("farm unions", "oppose")]),
    ("The council should close the Elm Street library. Residents say the plan is cruel.",
     "Close the Elm Street library", [("Residents", "oppose")]),
    ("The council should close the Elm Street library. Supporters say the plan is overdue.",
     "Close the Elm Street library", [("Supporters", "support")]),
])
def test_a_later_verdict_is_a_position(text: str, summary: str, positions: list[tuple[str, str]]) -> None:
    o = one_option(text)
    assert (o.summary, [(p.actor, p.stance) for p in o.positions]) == (summary, positions)


@pytest.mark.parametrize("text", [
    # "supporters of the library" back the library, not the course; no verdict word follows
    "The council should close the Elm Street library. Supporters of the library say it is the heart of the town.",
    # a negation turns the verdict
    "The council should close the Elm Street library. Residents say the plan is not cruel at all.",
    # a name in capitals ties no sentence to a course
    "Washington should ban Russian oil imports. Russians say the weather in Moscow is dreadful.",
    # the writer
    "The council should close the Elm Street library. I say the plan is cruel.",
    # "some" names no actor (session 29, test_options_unnamed_holders)
    "Free power for irrigation has to end. Some will say that touching farm power is political suicide.",
])
def test_no_position_added(text: str) -> None:
    assert one_option(text).positions == []


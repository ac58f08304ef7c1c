"""The makers of a proposal a course takes up or turns down hold a position on it (`options.made_by`): "accept the
invitation issued by the Guardian, Telegraph and YouTube" (three supporters), "heed the call by doctors", "accept the
union's offer", "reject the mayor's plan" (the mayor opposes rejecting it). Not a "by" that dates the course, not a
thing ("from the outset"), not a course that neither takes up nor turns down the proposal."""
import pytest

from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text, positions", [
    ("He must accept the invitation issued by the Guardian, Telegraph and YouTube to take part in an online debate.",
     [("the Guardian", "support"), ("Telegraph", "support"), ("YouTube", "support")]),
    ("The council should adopt the plan drawn up by residents.", [("residents", "support")]),
    ("Ministers should heed the call by doctors for a sugar tax.", [("doctors", "support")]),
    ("The government should accept the union's offer.", [("the union", "support")]),
    ("Ministers should adopt the BMA's proposal for a sugar tax.", [("BMA", "support")]),
    ("Ministers should reject the mayor's plan to close the library.", [("the mayor", "oppose")]),
    ("Ministers should reject the proposal made by the mayor.", [("the mayor", "oppose")]),
    ("Congress should pass the bill introduced by Senator Hale.", [("Hale", "support")]),
])
def test_the_makers_positions(text, positions):
    option = one_option(text)
    assert option.stance == "support"
    assert [(p.actor, p.stance) for p in option.positions] == positions


@pytest.mark.parametrize("text", [
    "Ministers should accept the offer by Friday.",
    "Ministers should accept the offer by the end of the year.",
    "Ministers should accept the offer from the outset.",
    "The council should adopt the plan in full.",
    "The council should publish the plan drawn up by residents.",  # neither takes it up nor turns it down
])
def test_no_maker(text):
    assert one_option(text).positions == []

""""X is right" is the author's verdict on X; "right now", "right behind", "right here" (a time or a place) and
"right-wing" are not: the reported course keeps no author's side."""
import pytest

from tests.analysis.option_helpers import options

CALLS = ["Senator Hale says the state should cut the fuel duty by half.",
         "Labour wants to nationalise the water companies.",
         "Brussels insists that Rome must cut its deficit to three percent."]


@pytest.mark.parametrize("text", [
    CALLS[0] + "\n\nHale is right now touring the state to sell the idea.",  # the holder, in the next sentence
    CALLS[2] + "\n\nBrussels is right behind the finance ministry on this.",
    CALLS[1] + "\n\nThe plan is right now before the committee.",  # the plan, in the next paragraph
    CALLS[1] + "\n\nThe plan is right-wing populism in another dress.",
    CALLS[1] + " But they are right now in opposition.",  # after "but"
    CALLS[1] + " But he is right here in the constituency every week.",
])
def test_right_of_time_or_place_or_a_compound_is_no_verdict(text):
    held = [o for o in options(text) if o.positions]
    assert held and all(o.stance is None for o in held), [(o.summary, o.stance) for o in held]


@pytest.mark.parametrize("text", [
    CALLS[0] + "\n\nHale is right, and the governor knows it.",
    CALLS[1] + "\n\nThe plan is right for the country.",
    CALLS[1] + " But they are right.",
    CALLS[2] + "\n\nBrussels is right to insist.",
])
def test_right_as_a_verdict_still_backs_the_course(text):
    held = [o for o in options(text) if o.positions]
    assert [o.stance for o in held] == ["support"], [(o.summary, o.stance) for o in held]

"""A course's good effect foretold in the sentence that reports someone's call ("The council wants to close the library,
which would save £2m a year", "..., a move that would help balance the budget", "X's plan to Y, which the minister says
would save £2m, ...") tells the backers' case or the plan's figures: no side of the author's. A verdict word beside it
still is one, and a holder's own words on an effect are still the holder's view."""
import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text", [
    "The council wants to close the library on Mill Lane, which would save £2m a year.",
    "The council wants to close the library on Mill Lane, a move that would help balance the budget.",
    "Ministers have proposed selling the forests to a timber company, which they say would boost rural jobs.",
    "The governor is pushing to raise the fuel tax by ten cents, which would improve the state's roads.",
    "Several councillors want to ban e-scooters from the city centre, which would protect pedestrians.",
    "The council proposes to open six libraries, which would help the poorest most.",  # was read as support (9a0c71b)
])
def test_an_effect_told_beside_a_reported_call_is_no_side_of_the_authors(text):
    found = options(text)
    assert found and all(o.positions and o.stance is None for o in found), \
        [(o.summary, o.stance, o.positions) for o in found]


def test_a_plan_whose_effect_a_speaker_foretells_is_no_course_of_the_authors():
    found = options("The plan to raise the fuel levy, which the minister says would save £2m, is due next week.")
    assert all(o.stance is None for o in found), [(o.summary, o.stance) for o in found]


@pytest.mark.parametrize("text, stance", [
    ("The council wants to close the library on Mill Lane, a sensible move that would save £2m a year.", "support"),
    ("The council wants to close the library on Mill Lane, which would be a mistake.", "oppose"),
    ("The council wants to close the library on Mill Lane, which is long overdue.", "support"),
])
def test_a_verdict_beside_the_effect_is_still_the_authors(text, stance):
    assert one_option(text).stance == stance


def test_the_authors_own_course_judged_by_its_effect_is_still_argued():
    option = one_option("Raising the fuel levy would help balance the budget.")
    assert (option.stance, option.positions) == ("support", [])

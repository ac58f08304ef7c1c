"""A past act the author judges is no option ("Parliament was right to reject the tax on fuel", "were wise to drop",
"rightly rejected"): the rules read the verb as a call and the verdict word as the author's and gave "Impose the tax
on fuel" with the author's support; a course argued for the future in the same sentence keeps its option, and the
present "is right to X" stays a verdict on a course still open."""
import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text", [
    "Parliament was right to reject the last round of taxes on fuel.",
    "The senators were wrong to reject the tax on sugary drinks.",
    "Ministers were wise to drop the plan to sell the forests.",
    "The council rightly rejected the plan to close the library.",
    "The assembly wisely scrapped the proposal to build a casino by the harbour.",
    "Critics say the board was wrong to turn down the bid to expand the airport.",
])
def test_judged_past_act_is_no_option(text):
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text, stance, expected", [
    # a course for the future after the judged act keeps its option
    ("Parliament was right to reject the tax on fuel, and it should now scrap the levy on diesel too.", "support",
     "Scrap the levy on diesel"),
    ("The EU was right to impose sanctions, but it must now lift the ban on grain exports.", "support",
     "Lift the ban on grain exports"),
    # the present verdict: a course still open
    ("The EU is right to impose sanctions on the oligarchs.", "support", "Impose sanctions on the oligarchs"),
    # a claim reported with the author's agreement: its course is argued
    ("The minister rightly argued that the council should close the library.", "support", "Close the library"),
])
def test_future_course_beside_a_judged_past_act(text, stance, expected):
    option = one_option(text)
    assert (option.stance, option.summary) == (stance, expected)

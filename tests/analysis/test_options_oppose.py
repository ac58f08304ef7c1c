"""The author against a course of action in forms other than "should not": avoidance verbs
("refrain from", "avoid", "resist the temptation to", "abandon its plan to", "think twice before"),
"we cannot allow X to", verdicts on a gerund ("a bad idea", "counterproductive", "will not make
anyone safer", "would reward"), "is not the way to", "the worst possible response"."""
import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, expected", [
    ("The EU should refrain from imposing new sanctions.", "Impose new sanctions"),
    ("Washington should avoid sending ground troops to Syria.", "Send ground troops to Syria"),
    ("The government must resist the temptation to cut taxes for the rich.", "Cut taxes for the rich"),
    ("The council should abandon its plan to close the libraries.", "Close the libraries"),
    ("Britain should think twice before joining the bombing campaign.", "Join the bombing campaign"),
    ("The proposal to privatise the railways should be rejected.", "Privatise the railways"),
    ("We cannot allow the government to sell off the NHS.", "Sell off the NHS"),
    ("Raising the retirement age would be counterproductive.", "Raise the retirement age"),
    ("Arming the rebels is a bad idea.", "Arm the rebels"),
    ("Closing the libraries is a false economy.", "Close the libraries"),
    ("Banning the niqab will not make anyone safer.", "Ban the niqab"),
    ("Lifting the sanctions now would reward Moscow's aggression.", "Lift the sanctions"),
    ("Cutting the aid budget is not the way to win votes.", "Cut the aid budget"),
    ("The worst possible response would be to close the borders.", "Close the borders"),
])
def test_opposed(text, expected):
    option = one_option(text)
    assert (option.stance, option.summary) == ("oppose", expected)


def test_an_averse_call_reported_is_the_holder_s_opposition():
    option = one_option("The unions urged the council to abandon its plan to close the libraries.")
    assert option.summary == "Close the libraries"


@pytest.mark.parametrize("text", [
    "Nobody should be fooled by the promise to cut taxes.",
    "It is hard to say whether the plan will not help.",
])
def test_no_option(text):
    assert options(text) == []


@pytest.mark.parametrize("text", [
    "He's a successful businessman who wants to move to the UK and marry her.",
    "She is a student who, in response to the attack, vowed to carry her mattress around campus.",
    "Let's employ the minister's own tortured terminology and logic.",
])
def test_descriptions_and_ways_of_arguing_are_no_options(text):
    assert options(text) == []


def test_a_body_s_plan_is_still_read():
    option = one_option("The council, which is short of money, plans to close three libraries.")
    assert option.summary == "Close three libraries"

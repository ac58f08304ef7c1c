"""Options named as the means, the priority or what deserves support (options/goals.py)."""
import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, expected", [
    ("Only by talking to Hamas can Israel secure a lasting peace.", "Talk to Hamas"),
    ("Dialogue is the only way to end the conflict.", "Hold dialogue"),
    ("There is no alternative to a negotiated settlement.", "Reach a negotiated settlement"),
    ("A ban on assault weapons deserves our support.", "Impose a ban on assault weapons"),
    ("The focus should be on prevention rather than punishment.", "Focus on prevention"),
    ("Protecting civilians must be the priority.", "Protect civilians"),
])
def test_goals(text, expected):
    option = one_option(text)
    assert (option.stance, option.summary) == ("support", expected)


@pytest.mark.parametrize("text", [
    "Only by luck did the pilot land the plane.",
    "Hard work is the key to success.",
    "His speech deserves a wide audience.",
    "The focus should be on what happens next.",
])
def test_no_goal(text):
    assert options(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Peace in the region will require a freeze on settlement construction.", "Impose a freeze on settlement construction"),
    ("In the end, there is only one answer: a Palestinian state alongside Israel.", "Adopt a Palestinian state alongside Israel"),
    ("The lesson for Washington is to stop arming proxies it cannot control.", "Stop arming proxies it cannot control"),
    ("What is needed now is political will to tax carbon.", "Tax carbon"),
])
def test_closing_forms(text, expected):
    option = one_option(text)
    assert (option.stance, option.summary) == ("support", expected)


def test_recovery_taking_time_is_no_option():
    assert options("Recovery will take a long time.") == []

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

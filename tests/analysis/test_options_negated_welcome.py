"""A negated "welcome" before a plan is its subject's verb, no verdict of the author's: "Unions did not welcome the plan
to raise the minimum wage" gave the author's support (framing._judged_plans read "welcome" among the four words before
the plan's noun as a good word)."""
import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text", [
    "Growers did not welcome the plan to cap water prices.",
    "The nurses do not welcome the proposal to extend night shifts.",
])
def test_negated_welcome_is_no_authors_verdict(text):
    assert [o.stance for o in options(text) if o.stance is not None] == []


@pytest.mark.parametrize("text, expected", [
    ("The plan to cap water prices is welcome.", ("Cap water prices", "support")),
    ("The sensible plan to cap water prices should pass.", ("Cap water prices", "support")),
])
def test_verdicts_kept(text, expected):
    option = one_option(text)
    assert (option.summary, option.stance) == expected

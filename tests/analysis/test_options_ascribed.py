"""A verdict word others pronounce on a reported call (`options.ascribed`): "which critics call reckless", "a move
opponents describe as draconian", "which rights groups branded a disaster" tell what they think, as news reports word it;
the author takes no side. The author's own name for it ("which I would call reckless", "a reckless idea", "which is
reckless") keeps the author's side."""
import pytest

from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text", [
    "Critics call the plan reckless, and the senator said the state should extend the curfew.",
    "The senator wants to extend the curfew, which critics call reckless.",
    "The senator wants to extend the curfew, a move critics have called reckless.",
    "The senator wants to extend the curfew, a plan opponents describe as draconian.",
    "The senator wants to extend the curfew, which opponents branded a disaster.",
    "The senator wants to extend the curfew, a proposal that rights groups denounced as cruel.",
    "The senator wants to extend the curfew, which unions say is unfair.",
    "The union wants the council to raise pay, which its members call sensible.",
])
def test_a_verdict_others_pronounce_gives_no_side(text):
    option = one_option(text)
    assert option.stance is None
    assert option.positions and all(p.stance == "support" for p in option.positions)


@pytest.mark.parametrize("text, stance", [
    ("The senator wants to extend the curfew, which I would call reckless.", "oppose"),
    ("The senator wants to extend the curfew, a reckless idea.", "oppose"),
    ("The senator wants to extend the curfew, which is reckless.", "oppose"),
    ("The union wants the council to raise pay, which is sensible.", "support"),
])
def test_the_author_verdict_stays(text, stance):
    assert one_option(text).stance == stance

"""A positive pledge of support is the holder's support (the coordinator's convention of the eighteenth session, options
README, "Denied positions and denied sayings", the mirror of the denied pledge): "X would support / will back / will vote
for / would sign / would accept Y" -> X supports Y, also after "said she would"; held under a condition ("if", "unless")
X's conditional position. "vote for", "accept" and "sign" count only when their object names a measure. Near misses: a
hedged pledge ("might support", "could endorse", "would probably back": no side), a past vote ("voted for": as before), a
question, an outcome, a person or a thing that is no measure ("would accept defeat", "will vote for Donald Trump", "would
sign the letter")."""
import pytest

from tests.analysis.option_helpers import options

CONTEXT = "Maria Lopez, the leader of the teachers' union, spoke in Leeds on Monday. The Greens met in York.\n\n"


def _found(text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options(CONTEXT + text)]


@pytest.mark.parametrize("text", [
    "Lopez would support a ban on diesel cars.",
    "Lopez will support a ban on diesel cars.",
    "Lopez will back a ban on diesel cars.",
    "Lopez would gladly back a ban on diesel cars.",
    "Lopez will vote for a ban on diesel cars.",
    "Lopez would vote for a ban on diesel cars.",
    "Lopez would sign a ban on diesel cars.",
    "Lopez would accept a ban on diesel cars.",
    "Lopez will endorse a ban on diesel cars.",
    "Lopez said she would vote for a ban on diesel cars.",
    "Lopez said she would support a ban on diesel cars.",
])
def test_a_pledge_is_support(text: str) -> None:
    assert _found(text) == [("Impose a ban on diesel cars", None, [("Maria Lopez", "support")])]


def test_a_gerund_a_bill_and_the_author() -> None:
    assert _found("Lopez would support raising the minimum wage.") == \
        [("Raise the minimum wage", None, [("Maria Lopez", "support")])]
    assert _found("Lopez would sign a bill banning diesel cars.") == \
        [("Adopt a bill banning diesel cars", None, [("Maria Lopez", "support")])]
    assert _found("I would support a ban on diesel cars.") == [("Impose a ban on diesel cars", "support", [])]
    assert _found("I’d vote for a ban on diesel cars.") == [("Impose a ban on diesel cars", "support", [])]


@pytest.mark.parametrize("text", [
    "Lopez would support a ban on diesel cars if the council agreed.",
    "Lopez would vote for a ban on diesel cars unless buses were exempt.",
    "Lopez said she would back a ban on diesel cars if the council agreed.",
])
def test_a_pledge_under_a_condition_is_conditional(text: str) -> None:
    assert _found(text) == [("Impose a ban on diesel cars", None, [("Maria Lopez", "conditional")])]


@pytest.mark.parametrize("text", [
    "Lopez might support a ban on diesel cars.",
    "Lopez may back a ban on diesel cars.",
    "Lopez might endorse a ban on diesel cars.",
    "Lopez could favour a ban on diesel cars.",
    "Lopez would probably support a ban on diesel cars.",
    "Lopez voted for the ban on diesel cars.",
    "Would Lopez support a ban on diesel cars?",
    "Lopez would accept defeat.",
    "Lopez will vote for Donald Trump.",
    "Lopez would support Donald Trump.",
    "Lopez would sign the letter.",
    "Lopez will sign autographs after the match.",
    "The new fund would support small farms.",
])
def test_near_misses_are_no_entry(text: str) -> None:
    assert _found(text) == []

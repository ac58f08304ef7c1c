"""A denied pledge of support is the holder's opposition (the coordinator's convention of the eighteenth session, options
README, "Denied positions and denied sayings"): "X would not support / won't back / will not vote for / refuses to
endorse / would never accept Y" -> X opposes Y, also after "said she would not"; "would not rule out Y" (or "has refused
to rule out") keeps Y open: X's neutral position. Near misses: hedged ("might not support", "may not back"), past ("refused
to back", "did not vote for": an act), an outcome or a person not accepted ("will not accept defeat", "the result of the
vote", "won't support Donald Trump")."""
import pytest

from tests.analysis.option_helpers import options

CONTEXT = "Maria Lopez, the leader of the teachers' union, spoke in Leeds on Monday. The Greens met in York.\n\n"


def _found(text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options(CONTEXT + text)]


@pytest.mark.parametrize("text", [
    "Lopez would not support a ban on diesel cars.",
    "Lopez won't back a ban on diesel cars.",
    "Lopez wouldn’t back a ban on diesel cars.",
    "Lopez will never endorse a ban on diesel cars.",
    "Lopez will not vote for a ban on diesel cars.",
    "Lopez refuses to endorse a ban on diesel cars.",
    "Lopez would never accept a ban on diesel cars.",
    "Lopez said she would not support a ban on diesel cars.",
])
def test_a_denied_pledge_is_opposition(text: str) -> None:
    assert _found(text) == [("Impose a ban on diesel cars", None, [("Maria Lopez", "oppose")])]


def test_a_group_and_the_author() -> None:
    assert _found("The Greens will not support a ban on diesel cars.") == \
        [("Impose a ban on diesel cars", None, [("Greens", "oppose")])]
    assert _found("I would not support a ban on diesel cars.") == [("Impose a ban on diesel cars", "oppose", [])]


def test_the_pledged_support_is_the_course_not_the_verb() -> None:
    assert _found("Lopez said she would support a ban on diesel cars.") == \
        [("Impose a ban on diesel cars", None, [("Maria Lopez", "support")])]


@pytest.mark.parametrize("text", [
    "Lopez would not rule out a ban on diesel cars.",
    "Lopez has refused to rule out a ban on diesel cars.",
])
def test_not_ruling_out_keeps_it_open(text: str) -> None:
    assert _found(text) == [("Impose a ban on diesel cars", None, [("Maria Lopez", "neutral")])]


@pytest.mark.parametrize("text", [
    "Lopez might not support a ban on diesel cars.",
    "Lopez may not back a ban on diesel cars.",
    "Lopez refused to back a ban on diesel cars.",
    "Lopez did not vote for the ban on diesel cars.",
    "Lopez will not accept defeat.",
    "Lopez would not accept the result of the vote.",
    "Lopez won't support Donald Trump.",
])
def test_near_misses_are_no_entry(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "summary", "holder"), [
    ("Lopez said she would not rule out a ban on diesel cars.", "Impose a ban on diesel cars", "Maria Lopez"),
    ("Lopez said that she would not rule out raising taxes.", "Raise taxes", "Maria Lopez"),
    ("Lopez said she would not rule out a snap election.", "Hold a snap election", "Maria Lopez"),
    ("The council said it would not rule out a ban on diesel cars.", "Impose a ban on diesel cars", "the council"),
])
def test_said_she_would_not_rule_out_is_neutral(text: str, summary: str, holder: str) -> None:
    """'said she would not rule out X' is X kept open, as 'would not rule out X' (review's reproducer: it gave the
    course 'Rule out X' and her opposition, read as a decided act negated by announced.SAID_WOULD_RE)."""
    assert _found(text) == [(summary, None, [(holder, "neutral")])]

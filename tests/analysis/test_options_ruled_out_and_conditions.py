"""Ruling a course out is opposing it, also when pledged in reported words; a present position held under a condition is
conditional (issue 14, nineteenth session, optrules; the eighteenth session's "still weak"): "Lopez said she would rule
out a ban" gave Lopez's support for "Rule out a ban" (the announced-plan rule read "rule out" as the plan), now her
opposition to "Impose a ban", as "Lopez would rule out / ruled out a ban" already was; "said they would reject / oppose X"
the same. "Lopez supports a ban ... if buses are exempt" gave support (only pledges and "only if / unless / as long as"
read a condition), now conditional, as the pledge "would support a ban if ..." is. Near misses: "would not rule out" stays
neutral (the convention of the eighteenth session), "would not oppose" no side, "even if" / "even though" concede (no
condition, and no part of the course), a relative clause after the object is no condition."""
import pytest

from tests.analysis.option_helpers import options

CONTEXT = "Maria Lopez, the leader of the teachers' union, spoke in Leeds on Monday. The Greens met in York.\n\n"


def _found(text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options(CONTEXT + text)]


@pytest.mark.parametrize("text", [
    "Lopez said she would rule out a ban on diesel cars.",
    "Lopez said that she would rule out a ban on diesel cars.",
    "Lopez says she will rule out a ban on diesel cars.",
    "Lopez said she would reject a ban on diesel cars.",
    "Lopez said she would oppose a ban on diesel cars.",
    "Lopez would rule out a ban on diesel cars.",
    "Lopez has ruled out a ban on diesel cars.",
])
def test_ruling_out_is_opposition(text: str) -> None:
    assert _found(text) == [("Impose a ban on diesel cars", None, [("Maria Lopez", "oppose")])]


@pytest.mark.parametrize("text", [
    "Lopez said she would not rule out a ban on diesel cars.",
    "Lopez would not rule out a ban on diesel cars.",
])
def test_not_ruling_out_stays_neutral(text: str) -> None:
    assert _found(text) == [("Impose a ban on diesel cars", None, [("Maria Lopez", "neutral")])]


def test_a_denied_opposition_takes_no_side() -> None:
    assert _found("Lopez said she would not oppose a ban on diesel cars.") == []


@pytest.mark.parametrize("text", [
    "Lopez supports a ban on diesel cars if buses are exempt.",
    "Lopez backs a ban on diesel cars, if buses are exempt.",
    "Lopez favours a ban on diesel cars provided buses are exempt.",
    "Lopez supports a ban on diesel cars once buses are exempt.",
    "Lopez would support a ban on diesel cars if buses were exempt.",
])
def test_a_position_under_a_condition_is_conditional(text: str) -> None:
    assert _found(text) == [("Impose a ban on diesel cars", None, [("Maria Lopez", "conditional")])]


@pytest.mark.parametrize("text", [
    "Lopez supports a ban on diesel cars even if buses are exempt.",
    "Lopez supports a ban on diesel cars even though buses are exempt.",
    "Lopez supports a ban on diesel cars, which buses would be exempt from.",
    "Lopez supports a ban on diesel cars.",
])
def test_a_concession_or_a_relative_clause_is_no_condition(text: str) -> None:
    assert _found(text) == [("Impose a ban on diesel cars", None, [("Maria Lopez", "support")])]


def test_the_greens_conditional_opposition() -> None:
    assert _found("The Greens oppose a ban on diesel cars if buses are included.") == \
        [("Impose a ban on diesel cars", None, [("Greens", "conditional")])]

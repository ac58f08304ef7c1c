"""A claim the text calls untrue is no position of the one it is about (issue 14, the seventeenth session's optfix report:
"Rubio's claim that Cruz is in favor of legalizing illegal immigrants is 'simply not true'" gave Cruz's support, a false
option on tuned news): `options/denied_claims.py`. The claim's content is dropped for the call and position verbs inside
it, whether the verdict follows ("is not true", "were baseless", 'is "simply not true," Cruz said') or precedes ("the
false claim that"). Near misses: a claim reported without a verdict ("Rubio claims that Cruz is in favour of X") and a
position outside the denied claim stay."""
import pytest

from tests.analysis.option_helpers import options

CONTEXT = "Maria Lopez, the leader of the teachers' union, spoke in Leeds on Monday. The Greens met in York.\n\n"


def _found(text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options(CONTEXT + text)]


@pytest.mark.parametrize("text", [
    "Rubio's claim that Cruz is in favour of legalizing illegal immigrants is not true.",
    "Rubio's claim that Cruz is in favor of legalizing illegal immigrants is \"simply not true,\" Cruz said.",
    "The false claim that Lopez supports a ban on diesel cars spread quickly.",
    "Allegations that the Greens backed a ban on diesel cars were baseless.",
    "The suggestion that Lopez wants to close the library is absurd.",
])
def test_a_denied_claim_is_no_position(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Rubio claims that Cruz is in favour of legalizing illegal immigrants.",
     [("Legalize illegal immigrants", None, [("Cruz", "support")])]),
    ("Lopez supports a ban on diesel cars, and the claim that she opposes it is false.",
     [("Impose a ban on diesel cars", None, [("Maria Lopez", "support")])]),
])
def test_near_misses(text: str, expected: list[object]) -> None:
    assert _found(text) == expected


# The course a denied claim states (eighteenth session, optpledge): "Critics' claim that the council should ban diesel
# cars is wrong" gave "Impose the council should ban diesel cars" (the verdict read the claim as its course) and the
# critics' opposition. The course comes from the clause ("Ban diesel cars"), the claimant holds nothing, and the author,
# who calls the claim wrong, opposes it.
@pytest.mark.parametrize("text", [
    "Critics' claim that the council should ban diesel cars is wrong.",
    "The critics' claim that the council should ban diesel cars is wrong.",
    "Lopez's claim that the council should ban diesel cars is simply not true.",
    "The claim that the council should ban diesel cars is wrong.",
    "The notion that the council should ban diesel cars is absurd.",
])
def test_a_denied_claims_course_is_the_authors_opposition(text: str) -> None:
    assert _found(text) == [("Ban diesel cars", "oppose", [])]


@pytest.mark.parametrize("text", [
    "Lopez's claim that the mayor supports a ban on diesel cars is wrong.",  # the verdict judges the claim, not the ban
    "Lopez said the critics' claim that the council should ban diesel cars is wrong.",  # Lopez's verdict: no one's course
])
def test_a_verdict_on_a_claim_is_no_course(text: str) -> None:
    assert _found(text) == []


def test_a_claim_not_denied_keeps_its_holder() -> None:
    assert _found("Critics claim that the council should ban diesel cars.") == \
        [("Ban diesel cars", None, [("critics", "support")])]


@pytest.mark.parametrize("text", [
    "Lopez denied reports that she backs a ban on diesel cars.",
    "Lopez denied that she backs a ban on diesel cars.",
    "Lopez dismissed claims that she supports a ban on diesel cars.",
    "Lopez rejected suggestions that the Greens want to close the library.",
    "The Greens denied allegations that they backed a ban on diesel cars.",
    "Lopez denied reports that she opposes a ban on diesel cars.",
])
def test_a_claim_denied_by_a_verb_is_no_position(text: str) -> None:
    """A claim its subject denies, dismisses or rejects (review's reproducer: 'Lopez denied reports that she backs a ban
    on diesel cars' gave Lopez's support, the verdict form of denied_claims only read a noun's 'is not true')."""
    assert _found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Lopez confirmed reports that she backs a ban on diesel cars.",
     [("Impose a ban on diesel cars", None, [("Maria Lopez", "support")])]),
    ("Lopez denied reports that she backs a ban on diesel cars, but said she supports a ban on lorries.",
     [("Impose a ban on lorries", None, [("Maria Lopez", "support")])]),
])
def test_near_misses_of_a_denial(text: str, expected: list[object]) -> None:
    assert _found(text) == expected

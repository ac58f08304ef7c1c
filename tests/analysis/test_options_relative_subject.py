"""A relative clause inside the subject is not the main clause (issue 14, the seventeenth session's review): "Democrats who
opposed the bill plan to force a vote on X" gave Democrats' opposition to X (the relative clause's "opposed" read with
"the bill plan to" as its object); the main clause's verb is "plan", its holder the antecedent "Democrats". The object of a
call or position verb in a relative clause ends at the main clause's verb (`calls._relative_end`); the subject of the main
verb is the antecedent without its relative clause (`modals.antecedent`, also after "that" + a finite verb: "Unions that
backed the strike"). Near misses: a main-clause "rejected the union plan to" (a noun plan), "Critics of that plan" (a
determiner, no relative clause), an object with a clause of its own ("so we can")."""
import pytest

from tests.analysis.option_helpers import options

CONTEXT = "Maria Lopez, the leader of the teachers' union, spoke in Leeds on Monday.\n\n"


def _found(text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options(CONTEXT + text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Democrats who opposed the bill plan to force a vote on a new minimum wage next week.",
     [("Force a vote on a new minimum wage next week", None, [("Democrats", "support")])]),
    ("Republicans who backed the reform want to repeal the estate tax.",
     [("Repeal the estate tax", None, [("Republicans", "support")])]),
    ("Unions that backed the strike now want the government to raise wages.",
     [("Raise wages", None, [("unions", "support")])]),
    ("Unions that marched on Monday now want the government to raise wages.",
     [("Raise wages", None, [("unions", "support")])]),
    ("Activists who marched on Monday urged the council to ban cars.",
     [("Ban cars", None, [("activists", "support")])]),
    ("The mayor, who opposed the bill, wants to raise the minimum wage.",
     [("Raise the minimum wage", None, [("the mayor", "support")])]),
])
def test_the_main_clause_is_the_antecedents(text: str, expected: list[object]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Democrats who support a ban on fracking plan to force a vote on it next week.",
     [("Impose a ban on fracking", None, [("Democrats", "support")]),
      ("Force a vote on it next week", None, [("Democrats", "support")])]),
    ("Activists who support a carbon tax urged the council to ban cars.",
     [("Impose a carbon tax", None, [("activists", "support")]), ("Ban cars", None, [("activists", "support")])]),
])
def test_a_course_in_the_relative_clause_ends_at_the_main_verb(text: str, expected: list[object]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The board rejected the union plan to cut wages.", [("Cut wages", None, [("the board", "oppose")])]),
    ("Critics of that plan urged the council to ban cars.", [("Ban cars", None, [("critics of that plan", "support")])]),
])
def test_near_misses(text: str, expected: list[object]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "and" + a plural or singular present verb of plan or wish and its "to": the subject's second predicate, no part of
    # the object before it (gave "Force a vote ..." opposed, "Adopt the bill and wants to hold a referendum on it")
    ("Democrats opposed the bill and plan to force a vote on a new minimum wage.", []),
    ("The mayor opposed the bill and wants to hold a referendum on it.", []),
    ("Lopez called for a ban on diesel cars and a plan to expand bus lanes.",
     [("Impose a ban on diesel cars", None, [("Maria Lopez", "support")]),
      ("Expand bus lanes", None, [("Maria Lopez", "support")])]),
])
def test_and_a_verb_of_plan_ends_the_object(text: str, expected: list[object]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "summary"), [
    ("The mayor urged the council to adopt the bill and hopes to hold a referendum on it.", "Adopt the bill"),
    ("The mayor urged the council to adopt a housing plan and expects to win.", "Adopt a housing plan"),
    ("The mayor urged the council to ban cars and now plans to hold a referendum.", "Ban cars"),
    ("The mayor urged the council to ban cars and intends to stand again.", "Ban cars"),
])
def test_and_a_verb_of_plan_ends_an_urged_course(text: str, summary: str) -> None:
    """'and' + a third-person verb of plan or wish and its 'to' ends an urged course too (review's reproducer of
    2d81fdc7's neighbour: 'urged the council to adopt the bill and hopes to hold a referendum' gave 'Adopt the bill and
    hopes to hold a referendum on it'; lexicon.CLAUSE_CUT_RE)."""
    found = [o.summary for o in options(text)]
    assert summary in found and not [s for s in found if " and " in s], found

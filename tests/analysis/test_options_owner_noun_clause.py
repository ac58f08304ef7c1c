"""A course inside an owner's noun clause is the owner's (issue 14, the seventeenth session's optbugs report): "The
mayor's proposal that the council should ban cars drew criticism" gave the author's support; the proposal is the
mayor's (`attribute.OWNER_NOUN_THAT_RE`, read by `proposer`), the author takes no side unless the sentence says so ("...
is welcome"). "The union's demand that ..." gave the holder "the union's" (`described` drops the possessive). "Brussels'
plan to cut farm subsidies drew criticism" ran the course on into the sentence's own verb
(`subject_content.verb_after_infinitive`). Near miss: a proposal with no owner stays as it was."""
import pytest

from tests.analysis.option_helpers import options

CONTEXT = "Maria Lopez, the leader of the teachers' union, spoke in Leeds on Monday.\n\n"


def _found(text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options(CONTEXT + text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The mayor's proposal that the council should ban cars drew criticism.",
     [("Ban cars", None, [("the mayor", "support")])]),
    ("Lopez's proposal that the council should ban cars drew criticism.",
     [("Ban cars", None, [("Maria Lopez", "support")])]),
    ("The union's demand that the company should raise wages angered managers.",
     [("Raise wages", None, [("the union", "support")])]),
    ("The mayor's proposal that the council should ban cars is welcome.",
     [("Ban cars", "support", [("the mayor", "support")])]),
    ("Brussels' plan to cut farm subsidies drew criticism.",
     [("Cut farm subsidies", None, [("European Union", "support")])]),
    ("Brussels' plan to cut farm subsidies was rejected.",
     [("Cut farm subsidies", None, [("European Union", "support")])]),
])
def test_the_owner_holds_it(text: str, expected: list[object]) -> None:
    assert _found(text) == expected


def test_a_proposal_without_owner() -> None:
    assert _found("The proposal that the council should ban cars drew criticism.") == [("Ban cars", "support", [])]


@pytest.mark.parametrize("text", [
    "The mayor's belief that the council should ban cars is wrong.",
    "The mayor's argument that the council should ban cars is wrong.",
    "The mayor's suggestion that the council should ban cars is misguided.",
    "The mayor's view that the council should ban cars is wrong.",
])
def test_a_verdict_on_the_owned_noun_is_not_the_owners(text: str) -> None:
    """The course is the owner's noun itself, judged by the author ("The mayor's belief that X is wrong"): the mayor
    holds no opposition to it (review's reproducer: the owner took the author's verdict's side)."""
    held = [p for o in _found(text) for p in o[2]]
    assert not [p for p in held if p[1] == "oppose"], held

"""A course the author puts forward with a hedge opening its clause (eighteenth session, optrecall; options/perhaps.py):
"Perhaps the council could ban cars from the centre", "Maybe Congress might raise the minimum wage", "..., and perhaps
the next president could try to require X", "Perhaps the council could try banning cars" (the author's support; in
someone's words, theirs). Before, "could" alone is no cue and the sentence was not read ("could consider" / "might want
to" were the only hedges). No hedge ("The council could ban cars as early as next year": a forecast), a thing or
"you" as the subject, a denial or a passive give none."""
import pytest

from tests.analysis.option_helpers import options

DOERS = ["the council", "Congress", "the next president", "Britain"]
FORMS = ["Perhaps {d} could {v}.", "Maybe {d} might {v}.", "Perhaps {d} could try to {v}.",
         "The rules are outdated, and perhaps {d} could {v}.", "Perhaps, {d} could {v}."]
COURSES = [("ban cars from the centre", "Ban cars from the centre"), ("raise the minimum wage", "Raise the minimum wage")]


def _sides(text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options("Headline\n\n" + text + "\n")]


@pytest.mark.parametrize("verb, summary", COURSES)
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("doer", DOERS)
def test_a_hedged_course_is_the_authors(doer: str, form: str, verb: str, summary: str) -> None:
    text = form.format(d=doer, v=verb)
    assert _sides(text[0].upper() + text[1:]) == [(summary, "support", [])]


def test_try_and_a_gerund() -> None:
    assert _sides("Perhaps the council could try banning cars from the centre.") == [
        ("Ban cars from the centre", "support", [])]


def test_in_someones_words_it_is_theirs() -> None:
    assert _sides("“Perhaps the council could ban cars from the centre,” Maria Lopez said.") == [
        ("Ban cars from the centre", None, [("Maria Lopez", "support")])]


@pytest.mark.parametrize("text", [
    "The council could ban cars from the centre as early as next year.",  # no hedge: a forecast
    "Perhaps it could rain tomorrow.",
    "Perhaps the weather could improve.",
    "Maybe prices could fall next year.",
    "Perhaps Congress could not agree on the budget.",
    "Perhaps voters could be persuaded.",
    "Maybe you could try calling your mother.",
    "Critics wonder whether perhaps the council could ban cars.",
])
def test_no_hedged_course(text: str) -> None:
    assert _sides(text) == []


@pytest.mark.parametrize("tail", ["critics fear", "some residents worry", "analysts predict", "Maria Lopez fears",
                                  "economists expect"])
def test_someones_fear_is_no_course(tail: str) -> None:
    """A fear or a forecast closing the sentence is no course put forward (review's reproducer: 'Perhaps the council
    could ban cars, critics fear' gave the author's support for 'Ban cars, critics fear')."""
    assert _sides(f"Perhaps the council could ban cars from the centre, {tail}.") == []


@pytest.mark.parametrize("verb", ["said", "suggested", "argued", "wrote"])
def test_a_saying_after_the_course_ends_it(verb: str) -> None:
    assert _sides(f"Perhaps the council could ban cars from the centre, Maria Lopez {verb}.") == [
        ("Ban cars from the centre", None, [("Maria Lopez", "support")])]

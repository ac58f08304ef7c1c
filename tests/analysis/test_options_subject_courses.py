"""A course named inside the sentence's subject ends where the sentence's own verb starts (issue 14, nineteenth session,
optrules; the eighteenth session's "still weak"): "The union's call for a ban on zero-hours contracts was rejected" gave
"Impose a ban on zero-hours contracts was rejected" (the call verb's object ran to the sentence's end and, longer,
outranked the owner's noun's hit); "The mayor's warning that the council should ban cars went unheeded" gave "Ban cars
went" (a linking verb's -ed complement read as a verb group of its own); "... is widely shared" gave "Ban cars is widely"
(an adverb broke the verb group). A belief, view or argument the text calls wrong is a denied claim ("The mayor's belief
that the council should ban cars is wrong": "Ban cars", the author's oppose, not "Adopt the mayor's belief that ...");
"despite" and "in spite of" end a course ("Ban diesel cars despite opposition from drivers"). Near misses: the owner's
noun as an object keeps its object to the end; a participle inside the phrase ("contracts used by retailers") stays."""
import pytest

from briefing_app.analysis.subject_content import content_end, noun_phrase_end
from tests.analysis.option_helpers import options

CONTEXT = "The teachers' union and the city council met in Leeds on Monday.\n\n"


def _found(text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options(CONTEXT + text)]


@pytest.mark.parametrize(("text", "course", "holder"), [
    ("The union's call for a ban on zero-hours contracts was rejected.", "Impose a ban on zero-hours contracts",
     "the union"),
    ("The union's call for a ban on zero-hours contracts grew louder.", "Impose a ban on zero-hours contracts",
     "the union"),
    ("The unions' renewed call for a ban on zero-hours contracts went unheeded.", "Impose a ban on zero-hours contracts",
     "the unions"),
    ("The union's call for a ban on zero-hours contracts faces opposition.", "Impose a ban on zero-hours contracts",
     "the union"),
    ("The union's demand for a ban on contracts used by retailers was rejected by ministers.",
     "Impose a ban on contracts used by retailers", "the union"),
    ("Lopez's call for a ban on diesel cars, which ministers rejected in March, grew louder as the smog worsened.",
     "Impose a ban on diesel cars", "Lopez"),
    ("The union's plan to cut working hours grew popular.", "Cut working hours", "the union"),
    ("The mayor's warning that the council should ban cars went unheeded.", "Ban cars", "the mayor"),
    ("The mayor's belief that the council should ban cars is widely shared.", "Ban cars", "the mayor"),
    ("The mayor's argument that the council should ban cars was quickly dismissed.", "Ban cars", "the mayor"),
])
def test_a_course_in_the_subject_ends_at_the_sentences_verb(text: str, course: str, holder: str) -> None:
    assert _found(text) == [(course, None, [(holder, "support")])]


@pytest.mark.parametrize("text", [
    "The mayor's belief that the council should ban cars is wrong.",
    "The mayor's view that the council should ban cars is simply wrong.",
    "The union's argument that the council should ban cars is misguided nonsense.",
])
def test_a_belief_called_wrong_is_the_authors_oppose(text: str) -> None:
    assert _found(text) == [("Ban cars", "oppose", [])]


@pytest.mark.parametrize(("text", "course"), [
    ("The council should ban diesel cars despite opposition from drivers.", "Ban diesel cars"),
    ("The council must ban diesel cars in spite of the costs.", "Ban diesel cars"),
    ("Lopez backs a ban on diesel cars despite the costs.", "Impose a ban on diesel cars"),
])
def test_despite_ends_a_course(text: str, course: str) -> None:
    assert [f[0] for f in _found(text)] == [course]


def test_the_owners_noun_as_an_object_keeps_its_object() -> None:
    found = _found("Ministers rejected the union's call for a ban on zero-hours contracts used by retailers.")
    assert [f[0] for f in found] == ["Impose a ban on zero-hours contracts used by retailers"]


@pytest.mark.parametrize(("phrase", "rest"), [
    ("a ban on zero-hours contracts grew louder", "a ban on zero-hours contracts"),
    ("a ban on contracts used by retailers was rejected by ministers who said", "a ban on contracts used by retailers"),
    ("a ban on cars went unheeded", "a ban on cars"),
    ("a ban on cars was widely shared", "a ban on cars"),
    ("a ban on unlicensed taxis was rejected", "a ban on unlicensed taxis"),
    ("a ban on cars", None),
])
def test_where_a_noun_phrase_in_the_subject_ends(phrase: str, rest: str | None) -> None:
    end = noun_phrase_end(phrase, 0, len(phrase))
    assert (phrase[:end] if end is not None else None) == rest


@pytest.mark.parametrize(("clause", "content"), [
    ("the council should ban cars went unheeded.", "the council should ban cars"),
    ("the council should ban cars is widely shared.", "the council should ban cars"),
    ("the council should ban cars was quickly dismissed.", "the council should ban cars"),
    ("wages were too low persuaded the panel.", "wages were too low"),
])
def test_where_a_content_clause_ends_past_a_complement_or_adverb(clause: str, content: str) -> None:
    end = content_end(clause, 0, len(clause))
    assert (clause[:end] if end is not None else None) == content

"""A noun of speech or of a course that opens its sentence with a "that" clause ("The union's argument that wages were
too low persuaded the panel"): the clause ends where the sentence's own verb starts, for the reported speech it gives
and for the course argued in it (the sixteenth session's review: the content ran over the main verb)."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from briefing_app.analysis.subject_content import content_end, opens_subject
from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize(("clause", "content"), [
    ("wages were too low persuaded the panel.", "wages were too low"),
    ("Russia meddled in the election were disputed.", "Russia meddled in the election"),
    ("the council should raise wages persuaded the panel.", "the council should raise wages"),
    ("taxes had been raised was false.", "taxes had been raised"),
    ("the firm hid losses sparked a sell-off.", "the firm hid losses"),
    # near misses: one verb group, or a clause word before the last one (that clause's verb, maybe): no cut
    ("the minister resigned in March.", None),
    ("wages were too low and prices had risen sharply.", None),
    ("the state should pay for schools that serve poor children is strong.", None),
])
def test_where_a_subjects_content_clause_ends(clause: str, content: str | None) -> None:
    end = content_end(clause, 0, len(clause))
    assert (clause[:end] if end is not None else None) == content


@pytest.mark.parametrize(("text", "opens"), [
    ("The union's argument that ", True),
    ("Claims by intelligence agencies that ", True),
    ("Her insistence that ", True),
    ("But the mayor's proposal that ", True),
    # near misses: the noun is an object, or there is no noun of speech
    ("The senator rejected the union's argument that ", False),
    ("The union said that ", False),
])
def test_a_noun_that_opens_its_sentence(text: str, opens: bool) -> None:
    assert opens_subject(text + "x", 0, len(text)) is opens


@pytest.mark.parametrize(("text", "content"), [
    ("The union's argument that wages were too low persuaded the panel.", "wages were too low"),
    ("Claims by intelligence agencies that Russia meddled in the election were disputed.",
     "Russia meddled in the election"),
    ("Allegations by prosecutors that the firm hid losses sparked a sell-off.", "the firm hid losses"),
    ("Trump's claim that he opposed the war was false.", "he opposed the war"),
])
def test_the_reported_content_ends_before_the_sentences_verb(text: str, content: str) -> None:
    quotes = [text[q.start:q.end] for q in analyse(text).quotes]
    assert quotes == [content]


def test_a_noun_as_object_keeps_its_content_to_the_end() -> None:
    text = "The senator rejected the union's argument that wages were too low."
    assert [text[q.start:q.end] for q in analyse(text).quotes] == ["wages were too low"]


@pytest.mark.parametrize(("text", "summary"), [
    ("The union's argument that the council should raise wages persuaded the panel.", "Raise wages"),
    ("Claims by critics that the council should raise taxes were disputed.", "Raise taxes"),
    ("The mayor's proposal that the council should ban cars angered residents.", "Ban cars"),
])
def test_the_course_ends_before_the_sentences_verb(text: str, summary: str) -> None:
    assert one_option(text).summary == summary


@pytest.mark.parametrize("text", [
    "The minister rejected his claim that the plan is working.",
    "The senator dismissed reports that the plan had failed.",
    "Ministers rejected the claim that the budget deal would cut taxes.",
])
def test_a_claim_about_the_world_is_no_course(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize(("text", "summary", "stance"), [
    ("The minister rejected calls for a ban on fracking.", "Impose a ban on fracking", "oppose"),
    ("The party opposed demands for an inquiry into the deal.", "Hold an inquiry into the deal", "oppose"),
    ("The minister rejected his proposal to ban fracking.", "Ban fracking", "oppose"),
])
def test_a_rejected_call_names_what_it_calls_for(text: str, summary: str, stance: str) -> None:
    option = one_option(text)
    assert option.summary == summary and [p.stance for p in option.positions] == [stance]

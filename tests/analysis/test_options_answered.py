"""A question put to someone and the answer ("When asked if the government should raise the minimum wage, Holt said it
should."): the answerer holds the course the question names, support or oppose by the answer; the author takes no side.
An answer that neither affirms nor denies gives no position of theirs, and a poll's figures are no one's."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options

LEAD = "Senator Jane Holt spoke in Leeds on Tuesday. "


@pytest.mark.parametrize("answer, stance", [
    ("When asked if the government should raise the minimum wage, Holt said it should.", "support"),
    ("When asked if the government should raise the minimum wage, she said it should not.", "oppose"),
    ("Asked whether the government should raise the minimum wage, Holt said no.", "oppose"),
    ("Asked whether the government should raise the minimum wage, Holt replied: \"Yes, of course.\"", "support"),
    ("When asked whether the government ought to raise the minimum wage, Holt said that it must.", "support"),
])
def test_the_answerer_holds_the_course_asked_about(answer: str, stance: str) -> None:
    option = one_option(LEAD + answer)
    assert option.summary == "Raise the minimum wage"
    assert option.stance is None
    assert [(p.actor, p.stance) for p in option.positions] == [("Jane Holt", stance)]


def test_a_poll_answer_is_no_ones_position() -> None:
    assert all(not o.positions for o in options(
        "Asked whether the government should raise the minimum wage, 59 percent of voters said yes."))


def test_an_answer_that_is_neither_gives_no_position_of_theirs() -> None:
    assert all(("Jane Holt", "support") not in [(p.actor, p.stance) for p in o.positions] for o in options(
        LEAD + "Asked whether the government should raise the minimum wage, Holt said she would think about it."))


def test_the_question_alone_gives_the_author_no_side() -> None:
    """The "whether" clause is read as a course weighed (neutral) when nobody answers; beside an answer it is no side of
    the author's, and the answerer's position stays the only one."""
    option = one_option(LEAD + "Asked whether the council should ban diesel cars, the mayor said no.")
    assert (option.summary, option.stance) == ("Ban diesel cars", None)
    assert [p.stance for p in option.positions] == ["oppose"]


@pytest.mark.parametrize("answer, summary, stance", [
    ("Asked whether schools should reopen, the governor said they should.", "Reopen schools", "support"),
    ("Asked whether schools should reopen, the governor said they should not.", "Reopen schools", "oppose"),
    ("Asked if the library should close, the governor said no.", "Close the library", "oppose"),
    ("Asked whether fuel duties should be raised, the governor said yes.", "Raise fuel duties", "support"),
])
def test_a_course_done_to_the_subject_has_its_answerer(answer: str, summary: str, stance: str) -> None:
    """A verb without an object ("should reopen", "should close") or a passive: the course is done to the question's
    subject, and the answerer holds it."""
    option = one_option("Governor Ann Reyes spoke in Albany on Tuesday. " + answer)
    assert (option.summary, option.stance) == (summary, None)
    assert [(p.actor, p.stance) for p in option.positions] == [("Ann Reyes", stance)]


@pytest.mark.parametrize("answer, summary, stance", [
    ("Asked whether taxes should rise, the governor said they should.", "Raise taxes", "support"),
    ("Asked whether bus fares should fall next year, the governor said they should not.", "Lower bus fares next year",
     "oppose"),
    ("When asked if the retirement age should rise to 70, the governor said no.", "Raise the retirement age to 70",
     "oppose"),
])
def test_a_quantity_set_moving_has_its_answerer(answer: str, summary: str, stance: str) -> None:
    """What a policy sets ("taxes", "fares", "the retirement age") asked to rise or fall: the course raises or lowers
    it, as "taxes should rise" does outside a question."""
    option = one_option("Governor Ann Reyes spoke in Albany on Tuesday. " + answer)
    assert (option.summary, option.stance) == (summary, None)
    assert [(p.actor, p.stance) for p in option.positions] == [("Ann Reyes", stance)]


def test_a_price_asked_to_rise_is_no_course() -> None:
    assert options("Governor Ann Reyes spoke in Albany on Tuesday. Asked whether house prices should rise, the governor "
                   "said they should.") == []

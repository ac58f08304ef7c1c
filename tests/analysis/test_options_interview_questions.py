"""An interview set out as Q and A: a question paragraph ("Q: Should ...", "QBut in your book ...", "Q. Will you ...") is
the interviewer's, no course the author argues: a course in it held by no one named is dropped (it was the author's
support), while one with a named holder keeps that holder. Outside such a layout (fewer than two "A:" paragraphs) a
paragraph opening with "Q" is ordinary text."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options

INTERVIEW = ("The former first lady spoke to us this week.\n\n{q}\n\nA: I have always said what I think.\n\n"
             "Q: What about the campaign?\n\nA: I will not answer that.")


@pytest.mark.parametrize("question", [
    "QBut in your book it's clear that you don't think Islam hates America, or that all Muslims should be banned from "
    "entering the United States. Is there a point where you would speak out?",
    "QBut surely the council should close the library. Would you accept that?",
    "Q. Isn't it clear that the government must raise the minimum wage now. Would you back it?",
    "QSo the United States should impose sanctions on Russia. Do you agree?",
    "Q: It's time to ban the sale of assault weapons, isn't it?",  # its "Q" was a holder
    "QYou argued that Congress should raise the minimum wage. Do you still think so?",  # "QYou" was a holder
])
def test_an_interviewers_question_is_not_the_authors(question: str) -> None:
    assert options(INTERVIEW.format(q=question)) == []


def test_a_named_holder_in_a_question_keeps_the_position() -> None:
    option = one_option(INTERVIEW.format(q="Q: Senator Hale has called for a ban on assault weapons. Do you agree?"))
    assert option.stance is None
    assert [(p.actor, p.stance) for p in option.positions] == [("Hale", "support")]


def test_without_the_layout_a_q_paragraph_is_text() -> None:
    text = "The lesson is plain.\n\nQuite simply, the government should ban the sale of assault weapons now."
    assert one_option(text).stance == "support"

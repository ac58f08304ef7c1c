"""A question put to someone ("asked whether", "turned to whether") is no course the author weighs: the modal rules read
the "whether" clause as the author's neutral ("Asked whether the state should cut taxes, Smith declined to answer" gave
the author's neutral with the summary 'Cut taxes, Smith declined to answer'; "Reporters asked whether Britain should leave
the customs union" gave the reporters a neutral position). An answer read is its answerer's position (answered.py)."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text", [
    "Asked whether the state should cut taxes, Smith declined to answer.",
    "Reporters asked whether Britain should leave the customs union.",
    "The debate then turned to whether the government should nationalise the railways.",
    "Asked whether the state should cut taxes, 59 percent said yes.",
    "Voters are asking whether the state should cut taxes.",
    "Many now wonder whether the council should close the library.",
    "Parents ask whether the city should ban diesel cars.",
])
def test_a_question_put_is_no_course_weighed(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


def test_the_answer_is_the_answerers() -> None:
    option = one_option("Senator Jane Holt spoke in Leeds. Asked whether Congress should raise the minimum wage, Holt said no.")
    assert option.stance is None
    assert [(p.actor, p.stance) for p in option.positions] == [("Jane Holt", "oppose")]


def test_the_authors_own_question_stays_weighed() -> None:
    option = one_option("We must ask whether the council should close the library.")
    assert (option.summary, option.stance) == ("Close the library", "neutral")


@pytest.mark.parametrize("text", [
    "I wonder whether the council should close the library.",
    "We are asking whether the council should close the library.",
])
def test_the_authors_own_wondering_stays_weighed(text: str) -> None:
    option = one_option(text)
    assert (option.summary, option.stance) == ("Close the library", "neutral")

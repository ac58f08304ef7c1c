"""A quotation after 'is'/'are' with a name or a pronoun as the subject is the subject's own words, as after 'was'
already ('Kwame Okafor is “not worried at all about the polls”', 'Okafor is confident “we will win ...”'); a thing or a
described subject before 'is' gives no speaker ('The bill is “a disaster ...”', 'The question is “whether ...”')."""
from __future__ import annotations

import pytest

from briefing_app.analysis.pipeline import analyse


def _mentions(text: str) -> list[str | None]:
    return [q.mention.text if q.mention else None for q in analyse(text).quotes if q.kind == "direct"]


@pytest.mark.parametrize(("text", "mention"), [
    ("Kwame Okafor is “not worried at all about the polls, not one bit.”", "Kwame Okafor"),
    ("Kwame Okafor is confident “we will win this fight in the end, no matter what.”", "Kwame Okafor"),
    ("Sen. Ann Lee is “deeply troubled by what we have seen this week.”", "Sen. Ann Lee"),
    ("He is “deeply troubled by what we have seen this week in the capital.”", "He"),
    ("Kwame Okafor and Ann Lee are “deeply troubled by what we have seen this week.”", "Kwame Okafor"),
])
def test_a_name_before_is(text: str, mention: str) -> None:
    assert _mentions(text) == [mention]


@pytest.mark.parametrize("text", [
    "The bill is “a disaster for working families across the state.”",
    "The question is “whether we can win this fight in the end.”",
    "This is “a disaster for working families across the state.”",
])
def test_a_thing_before_is(text: str) -> None:
    assert _mentions(text) == [None]

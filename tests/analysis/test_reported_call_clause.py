"""A call, a characterisation or a request inside a fronted clause of time or condition ends at the clause's comma, as
a said-clause does ("When Cruz called the plan a disaster, the crowd cheered" was "the plan a disaster, the crowd
cheered"); the comma may sit inside a closing mark ('called him a “moderate,” the crowd booed'). Near misses: a call
in the main clause keeps its list ("called for a ban on cars, buses and trucks")."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import indirect_pairs as _indirect


@pytest.mark.parametrize("text,content,source", [
    ("When Cruz called the plan a disaster, the crowd cheered.", "the plan a disaster", "Cruz"),
    ("After Cruz called him a moderate, the crowd booed.", "him a moderate", "Cruz"),
    ("When Cruz called him a “moderate,” the crowd booed.", "him a “moderate,”", "Cruz"),
    ("When Lee called for a ban on cars, the crowd booed.", "a ban on cars", "Lee"),
    ("If the mayor calls for a curfew, the council will object.", "a curfew", "the mayor"),
    ("Before Lee urged voters to stay home, the polls were busy.", "voters to stay home", "Lee"),
    ("When the mayor told residents to boil their water, many ignored her.", "residents to boil their water",
     "the mayor"),
    ("After Lee asked the council to delay the vote, the chair refused.", "the council to delay the vote", "Lee"),
])
def test_a_fronted_clause_ends_at_its_comma(text: str, content: str, source: str) -> None:
    assert (content, source) in _indirect(text)


def test_a_main_clause_call_keeps_its_list() -> None:
    assert ("a ban on cars, buses and trucks", "Lee") in _indirect("Lee called for a ban on cars, buses and trucks.")


@pytest.mark.parametrize("text,content,source", [
    ("When Cruz knocked Rubio and called him a moderate, the crowd booed.", "him a moderate", "Cruz"),
    ("If the council meets and calls for a vote, Lee will object.", "a vote", "the council"),
    ("Once Lopez praised the mayor and described the plan as reckless, the room went quiet.",
     "the plan as reckless", "Lopez"),
])
def test_a_coordinated_call_inside_a_fronted_clause_takes_its_subject(text: str, content: str, source: str) -> None:
    assert (content, source) in _indirect(text)

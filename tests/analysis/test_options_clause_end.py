"""A noun course ends at a comma that opens the main clause's predicate (action_hits.clause_end, sixteenth session): "The
committee, which supported Kloppenburg, spent $345,430 on ads" read "Kloppenburg, spent $345,430 ..." as a course (the
amount made it one); "The NRA, which has endorsed Trump, used the comments to ..." the same. A participle that modifies
the noun ("a tax, backed by the unions") is no main verb."""
from __future__ import annotations

import pytest

from briefing_app.analysis.options.action_hits import clause_end
from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text", [
    "The Greater Wisconsin Committee, which supported Kloppenburg, spent at least $345,430 on TV ads.",
    "The National Rifle Association, which has endorsed Trump, used the comments to attack the ban.",
    "The union, which backed Hale, paid $2 million for television ads in the final week.",
    "The club, which endorsed the mayor, gave $50,000 to the campaign.",
])
def test_a_person_backed_in_a_relative_clause_is_no_course(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text, summary", [
    ("Dan Alpert, author of a book calling for massive fiscal stimulus, expressed alarm at the deficit.",
     "Adopt massive fiscal stimulus"),
    ("The group, which supports a carbon tax, spent millions on ads.", "Impose a carbon tax"),
])
def test_the_course_stops_at_the_main_verb(text: str, summary: str) -> None:
    assert one_option(text).summary == summary


@pytest.mark.parametrize("np, cut", [
    ("Kloppenburg, spent at least $345,430 on ads", "Kloppenburg"),
    ("a carbon tax, says the report", "a carbon tax"),
    ("a carbon tax, backed by the unions, on every tonne", None),
    ("a ban on fracking, passed in 2010 in New York", None),
    ("a tax on sugar, including on juice", None),
])
def test_clause_end(np: str, cut: str | None) -> None:
    assert np[:clause_end(np)] == (cut if cut is not None else np)

""""Want(s) to see" + a clause is no thing wanted (phrasal.SEEN_CLAUSE_RE; news-s14's spurious "Adopt Clinton embrace some of
his top priorities", "Adopt changes include", and on the tuned PolNeAR reports "Adopt the president was born in this
country", "Adopt the bill move forward"): a policy verb in the clause is the course ("wants to see the Republicans
repeal X": repeal X), "X become a state / law" is making X one / passing X, any other clause gives none; "don't want to
see" opposes. A noun phrase after "see" stays the thing wanted."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import options


def _held(text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options(text)]


@pytest.mark.parametrize("text", [
    "But Bernie Sanders said he wants to see Clinton embrace some of his top priorities if she's the nominee.",
    "Tad Devine said areas where Bernie Sanders wants to see changes include: voter participation.",
    "Donald Trump told Fox News that birthers want to see the president was born in this country.",
    "Hillary Clinton has said she wants to see the bill move forward.",
    "Ministers want to see the country become more competitive.",
])
def test_a_clause_after_want_to_see_is_no_thing_wanted(text: str) -> None:
    assert _held(text) == []


@pytest.mark.parametrize("text, summary, holder, stance", [
    ("Hillary Clinton wants to see D.C. become a state.", "Make D.C. a state", "Hillary Clinton", "support"),
    ("Hillary Clinton wants to see Puerto Rico become the 51st state.", "Make Puerto Rico the 51st state",
     "Hillary Clinton", "support"),
    ("Hillary Clinton wants to see the bill become law.", "Pass the bill", "Hillary Clinton", "support"),
    ("The unions want to see the government raise the minimum wage.", "Raise the minimum wage", "the unions", "support"),
    ("\"I don't want to see the Republicans repeal the Affordable Care Act,\" Hillary Clinton said.",
     "Repeal the Affordable Care Act", "Hillary Clinton", "oppose"),
    ("Unions want to see a ban on zero-hours contracts.", "Impose a ban on zero-hours contracts", "unions", "support"),
    ("The unions do not want to see a ban on overtime.", "Impose a ban on overtime", "the unions", "oppose"),
    # a noun phrase and a policy verb's participle: that verb done to it
    ("Trump said he wants to see the wall built.", "Build the wall", "Trump", "support"),
    ("Many Republicans don't want to see the law repealed.", "Repeal the law", "many Republicans", "oppose"),
    ("The unions want to see the Affordable Care Act expanded by 2030.", "Expand the Affordable Care Act by 2030",
     "the unions", "support"),
    ("Hale wants to see more police officers hired, and soon.", "Hire more police officers", "Hale", "support"),
    ("Voters want to see taxes cut.", "Cut taxes", "voters", "support"),
    ("Hale wants to see spending reduced by 2030.", "Reduce spending by 2030", "Hale", "support"),
])
def test_the_course_in_what_someone_wants_to_see(text: str, summary: str, holder: str, stance: str) -> None:
    assert _held(text) == [(summary, None, [(holder, stance)])]

"""A candidate's pledge of what he or she would do in office (options/pledges.py; news-s13's miss "Donald Trump has made
it pretty clear that if he is elected president he will seek the prosecution of Bill, Hillary, and Chelsea"), and a
title's full stop inside an action phrase ("ask Mr. Biden to ..." gave "Ask Mr": lexicon.TITLE_STOPS)."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import options


def _held(text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options(text)]


@pytest.mark.parametrize("text, summary, holder", [
    ("Roger Stone spoke to Breitbart. \u201cDonald Trump has made it pretty clear that if he is elected president he "
     "will seek the prosecution of Bill, Hillary, and Chelsea,\u201d Roger Stone said.",
     "Seek the prosecution of Bill, Hillary, and Chelsea", "Donald Trump"),  # "he": the man named, not the speaker
    ("If elected, Ted Cruz will abolish the IRS.", "Abolish the IRS", "Ted Cruz"),
    ("Donald Trump has promised that as president, he would build a beautiful wall.", "Build a beautiful wall",
     "Donald Trump"),
    ("Once in office, Hillary Clinton would raise the minimum wage to $12.", "Raise the minimum wage to $12",
     "Hillary Clinton"),
    ("\"As president I will repeal Obamacare,\" Ted Cruz said.", "Repeal Obamacare", "Ted Cruz"),  # the speaker's
])
def test_a_pledge_in_office_is_the_pledger_s_position(text: str, summary: str, holder: str) -> None:
    assert _held(text) == [(summary, None, [(holder, "support")])]


@pytest.mark.parametrize("text", [
    "If elected, he would be the oldest president.",  # no course
    "He was elected in 2008 and served two terms.",
    "Barack Obama spoke on Monday. She said that, if elected, she would put new guidelines in place.",  # she is no Obama
])
def test_no_pledge(text: str) -> None:
    assert not any(o.positions for o in options(text)), _held(text)


@pytest.mark.parametrize("text, summary", [
    ("The council should ask Mr. Biden to lead the review.", "Ask Mr. Biden to lead the review"),
    ("Critics urged the board to hire Dr. Jones as chief.", "Hire Dr. Jones as chief"),
    ("The council should close the library. It rained.", "Close the library"),
    # the New York Times' two apostrophes close a quotation as a quotation mark does (lexicon.CLAUSE_CUT_RE)
    ("''I think the government should tighten its gun control,'' Ms. Gao said by telephone.", "Tighten its gun control"),
    ("The mayor should begin ''building bridges'' to Mr. Sanders, said David Axelrod.",
     "Begin ''building bridges'' to Mr. Sanders"),
])
def test_a_title_s_full_stop_ends_no_phrase(text: str, summary: str) -> None:
    assert [o.summary for o in options(text)] == [summary]

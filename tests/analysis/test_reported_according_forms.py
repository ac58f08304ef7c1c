"""Three places of "according to" the sentence rules did not read (issue 15: held according-to recall trailed tuned):
after a colon or semicolon ("The plan passed easily: According to Lopez, it would cost billions"), inside a
parenthesis with its content ("(93 percent were white, according to exit polls)"), and with no comma before it and a
coordinated clause after the source ("Clinton leads by 271 delegates according to a count by the AP, but ...").
Near misses: a manner ("voted according to the rules, but", "went according to plan, and"), a cue verb before the
colon (its own reading stays), a dash ("— according to X —" is a parenthetical pair, not an opening)."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import trace


def _according(text: str) -> list[tuple[str, str | None]]:
    return [(c, s) for r, c, s in trace(text) if r.startswith("according")]


@pytest.mark.parametrize("text,content,source", [
    ("The plan passed easily: According to Senator Maria Lopez, it would cost taxpayers billions.",
     "it would cost taxpayers billions", "Senator Maria Lopez"),
    ("And it hasn’t gone unnoticed: According to recent polls, Trump holds only 14 percent of the Latino vote.",
     "Trump holds only 14 percent of the Latino vote", "recent polls"),
    ("The deal is fragile; according to a spokesman for the company, talks could collapse this week.",
     "talks could collapse this week", "a spokesman for the company"),
])
def test_after_colon(text: str, content: str, source: str) -> None:
    assert (content, source) in _according(text)


@pytest.mark.parametrize("text,content,source", [
    ("Overwhelmingly white states like Iowa (93 percent of voters there in 2012 were white, according to exit polls), "
     "New Hampshire (93 percent) and Ohio top the list.", "93 percent of voters there in 2012 were white", "exit polls"),
    ("The council approved it (the plan would cost taxpayers billions, according to the mayor's office) on Monday.",
     "the plan would cost taxpayers billions", "the mayor's office"),
    ("He is among the poorest senators (his net worth is estimated at less than $100,000 according to Senate "
     "filings).", "his net worth is estimated at less than $100,000", "Senate filings"),
])
def test_in_parenthesis(text: str, content: str, source: str) -> None:
    assert _according(text) == [(content, source)]


@pytest.mark.parametrize("text,content,source", [
    ("Entering the final contests in June, Clinton leads Sanders by 271 pledged delegates according to a count by "
     "The Associated Press, but Sanders has vowed to soldier on.",
     "Entering the final contests in June, Clinton leads Sanders by 271 pledged delegates",
     "a count by The Associated Press"),
    ("The plan would cost taxpayers billions according to Senator Maria Lopez, but the council approved it.",
     "The plan would cost taxpayers billions", "Senator Maria Lopez"),
    ("Turnout fell by 12 percent according to state officials, and both parties blamed the weather.",
     "Turnout fell by 12 percent", "state officials"),
])
def test_no_comma_before(text: str, content: str, source: str) -> None:
    assert _according(text) == [(content, source)]


@pytest.mark.parametrize("text", [
    "The committee voted according to the rules, but the bill failed.",
    "Things went according to plan, and the bill passed easily in the end.",
    "The party members voted according to party lines, and the motion carried.",
    "In 2014, Ferguson had 115 instances of violent crime — including murder, rape and robbery — according to data.",
])
def test_near_misses(text: str) -> None:
    assert not any(s in ("the rules", "plan", "party lines") for _, s in _according(text))
    assert all(not c.startswith(("including", "murder")) for c, _ in _according(text))


def test_cue_before_colon_keeps_its_reading() -> None:
    rules = trace("Lopez said the vote was close: according to the latest polls, she leads by two points.")
    assert any(r.startswith("according") and (c, s) == ("she leads by two points", "the latest polls") for r, c, s in rules)
    assert any(s == "Lopez" and c.startswith("the vote was close") for _, c, s in rules)

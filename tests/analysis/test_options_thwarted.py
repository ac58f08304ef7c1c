"""A proposal blocked is its blocker's opposition, as a proposal rejected is (`options/thwarted.py`, issue 14, session
29): "The senators blocked an attempt by the White House to cut food stamps" gave nothing. Near misses: a stopping verb
with no proposal as its object, a denied or a dated block."""
from __future__ import annotations

import pytest

from briefing_app.analysis.options.thwarted import THWART_RE
from tests.analysis.option_helpers import one_option, options


def _sides(text: str) -> tuple[str, str | None, list[tuple[str, str]]]:
    o = one_option(text)
    return o.summary, o.stance, sorted((p.actor, p.stance) for p in o.positions)


@pytest.mark.parametrize("text, summary, positions", [
    ("The senators blocked an attempt by the White House to cut food stamps.", "Cut food stamps",
     [("White House", "support"), ("the senators", "oppose")]),
    ("The court blocked the president's plan to end the program.", "End the program",
     [("the court", "oppose"), ("the president", "support")]),
    ("Republicans have thwarted efforts to raise the minimum wage.", "Raise the minimum wage",
     [("Republican Party", "oppose")]),  # (the party acting as a group: party_acts)
    ("The Senate blocked a bill that would ban assault weapons.", "Ban assault weapons", [("Senate", "oppose")]),
    ("Farm groups torpedoed a proposal to tax fertiliser.", "Tax fertiliser", [("Farm groups", "oppose")]),
    ("Moderates are blocking a push by Senate leaders to scrap the filibuster.", "Scrap the filibuster",
     [("Moderates", "oppose"), ("Senate leaders", "support")]),
])
def test_a_proposal_blocked_is_the_blockers_opposition(text: str, summary: str, positions: list[tuple[str, str]]) -> None:
    assert _sides(text) == (summary, None, positions)


@pytest.mark.parametrize("text", [
    "Police blocked the road to the airport.",  # no proposal: a thing stopped
    "The town blocked access to the beach.",
    "Democrats blocked the bill.",  # which bill is said elsewhere
    "The senators did not block an attempt by the White House to cut food stamps.",  # denied
    "In 2010 the Senate blocked a bill that would ban assault weapons.",  # dated: history
    "A landslide blocked efforts to reach the village.",  # no course of a body's: no side
    "The government instructed the police to thwart the group's plans, and the day went peacefully.",  # no course named
    "The government instructed the police to thwart the group's plan to march on the capital.",  # an infinitive
])
def test_no_proposal_blocked(text: str) -> None:
    assert [(o.summary, [(p.actor, p.stance) for p in o.positions]) for o in options(text)
            if any(p.stance == "oppose" for p in o.positions)] == []


def test_the_verbs_need_a_proposal_noun_after_them() -> None:
    assert THWART_RE.search("They blocked an attempt to cut") is not None
    assert THWART_RE.search("They thwarted the mayor's plan to sell") is not None
    assert THWART_RE.search("They blocked the road") is None
    assert THWART_RE.search("They blocked the plans, and left") is None  # no course after the noun
    assert THWART_RE.search("the city blocks plans for a tower") is not None  # a verb form; a noun "blocks" needs no course after


@pytest.mark.parametrize("text", [
    "Russia had long blocked China's attempts to create a development bank.",  # a side told as past (pluperfect)
    "Perez slams the court deadlock that effectively blocked Obama's plan to shield migrants from deportation.",
])
def test_no_blocker_for_a_past_or_a_relative(text: str) -> None:
    assert [p for o in options(text) for p in o.positions if p.stance == "oppose"] == []

"""A noun of proposal with its proposer after it and its course last ("a push by the mayor to privatise the buses", "a
plan by the council to close the library", "a proposal from the ministry to scrap the levy"): the proposer supports the
course, and the subject of a verb of rejecting or welcoming it takes its own side on it (one option, both positions)."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, summary, positions", [
    ("Unions rejected a push by the mayor to privatise the buses.", "Privatise the buses",
     [("unions", "oppose"), ("the mayor", "support")]),
    ("Residents opposed a plan by the council to close the library.", "Close the library",
     [("residents", "oppose"), ("the council", "support")]),
    ("Farmers welcomed a proposal from the ministry to scrap the levy.", "Scrap the levy",
     [("farmers", "support"), ("the ministry", "support")]),
    ("Teachers resisted efforts by the state to expand charter schools.", "Expand charter schools",
     [("teachers", "oppose"), ("the state", "support")]),
])
def test_a_proposal_by_someone_rejected_or_welcomed_gives_both_sides(text: str, summary: str,
                                                                     positions: list[tuple[str, str]]) -> None:
    option = one_option(text)
    assert (option.summary, option.stance) == (summary, None)
    assert sorted((p.actor.lower(), p.stance) for p in option.positions) == sorted(positions)


def test_the_proposer_alone_when_no_one_judges_it() -> None:
    option = one_option("A plan by the council to close the library angered residents.")
    assert option.summary == "Close the library"
    assert [(p.actor, p.stance) for p in option.positions] == [("the council", "support")]


@pytest.mark.parametrize("text", [
    "Unions rejected a pay offer from the mayor.",  # an offer, no course in words
    "They backed a move by ministers to 2025 levels.",  # "to" + no verb
    "A push by the mayor to 2025 levels failed.",
    "Unions rejected a push by the end of the week to privatise the city buses.",  # a deadline, no proposer
    "The mayor pushed to privatise the buses before the election in 2019 and lost.",
])
def test_no_course_without_a_verb_phrase_after_the_proposer(text: str) -> None:
    assert options(text) == []


@pytest.mark.parametrize("text, positions", [
    ("The Social Democrats rejected a proposal from EU governments to delay the rules.",
     [("Social Democrats", "oppose"), ("EU governments", "support")]),
    ("The board rejected a bid by two commissioners to put more money into schools.",
     [("the board", "oppose"), ("two commissioners", "support")]),
    ("Senators rejected an attempt by Republican lawmakers to repeal the law.",
     [("Senators", "oppose"), ("Republican lawmakers", "support")]),
])
def test_a_described_group_as_the_proposer(text: str, positions: list[tuple[str, str]]) -> None:
    assert sorted((p.actor.lower(), p.stance) for p in one_option(text).positions) == \
        sorted((a.lower(), side) for a, side in positions)


@pytest.mark.parametrize("text", [
    "A plan by next year to privatise the buses was dropped.",
    "Critics rejected a plan by Friday to privatise the buses.",
])
def test_a_date_after_by_is_no_proposer(text: str) -> None:
    assert not any(p.stance == "support" for o in options(text) for p in o.positions)

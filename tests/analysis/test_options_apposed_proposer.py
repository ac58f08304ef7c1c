"""A proposer named with an apposition between it and its course ("rejected a push by Barbara Hendricks, the environment
minister, to establish a road map"; issue 14, session 29: a tuned ed-s17 miss): the course and both sides, as without
the apposition (action_hits.PROPOSED_BY_TO_RE, framing.PLANS_BY_RE / RESIST_RE, phrases.PURSUIT_BY_RE,
thwarted.COURSE_AFTER). Near miss: a phrase between commas that is no apposition (a time, a place) stays as before."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option


def _sides(text: str) -> tuple[str, list[tuple[str, str]]]:
    o = one_option(text)
    return o.summary, sorted((p.actor, p.stance) for p in o.positions)


@pytest.mark.parametrize("text, summary, positions", [
    ("The chancellery rejected a push by Barbara Hendricks, the environment minister, to establish a road map to the "
     "phaseout of coal.", "Establish a road map to the phaseout of coal",
     [("Barbara Hendricks", "support"), ("the chancellery", "oppose")]),
    ("Unions rejected a plan by Sadiq Khan, the mayor of London, to raise fares.", "Raise fares",
     [("Sadiq Khan", "support"), ("unions", "oppose")]),
    ("Farmers resisted efforts by Sadiq Khan, the mayor, to ban diesel vans.", "Ban diesel vans",
     [("Sadiq Khan", "support"), ("farmers", "oppose")]),
    ("The court blocked an attempt by Sadiq Khan, the mayor, to ban diesel vans.", "Ban diesel vans",
     [("Sadiq Khan", "support"), ("the court", "oppose")]),
])
def test_an_apposed_proposer_keeps_both_sides(text: str, summary: str, positions: list[tuple[str, str]]) -> None:
    assert _sides(text) == (summary, positions)


def test_without_the_apposition_as_before() -> None:
    assert _sides("Unions rejected a push by the mayor to privatise the buses.") == \
        ("Privatise the buses", [("the mayor", "support"), ("unions", "oppose")])

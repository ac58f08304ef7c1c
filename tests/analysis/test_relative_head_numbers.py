"""'X, who has led <Body> since 2019': a number is one of a body's name words ("Teamsters Local 100", "Route 66
Alliance"), so the name ends before the clause's own words ("since 2019") and no phantom body holds them."""
from __future__ import annotations

import pytest

from briefing_app.analysis.appositives import role_after
from tests.analysis.actor_helpers import actors_by_name


@pytest.mark.parametrize("text, title, body", [
    ("Jo Marsh, who has led Teamsters Local 100 since 2019, said the strike would go on.", "leader", "Teamsters Local 100"),
    ("Ray Cole, who has headed Route 66 Alliance since 2012, said the road needed repairs.", "head", "Route 66 Alliance"),
    ("Ada Pine, who has chaired Unite Branch 7 for a decade, said pay talks had failed.", "chair", "Unite Branch 7"),
    ("Ada Pine, who has chaired the Harbour Trust since 2019, said the pier was unsafe.", "chair", "Harbour Trust"),
])
def test_the_body_ends_before_the_clause_words(text: str, title: str, body: str) -> None:
    name_end = text.index(",")
    role = role_after(text, name_end, len(text))
    assert (role.title, role.affiliation) == (title, body)


def test_no_body_holds_the_time_phrase() -> None:
    actors = actors_by_name("Jo Marsh, who has led Teamsters Local 100 since 2019, said the strike would go on.")
    assert actors["Jo Marsh"].affiliation == "Teamsters Local 100"
    assert not [name for name in actors if "since" in name]


def test_a_name_then_a_year_is_still_cut_at_the_clause() -> None:
    role = role_after("Lena Fox, who founded Coastal in 1994, said prices would rise.", len("Lena Fox"), 60)
    assert role.affiliation == "Coastal"

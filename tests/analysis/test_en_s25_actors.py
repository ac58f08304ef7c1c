"""English actors, session 25 (actors, issue 15): precision and aliases, in sentences of my own."""
from __future__ import annotations

import pytest

from tests.analysis.actor_helpers import actors_by_name as _actors


@pytest.mark.parametrize("text, country", [
    ("The ministry said conditions were better than in most American prisons, a spokeswoman added.", "United States"),
    ("Millers said buyers had switched to Romanian and Bulgarian barley after the harvest failed.", "Romania"),
    ("Millers said buyers had switched to Romanian and Bulgarian barley after the harvest failed.", "Bulgaria"),
    ("Tom Reyes, chief U.S. strategist at Halden Partners, said rates would fall.", "United States"),
    ("The cuts could hurt millions of Americans, the senator said in a statement.", "United States"),
    ("The summit met at the bloc's offices in the Ethiopian capital on Friday.", "Ethiopia"),
])
def test_a_countrys_adjective_before_a_common_noun_is_no_actor(text: str, country: str) -> None:
    # (one country rule: a country that only describes a noun, or its people, is named nowhere as a party)
    assert country not in _actors(text)


@pytest.mark.parametrize("text, country", [
    ("The Kremlin denied it. Russian forces shelled the town overnight, Ukrainian officials said.", "Russia"),
    ("U.S. officials said the talks would resume next week in Geneva.", "United States"),
    ("The U.S. has pledged more aid, and the French said they would match it.", "United States"),
    ("Security guarantees needed American backing, the ministers said.", "United States"),
    ("America's allies were told of the plan on Monday, the ministry said.", "United States"),
    ("Talks with Britain resumed. British officials said a deal was close.", "United Kingdom"),
])
def test_a_country_acting_or_named_stays(text: str, country: str) -> None:
    assert _actors(text)[country].kind == "country"


@pytest.mark.parametrize("text, country", [
    ("A U.S. negotiator said the talks in Geneva had failed.", "United States"),
    ("Ukrainian soldiers repelled an attack near the river overnight, the governor said.", "Ukraine"),
    ("Israeli jets struck the border town overnight, residents said.", "Israel"),
    ("The Chinese ministry said the tariffs were unfair.", "China"),
    ("French police arrested two men at the port on Monday.", "France"),
])
def test_a_country_in_its_servants_and_arms_stays(text: str, country: str) -> None:
    # (the own nouns of test_a_country_acting_or_named_stays in the singular and the plural, and their near kin)
    assert country in _actors(text)

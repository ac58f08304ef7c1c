"""English actors, session 26 (actors, issue 15): the place-only convention, in sentences of my own."""
from __future__ import annotations

import pytest

from tests.analysis.actor_helpers import actors_by_name as _actors


@pytest.mark.parametrize("text, country", [
    ("Halvorsen Pharma said it would launch the tablet in Germany first, its chief executive said.", "Germany"),
    ("Two tankers came under fire near Yemen on Sunday, the shipping group said.", "Yemen"),
    ("Brandvik Lines, Norway's largest ferry operator, said it would cut routes.", "Norway"),
    ("The airline said the new jets would let it add flights to Australia next year.", "Australia"),
    ("Mara Quist, who was born in Canada, said the council would vote in May.", "Canada"),
    ("The bank said rebels still control much of northern Mali, where its staff had left.", "Mali"),
    ("Corvane said most of its shirts were made in Vietnam, a spokesman said.", "Vietnam"),
    ("In Brazil, the union said, workers would strike on Monday.", "Brazil"),
])
def test_a_country_named_only_as_a_place_is_no_actor(text: str, country: str) -> None:
    # (the coordinator's convention, twenty-sixth session: a mention only as a location makes no actor)
    assert country not in _actors(text)


@pytest.mark.parametrize("text, country", [
    ("The factory is in France. France said on Monday it would review the sale.", "France"),
    ("Ministers agreed new sanctions on Iran, which said the steps were illegal.", "Iran"),
    ("The senator said the government in Kenya had not replied to the letter.", "Kenya"),
    ("Analysts said Washington had put too much faith in Britain, the senator said.", "United Kingdom"),
    ("Hungary did not sign up, its foreign minister said in Brussels.", "Hungary"),
    ("Yemeni security forces detained the professor at the airport, his lawyer said.", "Yemen"),
    ("Mark Hale said U.S. regulators were watching the deal closely.", "United States"),
    ("The European Union agreed to lend Ukraine 90 billion euros, the Council said.", "Ukraine"),
])
def test_a_country_acting_or_a_party_stays(text: str, country: str) -> None:
    assert country in _actors(text)


@pytest.mark.parametrize("text, country", [
    ("Travellers now change planes in Dubai and Doha, the airline's chief executive said.", "Qatar"),
    ("The agency said the outbreak was not under control in Congo and Burundi on Friday.", "Burundi"),
    ("Kell Steel said its union represents 40,000 workers in North America.", "United States"),
    ("Trade across Central America slowed, the bank's economist said.", "United States"),
])
def test_the_last_of_a_list_of_places_and_a_continent(text: str, country: str) -> None:
    assert country not in _actors(text)


def test_officials_in_a_list_of_capitals_stay() -> None:
    assert "China" in _actors("Officials in Washington and Beijing said the talks would resume, the envoy said.")

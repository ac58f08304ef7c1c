"""English actor rules of the sixteenth session, one test each (the conventions are in the actor set's README, the
docstring of tests/data/actors/score.py)."""
from __future__ import annotations

from briefing_app.analysis import analyse
from briefing_app.analysis.companies import place_named
from briefing_app.core.model import Actor


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in analyse(text).actors}


def test_a_company_named_by_a_country_is_the_company_not_the_country() -> None:
    actors = _actors("Fares\n\nPARIS — Air France said on Monday it would cut 40 flights. Anne Rigail, Air France's chief "
                     "executive, said fuel costs had risen.\n")
    assert actors["Anne Rigail"].affiliation == "Air France"
    assert actors["Air France"].kind == "organization" and actors["Air France"].affiliation is None
    assert "France" not in actors  # (the country is named only inside the airline's name)
    actors = _actors("Jets\n\nMUMBAI — Air India has agreed to buy 30 more jets, the carrier said on Monday. Campbell Wilson, "
                     "Air India's chief executive, said the aircraft would come from 2028.\n")
    assert actors["Campbell Wilson"].affiliation == "Air India"
    assert "the carrier" in actors["Air India"].aliases
    actors = _actors("Profit\n\nChina Mobile reported higher profit on Thursday. Yang Jie, China Mobile's chairman, said 5G "
                     "users grew. China's regulator approved the plan.\n")
    assert actors["Yang Jie"].affiliation == "China Mobile"
    assert "Mobile" not in actors
    actors = _actors("Routes\n\nSean Doyle, British Airways' chief executive, said the airline would add flights. Qatar "
                     "Airways said it would do the same.\n")
    assert actors["Sean Doyle"].affiliation == "British Airways"
    assert actors["British Airways"].affiliation is None  # (a company takes no country)
    assert "United Kingdom" not in actors and "Qatar" not in actors
    actors = _actors("Steel\n\nDavid Burritt, U.S. Steel's chief executive, said the company would invest.\n")
    assert actors["David Burritt"].affiliation == "U.S. Steel"
    assert actors["U.S. Steel"].affiliation is None


def test_near_misses_of_a_company_named_by_a_country() -> None:
    assert place_named("Air India") and place_named("Air New Zealand") and place_named("Japan Airlines")
    assert not place_named("Air Force") and not place_named("India") and not place_named("Bank of Japan")
    assert not place_named("Japan Coast Guard") and not place_named("China Development Bank")
    actors = _actors("Ties\n\nTOKYO — Japan said on Monday it would send its foreign minister to Beijing. Japan's coast guard "
                     "said two ships had entered its waters.\n")
    assert actors["Japan"].kind == "country"
    actors = _actors("Flights\n\nFrance said on Monday it would ban short flights. Air France said it would comply.\n")
    assert actors["France"].kind == "country" and actors["Air France"].kind == "organization"


def test_its_owner_or_parent_in_apposition_is_the_companys_parent() -> None:
    actors = _actors("Jets\n\nMUMBAI — Air India has agreed to buy 30 more jets, the carrier said on Monday, as its owner, "
                     "the Tata Group, pushes ahead with a plan to rebuild the airline.\n")
    assert actors["Air India"].affiliation == "Tata Group"
    actors = _actors("Plants\n\nAcme Foods said on Monday it would close two plants. Its owner, Bellwether Capital, said the "
                     "move would save money.\n")
    assert actors["Acme Foods"].affiliation == "Bellwether Capital"
    actors = _actors("Energy\n\nNorthwind Energy said on Tuesday that its new owner, Brookfield Asset Management, would "
                     "invest $2 billion in the grid.\n")
    assert actors["Northwind Energy"].affiliation == "Brookfield Asset Management"
    assert actors["Brookfield Asset Management"].kind == "organization"
    actors = _actors("Deal\n\nThe order comes weeks after rival Swiftjet, run by Ardent Ventures, announced a deal for 60 "
                     "jets. Swiftjet said it would take the first in 2027.\n")
    assert actors["Swiftjet"].affiliation == "Ardent Ventures"


def test_near_misses_of_its_owner() -> None:
    actors = _actors("Founder\n\nThe Tata Group said on Monday that its owner, Ratan Tata, had died.\n")
    assert actors["Tata Group"].affiliation is None  # (a person who owns it is no parent body)
    actors = _actors("Plants\n\nAcme Foods said on Monday it would close two plants. Bellwether Capital, an investor, said "
                     "its owner, the pension fund, backed the move.\n")
    assert actors["Acme Foods"].affiliation is None

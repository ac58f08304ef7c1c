"""English actor rules of the twelfth session, one test each: affiliations as the text gives them (the
state of a member of Congress, the state of an AP dateline that spells it out)."""
from __future__ import annotations

from briefing_app.analysis import analyse
from briefing_app.core.model import Actor


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in analyse(text).actors}


def test_a_member_of_congress_is_of_the_state_their_party_tag_names() -> None:
    actors = _actors("Steel\n\nSen. Alex Padilla (D-Calif.) and Rep. Rosa DeLauro (D-CT) wrote to the agency. Sen. Ted "
                     "Cruz, R-Texas, said the bill would fail in Congress. Speaker Mike Johnson (R-La.) disagreed.\n")
    assert actors["Alex Padilla"].affiliation == "California"  # an AP abbreviation
    assert actors["Rosa DeLauro"].affiliation == "Connecticut"  # a postal code
    assert actors["Ted Cruz"].affiliation == "Texas"  # a state AP spells out, between commas
    assert actors["Mike Johnson"].affiliation == "House of Representatives"  # the Speaker is the chamber's


def test_a_member_of_congress_of_a_state_or_a_states_democrat() -> None:
    actors = _actors("Merger\n\nRepublican Senator Mike Lee of Utah said the agency was chasing headlines in Congress. "
                     "Senator Elizabeth Warren, a Massachusetts Democrat who has long called for tougher rules, praised "
                     "the suit. Sen. Jane Roe of Texas A&M fame and Rep. John Doe (D-Zz.) said nothing.\n")
    assert actors["Mike Lee"].affiliation == "Utah"
    assert actors["Elizabeth Warren"].affiliation == "Massachusetts"
    assert actors["John Doe"].affiliation == "United States"  # no state in the tag: the country, as before


def test_an_ap_dateline_that_spells_out_its_state_places_a_state_legislator() -> None:
    text = ("Judge blocks app law\n\nAUSTIN, Texas — A federal judge blocked the law. State Rep. Angelia Orr, a "
            "Republican from Itasca, called the ruling a setback. Similar laws in Utah and Louisiana face the same fate.\n")
    assert _actors(text)["Angelia Orr"].affiliation == "Texas"
    # without the dateline three states are named and none is hers
    assert _actors(text.replace("AUSTIN, Texas — ", "")).get("Angelia Orr", Actor("", "person")).affiliation is None

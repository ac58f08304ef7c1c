"""English actor rules of the fourteenth session, one test each: local government by the convention settled in the
actor set's README (an official elected by a city or county and named by that office alone is the place's; a post of
the council keeps the council) and the forms the s14 batch gave."""
from __future__ import annotations

from briefing_app.analysis import analyse
from briefing_app.core.model import Actor


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in analyse(text).actors}


def test_a_council_member_named_by_that_office_alone_is_the_citys() -> None:
    actors = _actors("Zoning\n\nCOLUMBUS, Ohio — The Columbus City Council voted 6-1 on Monday to rewrite the zoning code. "
                     "Council President Shannon Hardin said the code would help. Councilmember Nancy Day-Achauer said it was "
                     "overdue. The only no vote came from Councilmember Rob Dorans, who said the city moved too fast.\n")
    assert actors["Columbus City Council"].affiliation == "Columbus"
    assert actors["Nancy Day-Achauer"].affiliation == "Columbus"
    assert actors["Rob Dorans"].affiliation == "Columbus"
    assert actors["Shannon Hardin"].affiliation == "Columbus City Council"  # the council's own post keeps the council
    actors = _actors("Depot\n\nPHOENIX — The Phoenix City Council postponed a vote on Wednesday. Councilwoman Betty "
                     "Guardado, whose district includes the site, asked for the delay. The city will hold a meeting.\n")
    assert actors["Betty Guardado"].affiliation == "Phoenix"
    actors = _actors("Lanes\n\nSEATTLE — The Seattle City Council on Monday postponed a vote. Council member Tammy Morales, "
                     "who chairs the council's transportation committee, said she wanted a better plan. The city said it "
                     "would wait.\n")
    assert actors["Tammy Morales"].affiliation == "Seattle"  # (chairing one of its committees is no post of the council)


def test_a_council_member_named_with_the_city_before_the_title() -> None:
    actors = _actors("Money\n\nRENO, Nev. — Reno Mayor Carla Benton said the city would work with the county. Reno City "
                     "Councilmember Devon Oyelaran urged the two governments to pool their money. Tulsa officials, "
                     "asked about it, said nothing.\n")
    assert actors["Devon Oyelaran"].affiliation == "Reno"
    assert actors["Devon Oyelaran"].title == "City Councilmember"


def test_british_councillors_and_council_posts_keep_their_body() -> None:
    actors = _actors("Vote\n\nBIRMINGHAM — The leader of Birmingham City Council survived a vote on Tuesday. Cllr Robert "
                     "Alden (Con, Erdington) tabled the motion. The city's bins were not collected. Council leader Rachel "
                     "Finch said she was disappointed.\n")
    assert actors["Robert Alden"].affiliation != "Birmingham"  # a Cllr's party is party_members' to read
    assert actors["Rachel Finch"].affiliation != "Birmingham"


def test_a_county_council_member_is_the_countys() -> None:
    actors = _actors("Budget\n\nSEATTLE — The King County Council approved the budget on Tuesday. Councilmember Girmay "
                     "Zahilay said the county had no choice. The county will borrow $40 million.\n")
    assert actors["King County Council"].affiliation == "King County"
    assert actors["Girmay Zahilay"].affiliation == "King County"

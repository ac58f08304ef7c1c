"""English organisation names and the people next to them, one rule each (sixth session): a title
"of" an organisation before the name, a person before "of the" or right after an organisation is no
part of its name, a sentence's full stop ends a name after "a partner at", company suffixes, colleges,
administrations and movements as organisation nouns, "leader of" a party."""
from __future__ import annotations

from briefing_app.analysis import analyse
from briefing_app.analysis.roles import role_before
from briefing_app.core.model import Actor


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in analyse(text).actors}


def test_a_title_of_an_organisation_before_the_name() -> None:
    text = "Chief executive of the Refugee Council Enver Solomon said the plans would fail."
    role = role_before(text, text.index("Enver"), 0)
    assert (role.title, role.affiliation) == ("Chief executive", "Refugee Council")
    actors = _actors("Asylum\n\n" + text + " The charity has worked since 1951.\n")
    assert actors["Enver Solomon"].kind == "person"
    assert (actors["Enver Solomon"].title, actors["Enver Solomon"].affiliation) == ("Chief executive", "Refugee Council")
    assert "Refugee Council" in actors and "Refugee Council Enver Solomon" not in actors


def test_no_title_of_a_place_or_of_a_title() -> None:
    text = "Residents of the Maryvale neighborhood Anna Ruiz said they were angry."
    assert role_before(text, text.index("Anna"), 0).affiliation is None


def test_a_person_before_of_the_is_not_the_organisations_name() -> None:
    actors = _actors("Depot\n\nRob Haughton of the Greater Phoenix Chamber said businesses feared months of work. "
                     "Haughton spoke for an hour.\n")
    assert "Greater Phoenix Chamber" in actors
    assert actors["Rob Haughton"].affiliation == "Greater Phoenix Chamber"


def test_names_with_of_and_and_keep_their_words() -> None:
    actors = _actors("Recall\n\nThe Consumer Federation of America and the Fraternal Order of Police objected. "
                     "Tom Hale, president of the Fraternal Order of Police, said so.\n")
    assert {"Consumer Federation of America", "Fraternal Order of Police"} <= set(actors)


def test_a_full_stop_ends_the_employers_name() -> None:
    actors = _actors('Chips\n\n"Costs are high," said Brett Simpson, a partner at Arete Research. Dylan Patel, '
                     "an analyst, said costs in Arizona were higher.\n")
    assert "Arete Research" in actors and actors["Brett Simpson"].affiliation == "Arete Research"
    assert not any("." in name and "Dylan" in name for name in actors)


def test_company_suffixes_colleges_administrations_and_movements() -> None:
    actors = _actors("Chips\n\nTaiwan Semiconductor Manufacturing Co will invest $40 billion, the company said. "
                     "Polls from Roanoke College show a tie. The Federal Transit Administration paid for it. "
                     "Labour MP Stella Creasy chairs the Labour Movement for Europe.\n")
    assert {"Taiwan Semiconductor Manufacturing Co", "Roanoke College", "Federal Transit Administration",
            "Labour Movement for Europe"} <= set(actors)


def test_leader_of_a_party_names_the_party() -> None:
    actors = _actors("Asylum\n\nNigel Farage, leader of Reform UK, said the plan came too late.\n")
    assert "Reform UK" in actors and actors["Nigel Farage"].affiliation == "Reform UK"

"""English actors, session 27 (actors, issue 15): sub-units of a body, in sentences of my own."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from tests.analysis.actor_helpers import actors_by_name as _actors


@pytest.mark.parametrize("text, unit, body", [
    ("The merger needs approval from the Justice Department's antitrust division. A spokesman for the division, Owen "
     "Marsh, declined to comment.", "antitrust division", "Justice Department"),
    ("Tara Bell, who runs the Food and Drug Administration's vaccine division, said the shots were safe.",
     "vaccine division", "Food and Drug Administration"),
    ("Halvern Motors said its parts business was doing well. Halvern Motors' parts unit, which employs 900 people, "
     "would be sold, Lina Roth said.", "parts unit", "Halvern Motors"),
])
def test_a_generic_sub_unit_of_a_body_is_part_of_the_body(text: str, unit: str, body: str) -> None:
    # (the coordinator's convention, twenty-seventh session: the body is the actor, the sub-unit's people are its)
    found = _actors(text)
    assert unit not in found
    assert body in found


def test_the_sub_units_spokesman_takes_the_body() -> None:
    found = _actors("The merger needs approval from the Justice Department's antitrust division. A spokesman for the "
                    "division, Owen Marsh, declined to comment.")
    assert found["Owen Marsh"].affiliation == "Justice Department"


@pytest.mark.parametrize("text, body", [
    ("The city of Springfield said on Monday the city's public works department would clear the drains, Mayor Ann "
     "Cole said.",
     "public works department"),
    ("The Dunmore City Council's public safety committee voted 4-1 to approve the drones on Tuesday, Chair Lee Park "
     "said.", "public safety committee"),
])
def test_a_place_s_body_and_a_committee_stay(text: str, body: str) -> None:
    assert body in _actors(text)


def test_a_named_sub_unit_stays() -> None:
    names = [a.name for a in analyse("The Justice Department's Antitrust Division said on Monday it would review the "
                                     "deal, a spokesman said.").actors]
    assert any("Antitrust Division" in n for n in names)


@pytest.mark.parametrize("text, name, title, affiliation", [
    ("Álvaro Reyes, Colombia's former foreign minister, said the talks would resume.", "Álvaro Reyes",
     "former foreign minister", "Colombia"),
    ("Polish Deputy Minister Łukasz Nowicki said the grid would hold.", "Łukasz Nowicki", "Deputy Minister", "Poland"),
    ("Ömer Aydın, the spokesman of the Vatan Party, said the vote would go ahead.", "Ömer Aydın", None, None),
    ("The European Commission's trade chief, Šimon Kráľ, said talks were going well.", "Šimon Kráľ", "trade chief",
     "European Commission"),
])
def test_a_name_opening_with_an_accented_capital_is_a_person(text: str, name: str, title: str | None,
                                                            affiliation: str | None) -> None:
    found = _actors(text)
    assert found[name].kind == "person"
    if title:
        assert found[name].title == title
    if affiliation:
        assert found[name].affiliation == affiliation


def test_said_before_an_accented_name_gives_the_quote_to_that_name() -> None:
    text = ('Łukasz Nowicki, the grid operator\'s chief executive, said demand was high. "We are ready," said Émile '
            'Garnier, who chairs the regulator.')
    speakers = [q.speaker for q in analyse(text).quotes if q.kind == "direct"]
    assert speakers == ["Émile Garnier"]


def test_an_ascii_text_reads_no_accented_capital() -> None:
    found = _actors("Omer Aydin, the spokesman of the Vatan Party, said the vote would go ahead.")
    assert found["Omer Aydin"].kind == "person"


@pytest.mark.parametrize("text, body, short", [
    ("Lindqvist Financial to buy Harbour Bancorp\n\nLindqvist Financial Corp. agreed on Monday to buy Harbour Bancorp for "
     "$2 billion, its chief executive said.", "Lindqvist Financial Corp", "Lindqvist Financial"),
    ("The funds were taken from Prairie Wheat Co-operative, the judge said. Prairie Wheat has since hired a new auditor.",
     "Prairie Wheat Co-operative", "Prairie Wheat"),
    ("The largest shareholder, Copper Vale Capital, wants a sale. Copper Vale founder Ada Brisk wrote to the board.",
     "Copper Vale Capital", "Copper Vale"),
])
def test_a_company_named_without_its_company_word(text: str, body: str, short: str) -> None:
    found = _actors(text)
    assert short in found[body].aliases
    assert short not in found


def test_initials_opening_the_headline() -> None:
    text = "FM to close two plants\n\nFenwick Motors will close two plants in Ohio, the company said on Tuesday.\n"
    assert "FM" in _actors(text)["Fenwick Motors"].aliases
    text = "Plants to close, FM says\n\nFenwick Motors will close two plants in Ohio, the company said on Tuesday.\n"
    assert "FM" not in _actors(text)["Fenwick Motors"].aliases  # (two letters inside a headline say little)


def test_a_kind_in_apposition_before_the_name_teaches_its_description() -> None:
    text = ("The deal needs approval from Peru's telecoms regulator, the Directorate of Telecommunications. The "
            "regulator's head, Rosa Vela, said on Monday a decision would come in May.")
    found = _actors(text)
    assert "the regulator" in found["Directorate of Telecommunications"].aliases


def test_the_gop_of_the_republican_party() -> None:
    found = _actors("The Republican Party adopted its platform on Monday. The GOP also kept its rules, party chairman "
                    "Dan Hale said.")
    assert "GOP" in found["Republican Party"].aliases


def test_a_kind_before_a_list_teaches_nothing() -> None:
    text = ("The transport union, Labour and the government met in Cardiff on Monday.\n\nMinisters rejected the union's "
            "call for a ban on zero-hours contracts.")
    assert not any("the union" in a.aliases for a in analyse(text).actors if a.name == "Labour" or "Labour" in a.aliases)

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

"""'the <kind>' a speaker says of his own body (org_coref._speakers_body), session 27: only where the kind fits the
body's name — a company is no union, charity or club; an Action Group no club; "the coalition of charities" is
another body. Sentences of my own."""
from __future__ import annotations

import pytest

from tests.analysis.actor_helpers import actors_by_name as _actors


@pytest.mark.parametrize("text, body, alias", [
    ("Ann Lee, a spokeswoman for Harlan Steel, said the union had walked out of the talks.", "Harlan Steel", "the union"),
    ("Ann Lee, a spokeswoman for Harlan Steel, said the charity had sent food to the strikers.", "Harlan Steel",
     "the charity"),
    ("Paul Mertz, a director at Brook Motors, said the club would lose its sponsor.", "Brook Motors", "the club"),
    ("Ann Lee, a spokeswoman for the Tarn Action Group, said the club would close its doors.", "Tarn Action Group",
     "the club"),
    ("Ann Lee, a spokeswoman for the Tarn Action Group, said the coalition of charities would meet in May.",
     "Tarn Action Group", "the coalition"),
])
def test_no_kind_the_bodys_name_contradicts(text: str, body: str, alias: str) -> None:
    assert alias not in _actors(text)[body].aliases


@pytest.mark.parametrize("text, body, alias", [
    ("Mara Quinn, director of policy at the Fenwick Food Action Group, said the charity had seen a rise in calls.",
     "Fenwick Food Action Group", "the charity"),
    ("Bob Reed, general secretary of the RMT, said the union would strike on Friday.", "RMT", "the union"),
    ("Ann Lee, a spokeswoman for Harlan Steel, said the group would appeal the ruling.", "Harlan Steel", "the group"),
    ("Omar Vale, a spokesman for the Tarn Liberation Front, said the group wanted guarantees.", "Tarn Liberation Front",
     "the group"),
])
def test_the_kind_that_fits_stays(text: str, body: str, alias: str) -> None:
    assert alias in _actors(text)[body].aliases


@pytest.mark.parametrize("text, person, country", [
    ("Billionaire Mark Cuban has backed the plan. Cuban also said he would give $1 million.", "Mark Cuban", "Cuba"),
    ("Mark Cuban owns the team. Cuban seemed pleased with the trade.", "Mark Cuban", "Cuba"),
    ("Mark Cuban was asked about a run. Cuban demurred.", "Mark Cuban", "Cuba"),
    ("The columnist David French disagreed. French defended the ruling in a long essay.", "David French", "France"),
    ("The columnist David French disagreed. French quickly replied to his critics.", "David French", "France"),
])
def test_a_demonym_family_name_alone_before_an_adverb_or_a_past_verb(text: str, person: str, country: str) -> None:
    # (last session's rule read the family name alone only before said/told/is/was/...: "Cuban also" stayed Cuba)
    actors = _actors(text)
    assert len(actors[person].mentions) == 2 and country not in actors


def test_a_demonym_before_a_participle_and_its_noun_stays_the_country() -> None:
    actors = _actors("Mark Cuban visited Havana. Cuban armed forces paraded past the hotel.")
    assert "Cuba" in actors and len(actors["Mark Cuban"].mentions) == 1

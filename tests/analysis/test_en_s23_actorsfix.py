"""English actors, session 23 (actorsfix): the reviewers' reproducers of issue 15, in sentences of my own."""
from __future__ import annotations

import pytest

from tests.analysis.actor_helpers import actors_by_name as _actors


@pytest.mark.parametrize("text, name", [
    ("Turnout rose in Ohio. The United States Elections Project estimated that turnout was up 12 points.",
     "United States Elections Project"),
    ("The United States Elections Project said that turnout was up.", "United States Elections Project"),
    ("Turnout was up, the U.S. Elections Project estimated on Monday that a record was near.", "U.S. Elections Project"),
])
def test_body_after_the_and_a_country_is_no_person(text: str, name: str) -> None:
    # (names._place_ends cuts the country off; "the" before the country makes the rest a body, named in full)
    actors = _actors(text)
    assert "Elections Project" not in actors
    assert actors[name].kind == "organization"


def test_given_name_after_the_and_a_country_is_no_body() -> None:
    # (a person's given name in the run: "the British Museum Neil MacGregor" is no body's name)
    actors = _actors("Visitors thanked the British Museum Neil MacGregor for the loan. MacGregor said the loan would end.")
    assert not any(a.kind == "organization" and "MacGregor" in a.name for a in actors.values())


@pytest.mark.parametrize("text, name", [
    ("NEW YORK — U.S. Ambassador to the United Nations Mike Waltz said the vote was a disgrace.", "Mike Waltz"),
    ("LONDON — China's Ambassador to the United Kingdom Zheng Zeguang said the claims were false.", "Zheng Zeguang"),
])
def test_titled_person_after_the_and_a_country_stays_a_person(text: str, name: str) -> None:
    assert _actors(text)[name].kind == "person"


@pytest.mark.parametrize("text, name, title", [
    ("Government spokesman Tom Reyes said the talks would resume.", "Tom Reyes", "Government spokesman"),
    ("Opposition spokeswoman Dana Greer said the plan was flawed.", "Dana Greer", "Opposition spokeswoman"),
])
def test_government_or_opposition_spokesman_is_no_body(text: str, name: str, title: str) -> None:
    actors = _actors(text)
    assert "Government" not in actors and "Opposition" not in actors
    assert actors[name].title == title
    assert actors[name].affiliation is None


def test_one_word_body_before_chief_still_found() -> None:
    actors = _actors("Mossad chief David Barnea said the talks would resume.")
    assert actors["David Barnea"].affiliation == "Mossad"


@pytest.mark.parametrize("text, states", [
    ("Sen. John Smith (Ill.) said the bill would pass.", {"John Smith": "Illinois"}),
    ("Lawmakers including Mark Kirk (Ill.) and Ben Sasse (Neb.) are on the list.",
     {"Mark Kirk": "Illinois", "Ben Sasse": "Nebraska"}),
])
def test_state_tag_after_a_name_gives_the_state_without_other_us_words(text: str, states: dict[str, str]) -> None:
    # (a state's AP abbreviation in brackets after a name makes the text American, as "Congress" or "R-Fla." do)
    actors = _actors(text)
    for name, state in states.items():
        assert actors[name].affiliation == state


def test_bracketed_abbreviation_that_is_no_state_gives_nothing() -> None:
    assert _actors("Tom Reyes said the bill (H.R. 12) would pass.")["Tom Reyes"].affiliation is None


def test_metropolitan_police_department_is_no_city_s() -> None:
    # (a generic word before "Police Department" is no city: local._a_city takes org_homes.NOT_PLACE_WORDS)
    assert _actors("The Metropolitan Police Department said two men were held.")[
        "Metropolitan Police Department"].affiliation is None


def test_city_police_department_keeps_its_city() -> None:
    actors = _actors("The Tulsa Police Department said two men were held. The city will pay.")
    assert actors["Tulsa Police Department"].affiliation == "Tulsa"


@pytest.mark.parametrize("text, party", [
    ("Democratic candidates Maria Lopez and Sam Brody said taxes should fall.", "Democratic Party"),
    ("Republican presidential candidates Ted Cruz, John Kasich and Marco Rubio spoke.", "Republican Party"),
    ("Republican strategists Ann Lee and Tom Hale said so.", "Republican Party"),
])
def test_plural_party_role_before_a_list_gives_every_name_the_party(text: str, party: str) -> None:
    people = [a for a in _actors(text).values() if a.kind == "person"]
    assert len(people) >= 2
    assert all(p.affiliation == party for p in people)


def test_singular_party_role_goes_to_the_first_name_only() -> None:
    actors = _actors("Republican candidate Ted Cruz and John Kasich spoke.")
    assert actors["Ted Cruz"].affiliation == "Republican Party"
    assert actors["John Kasich"].affiliation is None


@pytest.mark.parametrize("text, name, body", [
    ("Ellen Marsh of McDonald's said prices would rise.", "Ellen Marsh", "McDonald's"),
    ("Tom Hale of Wendy's, who runs a store, said so.", "Tom Hale", "Wendy's"),
    ("Tom Hale of Moody's Analytics said so.", "Tom Hale", "Moody's Analytics"),
])
def test_of_a_body_named_in_s(text: str, name: str, body: str) -> None:
    assert _actors(text)[name].affiliation == body


def test_of_a_body_s_noun_gives_no_body_in_s() -> None:
    actors = _actors("Ellen Marsh of Acme's board said prices would rise.")
    assert actors["Ellen Marsh"].affiliation != "Acme's"
    assert "Acme's" not in actors


def test_second_given_name_with_a_title_is_no_alias() -> None:
    actors = _actors("Anne Marie Smith runs the shop. Ms. Marie said sales fell.")
    assert "Ms. Marie" not in actors["Anne Marie Smith"].aliases


@pytest.mark.parametrize("text, name, alias", [
    ("Melba Acosta Febo runs the board. Ms. Acosta said sales fell.", "Melba Acosta Febo", "Ms. Acosta"),
    ("Xi Jinping met the envoy. Mr. Xi said ties would improve.", "Xi Jinping", "Mr. Xi"),
])
def test_inner_family_name_with_a_title_stays_an_alias(text: str, name: str, alias: str) -> None:
    assert alias in _actors(text)[name].aliases

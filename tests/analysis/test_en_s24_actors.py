"""English actors, session 24 (actors, issue 15): general forms found on real text, in sentences of my own."""
from __future__ import annotations

import pytest

from tests.analysis.actor_helpers import actors_by_name as _actors


@pytest.mark.parametrize("text, person, affiliation, other", [
    ("The bill was opposed by Sen. Ann Marsh of Ohio and Dan Pike of Idaho.", "Ann Marsh", "Ohio", "Dan Pike"),
    ("Critics included Gov. Ann Marsh of Ohio and Sen. Dan Pike, who spoke first.", "Ann Marsh", "Ohio", None),
    ("\"It will not last,\" said Ann Marsh, a fellow at the Hollis Institute and a former trade negotiator.",
     "Ann Marsh", "Hollis Institute", None),
    ("\"It will not last,\" said Ann Marsh, a lecturer at Westbury University and Dan Pike, a banker, agreed.",
     "Ann Marsh", "Westbury University", "Dan Pike"),
])
def test_a_second_item_after_and_is_no_part_of_the_body(text: str, person: str, affiliation: str,
                                                          other: str | None) -> None:
    # (a body's name ends before "and" + a person, a title or a lower-case description)
    actors = _actors(text)
    assert actors[person].affiliation == affiliation
    assert not any(" and " in a.name for a in actors.values())
    if other:
        assert actors[other].kind == "person"


def test_and_inside_a_bodys_own_name_stays() -> None:
    actors = _actors("Ann Marsh, head of the Department of Parks and Recreation, said the pools would open.")
    assert actors["Ann Marsh"].affiliation == "Department of Parks and Recreation"


@pytest.mark.parametrize("text, person", [
    ("Maybe Dana Whitlock will run again. Whitlock said she had not decided.", "Dana Whitlock"),
    ("Whether Dana Whitlock can win is unclear, Whitlock's aides said.", "Dana Whitlock"),
    ("Among voters who know her, Dana Whitlock leads. Against Whitlock, the mayor trails by 4 points.", "Dana Whitlock"),
])
def test_an_opening_adverb_or_preposition_is_no_part_of_a_name(text: str, person: str) -> None:
    actors = _actors(text)
    assert person in actors
    assert not any(a.kind == "person" and a.name.split()[0] in ("Maybe", "Whether", "Among", "Against")
                   for a in actors.values())


@pytest.mark.parametrize("text", [
    "Many Republicans said the tax plan went too far. Iowa Democrats disagreed.",
    "Rohingya Muslims fled across the border, and Young Latinos moved to the cities.",
])
def test_a_plural_group_is_no_person(text: str) -> None:
    assert not any(a.kind == "person" for a in _actors(text).values())


@pytest.mark.parametrize("text", [
    "The march began at Coney Island and ended on Fifth Avenue.",
    "Turnout on Election Day was high, and the parade on Labor Day was cancelled.",
    "Guests at Caesars Palace watched the Orange Bowl.",
    # (the sentences above gave no phantom before either; these did: the place or day as a sentence's subject)
    "The mayor spoke at Coney Island on Sunday. Coney Island was packed, he said.",
    "Fifth Avenue was closed on Monday. Fifth Avenue shops were shut.",
    "The rally at Venetian Palace drew 5,000 people. Venetian Palace officials said it was full.",
])
def test_a_place_or_a_day_is_no_person(text: str) -> None:
    assert not any(a.kind == "person" for a in _actors(text).values())


def test_a_titled_or_given_name_before_a_place_word_stays_a_person() -> None:
    actors = _actors("Sen. Tom Beach said the vote would wait. Doris Day, a neighbour, said she agreed.")
    assert actors["Tom Beach"].kind == "person"
    assert actors["Doris Day"].kind == "person"


def test_a_middle_initial_is_no_stop_word() -> None:
    actors = _actors("\"It was a mistake,\" said Robert A. Pruzan, a banker. Pruzan later left the firm.")
    assert "Robert A. Pruzan" in actors
    assert "Pruzan" not in actors


def test_a_headline_before_a_stop_word_is_no_alias() -> None:
    actors = _actors("Private Meeting Between Clinton And Donors Ends Early\n\nHillary Clinton met donors on Monday.")
    assert all("Meeting" not in alias for alias in actors["Hillary Clinton"].aliases)


def test_general_counsel_is_a_title() -> None:
    actors = _actors("General Counsel James B. Moore said the agency would appeal.")
    assert "James B. Moore" in actors


@pytest.mark.parametrize("text, names, title", [
    ("Sens. Ann Marsh and Dan Pike voted against the bill.", ("Ann Marsh", "Dan Pike"), "Senator"),
    ("Senators Ann Marsh and Dan Pike voted against the bill.", ("Ann Marsh", "Dan Pike"), "Senator"),
    ("Reps. Ann Marsh (D-Ohio), Dan Pike (R-Idaho) and Lou Brandt (R-Utah) voted no.",
     ("Ann Marsh", "Dan Pike", "Lou Brandt"), "Representative"),
    ("Govs. Ann Marsh of Ohio and Dan Pike of Idaho signed the letter.", ("Ann Marsh", "Dan Pike"), "Governor"),
])
def test_a_plural_title_gives_each_listed_name_the_title(text: str, names: tuple[str, ...], title: str) -> None:
    actors = _actors(text)
    for name in names:
        assert actors[name].title == title


def test_a_plural_title_gives_each_listed_governor_the_state() -> None:
    actors = _actors("Govs. Ann Marsh of Ohio and Dan Pike of Idaho signed the letter.")
    assert (actors["Ann Marsh"].affiliation, actors["Dan Pike"].affiliation) == ("Ohio", "Idaho")


def test_a_name_listed_after_a_singular_title_gets_no_title() -> None:
    actors = _actors("Sen. Ann Marsh and Dan Pike, a farmer, spoke at the rally on Monday.")
    assert actors["Dan Pike"].title != "Senator"


@pytest.mark.parametrize("text, name, title", [
    ("Comedian Dana Whitlock said the joke was old.", "Dana Whitlock", "Comedian"),
    ("Journalist Tom Reyes asked about the budget.", "Tom Reyes", "Journalist"),
    ("\"It was a long night,\" said Actress Mia Lorne.", "Mia Lorne", "Actress"),
    ("Archbishop Paul Arden said the church would help.", "Paul Arden", "Archbishop"),
])
def test_an_occupation_before_a_name_is_its_title(text: str, name: str, title: str) -> None:
    actors = _actors(text)
    assert actors[name].title == title
    assert not any(a.name.startswith(title + " ") for a in actors.values())


@pytest.mark.parametrize("text, name", [
    ("Oscar-winning actress Mia Lorne said she would not vote.", "Mia Lorne"),
    ("Pulitzer Prize-winning novelist Tom Reyes said the book was done.", "Tom Reyes"),
])
def test_a_describing_word_before_an_occupation_is_no_employer(text: str, name: str) -> None:
    actors = _actors(text)
    assert actors[name].affiliation is None
    assert not any(a.kind == "organization" for a in actors.values())

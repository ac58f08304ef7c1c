"""English actors, session 25 (actors, issue 15): precision and aliases, in sentences of my own."""
from __future__ import annotations

import pytest

from tests.analysis.actor_helpers import actors_by_name as _actors


@pytest.mark.parametrize("text, country", [
    ("The ministry said conditions were better than in most American prisons, a spokeswoman added.", "United States"),
    ("Millers said buyers had switched to Romanian and Bulgarian barley after the harvest failed.", "Romania"),
    ("Millers said buyers had switched to Romanian and Bulgarian barley after the harvest failed.", "Bulgaria"),
    ("Tom Reyes, chief U.S. strategist at Halden Partners, said rates would fall.", "United States"),
    ("The cuts could hurt millions of Americans, the senator said in a statement.", "United States"),
    ("The summit met at the bloc's offices in the Ethiopian capital on Friday.", "Ethiopia"),
])
def test_a_countrys_adjective_before_a_common_noun_is_no_actor(text: str, country: str) -> None:
    # (one country rule: a country that only describes a noun, or its people, is named nowhere as a party)
    assert country not in _actors(text)


@pytest.mark.parametrize("text, country", [
    ("The Kremlin denied it. Russian forces shelled the town overnight, Ukrainian officials said.", "Russia"),
    ("U.S. officials said the talks would resume next week in Geneva.", "United States"),
    ("The U.S. has pledged more aid, and the French said they would match it.", "United States"),
    ("Security guarantees needed American backing, the ministers said.", "United States"),
    ("America's allies were told of the plan on Monday, the ministry said.", "United States"),
    ("Talks with Britain resumed. British officials said a deal was close.", "United Kingdom"),
])
def test_a_country_acting_or_named_stays(text: str, country: str) -> None:
    assert _actors(text)[country].kind == "country"


@pytest.mark.parametrize("text, country", [
    ("A U.S. negotiator said the talks in Geneva had failed.", "United States"),
    ("Ukrainian soldiers repelled an attack near the river overnight, the governor said.", "Ukraine"),
    ("Israeli jets struck the border town overnight, residents said.", "Israel"),
    ("The Chinese ministry said the tariffs were unfair.", "China"),
    ("French police arrested two men at the port on Monday.", "France"),
])
def test_a_country_in_its_servants_and_arms_stays(text: str, country: str) -> None:
    # (the own nouns of test_a_country_acting_or_named_stays in the singular and the plural, and their near kin)
    assert country in _actors(text)


@pytest.mark.parametrize("text, body, alias", [
    ("Mara Quinn, director of policy at the Fenwick Food Action Group, said the charity had seen a rise in calls.",
     "Fenwick Food Action Group", "the charity"),
    ("A spokesman for the Tarn Liberation Front, Omar Vale, said the group wanted guarantees before any talks.",
     "Tarn Liberation Front", "the group"),
])
def test_the_kind_a_speaker_gives_his_own_body(text: str, body: str, alias: str) -> None:
    # (no body of the text fits "the charity" by its name: the one the speaker is described with is meant)
    assert alias in _actors(text)[body].aliases


@pytest.mark.parametrize("text, body, alias", [
    ("Chelsea were fined on Tuesday. The Football Association said the club had reported the payments.",
     "Football Association", "the club"),
    ("A new fund will court young voters. Dana Roe, a former director of the Westbury Democratic Party, said the group "
     "would focus on five states.", "Westbury Democratic Party", "the group"),
    ("Ann Lee, a spokeswoman for the National Harbor Council, said the administration would review the plan.",
     "National Harbor Council", "the administration"),
])
def test_no_kind_for_a_body_speaking_of_another_or_a_former_members_body(text: str, body: str, alias: str) -> None:
    assert alias not in _actors(text)[body].aliases


@pytest.mark.parametrize("text, body, alias", [
    ("The crash is being investigated by the Ohio State Highway Patrol. Lt. Dana Fell, commander of the patrol's Dover "
     "post, said the driver had not stopped.", "Ohio State Highway Patrol", "the patrol"),
    ("The Ministry of Rural Affairs had been warned in May. A spokesman for the department declined to comment.",
     "Ministry of Rural Affairs", "the department"),
    ("Budi Santoso, a lawmaker from the Indonesian Democratic Party of Struggle (PDI-P), said the vote would pass.",
     "Indonesian Democratic Party of Struggle", "PDI-P"),
])
def test_a_bodys_kind_word_and_bracketed_short_form(text: str, body: str, alias: str) -> None:
    assert alias in _actors(text)[body].aliases


def test_an_acronym_whose_initials_are_a_countrys() -> None:
    # ("U.S." in the text is the country's: the union's own acronym "USW" is looked for among the text's capitals)
    actors = _actors("Harlan Steel bought U.S. Steel in May. The United Steelworkers remained opposed. USW official "
                     "Dana Pratt said the union would fight on.")
    assert "USW" in actors["United Steelworkers"].aliases
    assert "USW" not in actors


def test_a_last_word_two_bodies_share_is_neithers() -> None:
    actors = _actors("Harlan Steel bought U.S. Steel in May. Harlan Steel said the deal would close in June.")
    assert "Steel" not in actors["Harlan Steel"].aliases
    assert "Steel" not in actors["U.S. Steel"].aliases


@pytest.mark.parametrize("text, person, phantom", [
    ("Chasing Helen Whitlock became the story. Whitlock said she had not decided.", "Helen Whitlock", "Chasing Helen Whitlock"),
    ("Following Tom Reyes, the marchers crossed the bridge. Reyes waved.", "Tom Reyes", "Following Tom Reyes"),
    ("Irving Kessler wrote the report. Kessler said it was late.", "Irving Kessler", None),
])
def test_a_verb_in_ing_opening_a_sentence_is_no_part_of_a_name(text: str, person: str, phantom: str | None) -> None:
    actors = _actors(text)
    assert person in actors
    assert phantom not in actors
    assert not any(a.split()[0] in ("Chasing", "Following") for al in actors.values() for a in al.aliases)


@pytest.mark.parametrize("text, person", [
    ("The book's author, Flemming Reyes, said it was late. In 2019, Reyes wrote another.", "Flemming Reyes"),
    ("Critics praised the actor Channing Dale at the festival, and the jury gave Dale its prize.", "Channing Dale"),
    ("A judge fined the trader Stirling Hale in May; last week, Hale appealed.", "Stirling Hale"),
])
def test_a_given_name_in_ing_inside_a_sentence_stays_a_name(text: str, person: str) -> None:
    # (f7cdf478's verb reading, inside a sentence, not before a family name the text uses alone again)
    assert person in _actors(text)


@pytest.mark.parametrize("text, phantom", [
    ("The senator quoted the Founding Fathers at length and sat down.", "Founding Fathers"),
    ("Bankers met at the firm's annual Closing Dinner in December. Dinner was late.", "Closing Dinner"),
    ("“Closing Fairmont is an imperative,” the governor said of the prison. Fairmont holds 90 men.", "Closing Fairmont"),
])
def test_a_word_in_ing_before_a_word_never_used_alone_or_opening_a_sentence_is_no_name(text: str, phantom: str) -> None:
    assert phantom not in _actors(text)


def test_a_verb_in_ing_before_a_family_name_named_in_full_elsewhere() -> None:
    actors = _actors("Helen Whitlock won the primary in May. Chasing Whitlock’s lead were three rivals. Whitlock said so.")
    assert "Chasing Whitlock" not in actors
    assert not any(a.startswith("Chasing") for al in actors.values() for a in al.aliases)


def test_a_body_named_with_a_verb_in_ing_stays() -> None:
    assert "Playing Field Events" in _actors("Playing Field Events paid him. Playing Field Events said so.")


@pytest.mark.parametrize("text, people", [
    ("Jeb Morrow spoke. George W. Morrow listened. Morrow said so.", ("Jeb Morrow", "George W. Morrow")),
    ("Moner Khalid Abusair died. Abusair was 22.", ("Moner Khalid Abusair",)),
    ("The Tana Liberation Front fought on. The Liberation Front said so. Tana Liberation Front leaders met.",
     ("Tana Liberation Front",)),
])
def test_an_unknown_given_name_stays(text: str, people: tuple[str, ...]) -> None:
    actors = _actors(text)
    assert all(p in actors for p in people)


def test_a_think_tank_or_college_is_no_company() -> None:
    actors = _actors("Ann Lee, a fellow at the Hollis Institution, praised the move. Birdsong suspended the accounts. "
                     "\"We act fast,\" the company said.")
    assert "the company" not in actors["Hollis Institution"].aliases


def test_a_particle_before_a_family_name_stays_in_the_alias() -> None:
    assert "De Vries" in _actors("Tom de Vries spoke first. De Vries said so.")["Tom de Vries"].aliases


@pytest.mark.parametrize("text, phantom", [
    ("Factories across the Rust Belt closed. Rust Belt voters backed him.", "Rust Belt"),
    ("Parents fought Common Core in Ohio. Common Core standards were dropped.", "Common Core"),
])
def test_a_regions_or_a_programmes_name_is_no_person(text: str, phantom: str) -> None:
    # (3b59ae5b: belt, core, spring end a place's or a thing's name after a word that is no given name, as "Island" does)
    assert phantom not in _actors(text)


def test_a_given_name_before_such_a_last_word_stays_a_person() -> None:
    assert "Harriet Core" in _actors("Harriet Core said the vote was close. Core said so.")


@pytest.mark.parametrize("body", ["Hollis Policy Center", "Hollis Research Centre", "Hollis School of Economics",
                                  "Hollis Historical Society", "Hollis Academy", "Hollis Children's Hospital"])
def test_a_centre_school_society_or_hospital_is_no_company(body: str) -> None:
    # (a22825e2's Institution and College, and their neighbours: PUBLIC_RE, the bodies "the company" never stands for)
    actors = _actors(f"Ann Lee, a fellow at the {body}, praised the move. Birdsong suspended the accounts. "
                     "\"We act fast,\" the company said.")
    assert "the company" not in actors[body].aliases


def test_a_word_holding_former_is_no_former_member() -> None:
    # (76a8b102's former-member guard reads the word "former", not "a reformer" or "a performer")
    actors = _actors("Ann Lee, a performer with the Tarn Liberation Front, said the group would tour in May.")
    assert "the group" in actors["Tarn Liberation Front"].aliases

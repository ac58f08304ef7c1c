"""Session 28 English affiliation rules, one test each (sentences written for the test, in several wordings, for the
forms the s28 probe of the actor set and the issue's reproducers showed): a fronted "Its/His ..." phrase names a post only
when its head noun is one ("Despite its warnings to the president, X" names none); a courtesy title or rank between
the post and the name ("Its chair, Sir X"); ", the Maine Republican" gives a member of Congress the state; an officer
named by the post alone at a paragraph's start ("Chief executive X") is of the body the paragraph before ends with; the
lede's company after a headline with no dateline ("Copper producer X Resources cut ...")."""
from __future__ import annotations

import pytest

from tests.analysis.actor_helpers import actors_by_name as _actors


@pytest.mark.parametrize("clause", ["Despite its warnings to the president", "Despite its complaints about the chief executive",
                                    "In its report to the finance minister"])
def test_a_fronted_phrase_whose_head_is_no_post_names_no_body(clause: str) -> None:
    actors = _actors(f"Report\n\nThe Halden Institute published a report on Monday. {clause}, Mara Quill said "
                     "nothing about it.\n")
    assert actors["Mara Quill"].affiliation != "Halden Institute"


@pytest.mark.parametrize("post", ["Its head of research", "Its director of climate and health", "Its vice-president"])
def test_a_fronted_post_with_words_after_its_head_still_names_the_body(post: str) -> None:
    actors = _actors(f"Heat\n\nThe Halden Institute urged cities to prepare. {post}, Mara Quill, said the nights were "
                     "getting warmer.\n")
    assert actors["Mara Quill"].affiliation == "Halden Institute"


@pytest.mark.parametrize("courtesy", ["Sir", "Dr.", "Prof.", "the Rev.", "Cllr", "Vice Admiral"])
def test_a_courtesy_title_between_the_post_and_the_name(courtesy: str) -> None:
    actors = _actors(f"Heat\n\nThe World Health Organization urged cities to act on Monday. Its director of climate and "
                     f"health, {courtesy} Helena Sousa, said sleep loss mattered.\n")
    assert actors["Helena Sousa"].affiliation == "World Health Organization"


def test_his_phrase_whose_head_is_no_post_names_no_boss() -> None:
    actors = _actors("Talks\n\nSenator Tom Hale spoke first. In his speech to the chairman, Anna Bell said nothing. "
                     "His chief of staff, Mark Dunn, said later that Hale was tired.\n")
    assert actors["Anna Bell"].affiliation != "Tom Hale"
    assert actors["Mark Dunn"].affiliation == "Tom Hale"


@pytest.mark.parametrize(("line", "name", "state"), [
    ("Senator Susan Collins, the Maine Republican, said she was undecided.", "Susan Collins", "Maine"),
    ("Sen. Chris Murphy, the Connecticut Democrat, objected to the deal.", "Chris Murphy", "Connecticut"),
    ("Rep. Dan Crenshaw, the Texas Republican, voted no.", "Dan Crenshaw", "Texas"),
])
def test_the_state_republican_gives_the_state(line: str, name: str, state: str) -> None:
    actors = _actors(f"Vote\n\nGOP leaders in the Senate moved to block the measure on Tuesday. {line}\n")
    assert actors[name].affiliation == state


def test_the_republican_nominee_names_no_state() -> None:
    actors = _actors("Vote\n\nGOP leaders moved to block the measure on Tuesday. Senator Karen Loft, the Republican "
                     "nominee, said she was undecided.\n")
    assert actors["Karen Loft"].affiliation not in ("Republican", "Nominee")


@pytest.mark.parametrize("post", ["Chief executive", "Chief Financial Officer", "Chairman"])
def test_an_officer_fronted_at_a_paragraphs_start_takes_the_body_the_paragraph_before_ends_with(post: str) -> None:
    actors = _actors("Pay\n\nShareholders met in London on Thursday.\n\nThe Investment Forum said it would vote against "
                     "the report. Quarrow Foods said it had listened to investors.\n\n"
                     f"{post} Paul Darby did not speak at the meeting.\n")
    assert actors["Paul Darby"].affiliation == "Quarrow Foods"


def test_a_person_opening_a_paragraph_takes_no_body_of_the_paragraph_before() -> None:
    actors = _actors("Chips\n\nThe Committee on Foreign Investment in the United States is examining the deal, two people "
                     "said.\n\nAndrew Feld, the chief executive, said the system would be faster.\n")
    assert actors["Andrew Feld"].affiliation != "Committee on Foreign Investment in the United States"


@pytest.mark.parametrize("lede", ["Copper producer Halvorsen Resources cut its full-year output forecast on Thursday.",
                                  "British housebuilder Halvorsen Resources cut its forecast on Thursday.",
                                  "Halvorsen Resources cut its full-year output forecast on Thursday."])
def test_the_ledes_company_after_a_headline_with_no_dateline(lede: str) -> None:
    actors = _actors(f"Halvorsen cuts forecast after flooding\n\n{lede} Its shares fell 7% in Toronto.\n\n"
                     "The forecast is the lowest in five years, analysts said. The Mining Service said inspectors had "
                     "visited.\n\n\"It will take months,\" Chief Financial Officer Ingrid Solberg told analysts.\n")
    assert actors["Ingrid Solberg"].affiliation == "Halvorsen Resources"


@pytest.mark.parametrize(("line", "aide", "boss"), [
    ("Clinton and top aide Jake Sullivan flew to Ohio on Monday.", "Jake Sullivan", "Hillary Clinton"),
    ("Clinton and her senior policy adviser Jake Sullivan prepared for the debate.", "Jake Sullivan", "Hillary Clinton"),
    ("Clinton and former spokesman Brian Fallon met donors.", "Brian Fallon", "Hillary Clinton"),
])
def test_a_principal_and_an_aide_named_together(line: str, aide: str, boss: str) -> None:
    actors = _actors(f"Memoir\n\nHillary Clinton lost in 2016. {line} Hillary Clinton said little.\n")
    assert actors[aide].affiliation == boss


def test_two_aides_named_together_are_not_each_others() -> None:
    actors = _actors("Memoir\n\nMarian Holt wants her adviser Jake Sorrel and senior aide Hana Abbot cleared.\n")
    assert actors["Hana Abbot"].affiliation != "Jake Sorrel"


@pytest.mark.parametrize(("line", "name", "title", "body"), [
    ("Kell Mining's Vice President, Investor Relations, Dana Poe said the mine would reopen.", "Dana Poe",
     "Vice President, Investor Relations", "Kell Mining"),
    ("Acme Corp's Senior Director, Corporate Affairs and Strategy, Joan Wu, declined to comment.", "Joan Wu",
     "Senior Director, Corporate Affairs and Strategy", "Acme Corp"),
])
def test_a_post_and_its_field_between_commas_before_the_name(line: str, name: str, title: str, body: str) -> None:
    actors = _actors(f"Mine\n\nThe mine flooded in March. {line}\n")
    assert actors[name].title == title
    assert actors[name].affiliation == body


def test_a_field_that_ends_in_a_role_is_no_post_field() -> None:
    actors = _actors("Rates\n\nRates rose again. Halden Bank's Head of Research, Chief Economist, Tom Reed said no.\n")
    assert (actors["Tom Reed"].title or "") != "Head of Research, Chief Economist"


@pytest.mark.parametrize(("line", "name", "title", "body"), [
    ("Meta's Director of Public Policy for the UK, Rebecca Stimson, said it was ready.", "Rebecca Stimson",
     "Director of Public Policy for the UK", "Meta"),
    ("Google's Head of Government Affairs, Tom Reed, said nothing.", "Tom Reed", "Head of Government Affairs", "Google"),
])
def test_a_possessed_post_of_a_field_is_the_possessors(line: str, name: str, title: str, body: str) -> None:
    actors = _actors(f"Platforms\n\nThe platforms said they were ready. {line}\n")
    assert actors[name].title == title
    assert actors[name].affiliation == body


def test_a_possessed_post_of_a_named_body_is_that_bodys() -> None:
    actors = _actors("Ports\n\nThe ports reopened. Halden's chairman of the Port Authority, Jim Lee, said no.\n")
    assert actors["Jim Lee"].affiliation == "Port Authority"


@pytest.mark.parametrize(("line", "name", "body"), [
    ("Karin Lundqvist, who studies heat and health at Lund University, said it mattered.", "Karin Lundqvist",
     "Lund University"),
    ("Omar Haddad, who studies migration at the University of Leeds, agreed.", "Omar Haddad", "University of Leeds"),
    ("Tom Hviid, who teaches economics at Yale University, agreed.", "Tom Hviid", "Yale University"),
])
def test_who_studies_a_field_at_a_body(line: str, name: str, body: str) -> None:
    actors = _actors(f"Heat\n\nWarm nights cost sleep, a study found. {line}\n")
    assert actors[name].affiliation == body


def test_who_studied_at_a_body_is_a_past_student_no_affiliation() -> None:
    actors = _actors("Heat\n\nWarm nights cost sleep, a study found. Ann Cole, who studied law at the University of "
                     "Oxford, disagreed.\n")
    assert actors["Ann Cole"].affiliation is None


@pytest.mark.parametrize(("line", "name"), [
    ("Deputy Secretary of State Christopher Landau met the minister.", "Christopher Landau"),
    ("Assistant U.S. Attorney Leo Wise told the court the scheme ran for years.", "Leo Wise"),
    ("Deputy Defense Secretary Steve Feinberg agreed.", "Steve Feinberg"),
    ("Under Secretary of State Allison Hooker said the talks were useful.", "Allison Hooker"),
])
def test_a_federal_deputy_or_assistant_is_american(line: str, name: str) -> None:
    actors = _actors(f"WASHINGTON — Officials met on Tuesday. {line}\n")
    assert actors[name].affiliation == "United States"


def test_a_long_body_after_an_age_and_a_former_post() -> None:
    actors = _actors("Bribes\n\nTerrence Gaines, 58, a former deputy commissioner of the Baltimore Department of Housing "
                     "and Community Development, pleaded guilty in March.\n")
    assert actors["Terrence Gaines"].affiliation == "Baltimore Department of Housing and Community Development"
    assert actors["Terrence Gaines"].title == "former deputy commissioner"


def test_a_citys_department_names_the_city_of_its_mayor() -> None:
    actors = _actors("Bribes\n\nThe Baltimore Department of Housing and Community Development said it had retrained its "
                     "inspectors. Mayor Brandon Scott said the city had moved contracts online.\n")
    assert actors["Brandon Scott"].affiliation == "Baltimore"


def test_a_states_department_names_no_city() -> None:
    actors = _actors("Roads\n\nThe Texas Department of Transportation closed the road. Mayor Ann Lee said the city would "
                     "help.\n")
    assert actors["Ann Lee"].affiliation != "Texas"


def test_a_staffer_and_an_aide_named_together_are_not_each_others() -> None:
    actors = _actors("Staff\n\nHillary Clinton met her team. Podesta, communications director Jennifer Palmieri and senior "
                     "policy adviser Jake Sullivan check in weekly. Trump campaign chairman Paul Manafort was busy. Manafort "
                     "and campaign spokesman Jason Miller wrote the statement.\n")
    assert actors["Jake Sullivan"].affiliation != "Jennifer Palmieri"
    assert actors["Jason Miller"].affiliation != "Paul Manafort"


@pytest.mark.parametrize(("body", "country"), [
    ("the National Bureau of Statistics", "Nigeria"),
    ("the National Prosecuting Authority", "Nigeria"),
    ("the Lagos High Court", "Nigeria"),
])
def test_a_national_body_of_a_one_country_text_is_that_countrys(body: str, country: str) -> None:
    actors = _actors(f"Rates\n\nLAGOS (Reuters) - Nigeria's central bank held its rate on Tuesday. Inflation slowed, {body} "
                     "said last week.\n")
    name = body[4:]
    assert actors[name].affiliation == country


def test_a_national_association_is_no_body_of_the_state() -> None:
    actors = _actors("Guns\n\nLONDON (Reuters) - Britain's parliament debated the bill. The National Rifle Association said "
                     "it would fight it.\n")
    assert actors["National Rifle Association"].affiliation is None

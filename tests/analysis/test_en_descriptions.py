"""English descriptions of people tied by coreference (analysis/descriptions.py, coref.py,
ActorTable.resolve) and titles/affiliations around a name (roles.py, appositives.py)."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from briefing_app.analysis.descriptions import fits
from briefing_app.core.model import Actor

TEXT = ("Envoy named\n\nWASHINGTON — President-elect Donald Trump on Monday named an envoy. The president-elect said "
        "in a statement that the envoy would \"secure peace.\"\n\n"
        "Ukrainian President Volodymyr Zelenskyy welcomed the choice. The Ukrainian leader said he hoped to meet "
        "the envoy soon.\n\nRussian Foreign Minister Sergei Lavrov was less enthusiastic. The minister said Moscow "
        "would judge the new administration by its actions.\n\n"
        "Sen. Jeanne Shaheen, the top Democrat on the Foreign Relations Committee, said the pick was serious. "
        "The New Hampshire senator said Congress would hold hearings.\n\n"
        "Maria Lopez, 45, a nurse from Ohio, said she was worried. The 45-year-old said her family had cut back.\n\n"
        "Mark Rutte, secretary general of NATO, said the alliance stood with Kyiv. NATO's chief also urged allies "
        "to spend more.\n\nPfizer chief executive Albert Bourla said companies were watching.\n")


@pytest.fixture(scope="module")
def result() -> tuple[dict[str, Actor], list[tuple[str, str | None]]]:
    r = analyse(TEXT)
    return {a.name: a for a in r.actors}, [(q.mention.text if q.mention else "", q.speaker) for q in r.quotes]


@pytest.mark.parametrize(("name", "alias"), [
    ("Donald Trump", "the president-elect"),
    ("Volodymyr Zelenskyy", "the Ukrainian leader"),
    ("Sergei Lavrov", "the minister"),
    ("Jeanne Shaheen", "the New Hampshire senator"),
    ("Maria Lopez", "the 45-year-old"),
    ("Mark Rutte", "NATO's chief"),
])
def test_description_is_an_alias_and_the_speaker(result: tuple[dict[str, Actor], list[tuple[str, str | None]]],
                                                 name: str, alias: str) -> None:
    actors, said = result
    assert alias in actors[name].aliases
    assert (alias[0].upper() + alias[1:], name) in said or (alias, name) in said


def test_of_organisation_and_employer_before_a_title(
        result: tuple[dict[str, Actor], list[tuple[str, str | None]]]) -> None:
    actors, _ = result
    assert actors["Mark Rutte"].affiliation == "NATO"
    assert (actors["Albert Bourla"].title, actors["Albert Bourla"].affiliation) == ("chief executive", "Pfizer")


@pytest.mark.parametrize(("description", "title", "affiliation", "ok"), [
    ("Ukrainian leader", "President", "Ukraine", True),
    ("Russian leader", "President", "Ukraine", False),  # a different country rules the person out
    ("leader", "press secretary", None, False),
    ("diplomat", "Secretary of State", "United States", True),
    ("diplomat", "press secretary", None, False),
    ("lawmaker", "Senator", None, True),
    ("Democratic nominee", "nominee", "Democratic Party", True),
    ("Republican nominee", "nominee", "Democratic Party", False),
    ("NATO's chief", "secretary general", "NATO", True),
    ("NATO's chief", "secretary general", "United Nations", False),
])
def test_fits(description: str, title: str, affiliation: str | None, ok: bool) -> None:
    assert fits(description, title, affiliation) is ok


def test_credits_are_no_actors_and_styles_go_with_the_name() -> None:
    text = ("Oil climbs\n\nBy Ahmad Ghaddar and Alex Lawler\n\nSaudi Energy Minister Prince Abdulaziz bin Salman said "
            "output would hold. \"We will stay cautious,\" Prince Abdulaziz told reporters.\n\n"
            "Analyst Giovanni Staunovo of UBS said demand was holding up.\n\n"
            "(Reporting by Ahmad Ghaddar in London; Additional reporting by Florence Tan in Singapore; Editing by "
            "David Goodman)\n\nContributing: Jane Doe, USA TODAY\n")
    result = analyse(text)
    actors = {a.name: a for a in result.actors}
    assert not {"United Kingdom", "Singapore", "United States", "Ahmad Ghaddar"} & set(actors)
    prince = actors["Abdulaziz bin Salman"]
    assert (prince.title, prince.affiliation) == ("Energy Minister", "Saudi Arabia")
    assert "Prince Abdulaziz bin Salman" in prince.aliases
    assert [q.speaker for q in result.quotes if q.kind == "direct"] == ["Abdulaziz bin Salman"]
    assert actors["Giovanni Staunovo"].affiliation == "UBS"


def test_one_city_in_local_news_is_an_actor_with_its_officials() -> None:
    text = ("Chief resigns\n\nEmbattled Springfield Police Chief Raymond Ortiz resigned on Friday after a city audit.\n\n"
            "Mayor Dana Whitfield said she had accepted the resignation. The audit was carried out by the city's "
            "inspector general, Marcus Lee. Whitfield said the city would rebuild trust.\n")
    actors = {a.name: a for a in analyse(text).actors}
    city = actors["Springfield"]
    assert city.kind == "government" and "the city" in city.aliases and "Embattled" not in actors
    for name in ("Raymond Ortiz", "Dana Whitfield", "Marcus Lee"):
        assert actors[name].affiliation == "Springfield", name


def test_a_city_named_once_is_no_actor_but_its_mayor_is_its() -> None:
    text = "Budget\n\nOakdale Mayor Ann Lee said the budget was balanced. Lee thanked the council.\n"
    actors = {a.name: a for a in analyse(text).actors}
    assert "Oakdale" not in actors and actors["Ann Lee"].affiliation == "Oakdale"


def test_possessive_roles_state_senators_initials_and_bodies_with_and() -> None:
    text = ("Debate\n\nTrump's running mate, Sen. JD Vance of Ohio, said the plan failed. The Ohio senator added that "
            "voters were struggling.\n\nJennifer O'Malley Dillon, who chairs the Harris campaign, said the team was "
            "confident. Harris's campaign chair said fundraising had broken records.\n\n"
            "Dr. Anthony Fauci, the former director of the National Institute of Allergy and Infectious Diseases, "
            "spoke. Daniel Okafor is a senior fellow at the Urban Policy Institute and a former planner.\n")
    result = analyse(text)
    actors = {a.name: a for a in result.actors}
    assert "the Ohio senator" in actors["JD Vance"].aliases
    dillon = actors["Jennifer O'Malley Dillon"]
    assert (dillon.title, dillon.affiliation) == ("chair", "Harris campaign")
    said = {(q.mention.text if q.mention else "", q.speaker) for q in result.quotes}
    assert ("Harris's campaign chair", "Jennifer O'Malley Dillon") in said
    assert ("The Ohio senator", "JD Vance") in said
    bodies = {a.name for a in result.actors if a.kind == "organization"}
    assert "National Institute of Allergy and Infectious Diseases" in bodies and "National Institute" not in bodies
    assert "Infectious Diseases" not in actors and not any(b.endswith(" and") for b in bodies)


def test_spokesman_for_a_body_and_a_party_state_tag_before_the_appositive() -> None:
    text = ("Sanctions\n\n\"We are looking at every option,\" said Matthew Miller, a spokesman for the State Department.\n\n"
            "Rep. Michael McCaul, R-Texas, chairman of the House Foreign Affairs Committee, welcomed the move.\n")
    actors = {a.name: a for a in analyse(text).actors}
    assert (actors["Matthew Miller"].title, actors["Matthew Miller"].affiliation) == ("spokesman", "State Department")
    assert actors["Michael McCaul"].affiliation == "House Foreign Affairs Committee"


def test_state_officials_of_the_one_state_named() -> None:
    text = ("Budget\n\nCalifornia lawmakers approved the budget. Gov. Gavin Newsom said he would sign it. "
            "State Sen. Maria Gonzalez voted against it.\n")
    actors = {a.name: a for a in analyse(text).actors}
    assert actors["Gavin Newsom"].affiliation == actors["Maria Gonzalez"].affiliation == "California"
    two = text.replace("voted against it.", "of Nevada voted against it.")
    assert {a.name: a for a in analyse(two).actors}["Gavin Newsom"].affiliation is None

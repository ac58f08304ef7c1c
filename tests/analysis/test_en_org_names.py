"""English organisation names and the people next to them, one rule each (sixth session): a title
"of" an organisation before the name, a person before "of the" or right after an organisation is no
part of its name, a sentence's full stop ends a name after "a partner at", company suffixes, colleges,
administrations and movements as organisation nouns, "leader of" a party."""
from __future__ import annotations

from briefing_app.analysis import analyse
from briefing_app.analysis.roles import role_before
from tests.analysis.actor_helpers import actors_by_name as _actors


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


def test_plural_centres_leagues_and_school_districts() -> None:
    text = ("Flu\n\nThe Centers for Disease Control and Prevention said the risk was low. CDC principal deputy director "
            "Nirav Shah told reporters. Premier League chief executive Richard Masters spoke. Houston Independent "
            "School District spokeswoman Kerry Brown said the district had no chaplains.\n")
    actors = _actors(text)
    cdc = actors["Centers for Disease Control and Prevention"]
    assert "CDC" in cdc.aliases and cdc.affiliation == "United States"
    assert actors["Nirav Shah"].affiliation == "Centers for Disease Control and Prevention"
    assert (actors["Richard Masters"].title, actors["Richard Masters"].affiliation) == ("chief executive", "Premier League")
    assert (actors["Kerry Brown"].title, actors["Kerry Brown"].affiliation) == \
        ("spokeswoman", "Houston Independent School District")
    assert "Independent School District" not in actors


def test_and_before_another_bodys_name_and_a_demonym_inside_a_name() -> None:
    text = ("Chaplains\n\nThe lawsuit was brought by the American Civil Liberties Union of Texas and Americans United for "
            "Separation of Church and State. Rachel Laser, president and CEO of Americans United, called it a victory. "
            "The Texas Education Agency said it was reviewing the order.\n")
    actors = _actors(text)
    assert "American Civil Liberties Union of Texas" in actors
    assert (actors["Rachel Laser"].title, actors["Rachel Laser"].affiliation) == ("president and CEO", "Americans United")
    assert actors["Texas Education Agency"].affiliation == "Texas"


def test_the_fa_a_co_founder_a_lecturer_and_a_school_of_public_health() -> None:
    text = ("Fine\n\nChelsea were fined by the Football Association. The FA said the club had reported it. Behdad "
            "Eghbali, Clearlake's co-founder, said so. Kieran Maguire, a football finance lecturer at the University "
            "of Liverpool, said the fine was small. Jennifer Nuzzo, who directs the Pandemic Center at Brown "
            "University's School of Public Health, said it was worrying. \"We feared this,\" she said.\n")
    actors = _actors(text)
    assert "FA" in actors["Football Association"].aliases and actors["Behdad Eghbali"].affiliation == "Clearlake"
    assert (actors["Kieran Maguire"].title, actors["Kieran Maguire"].affiliation) == \
        ("football finance lecturer", "University of Liverpool")
    assert actors["Jennifer Nuzzo"].affiliation == "Pandemic Center" and "Public Health" not in actors


def test_short_forms_of_long_names_are_looked_for_only_where_the_letters_stand(monkeypatch) -> None:
    """'CDC' of the Centers for Disease Control and Prevention, 'the FA': the whole text is read
    with a pattern only when the short form's letters are in it (str.find first): a long text
    naming many bodies was read once per body."""
    import re
    import types

    from briefing_app.analysis import org_coref

    searched: list[str] = []

    def search(pattern, string, flags=0):
        searched.append(pattern)
        return re.search(pattern, string, flags)

    monkeypatch.setattr(org_coref, "re", types.SimpleNamespace(**{**vars(re), "search": search}))
    bodies = ["Northern Rivers Water Board", "Eastern Plains Farmers Union", "Western Hills Transit Authority",
              "Southern Coast Fisheries Council", "Central Valley Growers Association", "Upper Lake Boating Club"]
    text = "Water\n\n" + " ".join(f"The {b} said on Monday that it would sue the state." for b in bodies)
    names = {a.name for a in analyse(text).actors}
    assert set(bodies) <= names
    assert not [p for p in searched if "(?<![\\w.])" in p or "[Tt]he " in p], searched

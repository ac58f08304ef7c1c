"""Actors of the twenty-eighth session, one rule each: the United Nations named only as the parent of one of
its agencies is no actor of its own ("The U.N. World Food Programme said", "The United Nations' Food and Agriculture
Organization said"), an agency named with the prefix goes by its own name; a country's forces or central bank named
in lower case with the country before them are an organisation of that country ("Russia's navy", "the Sudanese army",
"Turkey's central bank"), "the army" / "the military" / "the central bank" later an alias of it; a description that
names another party than the person's is not theirs ("the Democratic nominee" is no Republican's); Russian people of
one family name with two given names are two ("Игоря Соколова" and his son "Артём Соколов")."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from briefing_app.analysis.agency_parents import parent_only
from briefing_app.core.model import Actor, Span
from tests.analysis.actor_helpers import actors_by_name as _actors


@pytest.mark.parametrize("text", [
    "Aid\n\nThe U.N. World Food Programme said the port handled a fifth of Ukraine's grain exports. Kyiv thanked it.\n",
    "Prices\n\nThe United Nations' Food and Agriculture Organization said global food prices rose for a third month.\n",
    "Camps\n\nThe United Nations refugee agency, UNHCR, said the reopening could ease pressure on the camps.\n",
    "Iran\n\nVIENNA - The U.N. nuclear watchdog's board of governors passed a resolution on Thursday censuring Iran. The "
    "International Atomic Energy Agency said Iran had not explained uranium traces.\n",
])
def test_the_un_named_only_as_an_agencys_parent_is_no_actor(text: str) -> None:
    assert "United Nations" not in _actors(text)


@pytest.mark.parametrize("text", [
    "Coup\n\nUN Secretary-General Antonio Guterres urged both sides to let aid through. The UN children's fund said "
    "2 million were at risk.\n",  # its own office holder
    "Aid\n\nThe United Nations said on Friday that aid deliveries had stopped. The U.N. World Food Programme said its "
    "stocks would last a month.\n",  # it acts
])
def test_the_un_that_acts_or_has_its_own_officer_stays(text: str) -> None:
    assert "United Nations" in _actors(text)


def test_parent_only_reads_what_follows_each_mention() -> None:
    text = "The U.N. refugee agency said so. The U.N. said more. UNHCR agreed."
    un = Actor("United Nations", "organization", mentions=[Span(4, 8)])
    unhcr = Actor("UNHCR", "organization", affiliation="United Nations", mentions=[Span(53, 58)])
    assert parent_only(text, un, [un, unhcr])
    assert not parent_only(text, un, [un])  # (no agency of its own in the list: the UN acts)
    un.mentions.append(Span(text.index("U.N. said"), text.index("U.N. said") + 4))
    assert not parent_only(text, un, [un, unhcr])
    assert not parent_only(text, Actor("European Union", "organization", mentions=[Span(4, 8)]), [unhcr])


def test_the_un_acting_through_its_office_stays() -> None:
    actors = _actors("Talks\n\nGENEVA - The United Nations' human rights office said on Friday that the talks had failed. "
                     "Its spokesman, Jeremy Laurence, said the office would keep watching.\n")
    assert "United Nations" in actors


def test_a_prefixed_agency_goes_by_its_own_name() -> None:
    actors = _actors("Aid\n\nThe U.N. World Food Programme said the port handled a fifth of Ukraine's grain exports.\n")
    assert "World Food Programme" in actors
    wfp = actors["World Food Programme"]
    assert (wfp.affiliation, wfp.aliases) == ("United Nations", ["U.N. World Food Programme"])
    # a principal organ and a name whose full form holds the UN's keep the prefix
    actors = _actors("Gaza\n\nThe UN Development Programme said 40% of homes were damaged. The UN Security Council will "
                     "meet on Monday. The UN Office on Drugs and Crime said seizures had doubled.\n")
    assert {"UN Development Programme", "UN Security Council", "UN Office on Drugs and Crime"} <= set(actors)


@pytest.mark.parametrize("text,name,country", [
    ("Port\n\nKYIV - Russia's navy fired cruise missiles at the port overnight, officials said. Moscow denied it.\n",
     "Russia's navy", "Russia"),
    ("Drones\n\nUkraine's air force said on Friday that it had shot down 40 drones.\n", "Ukraine's air force", "Ukraine"),
    ("Town\n\nKHARTOUM - The Sudanese army said it had retaken the town. The army also said it had seized weapons.\n",
     "Sudanese army", "Sudan"),
    ("Launch\n\nSEOUL - North Korea fired two missiles on Monday, South Korea's military said. The military said they "
     "flew 350 km.\n", "South Korea's military", "South Korea"),
    ("Rates\n\nANKARA - Turkey's central bank raised rates on Thursday. The central bank said inflation would fall.\n",
     "Turkey's central bank", "Turkey"),
])
def test_a_countrys_forces_named_in_lower_case_are_its_body(text: str, name: str, country: str) -> None:
    actors = _actors(text)
    assert name in actors and actors[name].kind == "organization" and actors[name].affiliation == country


def test_the_army_and_the_military_later_are_aliases() -> None:
    actors = _actors("Town\n\nThe Sudanese army said it had retaken the town. The army also said it had seized weapons.\n")
    assert "the army" in actors["Sudanese army"].aliases
    actors = _actors("Launch\n\nNorth Korea fired two missiles, South Korea's military said. The military said they flew "
                     "350 km.\n")
    assert "the military" in actors["South Korea's military"].aliases


@pytest.mark.parametrize("text", [
    "Front\n\nRussia's army chief Valery Gerasimov visited the front on Sunday.\n",  # part of a title
    "Base\n\nThe Israeli army base near the border was hit by a rocket on Sunday.\n",  # a noun it modifies
    "Spending\n\nRussia's military spending rose by a quarter last year, the institute said.\n",
    "Offensive\n\nIsrael's military offensive in Gaza entered its third month.\n",
])
def test_no_body_where_the_words_modify_a_noun_or_a_title(text: str) -> None:
    assert not [a for a in analyse(text).actors if a.name.endswith(("army", "military"))]


def test_the_navy_named_so_stays_a_body() -> None:
    actors = _actors("Roosevelt\n\nWhat about Franklin Roosevelt? He was assistant secretary of the Navy during World War I, "
                     "then went on to serve as governor of New York.\n")  # ("the Navy" is no description)
    assert actors["Franklin Roosevelt"].affiliation == "Navy"


def test_a_body_the_text_names_otherwise_takes_the_lower_case_words_as_alias() -> None:
    actors = _actors("Rates\n\nLAGOS - Nigeria's central bank held its benchmark rate at 27.5% on Tuesday. The Central "
                     "Bank of Nigeria said inflation had slowed.\n")
    assert "Nigeria's central bank" not in actors
    assert "Nigeria's central bank" in actors["Central Bank of Nigeria"].aliases


def test_a_description_naming_another_party_is_not_the_persons() -> None:
    from briefing_app.analysis.descriptions import party_clash
    assert party_clash("Democratic nominee", {"republican", "nominee"})
    assert party_clash("Tory MP", {"labour", "mp"})
    assert not party_clash("Republican nominee", {"republican", "nominee"})
    assert not party_clash("Democratic nominee", {"state", "senator"})  # (the person's party unknown)
    assert not party_clash("nominee", {"republican"})
    actors = _actors("Race\n\nOrtiz will face Republican Rep. Yvette Herrell in November. The Democratic nominee said he "
                     "was ready. Herrell, the Republican nominee, said she would win.\n")
    assert "The Democratic nominee" not in actors["Yvette Herrell"].aliases
    assert "the Republican nominee" in actors["Yvette Herrell"].aliases
    actors = _actors("Bill\n\nSen. John Fetterman, a Democrat, and Rep. Jim Jordan, a Republican, spoke. The Republican "
                     "lawmaker said the bill was dead.\n")
    assert "The Republican lawmaker" in actors["Jim Jordan"].aliases


def test_russian_people_of_one_family_name_and_two_given_names_are_two() -> None:
    from briefing_app.analysis.lang.ru_actors import same_given
    assert same_given("Игоря", "Игорь") and same_given("Сергея", "Сергей")
    assert not same_given("Игорь", "Артём") and not same_given("Анна", "Игоря")
    actors = _actors("Суд арестовал Игоря Соколова. Его сын Артём Соколов заявил, что отец невиновен. Анна Соколова, "
                     "жена бизнесмена, отказалась от комментариев. Соколов вину не признал.\n")
    assert {"Игорь Соколов", "Артём Соколов", "Анна Соколова"} <= set(actors)
    assert "Артём Соколов" not in actors["Игорь Соколов"].aliases
    # one person named in two cases stays one
    actors = _actors("Министр Сергей Лавров заявил, что переговоры продолжатся. Сергея Лаврова поддержал Дмитрий Песков. "
                     "Лавров уточнил детали.\n")
    assert "Сергей Лавров" in actors and not [a for a in actors if a.startswith("Сергея")]


@pytest.mark.parametrize("text,place", [
    ("Ortiz wins in New Mexico's 2nd District\n\nState Sen. Dan Ortiz won the Democratic primary for New Mexico's 2nd "
     "Congressional District on Tuesday. \"We won,\" Ortiz said.\n", "Congressional District"),
    ("Crash\n\nA school bus crashed on Kitzmiller Road on Monday, police said. The driver, Ann Cole, was unhurt. Kitzmiller "
     "Road was closed.\n", "Kitzmiller Road"),
    ("Race\n\nVarela conceded and told a crowd at the Hotel Encanto that she would keep fighting. \"We fought,\" Elena "
     "Varela said. Her rally moved from the Hotel Encanto to the plaza.\n", "Hotel Encanto"),
])
def test_a_district_after_an_ordinal_a_road_and_a_building_are_places(text: str, place: str) -> None:
    assert place not in _actors(text)


def test_a_building_that_acts_and_a_centre_of_people_stay() -> None:
    actors = _actors("Hotel\n\nThe Hilton Hotel said it would close 200 rooms. Its owner, Blackstone, declined to comment.\n")
    assert "Hilton Hotel" in actors  # (it speaks)
    actors = _actors("Law\n\nJane Doe, a fellow at the Brennan Center for Justice, said the law was unfair. The Brennan "
                     "Center for Justice has sued.\n")
    assert actors["Jane Doe"].affiliation == "Brennan Center for Justice" and "Brennan Center for Justice" in actors


def test_the_north_opening_a_sentence_is_north_korea() -> None:
    actors = _actors("Launch\n\nSEOUL - North Korea fired two missiles on Monday, officials said. The North has long called "
                     "the drills a rehearsal for invasion.\n")
    assert "The North" in actors["North Korea"].aliases
    actors = _actors("Oil\n\nThe North Sea fields produced less oil, BP said. The North of England voted Labour.\n")
    assert "North Korea" not in actors


def test_korean_north_and_south_sides_are_the_two_koreas() -> None:
    actors = _actors("통일부 구병삼 대변인은 \"북측이 대화에 나서기를 바란다\"고 말했다. 북한은 답하지 않았다.\n")
    assert "북측" in actors["북한"].aliases
    actors = _actors("북측은 남측이 도발했다고 주장했다. 통일부는 이를 부인했다.\n")
    assert "남측" in actors["한국"].aliases


def test_a_russian_district_court_named_by_its_district_takes_its_city() -> None:
    actors = _actors("Басманный суд Москвы арестовал бизнесмена Игоря Соколова. Об этом сообщила пресс-служба суда.\n")
    court = actors["Басманный суд Москвы"]
    assert court.affiliation == "Москва" and "Басманный суд" in court.aliases
    actors = _actors("Верховный суд России отклонил жалобу. Об этом сообщила пресс-служба суда.\n")
    assert "Верховный суд" in actors  # (a country's high court keeps its name)

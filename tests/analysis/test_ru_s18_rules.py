"""Russian actors of the eighteenth session, each kind tested on short texts of its own (several phrasings, none taken
from the actor set, with near misses): a region's body named in full with its region in the genitive (a capitalised
"Администрация Пермского края" had become a person, "Законодательная дума Томской области" and "Министерство экологии
Московской области" lost the region from their names), the head of a region's or a city hall's department named in
lower case with the place after it (the department, not the place) and the city hall's kind word ("от мэрии") that a
department named after the city hall took."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from tests.analysis.actor_helpers import actors_by_name as _actors


@pytest.mark.parametrize("text,body,region", [
    ("Администрация Пермского края отложила решение о тарифах.", "Администрация Пермского края", "Пермский край"),
    ("Администрация Курской области сообщила о ремонте школ.", "Администрация Курской области", "Курская область"),
    ("Вчера Администрация Томской области отложила повышение тарифов на проезд.", "Администрация Томской области",
     "Томская область"),
])
def test_a_capitalised_regional_administration_is_a_body_of_its_region(text: str, body: str, region: str) -> None:
    found = _actors(text)
    assert found.get(body) is not None and (found[body].kind, found[body].affiliation) == ("organization", region)
    assert not [a for a in found.values() if a.kind == "person"]


@pytest.mark.parametrize("text", ["Администрация президента обсудила закон.", "Администрация Трампа ввела новые пошлины."])
def test_an_administration_without_a_region_after_it_is_none_of_a_region(text: str) -> None:
    assert not [a for a in analyse(text).actors if a.name.startswith("Администрац")]


@pytest.mark.parametrize("text,body,region,member", [
    ("Депутат Законодательной думы Хабаровского края Иван Сидоров напомнил, что закон не менялся. Председатель "
     "Законодательной думы Ирина Зикунова поддержала поправки.", "Законодательная дума Хабаровского края", "Хабаровский край",
     "Ирина Зикунова"),
    ("Депутат Законодательной думы Томской области Пётр Смирнов заявил, что тарифы вырастут. Позже председатель "
     "Законодательной думы Анна Белова опровергла это.", "Законодательная дума Томской области", "Томская область",
     "Анна Белова"),
])
def test_a_regional_legislature_named_in_full_in_an_oblique_case_keeps_its_region(text: str, body: str, region: str,
                                                                                  member: str) -> None:
    found = _actors(text)
    assert found.get(body) is not None and found[body].affiliation == region
    assert found[member].affiliation == body  # the short form later is the same legislature


@pytest.mark.parametrize("text,body,place", [
    ("Жители жалуются на запах. В Министерстве экологии Московской области пояснили, что проверка идёт.",
     "Министерство экологии Московской области", "Московская область"),
    ("Министерство транспорта Пермского края сообщило о ремонте моста.", "Министерство транспорта Пермского края",
     "Пермский край"),
    ("Департамент образования Вологодской области сообщил о новых правилах приёма.",
     "Департамент образования Вологодской области", "Вологодская область"),
    ("Министерство обороны Украины сообщило о ремонте.", "Министерство обороны Украины", "Украина"),  # a country's: as before
])
def test_a_regional_ministry_or_department_keeps_its_region_in_its_name(text: str, body: str, place: str) -> None:
    found = _actors(text)
    assert found.get(body) is not None and found[body].affiliation == place


@pytest.mark.parametrize("text,person,body", [
    ("Начальник департамента транспорта Томской области Игорь Шатров пообещал выделить субсидии.", "Игорь Шатров",
     "департамент транспорта Томской области"),
    ("Директор департамента здравоохранения Курганской области Наталья Лукина признала, что врачей не хватает.",
     "Наталья Лукина", "департамент здравоохранения Курганской области"),
    ("Мэрия Омска закрыла мост. Начальник управления дорожного хозяйства мэрии Омска Сергей Петров заявил, что ремонт "
     "займёт год.", "Сергей Петров", "управление дорожного хозяйства мэрии Омска"),
])
def test_the_head_of_a_department_named_with_its_place_is_the_departments(text: str, person: str, body: str) -> None:
    found = _actors(text)
    assert found[person].affiliation == body and found[person].title in ("начальник", "директор")
    assert found.get(body) is not None


def test_a_city_halls_department_takes_the_city_hall_and_leaves_it_its_kind_word() -> None:
    found = _actors("Мэрия Омска закрыла мост. Начальник управления дорожного хозяйства мэрии Омска Сергей Петров заявил, "
                    "что ремонт займёт год. Депутат горсовета Иван Орлов потребовал от мэрии отчёт.")
    assert found["управление дорожного хозяйства мэрии Омска"].affiliation == "Мэрия Омска"
    assert "мэрии" in found["Мэрия Омска"].aliases


@pytest.mark.parametrize("text,person,place", [
    ("Губернатор Томской области Владимир Мазуров заявил, что тарифы вырастут.", "Владимир Мазуров", "Томская область"),
    ("Министр здравоохранения Курганской области Анна Лукина заявила, что врачей не хватает.", "Анна Лукина",
     "Курганская область"),
])
def test_an_office_word_with_a_region_keeps_the_region(text: str, person: str, place: str) -> None:
    assert _actors(text)[person].affiliation == place


@pytest.mark.parametrize("text,body,country,head", [
    ("Председатель Нацбанка Казахстана Тимур Сулейменов заявил, что ставка не изменится.", "Нацбанк Казахстана",
     "Казахстан", "Тимур Сулейменов"),
    ("Глава Нацбанка Киргизии Мелис Турганбаев заявил, что сом стабилен.", "Нацбанк Киргизии", "Киргизия",
     "Мелис Турганбаев"),
    ("Нацбанк Казахстана сохранил ставку. Об этом сообщил председатель регулятора Тимур Сулейменов.", "Нацбанк Казахстана",
     "Казахстан", None),
])
def test_a_national_bodys_short_name_keeps_its_country(text: str, body: str, country: str, head: str | None) -> None:
    found = _actors(text)
    assert found.get(body) is not None and found[body].affiliation == country
    assert head is None or found[head].affiliation == body


def test_a_national_bodys_short_name_without_a_country_stays_as_it_is() -> None:
    found = _actors("Центробанк сохранил ставку, сообщила Эльвира Набиуллина.")
    assert found["Центробанк"].affiliation == "Россия"


@pytest.mark.parametrize("text,body,parent", [
    ("Дело возбудило Главное следственное управление Следственного комитета по Самаре. Адвокат обжалует арест.",
     "Главное следственное управление Следственного комитета по Самаре", "Следственный комитет"),
    ("Дело возбудило Главное следственное управление СК по Ленинградской области.",
     "Главное следственное управление СК по Ленинградской области", "СК"),
    ("Следственное управление СК по Тверской области возбудило дело о халатности.",
     "Следственное управление СК по Тверской области", "СК"),
    ("Управление МВД по Томской области начало проверку.", "Управление МВД по Томской области", "МВД"),
])
def test_an_investigative_or_police_office_in_a_region_is_one_body(text: str, body: str, parent: str) -> None:
    found = _actors(text)
    assert found.get(body) is not None and found[body].affiliation == parent
    assert len(found[body].mentions) == 1
    assert "Главное следственное управление" not in found and "Следственное управление" not in found


def test_a_federal_service_office_is_named_as_before() -> None:
    found = _actors("Управление Федеральной антимонопольной службы по Московской области оштрафовало компанию.")
    assert found["Управление Федеральной антимонопольной службы по Московской области"].affiliation == \
        "Федеральная антимонопольная служба"


@pytest.mark.parametrize("text,body", [
    ("Евразийский банк развития выделит кредит, сообщил глава банка Николай Подгузов.", "Евразийский банк развития"),
    ("Кредит выделит Евразийский банк развития. Председатель правления Евразийского банка развития Николай Подгузов "
     "заявил, что сумма составит 1 млрд долларов.", "Евразийский банк развития"),
    ("Российский фонд развития поддержал проект, сообщила пресс-служба фонда.", "Российский фонд развития"),
])
def test_a_body_named_with_development_in_the_genitive_keeps_it(text: str, body: str) -> None:
    found = _actors(text)
    assert body in found and body.rsplit(" ", 1)[0] not in found


def test_development_after_a_body_in_another_phrase_is_no_part_of_its_name() -> None:
    found = _actors("Центральный банк снизил ставку, но темпы развития экономики остаются низкими.")
    assert "Центральный банк" in found and "Центральный банк развития" not in found


@pytest.mark.parametrize("text,name,form", [
    ("Сделку одобрил завод «Свободный сокол». В «Свободном соколе» от комментариев отказались.", "Свободный сокол",
     "Свободном соколе"),
    ("Банк «Русский стандарт» снизил ставки. В «Русском стандарте» пояснили, что спрос упал.", "Русский стандарт",
     "Русском стандарте"),
    ("Холдинг «Красный октябрь» закрыл фабрику. Представитель «Красного октября» подтвердил это.", "Красный октябрь",
     "Красного октября"),
])
def test_a_name_of_several_words_in_an_oblique_case_is_the_same_body(text: str, name: str, form: str) -> None:
    found = _actors(text)
    assert name in found and form not in found

"""Russian actor rules of the nineteenth session (issue 15), each on short texts of its own in several phrasings, with
near misses."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {a.name: (a.title, a.affiliation) for a in analyse(text).actors if a.kind == "person"}


@pytest.mark.parametrize("text, name, title, affiliation", [
    ("Документ подписали министр энергетики России Николай Шульгин и министр энергетики и водных ресурсов Мали Мусса "
     "Диарра.", "Мусса Диарра", "министр энергетики и водных ресурсов", "Мали"),
    ("Соглашение подписали министр финансов России Антон Силуанов и министр финансов Кении Джон Мбадди.",
     "Джон Мбадди", "министр финансов", "Кения"),
    ("В переговорах участвовали глава Минфина Антон Германович Силуанов и министр экономики Казахстана Серик Жумангарин.",
     "Серик Жумангарин", "министр экономики", "Казахстан"),
    ("Соглашение подписали министр финансов России Силуанов и министр финансов Египта Ахмед Кучук.",
     "Ахмед Кучук", "министр финансов", "Египет"),
    ("На встрече были посол Сербии Марко Джурич и посол Венгрии в России Норберт Кал.", "Норберт Кал", "посол", "Венгрия"),
])
def test_an_and_after_a_titled_persons_name_joins_two_people(text: str, name: str, title: str, affiliation: str) -> None:
    """"X1 title1 Name1 и title2 Name2": the "и" is no "и" inside a title ("министр науки и высшего образования"): the
    first person's name and title are no part of the second one's."""
    assert _people(text)[name] == (title, affiliation)


@pytest.mark.parametrize("text, name, title", [
    ("Министр науки и высшего образования Валерий Фальков заявил, что проект важен.", "Валерий Фальков",
     "министр науки и высшего образования"),
    ("Председатель комитета Госдумы по физической культуре и спорту Олег Матыцин заявил, что проект важен.",
     "Олег Матыцин", "председатель комитета Госдумы по физической культуре и спорту"),
    ("Министр энергетики и водных ресурсов Мали Мусса Диарра заявил, что проект важен.", "Мусса Диарра",
     "министр энергетики и водных ресурсов"),
    ("Министр по делам ГО и ЧС Александр Куренков заявил, что проект важен.", "Александр Куренков",
     "министр по делам ГО и ЧС"),
])
def test_an_and_inside_a_title_stays_in_it(text: str, name: str, title: str) -> None:
    assert _people(text)[name][0] == title


def _bodies(text: str) -> dict[str, tuple[str | None, list[str]]]:
    return {a.name: (a.affiliation, a.aliases) for a in analyse(text).actors if a.kind == "organization"}


@pytest.mark.parametrize("text, name, full", [
    ("В Госдепартаменте США инициативу европейцев поддержали.", "Госдепартамент", "Госдепартамент США"),
    ("Госдепартамент США приветствовал заявление премьера.", "Госдепартамент", "Госдепартамент США"),
    ("В Пентагоне США заявили, что учения продолжатся.", "Пентагон", "Пентагон США"),
    ("Белый дом США опроверг сообщения о переговорах.", "Белый дом", "Белый дом США"),
])
def test_a_foreign_body_named_with_its_country_has_that_form_as_alias(text: str, name: str, full: str) -> None:
    """The name as the text writes it ("Госдепартамент США", as the tuned answers name "МИД России", "Минсельхоз
    России"), beside the body's own name (ru77 names it "Госдепартамент", ru155 "Госдепартамент США")."""
    affiliation, aliases = _bodies(text)[name]
    assert affiliation == "США" and full in aliases


def test_a_foreign_body_named_without_its_country_gets_no_such_alias() -> None:
    assert _bodies("Госдепартамент приветствовал заявление премьера.")["Госдепартамент"] == ("США", [])
    assert _bodies("В Госдепартаменте Вашингтона отказались от комментариев.")["Госдепартамент"][1] == []


@pytest.mark.parametrize("text, name, form", [
    ("Законодательная дума Томской области приняла закон. Об этом сообщил губернатор на заседании областной думы.",
     "Законодательная дума Томской области", "областной думы"),
    ("Тульская областная дума приняла закон. Депутаты областной думы поддержали его единогласно.",
     "Тульская областная дума", "областной думы"),
    ("Председатель Законодательного собрания Пермского края Алексей Петров выступил на заседании краевого парламента.",
     "Законодательное собрание Пермского края", "краевого парламента"),
    ("Пермская городская дума приняла решение о тарифах. В городской думе его поддержали.", "Пермская городская дума",
     "городской думе"),
])
def test_a_legislature_named_again_by_its_level_is_the_one_named_in_full(text: str, name: str, form: str) -> None:
    """'на заседании областной думы': a mention and an alias of the one legislature of that level (the tuned answers list
    the form as an alias, ru177)."""
    body = next(a for a in analyse(text).actors if a.name == name)
    assert form in body.aliases and any(text[m.start:m.end] == form for m in body.mentions)


@pytest.mark.parametrize("text, name", [
    ("Законодательная дума Томской области приняла закон. В городской думе Томска его обсудят позже.",
     "Законодательная дума Томской области"),  # another level
    ("Законодательная дума Томской области и Новосибирская областная дума подписали соглашение. Депутаты областной думы "
     "его поддержали.", "Законодательная дума Томской области"),  # two of that level: neither
])
def test_a_level_phrase_that_fits_no_single_legislature_names_none(text: str, name: str) -> None:
    body = next(a for a in analyse(text).actors if a.name == name)
    assert not any("думы" in alias or "думе" in alias for alias in body.aliases if alias.islower())


@pytest.mark.parametrize("text, name, affiliation", [
    ("Прокуратура Калининского района начала проверку после жалоб жителей.", "Прокуратура Калининского района", None),
    ("Прокуратура Центрального административного округа Омска начала проверку исполнения контракта.",
     "Прокуратура Центрального административного округа Омска", "Омск"),
    ("Жители обратились в Прокуратуру Ленинского района Перми, но ответа пока нет. Прокуратура Ленинского района Перми "
     "начала проверку.", "Прокуратура Ленинского района Перми", "Пермь"),
])
def test_a_district_prosecutors_office_is_named_with_its_district(text: str, name: str, affiliation: str | None) -> None:
    bodies = {a.name: a.affiliation for a in analyse(text).actors if a.kind == "organization"}
    assert name in bodies and bodies[name] == affiliation and "Прокуратура" not in bodies


@pytest.mark.parametrize("text, name", [
    ("Прокуратура Новосибирской области начала проверку.", "Прокуратура Новосибирской области"),  # a region, as before
    ("Прокуратура Ленинского района Ольга Петрова назвала проверку плановой.", "Прокуратура Ленинского района"),  # a name
])
def test_a_district_office_near_misses(text: str, name: str) -> None:
    assert name in {a.name for a in analyse(text).actors if a.kind == "organization"}

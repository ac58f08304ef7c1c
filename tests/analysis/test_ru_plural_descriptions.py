"""A Russian description word in the plural ("чиновники", "ошибки чиновников", "дипломатами") speaks of many and is
never an alias of the one person named before it; the singular in any case still is ("пояснил чиновник")."""
from __future__ import annotations

import pytest

from tests.analysis.actor_helpers import actors_by_name

NAMED = "Заместитель мэра Станислав Игнатьев заявил, что тарифы вырастут. "


@pytest.mark.parametrize("after", [
    "«Людей опять заставляют платить за ошибки чиновников», — сказал депутат Ренат Сулейманов.",
    "«Чиновники должны работать лучше», — добавил Ренат Сулейманов.",
    "Жители давно жалуются на чиновников мэрии.",
    "Встреча с чиновниками прошла в пятницу.",
])
def test_a_plural_description_is_no_alias(after: str) -> None:
    person = actors_by_name(NAMED + after)["Станислав Игнатьев"]
    assert not [a for a in person.aliases if a.lower().startswith("чиновник")]


def test_a_plural_diplomats_is_no_alias_of_the_minister() -> None:
    text = ("Министр иностранных дел Сергей Лавров заявил, что переговоры продолжатся. "
            "Дипломаты двух стран встретятся в Женеве.")
    assert not [a for a in actors_by_name(text)["Сергей Лавров"].aliases if a.lower().startswith("дипломат")]


@pytest.mark.parametrize("after, alias", [
    ("Как пояснил чиновник, бюджет города пуст.", "чиновник"),
    ("По словам чиновника, бюджет города пуст.", "чиновника"),
])
def test_a_singular_description_still_stands_for_the_person(after: str, alias: str) -> None:
    assert alias in actors_by_name(NAMED + after)["Станислав Игнатьев"].aliases


@pytest.mark.parametrize("word, plural", [
    ("Дипломаты", True), ("чиновников", True), ("министры", True), ("депутатов", True), ("главам", True),
    ("председатели", True), ("жители", True),
    ("главы", False), ("коллеги", False), ("судьи", False),  # a singular's genitive ("по словам главы ведомства")
    ("министра", False), ("министром", False), ("чиновник", False), ("дипломата", False), ("губернатору", False),
])
def test_plural_title_words(word: str, plural: bool) -> None:
    from briefing_app.analysis.lang.ru_coref import plural_title

    assert plural_title(word) is plural

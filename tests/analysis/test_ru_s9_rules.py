"""Russian rules of the ninth session (issue 15), one test each."""
from __future__ import annotations

from briefing_app.analysis import analyse
from briefing_app.core.model import Actor


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in analyse(text).actors}


FUND = "Территориальный фонд обязательного медицинского страхования Свердловской области"


def test_a_long_body_name_keeps_its_genitive_chain_and_region() -> None:
    text = ("Директор Территориального фонда обязательного медицинского страхования Свердловской области "
            "Лариса Карпова заверила, что финансирование будет увеличено.\n")
    actors = _actors(text)
    assert FUND in actors and actors[FUND].affiliation == "Свердловская область"
    assert actors["Лариса Карпова"].affiliation == FUND


def test_a_body_name_with_and_between_two_genitives() -> None:
    text = ("Ведущий научный сотрудник Института мировой экономики и международных отношений РАН "
            "Ирина Ковальчук считает, что обмен на этом не закончится.\n")
    name = "Институт мировой экономики и международных отношений РАН"
    actors = _actors(text)
    assert name in actors and actors["Ирина Ковальчук"].affiliation == name


def test_an_association_named_by_its_head_noun_and_its_president() -> None:
    text = ("По данным Ассоциации российских банков, приток средств составил 1 трлн рублей. "
            "Президент ассоциации Анатолий Аксаков пояснил, что граждане фиксируют ставки.\n")
    actors = _actors(text)
    assert "Ассоциация российских банков" in actors
    assert actors["Анатолий Аксаков"].affiliation == "Ассоциация российских банков"


def test_the_head_of_a_regional_ministry_is_the_regions() -> None:
    text = ("Губернатор Свердловской области Денис Паслер провёл совещание. "
            "Глава регионального минздрава Андрей Карлов пояснил, что ремонт оплатят из федеральной программы.\n")
    assert _actors(text)["Андрей Карлов"].affiliation == "Свердловская область"

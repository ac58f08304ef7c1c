"""Russian regions and cities as actors when they act or are acted on as a polity (lang/ru_polities.py, the twentieth
session's convention); a place of events, a name inside a title or a body's name is no actor. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


def _polities(text: str) -> dict[str, list[str]]:
    return {a.name: [text[m.start:m.end] for m in a.mentions] for a in analyse(text).actors if a.kind == "government"}


@pytest.mark.parametrize("text, name, form", [
    ("Власти Башкирии построят в Уфе три новых моста. Об этом сообщил глава Башкирии Радий Хабиров.",
     "Республика Башкортостан", "Башкирии"),
    ("Власти Тверской области отложили ремонт дорог. Губернатор Тверской области Игорь Руденко объяснил решение.",
     "Тверская область", "Тверской области"),
    ("Вологодские власти перенесли ярмарку на осень. Мэр Вологды Сергей Воропанов пообещал новые места.",
     "Вологда", "Вологодские власти"),
    ("Мэр Вологды Сергей Воропанов признал, что бюджет города не выдержит новых расходов.", "Вологда", "города"),
    ("Губернатор Тверской области Игорь Руденко заявил, что регион справится с паводком сам.",
     "Тверская область", "регион"),
    ("Кубань повысит тарифы на воду с июля. Губернатор Кубани Вениамин Кондратьев назвал рост умеренным.",
     "Краснодарский край", "Кубань"),
    # the adjective in lower case, mid-sentence (review of 1859f62c: only a capitalised one was read)
    ("В пятницу вологодские власти перенесли ярмарку на осень. Мэр Вологды Сергей Воропанов пообещал новые места.",
     "Вологда", "вологодские власти"),
    ("Решение тверских властей удивило водителей. Губернатор Тверской области Игорь Руденко объяснил его.",
     "Тверская область", "тверских властей"),
])
def test_a_region_or_city_that_acts_is_an_actor(text: str, name: str, form: str) -> None:
    assert form in _polities(text).get(name, [])


@pytest.mark.parametrize("text", [
    "В Тверской области открыли новый мост. Губернатор Тверской области Игорь Руденко осмотрел его.",
    "Мэр Вологды Сергей Воропанов осмотрел новый сквер в центре города.",
    "Жители Кубани пожаловались на перебои с водой, сообщил губернатор Кубани Вениамин Кондратьев.",
    "Губернатор Тверской области Игорь Руденко провёл совещание. Глава региона поручил проверить мосты.",
    "В пятницу местные власти перенесли ярмарку. Мэр Вологды Сергей Воропанов пообещал новые места.",
])
def test_a_region_only_as_a_place_or_in_a_title_is_no_actor(text: str) -> None:
    assert _polities(text) == {}


def test_a_city_description_needs_one_city_and_a_country_keeps_its_rule() -> None:
    two = "Мэр Вологды Сергей Воропанов и мэр Череповца Вадим Германов спорят. Бюджет города не резиновый."
    assert _polities(two) == {}  # two cities: "города" names neither
    assert _polities("Власти Сербии не допустят захвата учреждений, заявил президент Сербии Александр Вучич.") == {}


def test_the_seat_of_petersburgs_government_joins_the_city_once_it_acts() -> None:
    text = ("Власти Петербурга перенесли ремонт моста. Губернатор Петербурга Александр Беглов подписал распоряжение. "
            "Депутаты назвали решение провалом Смольного.")
    assert _polities(text)["Санкт-Петербург"] == ["Петербурга", "Смольного"]

"""The mechanical relabelling of Russian answers by the region and city rule (tests/data/actors/region_relabel.py): a
region or city entry is dropped when no place the text names it speaks for the polity (a place of events, a name
inside another actor's name or title, a modifier of a common noun)."""
from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

ACTORS = Path(__file__).parents[1] / "data" / "actors"
_spec = importlib.util.spec_from_file_location("region_relabel", ACTORS / "region_relabel.py")
assert _spec is not None and _spec.loader is not None
relabel = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(relabel)


def _actor(name: str, kind: str, title: str | None = None, aliases: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"name": name, "kind": kind, "title": title, "affiliation": None, "aliases": list(aliases)}


def _dropped(text: str, actors: list[dict[str, Any]]) -> list[str]:
    return [a["name"] for a, _ in relabel.dropped(text, {"language": "ru", "actors": actors, "sentences": []})]


TVER = _actor("Тверская область", "government", aliases=("регион",))
GOVERNOR = _actor("Игорь Руденко", "person", "губернатор Тверской области")


@pytest.mark.parametrize("text", [
    "В Тверской области открыли новый мост. Губернатор Тверской области Игорь Руденко осмотрел его.",
    "Школы Тверской области переходят на пятидневку, сообщил губернатор Тверской области Игорь Руденко.",
    "На дорогах Тверской области ввели ограничения.",
])
def test_a_region_only_as_a_place_a_title_or_a_modifier_is_dropped(text: str) -> None:
    assert _dropped(text, [TVER, GOVERNOR]) == ["Тверская область"]


@pytest.mark.parametrize("text", [
    "Тверская область получит из федерального бюджета ещё два миллиарда рублей.",
    "Власти Тверской области отложили ремонт моста.",
    "Губернатор Тверской области Игорь Руденко заявил, что регион справится сам.",
    "Подрядчик просил у Тверской области ещё год на работы.",
    "Минфин поддержал Тверскую область в споре о долгах.",
])
def test_a_region_that_acts_or_is_acted_on_stays(text: str) -> None:
    assert _dropped(text, [TVER, GOVERNOR]) == []


def test_a_city_inside_a_body_name_is_dropped_and_its_authorities_keep_it() -> None:
    city = _actor("Вологда", "government")
    hall = _actor("мэрия Вологды", "organization", aliases=("мэрии Вологды",))
    assert _dropped("Мэрия Вологды перенесла ярмарку. В Вологде прошёл митинг.", [city, hall]) == ["Вологда"]
    assert _dropped("Мэрия Вологды перенесла ярмарку. Власти Вологды объяснили решение.", [city, hall]) == []


def test_an_adjective_of_the_authorities_listed_as_an_alias_keeps_the_city() -> None:
    city = _actor("Вологда", "government", aliases=("Вологодские власти",))
    assert _dropped("Вологодские власти перенесли ярмарку на осень. В Вологде прошёл митинг.", [city]) == []


def test_bodies_people_and_countries_are_no_region_entries() -> None:
    assert not relabel.is_region(_actor("Мостотрест", "organization"))
    assert not relabel.is_region(_actor("Россия", "country"))
    assert relabel.is_region(_actor("Санкт-Петербург", "organization"))
    assert relabel.is_region(_actor("Тулун", "government"))
    assert relabel.is_region(_actor("Республика Карелия", "organization"))

"""A Russian given name that starts with a country's form is no country: "Даниил", "Данияр" began with "дании" /
"дания" and made a country Дания (and cut the person's given name off); the country's own forms still name it."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from briefing_app.analysis.lang.ru_countries import country


@pytest.mark.parametrize("text,person", [
    ("Руководитель ФНС Даниил Егоров сообщил, что сборы выросли.", "Даниил Егоров"),
    ("Председатель Нацбанка Казахстана Данияр Акишев заявил, что ставка сохранится.", "Данияр Акишев"),
    ("Теннисист Даниил Медведев вышел в финал турнира, сообщил его тренер.", "Даниил Медведев"),
])
def test_a_given_name_starting_like_a_country_is_no_country(text: str, person: str) -> None:
    actors = analyse(text).actors
    assert person in {a.name for a in actors if a.kind == "person"}
    assert "Дания" not in {a.name for a in actors}


@pytest.mark.parametrize("word", ["Дания", "Дании", "Данию", "датский", "Копенгаген"])
def test_the_countrys_own_forms_still_name_it(word: str) -> None:
    assert country(word) == "Дания"


def test_a_country_named_by_its_genitive_is_still_an_actor() -> None:
    actors = analyse("Премьер-министр Дании Метте Фредериксен заявила, что Дания увеличит помощь.").actors
    assert ("Метте Фредериксен", "Дания") in {(a.name, a.affiliation) for a in actors if a.kind == "person"}
    assert "Дания" in {a.name for a in actors if a.kind == "country"}

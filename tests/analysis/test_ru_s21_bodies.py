"""Russian federal bodies (twenty-first session; sentences written for these tests)."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


@pytest.mark.parametrize("text, name", [
    ("Ростуризм сообщил, что число поездок выросло на 8%.", "Ростуризм"),
    ("Социальный фонд перечислил пенсии досрочно.", "Социальный фонд"),
    ("Пенсионный фонд сообщил о переводе выплат.", "Пенсионный фонд"),
    ("В Росалкогольтабакконтроле сообщили, что проверки магазинов усилят.", "Росалкогольтабакконтроль"),
])
def test_federal_bodies_are_the_countrys(text: str, name: str) -> None:
    body = next(a for a in analyse(text).actors if a.name == name)
    assert body.kind == "organization" and body.affiliation == "Россия"


def test_a_body_in_kontrol_takes_its_soft_sign_in_the_nominative() -> None:
    text = "Проверки провёл Росалкогольтабакконтроль. В Росалкогольтабакконтроле добавили, что штрафы вырастут."
    names = [a.name for a in analyse(text).actors]
    assert names.count("Росалкогольтабакконтроль") == 1 and "Росалкогольтабакконтрол" not in names

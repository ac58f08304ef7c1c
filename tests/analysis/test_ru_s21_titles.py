"""Russian titles of two people joined by "и" (twenty-first session; sentences written for these tests)."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


@pytest.mark.parametrize("text, second, title, affiliation", [
    ("Соглашение подписали председатель правления Сбербанка Герман Греф и президент ВТБ Андрей Костин.",
     "Андрей Костин", "президент", "ВТБ"),
    ("Соглашение подписали глава компании Хосе Мартинес и президент ВТБ Андрей Костин.",
     "Андрей Костин", "президент", "ВТБ"),
    ("На встрече были глава Татарстана Рустам Минниханов и мэр Казани Ильдар Сафин.", "Ильдар Сафин", "мэр", "Казань"),
    ("В совещании участвовали министр науки и высшего образования Валерий Фальков и глава Минфина Антон Силуанов.",
     "Антон Силуанов", "глава", "Минфин"),
])
def test_the_second_persons_title_is_its_own(text: str, second: str, title: str, affiliation: str) -> None:
    person = next(a for a in analyse(text).actors if a.name == second)
    assert (person.title, person.affiliation) == (title, affiliation)


@pytest.mark.parametrize("name", ["Герман Греф", "Всеволод Бобров", "Ростислав Завадский", "Гульнара Хасанова"])
def test_common_given_names_are_known(name: str) -> None:
    text = f"{name} заявил журналистам, что сделка будет закрыта до конца года."
    assert any(a.name == name and a.kind == "person" for a in analyse(text).actors)

"""Russian speech rules of the twentieth session (sentences written for these tests)."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, text[q.start:q.end], q.speaker) for q in analyse(text).quotes if q.kind in ("direct", "indirect")]


@pytest.mark.parametrize("text, content", [
    ("Минфин предлагает ввести налог на сверхприбыль банков.", "ввести налог на сверхприбыль банков"),
    ("Губернатор поручил провести проверку всех подрядчиков.", "провести проверку всех подрядчиков"),
    ("Профсоюз требует перевести рабочих на пятидневку.", "перевести рабочих на пятидневку"),
])
def test_a_proposal_or_an_order_with_an_infinitive_in_ti_is_reported_speech(text: str, content: str) -> None:
    assert [q[1] for q in _quotes(text)] == [content]


def test_an_official_after_a_paragraph_break_is_the_department_director_named_before() -> None:
    text = ("Ремонт моста перенесли на май, сообщил директор департамента строительства мэрии Тулы Олег Сомов.\n\n"
            "«Подрядчик не успел получить металл», — пояснил чиновник.")
    assert ("direct", "Подрядчик не успел получить металл", "Олег Сомов") in _quotes(text)


@pytest.mark.parametrize("headline, speaker", [
    ("Исполнительный директор Союза пекарей Анна Лебедева: «Хлеб подорожает на 8%»", "Анна Лебедева"),
    ("Председатель правления банка «Северный» Игорь Титов: «Ставки пойдут вниз»", "Игорь Титов"),
])
def test_a_headline_speaker_named_after_the_title_speaks_the_quote(headline: str, speaker: str) -> None:
    text = headline + "\n\nОб этом говорится в интервью, опубликованном в понедельник."
    quotes = _quotes(text)
    assert [q[0] for q in quotes if q[1] in headline] == ["direct"]
    assert all(q[2] == speaker for q in quotes if q[1] in headline)


def test_a_bare_family_name_before_and_ends_the_first_persons_title() -> None:
    text = ("Министр экономики Решетов и глава Сбербанка Герман Греф обсудили кредиты. Решетов заявил, что ставки снизятся.")
    people = {a.name: (a.title, a.affiliation) for a in analyse(text).actors if a.kind == "person"}
    assert people["Герман Греф"][0] == "глава"
    kept = "Глава Минтранса и председатель правительства Михаил Мишустин обсудили дороги."  # a body's short name: one title
    assert [a.title for a in analyse(kept).actors if a.kind == "person"] == ["глава Минтранса и председатель правительства"]


def test_a_district_prosecutors_office_in_lower_case_is_a_body() -> None:
    text = "Жильцы направили жалобу в прокуратуру Ленинского района. Они требуют вернуть переплату за отопление."
    bodies = {a.name: [text[m.start:m.end] for m in a.mentions] for a in analyse(text).actors if a.kind == "organization"}
    assert bodies.get("Прокуратура Ленинского района") == ["прокуратуру Ленинского района"]


def test_a_firm_in_latin_letters_before_its_analyst_is_an_actor() -> None:
    text = "Аналитик Atlas Capital Markets Сергей Орлов считает, что ставку сохранят. Рынок ждал этого решения."
    actors = {a.name: a for a in analyse(text).actors}
    assert actors["Сергей Орлов"].affiliation == "Atlas Capital Markets"
    firm = actors["Atlas Capital Markets"]
    assert firm.kind == "organization" and [text[m.start:m.end] for m in firm.mentions] == ["Atlas Capital Markets"]

"""Russian titles do not repeat the words naming the affiliation given in its own field (session 16, the
coordinator's decision, as English "Russian Foreign Minister" is the title "Foreign Minister" of Russia); words that
are the office itself stay."""
from __future__ import annotations

import pytest

from briefing_app.analysis.lang.ru_titles import without_body
from briefing_app.analysis.pipeline import analyse


def _person(text: str, name: str) -> tuple[str | None, str | None]:
    actor = next(a for a in analyse(text).actors if a.name == name)
    return actor.title, actor.affiliation


@pytest.mark.parametrize("text,name,title,affiliation", [
    ("По словам аналитика Института Африки РАН Дмитрия Бондаренко, выборы пройдут спокойно.", "Дмитрий Бондаренко",
     "аналитик", "Институт Африки РАН"),
    ("Председатель Счётной палаты Алексей Кудрин заявил, что бюджет исполнен.", "Алексей Кудрин", "председатель",
     "Счётная палата"),
    ("Эксперт Евразийского банка развития Ирина Лебедева считает, что рост замедлится.", "Ирина Лебедева", "эксперт",
     "Евразийский банк развития"),
    ("Аналитик компании «Финам» Алексей Калачёв считает, что рубль ослабнет.", "Алексей Калачёв", "аналитик", "Финам"),
    ("Глава «Роснефти» Игорь Сечин заявил, что добыча вырастет.", "Игорь Сечин", "глава", "Роснефть"),
])
def test_a_title_leaves_its_body_to_the_affiliation(text: str, name: str, title: str, affiliation: str) -> None:
    assert _person(text, name) == (title, affiliation)


@pytest.mark.parametrize("text,name,title", [
    # the office itself: a committee's field, a specialist's subject
    ("Глава комитета Госдумы по бюджету Андрей Макаров заявил, что поправки примут.", "Андрей Макаров",
     "глава комитета Госдумы по бюджету"),
    ("Главный внештатный специалист Минздрава по инфекционным болезням Владимир Чуланов заявил, что вакцина есть.",
     "Владимир Чуланов", "главный внештатный специалист Минздрава по инфекционным болезням"),
    ("Министр иностранных дел России Сергей Лавров заявил, что переговоры продолжатся.", "Сергей Лавров",
     "министр иностранных дел"),
])
def test_the_office_itself_stays(text: str, name: str, title: str) -> None:
    assert _person(text, name)[0] == title


def test_only_words_naming_the_affiliation_go() -> None:
    assert without_body("министр МЧС России", ["Россия"]) == "министр МЧС России"  # the ministry is not the country
    assert without_body("председатель Банка России", ["Банк России", "ЦБ"]) == "председатель"
    assert without_body("аналитик из «Альфа-Банка»", ["Альфа-Банк"]) == "аналитик"  # the preposition goes too
    assert without_body("председатель Сената Италии", ["Сенат Италии"]) == "председатель"
    assert without_body("Счётной палаты", ["Счётная палата"]) == "Счётной палаты"  # no role word left: kept whole
    # a body's name in guillemets closing the title, after its kind or its long name
    assert without_body("аналитик «БКС Мир инвестиций»", ["БКС Мир инвестиций"]) == "аналитик"
    assert without_body("исполнительный директор Союза «Национальная фармацевтическая палата»",
                        ["Национальная фармацевтическая палата"]) == "исполнительный директор"
    assert without_body("исполнительный директор Ассоциации производителей кофе и чая «Росчайкофе»",
                        ["Росчайкофе"]) == "исполнительный директор"
    assert without_body("депутат Законодательного собрания от «Яблока»", ["Яблоко"]) \
        == "депутат Законодательного собрания от «Яблока»"  # the party, not the legislature: all stays

"""Russian names across cases and Korean names before titles (analysis/lang)."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from briefing_app.analysis.lang.ko_words import bare
from briefing_app.analysis.lang.ru_countries import country
from briefing_app.analysis.lang.ru_names import key, nominative
from briefing_app.analysis.lang.ru_org_case import org_nominative


@pytest.mark.parametrize("forms", [["Лавров", "Лаврова", "Лаврову", "Лавровым", "Лаврове"],
                                   ["Набиуллина", "Набиуллиной", "Набиуллину"]])
def test_one_key_for_every_case_of_a_family_name(forms: list[str]) -> None:
    assert len({key(f) for f in forms}) == 1


@pytest.mark.parametrize(("forms", "name"), [
    (["Владимира Путина", "Путин"], "Владимир Путин"),
    (["Сергея Лаврова"], "Сергей Лавров"),
    (["Анны Климовой"], "Анна Климова"),
    (["Марии Захаровой"], "Мария Захарова"),
    (["Си Цзиньпина"], "Си Цзиньпин"),
    (["Ван И"], "Ван И"),
])
def test_nominative_of_a_full_name(forms: list[str], name: str) -> None:
    assert nominative(forms) == name


def test_countries_and_organisations() -> None:
    assert country("России") == country("Москвы") == country("Кремль") == "Россия"
    assert country("китайского") == "Китай" and country("Сергей") is None
    assert org_nominative("Счётной палаты") == "Счётная палата"
    assert org_nominative("Центрального банка") == "Центральный банк"


def test_inflected_russian_names_are_one_actor_with_title_and_affiliation() -> None:
    text = ("Министр иностранных дел России Сергей Лавров заявил, что Москва готова к переговорам.\n\n"
            "По словам Лаврова, Запад должен учесть интересы России. «Мы открыты», — сказал Лавров.\n")
    result = analyse(text)
    people = [a for a in result.actors if a.kind == "person"]
    assert [p.name for p in people] == ["Сергей Лавров"]
    assert people[0].title == "министр иностранных дел" and people[0].affiliation == "Россия"
    assert len(people[0].mentions) == 3
    assert {q.speaker for q in result.quotes if q.kind in ("direct", "indirect")} == {"Сергей Лавров"}


def test_korean_name_title_and_surname_alias() -> None:
    text = ("외교부 \"북한 도발 규탄\"\n\n조태열 외교부 장관은 “한미 공조를 강화하겠다”고 말했다. "
            "조 장관은 “대화의 문은 열려 있다”고 덧붙였다.\n")
    result = analyse(text)
    cho = next(a for a in result.actors if a.name == "조태열")
    assert cho.title == "외교부 장관" and cho.affiliation == "외교부" and "조 장관" in cho.aliases
    said = [(q.text, q.speaker) for q in result.quotes if q.kind == "direct"]
    assert said[0] == ("북한 도발 규탄", "외교부")  # the headline's speaker is the ministry
    assert [s for _, s in said[1:]] == ["조태열", "조태열"]
    assert bare("장관은") == "장관" and bare("한국은행") == "한국은행"


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Глава Минэкономразвития Максим Решетников напомнил, что рост экономики замедлился.",
     "рост экономики замедлился", "Максим Решетников"),
    ("Министр Максим Решетников выступил в Думе.\n\nРешетников, по его словам, не видит рисков рецессии.",
     "не видит рисков рецессии", "Максим Решетников"),
    ("Ведомство выступает против новых ограничений, говорится в заявлении МИД России.",
     "Ведомство выступает против новых ограничений", "МИД России"),  # the ministry as the text names it (МИД its alias)
    ("В Минцифры ответили, что законопроект прошёл общественное обсуждение.",
     "законопроект прошёл общественное обсуждение", "Минцифры"),
])
def test_russian_reported_speech(text: str, content: str, speaker: str) -> None:
    found = [(q.text, q.speaker) for q in analyse(text).quotes if q.kind == "indirect"]
    assert (content, speaker) in found, found


def test_russian_title_keeps_its_adjective() -> None:
    text = "«Мы готовы к диалогу», — сказала официальный представитель МИД Мария Захарова.\n"
    zakharova = next(a for a in analyse(text).actors if a.kind == "person")
    assert (zakharova.name, zakharova.title, zakharova.affiliation) == (
        "Мария Захарова", "официальный представитель", "МИД")  # the body in its own field

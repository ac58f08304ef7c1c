"""Russian reported speech by a grammar's list of forms (twenty-first session; sentences written for these tests): each
sentence holds someone's words, so the analyser must find a quote in it; the new forms also name their source."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.kind, q.speaker) for q in analyse(text).quotes if q.kind in ("direct", "indirect")]


@pytest.mark.parametrize("text", [
    "Министр финансов Антон Силуанов сообщил, что бюджет будет исполнен без дефицита.",
    "Глава регулятора отметил, что инфляция замедляется.",
    "Губернатор Андрей Никитин подчеркнул, что дороги отремонтируют до осени.",
    "Президент компании Олег Белозёров добавил, что тарифы вырастут на 10%.",
    "Представитель ведомства уточнил, что проверка продлится месяц.",
    "Директор департамента Игорь Сорокин пояснил, что нормы изменятся с января.",
    "Министр Максим Решетников признал, что рост экономики замедлился.",
    "Экономист Наталья Орлова считает, что ставка останется высокой.",
    "Аналитик Сергей Петров уверен, что цены на бензин продолжат расти.",
    "Эксперт Дмитрий Полевой полагает, что рубль ослабнет.",
    "Председатель ЦБ Эльвира Набиуллина сообщила, что регулятор готов снизить ставку.",
    "Депутаты отметили, что закон нуждается в доработке.",
    "Министр уверена, что реформа нужна.",
    "Министры уверены, что реформа нужна.",
    "Эксперты полагают, что рубль ослабнет.",
    "По словам министра Антона Котякова, безработица остаётся на рекордно низком уровне.",
    "По мнению аналитиков «Альфа-Банка», рубль ослабнет к осени.",
    "Как сообщает пресс-служба правительства, документ уже подписан.",
    "Как заявил глава Минфина Антон Силуанов, налоги повышать не будут.",
    "Агентство Reuters со ссылкой на источники сообщило, что переговоры сорваны.",
    "Министр Антон Силуанов: «Бюджет будет сбалансирован».",
    "«Мы не планируем повышать налоги», — заявила Эльвира Набиуллина.",
    "«Решение уже принято, — сказал министр. — Отступать мы не будем».",
    "«Мы готовы к переговорам», — цитирует ТАСС министра.",
    "Министр готов к переговорам, передаёт ТАСС.",
    "Цены вырастут, утверждают аналитики.",
    "«Компания выполнит все обязательства», — говорится в заявлении.",
    "Компания выполнит все обязательства, говорится в заявлении ведомства.",
    "Дороги отремонтируют до осени. Об этом сообщил губернатор Андрей Никитин.",
    "Глава Сбербанка Герман Греф выразил уверенность, что рынок восстановится.",
    "Министр не исключил, что налоги повысят.",
    "Пресс-секретарь Дмитрий Песков заверил, что Кремль следит за ситуацией.",
    "В Кремле заявили, что не видят угрозы.",
    "Как стало известно РБК, сделка сорвалась.",
])
def test_common_forms_of_reported_speech_are_found(text: str) -> None:
    assert _quotes(text)


@pytest.mark.parametrize("text, source", [
    ("Переговоры зашли в тупик, передаёт «Интерфакс».", "Интерфакс"),
    ("Переговоры зашли в тупик, передает «Интерфакс».", "Интерфакс"),
    ("Переговоры зашли в тупик, сообщает «Интерфакс» со ссылкой на источник.", "Интерфакс"),
    ("Переговоры зашли в тупик, пишет «Коммерсантъ» со ссылкой на источники.", "Коммерсантъ"),
    ("Цены вырастут, пишут «Ведомости».", "Ведомости"),
    ("Цены вырастут, сообщают «Известия» со ссылкой на источники.", "Известия"),
])
def test_an_outlet_named_in_guillemets_after_the_verb_is_the_source(text: str, source: str) -> None:
    """'..., передаёт «Интерфакс».': the outlet relays the words; its name is no quotation (it read as one after
    "передает" and as nothing after "передаёт")."""
    assert _quotes(text) == [("indirect", source)]


@pytest.mark.parametrize("text, source", [
    ("Цены вырастут, сообщил «Интерфаксу» глава компании Иван Петров.", "Иван Петров"),
    ("Цены вырастут, рассказал «Известиям» депутат Иван Петров.", "Иван Петров"),
])
def test_an_outlet_told_is_not_the_source(text: str, source: str) -> None:
    assert _quotes(text) == [("indirect", source)]


@pytest.mark.parametrize("text", [
    "Сообщается, что пострадавших нет.",
    "Как сообщается, пострадавших нет.",
    "Как уточняется, жильцов временно расселили.",
    "Отмечается, что работы завершат к осени.",
    "Также сообщается, что работы завершат к осени.",
    "Кроме того, подчёркивается, что новые нормы вступят в силу в январе.",
])
def test_impersonal_verbs_of_saying_report_words(text: str) -> None:
    assert [k for k, _ in _quotes(text)] == ["indirect"]


def test_impersonal_words_are_the_source_quoted_last() -> None:
    text = ("Пожар в доме на улице Ленина потушили к утру, сообщила пресс-секретарь МЧС Анна Орлова.\n\n"
            "Сообщается, что пострадавших нет.")
    quotes = [q for q in analyse(text).quotes if q.kind == "indirect"]
    last = next(q for q in quotes if "пострадавших" in q.text)
    assert last.speaker == "Анна Орлова"


@pytest.mark.parametrize("text", [
    "Отмечается рост цен на жильё.",
    "Сообщается о двух пострадавших.",
])
def test_an_impersonal_verb_with_no_clause_reports_no_words(text: str) -> None:
    assert not _quotes(text)


@pytest.mark.parametrize("text, source", [
    ("Как сообщает ТАСС, переговоры прошли успешно.", "ТАСС"),
    ("Как сообщает РБК, переговоры в Москве прошли успешно.", "РБК"),
    ("Как сообщил РИА Новости, стороны договорились.", "РИА Новости"),
    ("Как рассказал ТАСС глава компании Иван Петров, сделка закрыта.", "Иван Петров"),
])
def test_an_indeclinable_outlet_after_kak_reports_unless_a_source_follows(text: str, source: str) -> None:
    """'Как сообщает ТАСС, ...': the agency reports (it read as the one told, and the sentence gave nothing)."""
    assert _quotes(text) == [("indirect", source)]


@pytest.mark.parametrize("text, outlet", [
    ("Как сообщает «Парламентская газета», второе чтение пройдёт на следующей неделе.", "Парламентская газета"),
    ("Как пишет «Коммерсант» со ссылкой на участников рынка, производители ждали повышения.", "Коммерсант"),
    ("Цены вырастут, передаёт «Интерфакс».", "Интерфакс"),
])
def test_an_outlet_that_reports_is_an_actor_and_no_quotation(text: str, outlet: str) -> None:
    result = analyse(text)
    assert any(a.name == outlet and a.kind == "organization" for a in result.actors)
    assert not any(q.kind == "direct" and q.text == outlet for q in result.quotes)


def test_an_outlet_told_is_no_actor() -> None:
    result = analyse("Цены вырастут, рассказал «Известиям» депутат Иван Петров.")
    assert not any(a.name.startswith("Известия") for a in result.actors)

"""Russian reported speech, twenty-fourth session (sentences written for these tests): forms a hand reading of the tuned
Russian articles found missed, each general in news Russian — a source after the words that opens with an adjective
of rank ("..., заявила официальный представитель МИД X"), a body named by its kind after adjectives ("Счётная палата
указала, что"), the imperfective of a call or a proposal ("ранее призывал регулятор смягчить политику"), "one of a
group" as the subject ("Один из авторов законопроекта заявил", "Главный экономист одного из банков считает"), and a
body whose name ends in "-не" before "подтвердили" (read as the negation "не")."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse

INTRO = "Министр финансов Иван Сидоров в пятницу провёл совещание. "


def _quotes(text: str) -> list[tuple[str, str | None, str, str | None]]:
    return [(q.kind, q.speaker, text[q.start:q.end], q.mention.text if q.mention else None)
            for q in analyse(text).quotes if q.kind in ("direct", "indirect")]


@pytest.mark.parametrize("sentence, speaker, mention", [
    ("Пошлины на зерно отменят с марта, заявила официальный представитель министерства Анна Белова на брифинге в среду.",
     "Анна Белова", "официальный представитель министерства Анна Белова"),
    ("Завод в Липецке закроют на ремонт, сообщил генеральный директор компании Олег Ветров.",
     "Олег Ветров", "генеральный директор компании Олег Ветров"),
    ("Завод в Липецке закроют на ремонт, сообщил первый заместитель министра Олег Ветров.",
     "Олег Ветров", "первый заместитель министра Олег Ветров"),
    ("Сообщил генеральный директор компании Олег Ветров, что завод закроют на ремонт.",
     "Олег Ветров", "генеральный директор компании Олег Ветров"),
])
def test_a_source_after_the_words_may_open_with_an_adjective_of_rank(sentence: str, speaker: str, mention: str) -> None:
    assert any(kind == "indirect" and who == speaker and m == mention for kind, who, _, m in _quotes(sentence))


@pytest.mark.parametrize("sentence", [
    "Цены вырастут, сообщил новый отчёт.",  # an adjective before a thing, no title: nobody speaks
    "Завод закроют, сообщил прошлый год.",
])
def test_an_adjective_before_no_title_is_no_source(sentence: str) -> None:
    assert _quotes(sentence) == []


@pytest.mark.parametrize("sentence, body", [
    ("Счётная палата в своём отчёте указала, что программа выполнена лишь наполовину.", "Счётная палата"),
    ("Центральная избирательная комиссия сообщила, что явка превысила половину.", "Центральная избирательная комиссия"),
    ("Следственный комитет сообщил, что возбудил уголовное дело.", "Следственный комитет"),
    ("Городская дума заявила, что бюджет сбалансирован.", "Городская дума"),
    ("Налоговая инспекция уточнила, что штраф не взыщут.", "Налоговая инспекция"),
])
def test_a_body_named_by_its_kind_after_adjectives_speaks(sentence: str, body: str) -> None:
    assert any(kind == "indirect" and who == body for kind, who, _, _ in _quotes(sentence))


@pytest.mark.parametrize("sentence, words", [
    ("Сидоров ранее призывал регулятор смягчить политику.", "регулятор смягчить политику"),
    ("Сидоров не раз предлагал ввести налог на роскошь.", "ввести налог на роскошь"),
    ("Сидоров требовал повысить зарплаты учителям.", "повысить зарплаты учителям"),
])
def test_the_imperfective_of_a_call_a_proposal_or_a_demand_reports_speech(sentence: str, words: str) -> None:
    assert ("indirect", "Иван Сидоров", words, "Сидоров") in _quotes(INTRO + sentence)


@pytest.mark.parametrize("sentence, mention", [
    ("Один из авторов законопроекта заявил, что штрафы придётся повысить.", "Один из авторов законопроекта"),
    ("Главный экономист одного из крупных банков считает, что штрафы придётся повысить.",
     "экономист одного из крупных банков"),
    ("Губернатор одного из северных регионов в ответ заявил, что штрафы придётся повысить.",
     "Губернатор одного из северных регионов"),
    ("Представитель одной из компаний сообщил, что штрафы придётся повысить.", "Представитель одной из компаний"),
])
def test_one_of_a_group_speaks_unnamed(sentence: str, mention: str) -> None:
    assert ("indirect", None, "штрафы придётся повысить", mention) in _quotes(sentence)


@pytest.mark.parametrize("sentence, body", [
    ("В Минфине подтвердили получение письма.", "Минфин"),
    ("В Минфине опровергли эту информацию.", "Минфин"),
])
def test_a_body_whose_name_ends_in_ne_confirms_or_denies(sentence: str, body: str) -> None:
    assert any(kind == "indirect" and who == body for kind, who, _, _ in _quotes(sentence))


def test_a_refusal_to_confirm_is_still_no_speech() -> None:
    assert _quotes("В Минфине не подтвердили получение письма.") == []


@pytest.mark.parametrize("sentence", [
    "Сидоров написал в Telegram: дефицит сократится к осени.",
    "Сидоров написал в своём Telegram-канале: дефицит сократится к осени.",
    "Сидоров написал в соцсетях: дефицит сократится к осени.",
])
def test_where_the_words_were_written_may_stand_before_the_colon(sentence: str) -> None:
    assert ("indirect", "Иван Сидоров", "дефицит сократится к осени", "Сидоров") in _quotes(INTRO + sentence)


def test_first_between_the_subject_and_its_verb() -> None:
    text = "Сбербанк первым объявил о снижении ставок по вкладам."
    assert any(kind == "indirect" and who == "Сбербанк" for kind, who, _, _ in _quotes(text))


@pytest.mark.parametrize("sentence, mention", [
    ("Ссылаясь на источники, издание пишет, что сделку закроют в марте.", "издание"),
    ("Ссылаясь на источники в правительстве, газета пишет, что сделку закроют в марте.", "газета"),
])
def test_an_outlet_by_its_kind_after_citing_its_sources(sentence: str, mention: str) -> None:
    assert ("indirect", None, "сделку закроют в марте", mention) in _quotes(sentence)

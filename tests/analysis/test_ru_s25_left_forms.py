"""Russian and Korean reported speech, twenty-fifth session (sentences written for these tests): the forms session 24
left — a metonym named in the prepositional ("В Кремле заявили") speaks as the actor it stands for, not as "Кремле";
a line of dialogue opened by a dash inside a paragraph ("... выросли. — Мы готовы, — сказал он."); an outlet's acronym
or name between a verb of saying and a colon ("заявил в интервью ТАСС: ..."); an ordinal adverb between a subject and
its verb ("ВТБ вторым объявил"); a pronoun speaker is no place named by an adjective and a noun ("на Ближнем Востоке");
"пенсионерка" before a name is her title."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


def _speech(text: str) -> list[tuple[str, str | None, str, str | None]]:
    return [(q.kind, q.speaker, text[q.start:q.end], q.mention.text if q.mention else None)
            for q in analyse(text).quotes if q.kind in ("direct", "indirect")]


@pytest.mark.parametrize("sentence, speaker, mention", [
    ("В Кремле заявили, что Москва не примет условия соседей.", "Россия", "Кремле"),
    ("В Вашингтоне считают, что пошлины помогут заводам.", "США", "Вашингтоне"),
    ("В Пекине заявили, что переговоры продолжатся в мае.", "Китай", "Пекине"),
])
def test_a_metonym_in_the_prepositional_speaks_as_its_actor(sentence: str, speaker: str, mention: str) -> None:
    found = _speech(sentence)
    assert found and all(kind == "indirect" and who == speaker and m == mention for kind, who, _, m in found), found


def test_the_nominative_metonym_speaks_as_the_same_actor() -> None:
    a = _speech("В Кремле заявили, что визит не планируется.")
    b = _speech("Кремль заявил, что визит не планируется.")
    assert a and b and a[0][1] == b[0][1] == "Россия"


@pytest.mark.parametrize("text, words, speaker", [
    ("Министр транспорта Олег Рябов осмотрел новый мост. — Движение откроем в декабре, — сказал Рябов журналистам.",
     ["Движение откроем в декабре"], "Олег Рябов"),
    ("Министр транспорта Олег Рябов осмотрел новый мост. – Работы идут по графику, – заявил министр. – Сроки не сдвинутся.",
     ["Работы идут по графику", "Сроки не сдвинутся"], "Олег Рябов"),
    ("Губернатор Анна Лесная приехала на завод! — Мы сохраним все рабочие места, — пообещала Лесная.",
     ["Мы сохраним все рабочие места"], "Анна Лесная"),
])
def test_a_dash_line_inside_a_paragraph_is_a_direct_quote(text: str, words: list[str], speaker: str) -> None:
    direct = [(who, w) for kind, who, w, _ in _speech(text) if kind == "direct"]
    assert direct == [(speaker, w) for w in words]


@pytest.mark.parametrize("text", [
    "Вокзал закрыли на ремонт. — ред.",  # a dash after a full stop with no attribution
    "Итоги года подведены. — Москва: Наука, 2020, — сказано в каталоге библиотеки о книге.",  # no verb of saying first
])
def test_a_dash_after_a_full_stop_without_an_attribution_is_no_quote(text: str) -> None:
    assert not [k for k, *_ in _speech(text) if k == "direct"]


@pytest.mark.parametrize("sentence, words", [
    ("Министр финансов Олег Рябов заявил в интервью ТАСС: дефицит бюджета сократится вдвое.", "дефицит бюджета сократится вдвое"),
    ("Глава банка Анна Лесная сказала РБК: ставки по вкладам снизятся к осени.", "ставки по вкладам снизятся к осени"),
    ("Министр финансов Олег Рябов рассказал «Известиям»: налоги повышать не будут.", "налоги повышать не будут"),
])
def test_an_outlet_between_the_verb_and_a_colon(sentence: str, words: str) -> None:
    assert ("indirect", words) in [(kind, w) for kind, _, w, _ in _speech(sentence)]


@pytest.mark.parametrize("sentence, speaker", [
    ("ВТБ вторым объявил о снижении ставок по ипотеке.", "ВТБ"),
    ("Альфа-банк последним объявил, что снизит ставки по вкладам.", "Альфа-банк"),
])
def test_an_ordinal_adverb_between_the_subject_and_its_verb(sentence: str, speaker: str) -> None:
    assert [who for kind, who, _, _ in _speech(sentence)] == [speaker]



@pytest.mark.parametrize("place", ["на Ближнем Востоке", "в Южной Корее", "в Российской Федерации"])
def test_a_pronoun_speaker_is_no_place_named_by_an_adjective(place: str) -> None:
    text = (f"Министр Олег Рябов провёл переговоры с коллегами. Стороны обсудили торговлю {place}. "
            "«Мы готовы продолжить консультации», — заявил он.")
    result = analyse(text)
    assert [q.speaker for q in result.quotes if q.kind == "direct"] == ["Олег Рябов"]
    assert [a.name for a in result.actors if a.kind == "person"] == ["Олег Рябов"]


def test_a_state_of_mind_is_read_from_its_first_word() -> None:
    text = "Жители посёлка, впрочем, настроены скептически."
    assert [w for kind, _, w, _ in _speech(text) if kind == "indirect"] == ["скептически"]


@pytest.mark.parametrize("text, name, title", [
    ("«Пенсию опять задержали», — говорит пенсионерка Вера Кольцова.", "Вера Кольцова", "пенсионерка"),
    ("Пенсионер Иван Дронов считает, что тариф завышен.", "Иван Дронов", "пенсионер"),
])
def test_a_pensioner_before_a_name_is_a_title(text: str, name: str, title: str) -> None:
    assert [(a.name, a.title) for a in analyse(text).actors if a.kind == "person"] == [(name, title)]

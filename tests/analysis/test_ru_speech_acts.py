"""The Russian quote-sentence convention of the sixteenth session (tests/data/actors/score.py): a sentence that attributes
content to a source by an anaphor ("Об этом сообщил X", "Это подтвердили в X", "Такое мнение высказал X") is a quote
sentence itself, with the sentence it points to; a stance stated as an act of speech ("выступил против X", "направил
запрос", "направил письмо с требованием", "обратилось к X с просьбой") is a quote sentence whose source is the actor.
Near misses: a thing that shows something ("Об этом говорит рост цен"), a talk with no stance ("выступил на форуме"), a
player's team ("выступил за сборную"), a bill's provision ("Законопроект предусматривает"), an unanswered request."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from briefing_app.core.model import Quote


def _speech(text: str) -> list[Quote]:
    return [q for q in analyse(text).quotes if q.kind in ("direct", "indirect")]


def _holding(text: str, words: str) -> list[Quote]:
    at = text.index(words)
    return [q for q in _speech(text) if q.start <= at < q.end]


@pytest.mark.parametrize("text,anaphor,speaker", [
    ("Цены на бензин вырастут на 10%. Об этом сообщил министр энергетики Сергей Цивилёв.", "Об этом", "Сергей Цивилёв"),
    ("Завод в Тольятти закроют в мае. Об этом на встрече с рабочими заявил губернатор Вячеслав Федорищев.", "Об этом",
     "Вячеслав Федорищев"),
    ("Школы перейдут на пятидневку с сентября. Об этом сообщили в региональном министерстве образования.", "Об этом",
     None),
    ("Рейсы в Анталью отменят до конца месяца. Это подтвердили в Росавиации.", "Это подтвердили", "Росавиация"),
    ("Тарифы на проезд вырастут на пять рублей. Это подтвердил мэр Омска Сергей Шелест.", "Это подтвердил",
     "Сергей Шелест"),
    ("Ставку стоит снизить уже в марте. Такое мнение высказал экономист Олег Ким.", "Такое мнение", "Олег Ким"),
])
def test_an_anaphor_sentence_is_a_quote_sentence_with_the_one_before(text: str, anaphor: str, speaker: str | None) -> None:
    found = _holding(text, anaphor)
    assert found, text
    assert text.index(anaphor) > found[0].start == 0  # one span: the content and the sentence that attributes it
    if speaker is not None:
        assert found[0].speaker == speaker


@pytest.mark.parametrize("text,words", [
    ("Цены на жильё в Казани выросли на 12%. Об этом говорит рост числа сделок.", "Об этом"),
    ("Цены на жильё в Казани выросли на 12%. Это подтверждает рост числа сделок.", "Это подтверждает"),
    ("Снег выпал в Москве в октябре. Это подтвердили данные метеостанций.", "Это подтвердили"),
])
def test_a_thing_that_shows_something_is_no_source(text: str, words: str) -> None:
    assert not _speech(text), text


@pytest.mark.parametrize("text,words,speaker", [
    ("Против инициативы выступил Союз производителей молока.", "Против", "Союз производителей молока"),
    ("Депутат Мария Кузнецова выступила против повышения тарифов.", "против", "Мария Кузнецова"),
    ("Министр финансов Антон Силуанов выступил за отмену пошлины.", "за отмену", "Антон Силуанов"),
    ("Депутат Ирина Фетисова направила запрос в прокуратуру.", "запрос", "Ирина Фетисова"),
    ("Профсоюз «Горняк» направил в министерство письмо с требованием проверить шахты.", "письмо", "Горняк"),
    ("Глава района Пётр Орлов направил губернатору обращение с просьбой выделить средства.", "обращение", "Пётр Орлов"),
    ("Правительство Мозамбика обратилось к России с просьбой помочь с ремонтом дороги.", "с просьбой",
     "Правительство Мозамбика"),
])
def test_a_stance_stated_as_an_act_of_speech_is_a_quote_sentence(text: str, words: str, speaker: str) -> None:
    found = _holding(text, words)
    assert found and found[0].speaker == speaker, text


@pytest.mark.parametrize("text,group", [
    ("Крупнейшие нефтяные компании направили в правительство письмо с просьбой отложить налог.", "Крупнейшие нефтяные компании"),
    ("Фермеры выступили против повышения пошлины.", "Фермеры"),
])
def test_a_group_no_name_stands_for_is_the_source_of_its_stance(text: str, group: str) -> None:
    found = _speech(text)
    assert found and found[0].mention is not None and found[0].mention.text == group, text


@pytest.mark.parametrize("text", [
    "Министр финансов Антон Силуанов выступил на форуме в Казани.",
    "Нападающий Иван Петров выступил за сборную России.",
    "Нападающий Иван Петров выступил против соперника неудачно.",
    "Пациент Иван Петров обратился к врачу в понедельник.",
    "Следователь Иван Петров направил дело в суд.",
    "В Росавиации на запрос не ответили.",
    "Законопроект предусматривает, что магазины будут платить штраф до 300 тысяч рублей.",
])
def test_near_misses_of_a_stated_stance_are_no_quote(text: str) -> None:
    assert not _speech(text), text


@pytest.mark.parametrize("text,group", [
    ("Цены на кофе вырастут на 15%. Об этом «Ведомостям» рассказали три участника рынка, получившие письма поставщиков.",
     "три участника рынка"),
    ("Сделку закроют в мае. Об этом сообщили несколько банкиров, знакомых с ходом переговоров.", "несколько банкиров"),
])
def test_a_counted_group_after_an_anaphor_ends_before_its_clause(text: str, group: str) -> None:
    found = _holding(text, "Об этом")
    assert found and found[0].mention is not None and found[0].mention.text == group

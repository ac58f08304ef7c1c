"""Russian reported speech, twenty-ninth session (sentences written for these tests, none from the probe): the classes the
fourth written probe (tests/data/ru_probe, batch s29) missed — a plural noun of people opening the sentence before a
stance only people hold (ru_stance.plural_people: "Педиатры забили тревогу", "Учёные раскритиковали"; by the ending
and the verb, not a list of words), an active participle of saying set off after its subject (ru_participles), a
question asked (ru_asked), the passive as an aside and words said aloud with nobody named ("Как было отмечено на
совещании, ...", "прозвучало, что"), "Так прокомментировал <object> <title> X" (the source after the object), a
warning on a noun ("предостерёг от"), and where the subject wrote between it and its verb ("в своём Telegram-канале")."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from briefing_app.analysis.lang.ru_stance import plural_people


def _said(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.kind, q.speaker, q.mention.text if q.mention else None) for q in analyse(text).quotes
            if q.kind in ("direct", "indirect")]


@pytest.mark.parametrize("text, mention", [
    ("Пульмонологи раскритиковали запрет на вейпы.", "Пульмонологи"),
    ("Кондитеры пожаловались на цены на какао.", "Кондитеры"),
    ("Судоходы раскритиковали новые тарифы порта.", "Судоходы"),
    ("Пострадавшие недовольны размером выплат.", "Пострадавшие"),
    ("Онкологи забили тревогу из-за нехватки препаратов.", "Онкологи"),
])
def test_a_plural_noun_of_people_before_a_stance(text: str, mention: str) -> None:
    assert [(k, m) for k, _, m in _said(text)] == [("indirect", mention)]


@pytest.mark.parametrize("text", [
    "Данные указывают на спад производства.",  # (a stance a thing holds too: no group)
    "Цены поддерживают рост инфляции.",
    "Налоги выросли вдвое.",
    "Итоги года раскритиковали все.",  # (the object first)
])
def test_a_thing_before_a_stance_is_no_group(text: str) -> None:
    assert _said(text) == []


def test_plural_people_reads_the_ending_and_the_verb() -> None:
    assert plural_people("Педиатры", "забили тревогу")
    assert plural_people("Учителя", "недовольны")
    assert not plural_people("Педиатр", "раскритиковал")  # (one person: the other rules name him)
    assert not plural_people("Данные", "указывают")  # (a stance a thing holds too)
    assert not plural_people("Врачи", "раскритиковал")  # (a singular verb)


@pytest.mark.parametrize("text, mention", [
    ("Министр энергетики Олег Рябцев, ранее утверждавший, что цены не вырастут, признал ошибку.", "Олег Рябцев"),
    ("Депутаты, потребовавшие отставки мэра, собрали подписи.", "Депутаты"),
    ("Профсоюз, пригрозивший забастовкой, сел за стол переговоров.", "Профсоюз"),
    ("Губернатор Анна Лисина, пообещавшая избирателям новую больницу, уехала в Москву.", "Анна Лисина"),
])
def test_a_participle_of_saying(text: str, mention: str) -> None:
    assert [(k, m) for k, _, m in _said(text)] == [("indirect", mention)]


@pytest.mark.parametrize("text", [
    "Губернатор, прибывший в район, осмотрел мост.",  # (a participle of no saying)
    "Министр, подписавший указ о реформе, уехал в Москву.",
])
def test_a_participle_of_no_saying(text: str) -> None:
    assert _said(text) == []


@pytest.mark.parametrize("text, mention", [
    ("Жители спрашивают, когда починят лифт.", "Жители"),
    ("Журналисты поинтересовались у губернатора, будет ли повышен налог.", "Журналисты"),
    ("Сенатор Ирина Белова спросила главу ведомства, сколько стоил проект.", "Ирина Белова"),
])
def test_a_question_asked(text: str, mention: str) -> None:
    assert [(k, m) for k, _, m in _said(text)] == [("indirect", mention)]


@pytest.mark.parametrize("text", [
    "Никто не спросил, почему мост закрыт.",  # (negated)
    "Министр спросил о планах.",  # (no clause of words)
    "Меня интересует, почему мост закрыт.",  # (no asker named before the verb)
])
def test_no_question_asked(text: str) -> None:
    assert _said(text) == []


@pytest.mark.parametrize("text", [
    "Как было объявлено в понедельник, выборы пройдут в сентябре.",
    "Как было подчёркнуто на коллегии, долги надо вернуть до лета.",
    "На совещании прозвучало, что дорогу сдадут с опозданием.",
])
def test_the_passive_as_an_aside_and_words_said_aloud(text: str) -> None:
    assert [(k, s) for k, s, _ in _said(text)] == [("indirect", None)]


@pytest.mark.parametrize("text", [
    "Как было сказано выше, доходы выросли.",  # (the writer's cross-reference)
    "В зале прозвучал гимн.",
    "Было решено, что мост закроют.",  # (a decision, no words)
])
def test_passives_that_report_no_words(text: str) -> None:
    assert _said(text) == []


def test_thus_commented_with_the_object_first() -> None:
    said = _said("«Это провокация». Так ответил на вопрос журналистов глава района Игорь Седов.")
    assert said and all(s == "Игорь Седов" for _, s, _ in said)
    assert _said("Мост закрыли. Так решил суд.") == []


def test_a_warning_on_a_noun() -> None:
    assert [(k, m) for k, _, m in _said("Эксперты предостерегают от паники на рынке.")] == [("indirect", "Эксперты")]


def test_where_the_subject_wrote() -> None:
    assert [(k, s) for k, s, _ in _said("Депутат Иван Орлов на своей странице написал, что закон ошибочен.")] == [
        ("indirect", "Иван Орлов")]


@pytest.mark.parametrize("text", [
    "Воды нет уже неделю, рассказала одна из жительниц.",
    "Воды нет уже неделю, рассказала «Фонтанке» одна из жительниц.",
    "Цены вырастут, признался один из участников рынка.",
])
def test_one_of_a_group_after_an_inverted_verb(text: str) -> None:
    assert [(k, s) for k, s, _ in _said(text)] == [("indirect", None)]
    assert _said(text)[0][2].startswith(("одна из", "один из"))


@pytest.mark.parametrize("text, mention", [
    ("В министерстве эту информацию опровергли.", "министерстве"),
    ("В поликлинике факт задержки подтвердили.", "поликлинике"),
    ("Сотрудники ведомства подтвердили информацию «Ведомостям».", "Сотрудники"),
])
def test_a_confirmation_or_denial_by_a_body_or_a_group(text: str, mention: str) -> None:
    assert [(k, m) for k, _, m in _said(text)] == [("indirect", mention)]


@pytest.mark.parametrize("text", ["Анализы подтвердили диагноз.", "Данные подтвердили прогноз."])
def test_a_thing_confirmed_by_a_thing(text: str) -> None:
    assert _said(text) == []


@pytest.mark.parametrize("text, mention", [
    ("Об аварии «Фонтанке» сообщили местные жители.", "местные жители"),
    ("О переносе сроков рассказали в администрации района.", "администрации района"),
    ("Об отставке министра сообщает ТАСС.", "ТАСС"),
])
def test_the_topic_first_then_the_source(text: str, mention: str) -> None:
    assert [(k, m) for k, _, m in _said(text)] == [("indirect", mention)]


@pytest.mark.parametrize("text", ["О кризисе говорит рост цен.", "О погоде в выходные мы расскажем позже."])
def test_a_topic_first_with_no_source(text: str) -> None:
    assert _said(text) == []

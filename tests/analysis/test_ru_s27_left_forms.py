"""Russian reported speech, twenty-seventh session (sentences written for these tests): the forms the written probe
(tests/data/ru_probe) left — a verb of habit, haste or refusal before an infinitive of saying ("любит повторять, что",
"поспешил заверить, что", "отказались признать, что"); a person "был краток:" before a quotation; the verb first with
its topic after "о" and its source after "и" ("Заявил о намерении ... и X"); "по его собственным словам"; a verb of
saying opening its clause before a quotation ("Как выразился X, «Q»", "Рассказывает X: «Q»") — and sources: a unit's
acronym chain ("пресс-служба ГУ МЧС" -> ГУ МЧС), an outlet's sources ("Источники «Ведомостей»": nobody named, not the
outlet) and a sentence opening with whom its subject cites ("Со ссылкой на источники «Известия» пишут" -> Известия)."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


def _speech(text: str) -> list[tuple[str, str | None, str, str | None]]:
    return [(q.kind, q.speaker, text[q.start:q.end], q.mention.text if q.mention else None)
            for q in analyse(text).quotes if q.kind in ("direct", "indirect")]


@pytest.mark.parametrize("sentence, speaker, words", [
    ("Политолог Андрей Гусев любит повторять, что выборы выигрывают на местах.", "Андрей Гусев",
     "выборы выигрывают на местах"),
    ("Директор завода Ирина Белова не устаёт напоминать, что цех загружен на треть.", "Ирина Белова",
     "цех загружен на треть"),
    ("Глава района Пётр Лунин поспешил заверить жителей, что воду дадут к вечеру.", "Пётр Лунин",
     "воду дадут к вечеру"),
    ("Тренер Олег Сомов любил говорить, что игру делают защитники.", "Олег Сомов", "игру делают защитники"),
])
def test_an_infinitive_of_saying_after_a_verb_of_habit_or_haste(sentence: str, speaker: str, words: str) -> None:
    assert [(kind, who, said) for kind, who, said, _ in _speech(sentence)] == [("indirect", speaker, words)]


def test_a_body_refusing_to_admit_speaks_through_its_plural_verb() -> None:
    found = _speech("В Минтрансе отказались признать, что сроки ремонта сорваны.")
    assert [(kind, said) for kind, _, said, _ in found] == [("indirect", "сроки ремонта сорваны")]
    assert found[0][3] == "Минтрансе"


@pytest.mark.parametrize("sentence", [
    "Губернатор отказался подтвердить, что сделка закрыта.",  # a refusal to confirm says nothing
    "Он любит повторять одни и те же шутки.",  # no words reported
    "Она любит гулять по набережной, что всем известно.",
    "Мэр Игорь Седов не любит говорить, что город в долгах.",  # a "не" before the habit denies the saying
    "Глава района Пётр Лунин не поспешил заверить жителей, что воду дадут к вечеру.",
])
def test_no_words_without_an_infinitive_of_saying_or_admitting(sentence: str) -> None:
    assert not _speech(sentence)


@pytest.mark.parametrize("text, speaker", [
    ("Министр транспорта Олег Рыбин вышел к журналистам. Министр был краток: «Мост откроют в срок».", "Олег Рыбин"),
    ("Директор школы Анна Лебедева была категорична: «Никаких поборов не будет».", "Анна Лебедева"),
    ("Капитан команды Сергей Панов был немногословен: «Мы проиграли заслуженно».", "Сергей Панов"),
])
def test_a_person_was_brief_then_a_colon_and_a_quotation(text: str, speaker: str) -> None:
    assert [(kind, who) for kind, who, _, _ in _speech(text)] == [("direct", speaker)]


@pytest.mark.parametrize("text", [
    "Итог был таков: «Проект закрыт».",  # no person before "был"
    "Вывод комиссии был однозначен: «Нарушений нет».",
])
def test_a_thing_was_brief_is_no_speaker(text: str) -> None:
    assert all(kind != "direct" or who is None for kind, who, _, _ in _speech(text))


@pytest.mark.parametrize("sentence, speaker, words", [
    ("Заявил о намерении баллотироваться и действующий глава района Пётр Сидоренко.", "Пётр Сидоренко",
     "о намерении баллотироваться"),
    ("Высказался за отмену транспортного налога и министр финансов региона Игорь Белов.", "Игорь Белов",
     "за отмену транспортного налога"),
    ("Предупредил о росте тарифов и глава «Водоканала» Павел Орлов.", "Павел Орлов", "о росте тарифов"),
])
def test_the_verb_first_with_its_topic_and_the_source_after_and(sentence: str, speaker: str, words: str) -> None:
    assert [(kind, who, said) for kind, who, said, _ in _speech(sentence)] == [("indirect", speaker, words)]


def test_the_verb_first_of_an_interview_is_no_words() -> None:
    assert not _speech("Рассказал о планах на сезон и главный тренер клуба Олег Сомов.")


@pytest.mark.parametrize("text, words", [
    ("Нина Кравец возглавила театр в мае. По её собственным словам, труппа встретила её настороженно.",
     "труппа встретила её настороженно"),
    ("Олег Рябов ушёл из клуба. По его же словам, решение созрело давно.", "решение созрело давно"),
    ("Нина Кравец не ждала победы. По её собственному признанию, она готовилась к худшему.", "она готовилась к худшему"),
    ("Олег Рябов объявил об уходе. Решение далось непросто, по его собственным словам.", "Решение далось непросто"),
])
def test_by_his_own_words(text: str, words: str) -> None:
    assert words in [said for kind, _, said, _ in _speech(text) if kind == "indirect"]


@pytest.mark.parametrize("text, speaker", [
    ("Как выразился Владимир Путин, «время деклараций прошло».", "Владимир Путин"),
    ("Как однажды заметила Анна Лебедева, «школа не склад».", "Анна Лебедева"),
    ("Рассказывает местный житель Игорь Дроздов: «Вода пришла ночью».", "Игорь Дроздов"),
    ("Поясняет директор музея Пётр Лунин: «Цех строили всем городом».", "Пётр Лунин"),
])
def test_a_verb_opening_its_clause_before_a_quotation(text: str, speaker: str) -> None:
    assert ("direct", speaker) in [(kind, who) for kind, who, _, _ in _speech(text)]


@pytest.mark.parametrize("text, speaker", [
    ("В Томске загорелся склад. Сообщила об этом пресс-служба ГУ МЧС по региону.", "ГУ МЧС"),
    ("Пресс-служба ГУ МВД по Самарской области сообщила, что подозреваемый задержан.", "ГУ МВД"),
])
def test_a_units_acronym_chain_is_the_whole_body(text: str, speaker: str) -> None:
    found = _speech(text)
    assert found and all(who and who.startswith(speaker) for _, who, _, _ in found)


@pytest.mark.parametrize("sentence, mention", [
    ("Источники «Ведомостей» утверждают, что сделка сорвалась.", "Источники «Ведомостей»"),
    ("Собеседник «Коммерсанта» уточнил, что сделку отложили.", "Собеседник «Коммерсанта»"),
])
def test_an_outlets_sources_are_nobody_named(sentence: str, mention: str) -> None:
    assert [(kind, who, men) for kind, who, _, men in _speech(sentence)] == [("indirect", None, mention)]


@pytest.mark.parametrize("sentence, speaker", [
    ("Со ссылкой на источники «Известия» пишут, что отставка неизбежна.", "Известия"),
    ("Со ссылкой на источники РБК пишет, что отставка неизбежна.", "РБК"),
    ("Ссылаясь на собственные источники, «Коммерсант» пишет, что сделку закроют в мае.", "Коммерсант"),
])
def test_a_sentence_opening_with_whom_its_subject_cites(sentence: str, speaker: str) -> None:
    assert [(kind, who) for kind, who, _, _ in _speech(sentence)] == [("indirect", speaker)]

"""Russian reported speech, twenty-seventh session (sentences written for these tests): the groups of misses of the second
written probe (tests/data/ru_probe, batch s27: interviews, court, sports, culture, regional and Telegram-style news) —
an adverb of manner before a dialogue tag ("— коротко прокомментировал X"), an outlet told inside a dialogue tag ("—
заявила «Известиям» X"), a group as a clause's subject ("Организаторы фестиваля обещают, что", "..., потому что
турецкая сторона потребовала ..."), a title before a place in the genitive as the subject ("Губернатор Кузбасса
заявил"), the venue "в своём Telegram-канале" after a tag's source, and "обещают, что", "советуют + infinitive"."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


def _speech(text: str) -> list[tuple[str, str | None, str, str | None]]:
    return [(q.kind, q.speaker, text[q.start:q.end], q.mention.text if q.mention else None)
            for q in analyse(text).quotes if q.kind in ("direct", "indirect")]


@pytest.mark.parametrize("text, speaker", [
    ("«Это провал», — коротко прокомментировал итоги выборов политолог Аркадий Минц.", "Аркадий Минц"),
    ("«Мы справимся», — уверенно заявил директор завода Павел Гусев.", "Павел Гусев"),
    ("— Нам не хватило сил, — честно признался тренер Олег Сомов.", "Олег Сомов"),
])
def test_an_adverb_of_manner_before_a_dialogue_tag(text: str, speaker: str) -> None:
    assert [(kind, who) for kind, who, _, _ in _speech(text)] == [("direct", speaker)]


def test_an_outlet_told_inside_a_dialogue_tag() -> None:
    found = _speech("— Мы будем судиться до конца, — заявила «Известиям» мать погибшего Валентина Руденко.")
    assert [(kind, who, said) for kind, who, said, _ in found] == [("direct", "Валентина Руденко",
                                                                    "Мы будем судиться до конца")]


@pytest.mark.parametrize("sentence, mention, words", [
    ("Организаторы фестиваля обещают, что концерты пройдут при любой погоде.", "Организаторы фестиваля",
     "концерты пройдут при любой погоде"),
    ("Переговоры сорвались, потому что турецкая сторона потребовала пересмотреть цену.", "турецкая сторона",
     "пересмотреть цену"),
    ("Школу не закрыли, поскольку родители пообещали обратиться в прокуратуру.", "родители", "обратиться в прокуратуру"),
    ("Жители улицы Садовой жалуются, что мусор не вывозят неделю.", "Жители улицы Садовой", "мусор не вывозят неделю"),
])
def test_a_group_as_a_clauses_subject(sentence: str, mention: str, words: str) -> None:
    assert [(kind, who, said, men) for kind, who, said, men in _speech(sentence)] == [("indirect", None, words, mention)]


def test_a_group_of_a_body_keeps_the_body_as_speaker() -> None:
    found = _speech("Аналитики Райффайзенбанка прогнозируют, что доллар подорожает.")
    assert [(kind, who, men) for kind, who, _, men in found] == [("indirect", "Райффайзенбанк", "Аналитики Райффайзенбанка")]


@pytest.mark.parametrize("text, mention", [
    ("Губернатор Кузбасса заявил, что шахту закроют.", "Губернатор Кузбасса"),
    ("Мэр Екатеринбурга был краток: «Мост откроют в срок».", "Мэр Екатеринбурга"),
])
def test_a_title_before_a_place_in_the_genitive_is_the_subject(text: str, mention: str) -> None:
    assert [men for _, _, _, men in _speech(text)] == [mention]


def test_a_title_before_a_womans_surname_stays_the_name() -> None:
    assert [who for _, who, _, _ in _speech("Министр Голикова заявила, что пенсии вырастут.")] == ["Голикова"]


def test_where_a_source_wrote_is_no_part_of_it() -> None:
    text = "Вратарь Павел Рыжов ушёл из клуба. «Я устал проигрывать», — написал голкипер в своём Telegram-канале."
    assert [men for kind, _, _, men in _speech(text) if kind == "direct"] == ["голкипер"]


def test_the_plural_of_a_promise_and_of_advice() -> None:
    assert [who for _, who, _, _ in _speech("Организаторы обещают, что концерты пройдут при любой погоде.")] == ["Организаторы"]
    assert [(who, said) for _, who, said, _ in _speech("Врачи советуют не выходить на улицу в жару.")] == [
        ("Врачи", "не выходить на улицу в жару")]


@pytest.mark.parametrize("sentence, speaker, words", [
    ("Свидетель Олег Рыжов показал на допросе, что видел подсудимого у дома.", "Олег Рыжов", "видел подсудимого у дома"),
    ("Потерпевшая Анна Белова показала суду, что нападавший угрожал ножом.", "Анна Белова", "нападавший угрожал ножом"),
])
def test_a_testimony(sentence: str, speaker: str, words: str) -> None:
    assert [(kind, who, said) for kind, who, said, _ in _speech(sentence)] == [("indirect", speaker, words)]


@pytest.mark.parametrize("sentence", [
    "Опрос показал, что горожане недовольны.",  # a thing shows, nobody testifies
    "Проверка показала, что нарушений нет.",
])
def test_a_thing_that_shows_is_no_testimony(sentence: str) -> None:
    assert not _speech(sentence)


def test_an_apology() -> None:
    found = _speech("Нападающий Иван Гуров извинился перед болельщиками за удаление.")
    assert [(kind, who, said) for kind, who, said, _ in found] == [("indirect", "Иван Гуров", "перед болельщиками за удаление")]


@pytest.mark.parametrize("sentence, mention", [
    ("В филармонии сообщили, что все билеты проданы.", "филармонии"),
    ("В музее уточнили, что выставка продлится до мая.", "музее"),
    ("В областной библиотеке пояснили, что зал закрыт на ремонт.", "областной библиотеке"),
])
def test_a_cultural_institution_in_lower_case_speaks_through_a_plural_verb(sentence: str, mention: str) -> None:
    assert [men for kind, _, _, men in _speech(sentence)] == [mention]

"""Russian forms the twenty-first session's closing note left weak (twenty-second session; sentences written for these
tests): a verb of saying that opens its sentence, "дал понять, что", an outlet told in guillemets that is no quotation,
and a Latin outlet's name with the sentence's full stop."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.kind, q.speaker, text[q.start:q.end]) for q in analyse(text).quotes if q.kind in ("direct", "indirect")]


@pytest.mark.parametrize("text, speaker, words", [
    ("Заявил министр энергетики Иван Сидоров, что цены не вырастут.", "Иван Сидоров", "цены не вырастут"),
    ("Сообщил губернатор Олег Панов журналистам, что мост откроют в мае.", "Олег Панов", "мост откроют в мае"),
    ("Отметила глава департамента Анна Гусева, что очередей больше нет.", "Анна Гусева", "очередей больше нет"),
])
def test_a_verb_of_saying_opening_the_sentence_has_its_source_after_it(text: str, speaker: str, words: str) -> None:
    assert ("indirect", speaker, words) in _quotes(text)


@pytest.mark.parametrize("text", [
    "Добавим, что завод закрыт.",  # the writer's own aside: no source
    "Сказано было немало, что радует.",
    "Известно, что завод закрыт.",
])
def test_a_sentence_opening_with_no_speaker_is_no_verb_first_quote(text: str) -> None:
    assert not _quotes(text)


@pytest.mark.parametrize("text, speaker", [
    ("Глава компании Иван Сидоров дал понять, что сделка состоится.", "Иван Сидоров"),
    ("Министр Анна Гусева дала понять, что налоги не вырастут.", "Анна Гусева"),
    ("Сделка состоится, дал понять глава компании Иван Сидоров.", "Иван Сидоров"),
])
def test_a_hint_in_words_is_reported_speech(text: str, speaker: str) -> None:
    assert any(kind == "indirect" and who == speaker for kind, who, _ in _quotes(text))


@pytest.mark.parametrize("text", [
    "Чтобы понять, что происходит на рынке, нужно время.",
    "Инвесторы хотят понять, что будет со ставкой.",
])
def test_wanting_to_understand_is_no_speech(text: str) -> None:
    assert not _quotes(text)


@pytest.mark.parametrize("text", [
    "Мост откроют в мае. Об этом министр Иван Сидоров рассказал «Интерфаксу».",
    "Мост откроют в мае. Об этом глава района Иван Сидоров сообщил «Фонтанке».",
    "Мост откроют в мае. Об этом депутат Иван Сидоров заявил «Российской газете».",
])
def test_an_outlet_told_in_guillemets_is_no_quotation(text: str) -> None:
    quotes = _quotes(text)
    assert quotes and all(kind == "indirect" and who == "Иван Сидоров" for kind, who, _ in quotes)


def test_a_one_word_answer_after_a_verb_stays_a_quotation() -> None:
    assert ("direct", "Иван Сидоров", "Нет") in _quotes("Министр Иван Сидоров ответил «Нет».")


@pytest.mark.parametrize("text", [
    "Цены вырастут на 5%. Об этом сообщает агентство Bloomberg.",
    "Цены вырастут на 5%, сообщает агентство Bloomberg.",
])
def test_a_latin_outlet_ending_the_sentence_keeps_no_full_stop(text: str) -> None:
    names = [a.name for a in analyse(text).actors]
    assert "Bloomberg" in names and "Bloomberg." not in names


def test_a_latin_name_keeps_its_inner_dots_and_initials() -> None:
    names = [a.name for a in analyse("Акции компании Amazon.com выросли, а банк J.P. Morgan сохранил прогноз.").actors]
    assert "Amazon.com" in names


@pytest.mark.parametrize("text, speaker", [
    ("Председатель ЦБ Эльвира Набиуллина допускает повышение ставки в декабре.", "Эльвира Набиуллина"),
    ("Пресс-секретарь Дмитрий Песков не исключил возможности переговоров.", "Дмитрий Песков"),
    ("Министр Антон Силуанов не исключил повышения налогов.", "Антон Силуанов"),
    ("Министр Антон Силуанов исключил возможность девальвации.", "Антон Силуанов"),
])
def test_a_possibility_granted_or_ruled_out_is_reported_speech(text: str, speaker: str) -> None:
    assert any(kind == "indirect" and who == speaker for kind, who, _ in _quotes(text))


@pytest.mark.parametrize("text", [
    "Вратарь Иван Петров допустил ошибку в конце матча.",  # a deed
    "Власти не допустили роста цен на хлеб.",  # a prevention
    "Партия исключила его из своих рядов.",
])
def test_a_deed_a_prevention_or_an_expulsion_is_no_speech(text: str) -> None:
    assert not _quotes(text)


@pytest.mark.parametrize("text", [
    "Авторы законопроекта считают, что он снизит нелегальную миграцию.",
    "Авторы инициативы уверены, что она поможет покупателям.",
    "Разработчики документа полагают, что он снизит нагрузку на бюджет.",
    "Производители предупреждают о дефиците водки.",
    "Синоптики предупреждают о сильных морозах.",
    "Власти региона заявили, что тарифы не вырастут.",
    "Академия наук обвинила министерство в давлении на институты.",
])
def test_groups_named_by_what_they_do_speak(text: str) -> None:
    assert _quotes(text)

"""Russian reported speech checked against a grammar of news Russian (twenty-third session, docs/ru-speech.md; sentences
written for these tests): the present and the other aspect of verbs of saying, "Как заверил/признался/пообещали X",
"Со слов X", "По его подсчётам", the source after the words (", по словам министра."), an outlet in guillemets after
"Об этом пишет", a thing or a body before "по его словам" that is not whose words they are, "Там пообещали", and a
ministry whose next word is its verb."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse

INTRO = "Министр финансов Иван Сидоров в пятницу провёл совещание. "


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.kind, q.speaker, text[q.start:q.end]) for q in analyse(text).quotes if q.kind in ("direct", "indirect")]


def _said_by(text: str, speaker: str | None, words: str) -> bool:
    return any(kind == "indirect" and who == speaker and said == words for kind, who, said in _quotes(text))


@pytest.mark.parametrize("sentence", [
    "Сидоров уточняет, что дефицит сократится к осени.",
    "Сидоров замечает, что дефицит сократится к осени.",
    "Сидоров разъяснил, что дефицит сократится к осени.",
    "Сидоров сделал вывод, что дефицит сократится к осени.",
    "Сидоров пришёл к выводу, что дефицит сократится к осени.",
    "Сидоров приходит к выводу, что дефицит сократится к осени.",  # (review: the present)
    "Сидоров делает вывод, что дефицит сократится к осени.",
])
def test_present_and_other_aspect_verbs_of_saying_report_speech(sentence: str) -> None:
    assert _said_by(INTRO + sentence, "Иван Сидоров", "дефицит сократится к осени")


def test_a_body_explaining_in_the_plural_reports_speech() -> None:
    assert _said_by("В Минфине разъяснили, что налоговые льготы сохранятся.", "Минфин", "налоговые льготы сохранятся")


def test_an_exclamation_after_a_dialogue_dash_is_the_speakers() -> None:
    text = INTRO + "\n— Налоги не вырастут! — воскликнул Сидоров."
    assert ("direct", "Иван Сидоров", "Налоги не вырастут") in _quotes(text)


@pytest.mark.parametrize("sentence, speaker", [
    ("Как заверил Сидоров, пенсии выплатят вовремя.", "Иван Сидоров"),
    ("Как признался Сидоров, пенсии выплатят вовремя.", "Иван Сидоров"),
    ("Как уверяет Сидоров, пенсии выплатят вовремя.", "Иван Сидоров"),
    ("Как пообещали в Минфине, пенсии выплатят вовремя.", "Минфин"),
    ("Как заверяют в Минтруде, пенсии выплатят вовремя.", "Минтруд"),  # (review: the present plural)
    ("Как уверяют в Минтруде, пенсии выплатят вовремя.", "Минтруд"),
    ("Со слов Сидорова, пенсии выплатят вовремя.", "Иван Сидоров"),
    ("С его слов, пенсии выплатят вовремя.", "Иван Сидоров"),
    ("По его подсчётам, пенсии выплатят вовремя.", "Иван Сидоров"),
    ("По его версии, пенсии выплатят вовремя.", "Иван Сидоров"),
    ("По признанию Сидорова, пенсии выплатят вовремя.", "Иван Сидоров"),
])
def test_introductory_source_phrases(sentence: str, speaker: str) -> None:
    assert _said_by(INTRO + sentence, speaker, "пенсии выплатят вовремя")


@pytest.mark.parametrize("sentence, speaker", [
    ("Пенсии выплатят вовремя, по словам министра.", "Иван Сидоров"),
    ("Пенсии выплатят вовремя, по его словам.", "Иван Сидоров"),
    ("Пенсии выплатят вовремя, по данным Росстата.", "Росстат"),
])
def test_a_source_phrase_closing_the_sentence(sentence: str, speaker: str) -> None:
    assert _said_by(INTRO + sentence, speaker, "Пенсии выплатят вовремя")


@pytest.mark.parametrize("text", [
    "Решение принято по словам, а не по делу.",
    "Билеты продают по данным паспорта.",
])
def test_no_source_after_the_comma_is_no_quote(text: str) -> None:
    assert not _quotes(text)


@pytest.mark.parametrize("sentence", [
    "Доходы, по его словам, выросли на десятую часть.",
    "Бундесвер, по его словам, закупит новые системы.",
])
def test_a_thing_or_a_body_before_by_his_words_is_not_the_speaker(sentence: str) -> None:
    assert {who for kind, who, _ in _quotes(INTRO + sentence)} == {"Иван Сидоров"}


def test_a_person_before_by_his_words_stays_the_speaker() -> None:
    text = INTRO + "Решетников, по его словам, не видит рисков."
    assert any(who == "Решетников" for _, who, _ in _quotes(text))


def test_an_outlet_in_guillemets_after_about_this_is_the_source() -> None:
    text = "Налог на роскошь вырастет вдвое. Об этом пишет «Коммерсант»."
    quotes = _quotes(text)
    assert quotes and all(kind == "indirect" and who == "Коммерсант" for kind, who, _ in quotes)


@pytest.mark.parametrize("text, speaker", [
    ("Журналисты обратились в пресс-службу мэрии. Там пообещали, что воду дадут к вечеру.", "Мэрия"),
    ("Жители позвонили в «Водоканал». Там пообещали, что воду дадут к вечеру.", "Водоканал"),
    ("Совещание прошло в Новосибирске. Там пообещали, что воду дадут к вечеру.", None),
])
def test_there_is_the_body_the_sentence_before_names(text: str, speaker: str | None) -> None:
    assert _said_by(text, speaker, "воду дадут к вечеру")


@pytest.mark.parametrize("text, names", [
    ("Министерство настаивает на своей позиции.", set()),
    ("Министерство пока не ответило на запрос.", set()),
    ("Министерство обороны настаивает на своей позиции.", {"Министерство обороны"}),
    ("Министерство цифрового развития сообщило о сбое.", {"Министерство цифрового развития"}),
])
def test_a_ministry_followed_by_its_verb_takes_no_verb_into_its_name(text: str, names: set[str]) -> None:
    assert {a.name for a in analyse(text).actors if a.name.startswith("Министерство")} == names


@pytest.mark.parametrize("sentence, mention", [
    ("В Кремле опровергли эту информацию.", "Кремле"),
    ("Сидоров опроверг сообщения о росте налогов.", "Сидоров"),
    ("Сидоров отрицает свою причастность к сделке.", "Сидоров"),
    ("Минфин отверг обвинения в давлении на банки.", "Минфин"),
    # (review: a plural subject with no "В X" gave nothing)
    ("Власти опровергли эту информацию.", "Власти"),
    ("Депутаты опровергли слухи о роспуске фракции.", "Депутаты"),
    ("Министры отвергли обвинения в давлении на банки.", "Министры"),
])
def test_a_denial_is_the_deniers_words(sentence: str, mention: str) -> None:
    text = INTRO + sentence
    found = [q for q in analyse(text).quotes if q.kind == "indirect" and q.start >= len(INTRO)]
    assert found and found[0].mention is not None and found[0].mention.text == mention


@pytest.mark.parametrize("text", [
    "Суд отверг доводы защиты.",  # a court's decision
    "Минфин отверг предложение депутатов.",  # a proposal rejected: a stance on a noun
    "Эксперимент опроверг гипотезу учёных.",  # a thing disproves
    "Эти данные опровергают слухи о банкротстве.",
    "Данные опровергли слухи о банкротстве.",  # (review: a plural thing)
    "Документы опровергли эту информацию.",
    "Министр не опроверг эту информацию.",  # no denial made
])
def test_a_rejection_a_thing_disproving_or_no_denial_is_no_speech(text: str) -> None:
    assert not _quotes(text)


def test_a_bodys_head_named_by_title_alone_is_the_head_not_the_body() -> None:
    quotes = [q for q in analyse("Глава ЦБ допустила снижение ставки в декабре.").quotes if q.kind == "indirect"]
    assert quotes and quotes[0].speaker == "Глава ЦБ"


def test_a_bodys_head_named_elsewhere_is_that_person() -> None:
    text = "Председатель ЦБ Эльвира Набиуллина провела совещание. Глава ЦБ допустила снижение ставки в декабре."
    assert any(q.speaker == "Эльвира Набиуллина" for q in analyse(text).quotes if q.kind == "indirect")


@pytest.mark.parametrize("text", [
    "Сообщил губернатор области, что мост откроют в мае.",
    "Мост откроют в мае, сообщил губернатор области.",
])
def test_a_title_keeps_the_region_it_heads(text: str) -> None:
    quotes = [q for q in analyse(text).quotes if q.kind == "indirect"]
    assert quotes and quotes[0].mention is not None and quotes[0].mention.text == "губернатор области"

"""Russian reported speech, twenty-eighth session (sentences written for these tests, none from the probe): the classes
the third written probe (tests/data/ru_probe, batch s28) missed — verbs of saying in a tense or number the table lacked
("повторила", "констатируют", "вспоминает"), an opinion shared ("сходятся во мнении", "придерживается мнения"), haste in
the future ("наверняка поспешит объяснить"), a verb opening a colon clause before a group ("Рассказывают водители: «Q»":
before, the verb was the speaker, "водители" read as a past tense in -ли), "Как выразились в X", a possessive before an
inserted source ("уверяет его автор X"), and nouns of speech (ru_nouns: "Заявления прокурора о том, что", "Из доклада
Счётной палаты следует, что", "если верить словам губернатора")."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from briefing_app.analysis.lang.ru_speakers import PAST_VERB_RE


def _said(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.kind, q.speaker, q.mention.text if q.mention else None) for q in analyse(text).quotes
            if q.kind in ("direct", "indirect")]


@pytest.mark.parametrize("text, mention", [
    ("Глава Росстата Ольга Ветрова повторила, что данные за март будут пересмотрены.", "Ольга Ветрова"),
    ("Синоптики констатируют, что такой жары не было сто лет.", "Синоптики"),
    ("Аналитики сходятся во мнении, что ставка останется прежней.", "Аналитики"),
    ("Глава комиссии придерживается мнения, что выборы прошли честно.", "Глава комиссии"),
    ("Делегаты сошлись во мнении, что декларацию надо переписать.", "Делегаты"),
    ("Мэр наверняка поспешит объяснить, что деньги ушли на ремонт дорог.", "Мэр"),
])
def test_verbs_of_saying_in_other_forms(text: str, mention: str) -> None:
    assert [(k, m) for k, _, m in _said(text)] == [("indirect", mention)]


def test_haste_negated_says_nothing() -> None:
    assert _said("Мэр не поспешит объяснить, что деньги ушли на ремонт дорог.") == []


def test_a_dialogue_line_remembered() -> None:
    assert _said("— Раньше здесь была ферма, — вспоминает пенсионерка Зоя Кулешова.") == [
        ("direct", "Зоя Кулешова", "пенсионерка Зоя Кулешова")]


@pytest.mark.parametrize("text, mention", [
    ("Рассказывают водители маршруток: «Бензин дорожает каждую неделю».", "водители маршруток"),
    ("Вспоминают ветераны завода: «Тогда здесь работали десять тысяч человек».", "ветераны завода"),
])
def test_a_verb_opening_a_colon_clause_is_no_speaker(text: str, mention: str) -> None:
    said = _said(text)
    assert [(k, m) for k, _, m in said] == [("direct", mention)]
    assert said[0][1] is None or not said[0][1].startswith(("Рассказыва", "Вспомина"))


def test_agent_nouns_in_teli_are_no_past_tense() -> None:
    assert PAST_VERB_RE.search("жители") is None and PAST_VERB_RE.search("представители") is None
    assert PAST_VERB_RE.search("хотели") and PAST_VERB_RE.search("прилетели") and PAST_VERB_RE.search("заявили")


def test_as_they_put_it() -> None:
    said = _said("Как выразились в мэрии, ремонт идёт «по графику».")
    assert ("indirect", "Мэрия", "в мэрии") in said
    assert [m for k, _, m in _said("Как выразился премьер-министр, экономика «прошла через шторм».")
            if k == "indirect"] == ["премьер-министр"]


def test_a_possessive_before_an_inserted_source() -> None:
    assert _said("Проект, уверяет его автор Инна Лисицына, окупится за три года.") == [
        ("indirect", "Инна Лисицына", "автор Инна Лисицына")]
    assert _said("Всё, говорит их опыт, решается деньгами.") == []


@pytest.mark.parametrize("text, mention, words", [
    ("Заявления прокурора о том, что дело развалено, адвокаты назвали ложью.", "прокурора", "дело развалено"),
    ("После слов министра обороны о том, что учения завершены, войска вернулись в казармы.", "министра обороны",
     "учения завершены"),
])
def test_a_noun_of_speech_about_that(text: str, mention: str, words: str) -> None:
    found = [q for q in analyse(text).quotes if q.kind == "indirect"]
    assert [(q.mention.text if q.mention else None, q.text) for q in found] == [(mention, words)]


@pytest.mark.parametrize("text", ["Речь идёт о том, что школу закроют.", "Разговор о том, что будет завтра, отложили.",
                                  "Слова о том, что кризис позади, звучат всё чаще."])
def test_about_that_with_no_owner_is_nobodys(text: str) -> None:
    assert _said(text) == []


def test_a_document_it_follows_from() -> None:
    assert _said("Из доклада Счётной палаты следует, что деньги потрачены неэффективно.") == [
        ("indirect", "Счётная палата", "Счётной палаты")]
    assert _said("Из этого следует, что план провалился.") == []
    assert _said("Из этого письма следует, что план провалился.") == []


@pytest.mark.parametrize("text, mention", [
    ("Если верить словам губернатора, мост откроют к зиме.", "губернатора"),
    ("Урожай, если верить фермерам, будет рекордным.", "фермерам"),
])
def test_if_one_believes_a_source(text: str, mention: str) -> None:
    assert [(k, m) for k, _, m in _said(text)] == [("indirect", mention)]


def test_if_one_believes_forecasts_of_nobody() -> None:
    assert _said("Если верить прогнозам, зима будет мягкой.") == []


@pytest.mark.parametrize("text, mention", [
    ("Министр финансов Антон Силуанов объяснил, почему цены на бензин выросли.", "Антон Силуанов"),
    ("Глава Минздрава уточнил, когда начнётся вакцинация.", "Глава Минздрава"),
    ("Мэр пояснил, зачем городу новый стадион.", "Мэр"),
    ("Эксперт рассказал, как выбрать ипотеку.", "Эксперт"),
    ("Губернатор рассказал журналистам о том, почему закрыли завод.", "Губернатор"),
    ("Эксперт объяснил, в чём причина роста цен.", "Эксперт"),
    ("Министр уточнил, на какие цели пойдут деньги.", "Министр"),
])
def test_an_indirect_question_told(text: str, mention: str) -> None:
    assert [(k, m) for k, _, m in _said(text)] == [("indirect", mention)]


@pytest.mark.parametrize("text", [
    "Глава Минздрава не уточнил, когда начнётся вакцинация.",  # (nothing told)
    "Министр рассказал, как и обещал, о новых выплатах.",  # (a comparison, not a question)
    "Он считает, когда придёт время, всё решится.",  # (no verb of telling)
])
def test_no_indirect_question_told(text: str) -> None:
    assert _said(text) == []


@pytest.mark.parametrize("text, mention", [
    ("Губернатор подчеркнул важность диалога с жителями.", "Губернатор"),
    ("Глава ведомства отметил рост числа обращений.", "Глава ведомства"),
    ("Эксперты отмечают снижение спроса на жильё.", "Эксперты"),
    ("Медики бьют тревогу: число заболевших растёт.", "Медики"),
])
def test_a_point_stressed_or_an_alarm_sounded(text: str, mention: str) -> None:
    assert [(k, m) for k, _, m in _said(text)] == [("indirect", mention)]


@pytest.mark.parametrize("text", ["Театр отметил столетний юбилей премьерой.", "Ветераны отметили День Победы парадом."])
def test_a_celebration_is_no_point_noted(text: str) -> None:
    assert _said(text) == []


@pytest.mark.parametrize("text, mention", [
    ("Политолог полагает, будто выборы перенесут.", "Политолог"),
    ("Оппозиция утверждает, будто бы голоса подделаны.", "Оппозиция"),
])
def test_a_claim_held_in_doubt(text: str, mention: str) -> None:
    assert [(k, m) for k, _, m in _said(text)] == [("indirect", mention)]


def test_as_if_with_no_verb_of_saying() -> None:
    assert _said("Он выглядел, будто не спал неделю.") == []

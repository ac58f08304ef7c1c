"""A stance or a speech act on a noun is a quote sentence (twenty-fourth session; the broad reading the held Russian and
Korean sentences were measured to follow, docs/ru-speech.md): "X поддержал решение", "приветствовал инициативу",
"поблагодарил депутатов", "объяснил решение ростом цен", "Жители недовольны"; "노동계는 반발했다", "환영 입장을 냈다".
Not a vote or a decision, not a refusal to comment, not a thing as the subject. Sentences written for these tests."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse

INTRO = "Губернатор области Иван Сидоров в пятницу провёл совещание. "


def _indirect(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.mention.text if q.mention else None) for q in analyse(text).quotes if q.kind == "indirect"]


@pytest.mark.parametrize("sentence", [
    "Сидоров поддержал решение депутатов.",
    "Сидоров приветствовал решение депутатов.",
    "Сидоров раскритиковал решение депутатов.",
    "Сидоров поблагодарил депутатов за работу.",
    "Сидоров объяснил решение ростом цен на топливо.",
    "Сидоров выразил обеспокоенность ростом цен.",
    "Сидоров указал на риски недобора доходов.",
    "Сидоров обратил внимание министра на рост цен.",
    "Сидоров пожаловался на задержки выплат.",
    "Сидоров усомнился в сроках ремонта.",
    "Сидоров осудил нападение на журналистов.",
    "Сидоров выступил с заявлением.",
])
def test_a_stance_on_a_noun_is_the_subjects(sentence: str) -> None:
    assert ("Иван Сидоров", "Сидоров") in _indirect(INTRO + sentence)


@pytest.mark.parametrize("sentence, speaker, mention", [
    ("Еврокомиссия приветствовала итоги голосования.", "Еврокомиссия", "Еврокомиссия"),
    ("Минфин поддержал инициативу.", "Минфин", "Минфин"),
    ("Жители недовольны.", "Жители", "Жители"),
    ("Жители посёлка жалуются на перебои с водой.", "Жители", "Жители посёлка"),
    ("Родители обеспокоены закрытием школы.", "Родители", "Родители"),
    ("Оппозиция раскритиковала решение.", "Оппозиция", "Оппозиция"),
])
def test_a_body_or_a_group_holds_a_stance(sentence: str, speaker: str, mention: str) -> None:
    assert (speaker, mention) in _indirect(sentence)


def test_the_holder_after_the_verb_when_the_object_stands_first() -> None:
    text = "Позицию министра раскритиковал председатель комитета Пётр Орлов."
    assert ("Пётр Орлов", "председатель комитета Пётр Орлов") in _indirect(text)


@pytest.mark.parametrize("sentence", [
    "Комитет одобрил законопроект.",  # a vote, no stance in words
    "В министерстве решение пока не прокомментировали.",  # a refusal: no words
    "Цены поддерживают рост инфляции.",  # a thing, nobody
    "Данные объясняют рост цен.",
    "Сидоров выступил на форуме.",  # a talk, no stance
])
def test_no_stance_without_a_holder_or_words(sentence: str) -> None:
    text = INTRO + sentence
    assert not [q for q in analyse(text).quotes if q.kind == "indirect" and q.end > len(INTRO)]


@pytest.mark.parametrize("sentence, speaker", [
    ("노동계는 즉각 반발했다.", "노동계"),
    ("대통령실은 즉각 환영 입장을 냈다.", "대통령실"),
    ("보건복지부는 유감을 표명했다.", "보건복지부"),
    ("야당은 신중론을 폈다.", "야당"),
    ("시의회 의원들은 서민 부담을 우려했다.", "의원들"),
])
def test_a_korean_stance_is_the_topics(sentence: str, speaker: str) -> None:
    assert any(who == speaker for who, _ in _indirect(sentence))


@pytest.mark.parametrize("sentence", [
    "소비자단체의 반응은 엇갈렸다.",  # a reaction nobody holds
    "고용노동부는 이달 중 최저임금을 고시할 예정이다.",  # a plan
])
def test_no_korean_stance_without_a_holder_or_a_stance(sentence: str) -> None:
    assert _indirect(sentence) == []

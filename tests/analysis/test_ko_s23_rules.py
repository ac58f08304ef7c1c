"""Korean reported speech checked against a grammar of news Korean (twenty-third session, docs/ru-speech.md's Korean
part; sentences written for these tests): "에 의하면", a pledge or a hope after 고 ("다짐했다", "기대했다"), an
expectation held ("…것으로 보고 있다"), and "그는" when nobody has spoken before it."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse

INTRO = "김민수 산업부 장관은 10일 서울에서 기자간담회를 열었다. "


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.kind, q.speaker, text[q.start:q.end]) for q in analyse(text).quotes if q.kind in ("direct", "indirect")]


def _after_intro(text: str) -> list[tuple[str, str | None, str]]:
    found = [q for q in analyse(text).quotes if q.kind in ("direct", "indirect") and q.end > len(INTRO)]
    return [(q.kind, q.speaker, text[q.start:q.end]) for q in found]


@pytest.mark.parametrize("sentence", [
    "김 장관은 수출 회복을 위해 노력하겠다고 다짐했다.",
    "김 장관은 수출이 곧 회복되길 바란다고 기대했다.",
    "김 장관은 수출이 하반기에 회복될 것으로 보고 있다.",
    "김 장관은 수출이 하반기에 회복될 것으로 기대했다.",
])
def test_a_pledge_a_hope_or_an_expectation_is_reported_speech(sentence: str) -> None:
    found = _after_intro(INTRO + sentence)
    assert found and found[0][0] == "indirect" and found[0][1] == "김민수"


def test_according_to_by_uihamyeon_names_the_source() -> None:
    text = "산업부에 의하면 수출은 이달 회복세로 돌아섰다."
    assert any(kind == "indirect" and who == "산업부" for kind, who, _ in _quotes(text))


@pytest.mark.parametrize("text", [
    "수출이 하반기에 회복될 것으로 보인다.",  # the writer's own hedge: nobody's words
    "김 장관은 오후에 공장을 방문했다.",
])
def test_a_hedge_or_a_deed_is_no_speech(text: str) -> None:
    assert not _quotes(text)


@pytest.mark.parametrize("sentence", [
    "그는 투자가 늘었다고 덧붙였다.",
    "그는 \"투자가 늘었다\"고 덧붙였다.",
])
def test_he_with_nobody_speaking_before_is_the_person_named_last(sentence: str) -> None:
    found = _after_intro(INTRO + sentence)
    assert found and found[0][1] == "김민수"


def test_a_fields_general_expectation_is_no_ones_words() -> None:
    assert not _quotes("업계에서는 상장이 내년 상반기에 이뤄질 것으로 보고 있다.")

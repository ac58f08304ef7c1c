"""Korean reported speech, twenty-fourth session (sentences written for these tests; forms a hand reading of the tuned
Korean genre texts found missed): a decimal point in the words is no full stop ("2.4% 올랐다고 발표했다"), where or
to whom the words were said between 고 and its verb ("…라고 기자들에게 말했다", "…고 14일 정례브리핑에서 밝혔다",
"…달라고 정부에 건의했다"), and the present of a view stated ("…라고 말한다")."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse

INTRO = "김민수 산업부 장관은 10일 서울에서 기자간담회를 열었다. "


def _indirect(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, text[q.start:q.end]) for q in analyse(text).quotes if q.kind == "indirect"]


@pytest.mark.parametrize("sentence, speaker, words", [
    ("통계청은 지난달 소비자물가가 1년 전보다 2.4% 올랐다고 3일 발표했다.", "통계청", "지난달 소비자물가가 1년 전보다 2.4% 올랐다고"),
    ("선관위는 최종 투표율이 52.1%로 집계됐다고 밝혔다.", "선관위", "최종 투표율이 52.1%로 집계됐다고"),
    ("소비자물가가 2.4% 올랐다고 통계청이 3일 밝혔다.", "통계청", "소비자물가가 2.4% 올랐다"),
])
def test_a_decimal_point_is_no_full_stop(sentence: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _indirect(sentence)


@pytest.mark.parametrize("sentence", [
    "김 장관은 수출이 하반기에 회복될 것이라고 기자들에게 말했다.",
    "김 장관은 수출이 하반기에 회복될 것이라고 기자들과 만나 말했다.",
    "김 장관은 수출이 하반기에 회복될 것이라고 14일 정례브리핑에서 밝혔다.",
    "김 장관은 수출이 하반기에 회복될 것이라고 국회 본회의에서 밝혔다.",
    "김 장관은 수출이 하반기에 회복될 것이라고 말한다.",
])
def test_a_venue_or_an_addressee_may_stand_between_go_and_the_verb(sentence: str) -> None:
    found = [(who, words) for who, words in _indirect(INTRO + sentence) if words.startswith("수출이")]
    assert found == [("김민수", "수출이 하반기에 회복될 것이라고")]


def test_a_request_to_the_government_is_reported_speech() -> None:
    text = "중소기업중앙회는 근무제 예외를 넓혀 달라고 정부에 건의했다."
    assert ("중소기업중앙회", "근무제 예외를 넓혀 달라고") in _indirect(text)


def test_a_place_reached_is_no_venue_of_words() -> None:
    assert _indirect("김 장관은 수출 현장을 둘러보고 공장에 도착했다.") == []

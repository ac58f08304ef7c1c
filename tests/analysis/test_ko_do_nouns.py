"""Korean: a noun ending in 도 ("상수도", "제도", "태도", "지하도") after a subject marked 이/가 is no topic marked
도 ("also"): "서울시가 상수도 사업 일부를 … 철회했다고 밝혔다" gave the speaker "상수" and cut "상수도" from the
content; the city speaks (ko._noun_in_do_after_subject). Sentences written for this test."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


def _speech(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, text[q.start:q.end]) for q in analyse(text).quotes if q.kind == "indirect"]


@pytest.mark.parametrize("text, speaker, opening", [
    ("서울시가 상수도 사업 일부를 민간에 위탁하려던 계획을 철회했다고 9일 밝혔다.", "서울시", "상수도 사업"),
    ("서울시가 제도 개선을 추진하겠다고 밝혔다.", "서울시", "제도 개선"),
    ("부산시가 지하도 보수 공사를 다음 달 시작한다고 밝혔다.", "부산시", "지하도 보수"),
    ("정부가 태도 변화를 촉구했다고 밝혔다.", "정부", "태도 변화"),
    ("대구시가 속도 제한을 시속 50㎞로 낮추겠다고 발표했다.", "대구시", "속도 제한"),
])
def test_the_subject_speaks_not_the_noun_in_do(text: str, speaker: str, opening: str) -> None:
    found = _speech(text)
    assert len(found) == 1 and found[0][0] == speaker and found[0][1].startswith(opening), found


@pytest.mark.parametrize("text, speaker", [
    ("교육부도 대책을 마련하겠다고 밝혔다.", "교육부"),  # a speaker "also": its 도 is the topic
    ("물가가 오르자 정부도 대책을 마련하겠다고 밝혔다.", "정부"),  # a speaker's 도 after another clause's subject
    ("서울시는 상수도 요금을 동결하겠다고 밝혔다.", "서울시"),
    ("경기도가 내년부터 청년 기본소득을 확대하겠다고 밝혔다.", "경기도"),
])
def test_a_speaker_in_do_and_a_province_are_kept(text: str, speaker: str) -> None:
    assert [s for s, _ in _speech(text)] == [speaker]

"""Korean reported speech, twenty-sixth session (sentences written for these tests): forms a written probe
(tests/data/ru_probe/ko_probe.json) showed missed — advice, a request and a position confirmed as a stance ("…할 것을
권고했다", "…다고 재확인했다"), a weather forecast ("…것으로 예보했다"); an adverbial topic ("…없이는") is never the
speaker."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


def _speech(text: str) -> list[tuple[str, str | None]]:
    return [(q.kind, q.speaker) for q in analyse(text).quotes if q.kind in ("direct", "indirect")]


@pytest.mark.parametrize("sentence, speaker", [
    ("질병관리청은 고령층에 독감 예방접종을 서두를 것을 권고했다.", "질병관리청"),
    ("서울시는 시민들에게 외출을 자제해 달라고 요청했다.", "서울시"),
    ("국방부는 대북 정책 기조에 변함이 없다고 재확인했다.", "국방부"),
    ("기상청은 내일 오후부터 최대 80㎜의 비가 내릴 것으로 예보했다.", "기상청"),
])
def test_advice_a_request_a_confirmation_and_a_forecast(sentence: str, speaker: str) -> None:
    assert _speech(sentence) == [("indirect", speaker)]


def test_an_adverbial_topic_is_no_speaker() -> None:
    assert _speech("노조는 임금 협상 타결 없이는 파업을 계속하겠다고 밝혔다.") == [("indirect", "노조")]


@pytest.mark.parametrize("sentence", [
    "한국은행은 기준금리를 연 3.0%로 동결했다.",  # a decision, no words
    "정부 관계자는 이 문제에 대해 언급을 피했다.",  # a refusal
])
def test_acts_and_refusals_are_no_speech(sentence: str) -> None:
    assert _speech(sentence) == []

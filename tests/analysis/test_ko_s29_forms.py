"""Korean reported speech, twenty-ninth session (sentences written for these tests, none from the probe): the classes
the fourth written probe (tests/data/ru_probe, batch s29) missed — a demand shorter than the emitter's six characters
("재수사를 요구했다": kept with its verb), orders and questions pressed ("…라고 지시했다", "…느냐고 따졌다"), a charge set out
("…고 적시했다"), words known by hearsay from a named source ("X는 …라고 지시한 것으로 알려졌다"), idioms of a stance
("선을 그었다"), a gloss whose owner is the topic of the sentence before ("…라는 설명이다"), the surname before a title
on the indirect path ("김 교수님은 …고 강조하셨다": 김 교수, as the direct quotes name it), indirect words right after a
quotation ('"Q"면서도 …고 강조했다': the quotation's speaker), and a sentence whose subject the sentence before named."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


def _said(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(q.speaker, q.mention.text if q.mention else None, text[q.start:q.end]) for q in analyse(text).quotes
            if q.kind in ("direct", "indirect")]


@pytest.mark.parametrize("text, speaker", [
    ("유가족 측은 검찰에 재수사를 요구했다.", "유가족"),
    ("노조는 사측에 임금 인상을 요구했다.", "노조"),
    ("교사노조는 교육청에 사과를 촉구했다.", "교사노조"),
])
def test_a_short_demand(text: str, speaker: str) -> None:
    assert [s for s, _, _ in _said(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("시장은 간부들에게 현장 점검을 서두르라고 지시했다.", "시장"),
    ("야당 의원들은 장관에게 왜 보고가 늦었느냐고 따졌다.", "의원들"),
    ("검찰은 공소장에서 그가 회삿돈을 빼돌렸다고 적시했다.", "검찰"),
])
def test_orders_questions_and_charges(text: str, speaker: str) -> None:
    assert [m for _, m, _ in _said(text)] == [speaker]


def test_hearsay_with_a_named_source() -> None:
    assert [m for _, m, _ in _said("최 대표는 직원들에게 야근을 줄이라고 지시한 것으로 전해졌다.")] == ["최 대표"]


@pytest.mark.parametrize("text", ["주가는 3% 넘게 떨어졌다고 한다.", "두 사람은 회의 내내 말이 없었다는 후문이다."])
def test_hearsay_with_no_source(text: str) -> None:
    assert _said(text) == []


def test_an_idiom_of_a_stance() -> None:
    assert [s for s, _, _ in _said("기재부는 추가 감세와는 선을 그었다.")] == ["기재부"]


def test_a_gloss_owned_by_the_topic_before() -> None:
    said = _said("국토부는 다음 달부터 공사를 중단한다. 안전 점검을 마치기 위해서라는 설명이다.")
    assert [s for s, _, _ in said] == ["국토부"]
    # (an analysis with no source named stays nobody's: the writer's)
    assert _said("시장은 다음 주에 발표한다. 이는 시장 안정을 위한 것이라는 분석이다.") == []


@pytest.mark.parametrize("text, mention", [
    ("이 교수님은 학생들이 스스로 생각해야 한다고 강조하셨다.", "이 교수"),
    ("박 원장님께서는 병원 문을 닫지 않겠다고 약속하셨다.", "박 원장"),
    ("정 장관은 예산을 늘리겠다고 밝혔다.", "정 장관"),
])
def test_a_surname_before_a_title(text: str, mention: str) -> None:
    assert [m for _, m, _ in _said(text)] == [mention]


def test_indirect_words_after_a_quotation() -> None:
    said = _said('한 장관은 "대화는 계속하겠다"면서도 불법 집회에는 엄정 대응하겠다고 강조했다.')
    assert [(s, m) for s, m, _ in said] == [("한", "한 장관"), ("한", "한 장관")]
    assert said[1][2].startswith("불법 집회에는")


def test_a_subject_the_sentence_before_named() -> None:
    said = _said("기상청은 태풍이 내일 남해안에 상륙할 것으로 예상했다. 제주 산지에는 최고 200㎜의 비가 내리겠다고 전했다.")
    assert [s for s, _, _ in said] == ["기상청", "기상청"]
    # (a place as the topic, nobody before: the words stay, unnamed)
    assert [s for s, _, _ in _said("비가 많이 왔다. 제주 산지에는 최고 200㎜ 이상의 비가 내리겠다고 전했다.")] == [None]


@pytest.mark.parametrize("text, speaker, mention", [
    ("상인 박모 씨는 “손님이 줄었다”며 한숨을 쉬었다.", "박모 씨", "박모 씨"),
    ("회사원 최모(34) 씨는 출근길이 너무 힘들다고 말했다.", "최모 씨", "최모(34) 씨"),
    ("김철수 씨는 “장사가 안 된다”고 말했다.", "김철수", "김철수 씨"),
])
def test_the_name_before_ssi(text: str, speaker: str, mention: str) -> None:
    assert [(s, m) for s, m, _ in _said(text)] == [(speaker, mention)]

"""Korean reported speech, twenty-seventh session (sentences written for these tests): the misses of the second written
probe (tests/data/ru_probe, ko batch s27) — a topic that speaks before the subject of the quoted words ("국무부는 한미
동맹이 “Q”고 밝혔다": 국무부, not 동맹), an apology stated ("공식 사과했다"), and an unnamed official after a quotation
('"Q." 정부 고위 관계자의 말이다')."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


def _speech(text: str) -> list[tuple[str, str | None]]:
    return [(q.kind, q.speaker) for q in analyse(text).quotes if q.kind in ("direct", "indirect")]


@pytest.mark.parametrize("text, speaker", [
    ("미 국무부는 한미 동맹이 “그 어느 때보다 굳건하다”고 밝혔다.", "국무부"),
    ("정부는 경제가 “회복 국면에 들어섰다”고 진단했다.", "정부"),
    ("검찰은 사건이 “조직적으로 이뤄졌다”고 밝혔다.", "검찰"),
])
def test_the_topic_speaks_not_the_subject_of_the_words(text: str, speaker: str) -> None:
    assert _speech(text) == [("direct", speaker)]


def test_people_asking_in_a_clause_before_are_still_who_asked() -> None:
    assert _speech("김 장관은 기자들이 “왜 늦었냐”고 묻자 “교통 체증 때문”이라고 답했다.")[0] == ("direct", "기자들")


@pytest.mark.parametrize("text, speaker", [
    ("카카오는 서비스 장애에 대해 공식 사과했다.", "카카오"),
    ("항공사는 승객들에게 지연에 대해 사과했다.", "항공사"),
])
def test_an_apology_is_a_stance(text: str, speaker: str) -> None:
    assert _speech(text) == [("indirect", speaker)]


def test_an_unnamed_official_after_a_quotation() -> None:
    found = [q for q in analyse("“아직 갈 길이 멀다.” 정부 고위 관계자의 말이다.").quotes if q.kind == "direct"]
    assert len(found) == 1 and found[0].mention is not None and found[0].mention.text.endswith("관계자")


def test_an_unnamed_official_after_a_quotation_is_nobody_named_han() -> None:
    found = [q for q in analyse("“협상은 이제 시작이다.” 한 업계 관계자의 설명이다.").quotes if q.kind == "direct"]
    assert len(found) == 1 and found[0].speaker != "한"
    assert found[0].mention is not None and found[0].mention.text.endswith("관계자")

"""Korean reported speech, twenty-fifth session (sentences written for these tests): an addressee met between 고 and
its verb ("…라고 기자들을 만나 말했다", as "…고 기자들과 만나 말했다" already was), also after a venue ("…고 국회에서
기자들을 만나 밝혔다")."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


def _indirect(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, text[q.start:q.end]) for q in analyse(text).quotes if q.kind == "indirect"]


@pytest.mark.parametrize("sentence, speaker, words", [
    ("정부는 이날 협상을 계속하겠다고 국회에서 기자들을 만나 밝혔다.", "정부", "협상을 계속하겠다고"),
    ("이수진 대변인은 추가 제재는 없다고 기자들을 만나 말했다.", "이수진", "추가 제재는 없다고"),
])
def test_korean_an_addressee_met_between_go_and_the_verb(sentence: str, speaker: str, words: str) -> None:
    found = _indirect(sentence)
    assert any(who == speaker and words in w for who, w in found), found


@pytest.mark.parametrize("sentence", [
    "김 장관은 오후에 기자들을 만나 점심을 먹었다.",  # a meeting, no words said
    "김 장관은 오후에 기자들을 만나 악수했다.",
])
def test_a_meeting_alone_is_no_venue_of_words(sentence: str) -> None:
    assert _indirect(sentence) == []

"""reported/mixed.py: a quotation inside reported speech relayed "quoting|citing" another source is that
source's words; the reported speech stays the reporter's."""
from __future__ import annotations

import pytest

from briefing_app.analysis.pipeline import analyse


def quotes(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.mention.text if q.mention else None) for q in analyse(text).quotes]


@pytest.mark.parametrize(("text", "quoted", "source", "reporter"), [
    ("According to Yonhap news agency, quoting North Korea's main news agency Korean Central News Agency (KCNA), "
     "the country's military has been told to prepare a \"quasi-state of war\". The report came later.",
     "quasi-state of war", "Korean Central News Agency", "Yonhap news agency"),
    ("According to Tass, citing the Defense Ministry, the drills were “purely defensive” in nature.",
     "purely defensive", "Defense Ministry", "Tass"),
    ("According to the newspaper, citing Interior Ministry officials, the border will stay “fully sealed” for now.",
     "fully sealed", "Interior Ministry officials", "the newspaper"),
    ("Yonhap, quoting KCNA, said the army had been put on a “war footing” overnight.", "war footing", "KCNA",
     "Yonhap"),
    ("The army has been put on a “war footing” overnight, according to Yonhap, quoting KCNA.", "war footing", "KCNA",
     "Yonhap"),
    ("Troops were in a “state of readiness” along the border, Reuters reported, quoting a senior official.",
     "state of readiness", "a senior official", "Reuters"),
])
def test_relayed_words_are_the_quoted_sources(text: str, quoted: str, source: str, reporter: str) -> None:
    got = quotes(text)
    assert ("direct", quoted, source) in got, got
    assert [m for k, _, m in got if k == "indirect"][:1] == [reporter], got


@pytest.mark.parametrize(("text", "quoted", "reporter"), [
    # no relay: the words stay the reporter's
    ("According to Yonhap, the military was told to prepare a “quasi-state of war” on Friday.", "quasi-state of war",
     "Yonhap"),
    # what is cited is a thing or a reason, not somebody quoted
    ("According to Reuters, citing data from the Labor Department, wages are “barely rising” this year.",
     "barely rising", "Reuters"),
    ("According to the paper, citing rising costs, the plant will close “within weeks” now.", "within weeks",
     "the paper"),
])
def test_citing_a_thing_or_no_relay_keeps_the_reporter(text: str, quoted: str, reporter: str) -> None:
    assert ("direct", quoted, reporter) in quotes(text)

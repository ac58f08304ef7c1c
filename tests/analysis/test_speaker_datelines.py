"""Datelines and dashes around speakers (session 8): "ORLANDO, Fla. (Reuters) - " is one sentence with its
lede; reported speech that opens a paragraph starts after the dateline; a dash alone ends a speaker's noun
phrase, and a dashed appositive is skipped like a comma one."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from briefing_app.analysis.segment import sentence_spans


def test_state_abbreviation_before_an_agency_is_no_sentence_end() -> None:
    text = "ORLANDO, Fla. (Reuters) - Mourners gathered on Sunday, officials said."
    assert sentence_spans(text, 0, len(text)) == [(0, len(text))]


def test_a_bracket_after_a_state_still_ends_a_sentence() -> None:
    text = "He lives in Tampa, Fla. (He moved there in 2010.) Trump said it."
    assert len(sentence_spans(text, 0, len(text))) == 3


@pytest.mark.parametrize("text,content,mention", [
    ("WASHINGTON (Reuters) - The Senate will vote on the bill next week, a spokesman for the majority leader said "
     "on Monday.", "The Senate will vote on the bill next week", "a spokesman for the majority leader"),
    ("WASHINGTON, July 5 (UPI) -- The Senate will vote on the bill next week, a spokesman said.",
     "The Senate will vote on the bill next week", "a spokesman"),
    ("ORLANDO, Fla. (Reuters) - Florida officials said on Sunday that the gunman had pledged allegiance to Islamic "
     "State.", "the gunman had pledged allegiance to Islamic State", "Florida officials"),
])
def test_reported_speech_after_a_dateline(text: str, content: str, mention: str) -> None:
    q = next(q for q in analyse(text).quotes if q.kind == "indirect")
    assert q.text == content and text[q.start:q.end] == content
    assert q.mention is not None and q.mention.text == mention


@pytest.mark.parametrize("text,mention", [
    ("Brent Scowcroft ― three former George W. Bush administration big shots ― said they're supporting Clinton in "
     "the race.", "Brent Scowcroft"),
    ("Senate Minority Leader Harry Reid — who has long opposed the tax — said any package must include a delay of "
     "the tax.", "Senate Minority Leader Harry Reid"),
])
def test_dashed_appositive(text: str, mention: str) -> None:
    q = next(q for q in analyse(text).quotes if q.kind == "indirect")
    assert q.mention is not None and q.mention.text == mention

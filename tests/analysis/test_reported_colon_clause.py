"""A clause after the speech verb's colon with no quotation marks is the speaker's words (issue 15): "Some Americans
say: It's time for us to get out.", "The report said: Revenue rose 5 percent."; after a tag ("CONTENT, insiders
said: CONTENT") both sides are. Near misses: a quotation after the colon stays a direct quote; a noun object before
the colon ("said three things: ...") keeps its reading; "told reporters:" skips the recipient as before."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import trace


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(c, s) for _, c, s in trace(text)]


@pytest.mark.parametrize("text,content,source", [
    ("Some Americans say: It's time for us to get out.", "It's time for us to get out", "Some Americans"),
    ("The report said: Revenue rose 5 percent in the third quarter.", "Revenue rose 5 percent in the third quarter",
     "The report"),
    ("A reporter asked: Did they talk about the wall he wants to build?", "Did they talk about the wall he wants to build",
     "A reporter"),
    ("Officials said: the state cannot pay its debts.", "the state cannot pay its debts", "Officials"),
])
def test_clause_after_colon(text: str, content: str, source: str) -> None:
    assert (content, source) in _read(text)


@pytest.mark.parametrize("text,before,after,source", [
    ("A number of factors make a surge unlikely, insiders said: Trump’s lead in the polls and the crowded field.",
     "A number of factors make a surge unlikely", "Trump’s lead in the polls and the crowded field", "insiders"),
    ("The plan would cost billions, the mayor's office said: the state cannot pay.",
     "The plan would cost billions", "the state cannot pay", "the mayor's office"),
])
def test_tag_then_colon(text: str, before: str, after: str, source: str) -> None:
    read = _read(text)
    assert (before, source) in read and (after, source) in read


def test_quotation_after_colon_stays_direct() -> None:
    assert trace("He said: “We will win the state.”") == []


def test_object_before_colon_unchanged() -> None:
    assert _read("He said three things: jobs, taxes and trade.") == [("three things: jobs, taxes and trade", "He")]

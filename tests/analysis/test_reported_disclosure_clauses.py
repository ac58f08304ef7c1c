"""The disclosure cues (session 20's decision: "pointed out", "made (it) clear", "revealed" report speech) before a
clause with no "that": "The auditor points out the council has overspent" gave nothing (session 20's known fault).
The clause needs a subject and, within a few words, an auxiliary; objects still give nothing ("pointed out the
flaws", "revealed a new phone that is ...", "pointed out the problems the city has faced")."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import indirect_pairs as _indirect


@pytest.mark.parametrize("text,content,source", [
    ("The auditor points out the council has overspent by a million dollars.",
     "the council has overspent by a million dollars", "The auditor"),
    ("The governor made clear she would veto the bill.", "she would veto the bill", "The governor"),
    ("The actress revealed her husband had taken her last name.", "her husband had taken her last name", "The actress"),
    ("He has also made clear he will seek a seat on the committee.", "he will seek a seat on the committee", "He"),
    ("Critics point out Dublin has already tried the same plan.", "Dublin has already tried the same plan", "Critics"),
])
def test_clause_without_that(text: str, content: str, source: str) -> None:
    assert (content, source) in _indirect(text)


@pytest.mark.parametrize("text", [
    "The mayor pointed out the flaws in the plan.",
    "The firm revealed a new phone that is cheaper than the last one.",
    "The report pointed out the problems the city has faced.",
    "The company made clear progress this year, which will help.",
    "The mayor pointed out a mural to the visitors.",
])
def test_objects_still_no_speech(text: str) -> None:
    assert _indirect(text) == []

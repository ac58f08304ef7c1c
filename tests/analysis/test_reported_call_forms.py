"""Calls in more forms (reported/call_rules.py): an infinitive's speaker ("used his speech to call for", "seemed to urge"),
a gerund after began/kept/continued ("began calling for X to resign"), one noun called for ("called for calm", "was
calling for change"); not a telephone or meeting call, a person called for, a body's call as a noun."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import trace


@pytest.mark.parametrize("sentence, content, source", [
    ("Ramos used his acceptance speech to call for the resignation of the president.", "the resignation of the president",
     "Ramos"),
    ("But in late November, Rubio seemed to urge the opposite tactic.", "the opposite tactic", "Rubio"),
    ("The community immediately began calling for Emanuel to resign.", "Emanuel to resign", "The community"),
    ("Critics continued calling on Ryan to withdraw his endorsement.", "Ryan to withdraw his endorsement", "Critics"),
    ("The mayor called for calm.", "calm", "The mayor"),
    ("Donald Trump was calling for change.", "change", "Donald Trump"),
])
def test_a_call_in_more_forms(sentence: str, content: str, source: str) -> None:
    assert ("calls", content, source) in trace(sentence), trace(sentence)


@pytest.mark.parametrize("sentence", [
    "The committee decided to call the meeting off.",
    "She called for him.",
    "The group renewed the Islamic State's call for jihad.",
    "Officials plan to call Sanders to congratulate him.",
])
def test_no_call_for_a_meeting_a_person_or_a_noun(sentence: str) -> None:
    assert [t for t in trace(sentence) if t[0] == "calls"] == []

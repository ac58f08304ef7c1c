"""Reported speech in its sentence's context (session 7): a dateline before the subject, NYT's '' marks after a
setting, two calls in one sentence. Each sentence must give exactly the (rule, content, source) listed."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import trace


CASES = [
    ("a wire dateline with a hyphen", "ORLANDO, Fla. (Reuters) - President Barack Obama met survivors on Thursday and "
     "said the United States must act to control gun violence.",
     [("complement", "the United States must act to control gun violence", "President Barack Obama")]),
    ("a setting before a quotation in '' marks", "In February, as a protester was being removed from an event in Las "
     "Vegas, Mr. Trump said, ''I'd like to punch him in the face.''", []),
    ("adding a count is no speech", "Mayor Denise Okafor on Thursday defended her plan to add 300 officers, a week "
     "after council members called it \"a step backward.\"", [("calls", 'it "a step backward."', "council members")]),
    ("two calls in one sentence", "Trump called the system “rigged” in a tweet Tuesday, and a few Republican lawmakers "
     "have called for a special prosecutor to review the findings.",
     [("calls", "the system “rigged”", "Trump"),
      ("calls", "a special prosecutor to review the findings", "a few Republican lawmakers")]),
]


@pytest.mark.parametrize("name,sentence,expected", CASES, ids=[c[0] for c in CASES])
def test_reported_in_context(name: str, sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert trace(sentence) == expected

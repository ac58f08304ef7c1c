"""A two-word clause after "that" (reported/clauses.py short_clause): a subject and its finite verb ("She said that
prices rose.") is content; the demonstrative "that" with a phrase of time or manner ("She said that last week.", "He said
that many times.") or "that" as a determiner ("He said that plan failed.") is none."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import indirect_pairs


@pytest.mark.parametrize(("text", "expected"), [
    ("She said that prices rose.", [("prices rose", "She")]),
    ("He said that talks failed.", [("talks failed", "He")]),
    ("The mayor said that costs doubled.", [("costs doubled", "The mayor")]),
    ("They said that everyone agreed.", [("everyone agreed", "They")]),
    ("She said that it worked.", [("it worked", "She")]),
    ("He says that it matters.", [("it matters", "He")]),
    ("She said that Smith resigned.", [("Smith resigned", "She")]),
    ("He said that many agreed.", [("many agreed", "He")]),
    ("Officials told reporters that hundreds died.", [("hundreds died", "Officials")]),
])
def test_a_subject_and_its_verb(text: str, expected: list[tuple[str, str]]) -> None:
    assert indirect_pairs(text) == expected


@pytest.mark.parametrize("text", [
    "She said that last week.",
    "He said that on Monday.",
    "They said that as well.",
    "He said that many times.",
    "She said that years ago.",
    "He said that plan failed.",
    "She said that in jest.",
    "He said that twice more.",
    "He said that last year.",
    "She said that Tuesday morning.",
    "She said that indeed.",
])
def test_the_demonstrative_and_a_phrase(text: str) -> None:
    assert indirect_pairs(text) == []

"""'CONTENT, according to NP.' at a sentence's end: a source whose title is abbreviated ('Sen.', 'Lt. Gen.') or that
ends in a lawmaker's party and state ('R-Ohio') was not read; the content is the whole clause before the source, its
coordinated clauses too ('X served as counsel, and he clerked for a judge, according to his biography')."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import indirect_pairs as _indirect


@pytest.mark.parametrize("text,content,source", [
    ("The mayor opposed the plan in private, according to Sen. John Reed.", "The mayor opposed the plan in private",
     "Sen. John Reed"),
    ("The mayor opposed the plan in private, according to former Sen. John Reed, R-Ohio.",
     "The mayor opposed the plan in private", "former Sen. John Reed"),
    ("The mayor opposed the plan, according to Lt. Gen. Ann Lee.", "The mayor opposed the plan", "Lt. Gen. Ann Lee"),
    ("The mayor opposed the plan, according to Mr. Reed.", "The mayor opposed the plan", "Mr. Reed"),
    ("He served as counsel to the committee, and he clerked for a judge, according to his biography.",
     "He served as counsel to the committee, and he clerked for a judge", "his biography"),
    ("The company lost money, and its chief executive resigned, according to the filing.",
     "The company lost money, and its chief executive resigned", "the filing"),
])
def test_according_to_at_the_end(text: str, content: str, source: str) -> None:
    assert _indirect(text) == [(content, source)]

"""The participle "describing X as Y" after a comma reports the clause subject's characterisation, as "described X as
Y" does ("Mr. Trump released a statement on Saturday night, describing the son as a hero": CALL_RE read no
"describing"). Near misses: "describing" with no "as" ("a chapter describing the war", "are describing the species"),
a noun's participle ("A document describing the plan as flawed was leaked"), an opening "In describing ..." (the
opening-participle rule's)."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import trace


@pytest.mark.parametrize("text,content,source", [
    ("Mr. Trump released a follow-up statement on Saturday night, describing the Khans' son as a hero.",
     "the Khans' son as a hero", "Mr. Trump"),
    ("Trump spoke on Saturday, describing the son as a hero.", "the son as a hero", "Trump"),
    ("The governor defended the budget, describing the cuts as painful but necessary.",
     "the cuts as painful but necessary", "The governor"),
])
def test_describing_as(text: str, content: str, source: str) -> None:
    assert ("calls", content, source) in trace(text)


@pytest.mark.parametrize("text", [
    "The book spends a chapter describing the war.",
    "Scientists are describing the species for the first time.",
    "In describing the plan as reckless, Lee broke with her party.",
])
def test_near_misses(text: str) -> None:
    assert [r for r in trace(text) if r[0] == "calls"] == []

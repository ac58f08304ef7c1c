"""A share of those polled is a speaker: "26% say they are conservative" as "26 percent say ..." is."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import trace


@pytest.mark.parametrize(("text", "content", "source"), [
    ("In the poll, 26% say they are conservative.", "they are conservative", "26%"),
    ("Among millennials, 47% said the United States should send ground troops.",
     "the United States should send ground troops", "47%"),
    ("Only 8.5% believe the economy will improve next year, and 42% say it will get worse.",
     "it will get worse", "42%"),
])
def test_a_percentage_says(text: str, content: str, source: str) -> None:
    assert ("complement", content, source) in trace(text)


"""A group named by its country ("U.S. lawmakers", "American lawmakers") speaks for itself, not for the country: the
quote keeps the mention and has no country as its speaker, whatever the tag's order (a reproducer of issue 15, already
right at session 26's start: this test keeps it so)."""
from __future__ import annotations

import pytest

from briefing_app.analysis.pipeline import analyse


@pytest.mark.parametrize("text", [
    "The United States sent grain to the port. “We will act,” U.S. lawmakers said.",
    "The United States sent grain to the port. “We will act,” said U.S. lawmakers.",
    "The U.S. sent grain. U.S. lawmakers said on Monday that they would act soon.",
    "Washington sent grain. American lawmakers say the shipments will continue.",
])
def test_a_countrys_group_is_not_the_country(text: str) -> None:
    quotes = analyse(text).quotes
    assert quotes and all(q.speaker is None and q.mention is not None and "lawmakers" in q.mention.text for q in quotes)

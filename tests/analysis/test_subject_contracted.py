"""A subject with a contracted auxiliary before a speech verb is the pronoun or noun alone (issue 15): "They’ve said
..." gave the mention "They’ve", "He's said" "He's", and "superdelegates who’ve already said they support Clinton"
was no relative clause (the mention "... superdelegates who’ve"; the relative's "who" is resolved later). "’s" is cut only after a
pronoun or "who"/"that": "Trump’s spokesman said" keeps its possessive."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import trace


@pytest.mark.parametrize("text,source", [
    ("They’ve said the plan would cost billions.", "They"),
    ("We've said the plan would cost billions.", "We"),
    ("She’s said the plan would cost billions.", "She"),
    ("He’d said the plan would cost billions.", "He"),
    ("I’ve said the plan would cost billions.", "I"),
])
def test_contracted_auxiliary_left_out(text: str, source: str) -> None:
    assert [s for _, _, s in trace(text)] == [source]


@pytest.mark.parametrize("text,content,source", [
    ("Sanders must convince the superdelegates who’ve already said they support Clinton.", "they support Clinton",
     "who"),
    ("Democrats, who’ve long said the plan would cost billions, voted no.", "the plan would cost billions", "who"),
])
def test_contracted_relative(text: str, content: str, source: str) -> None:
    assert any((c, s) == (content, source) for _, c, s in trace(text))


def test_possessive_kept() -> None:
    assert [s for _, _, s in trace("Trump’s spokesman said the plan would cost billions.")] == ["Trump’s spokesman"]

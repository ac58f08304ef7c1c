"""Nouns of speech as cues (reported/noun_rules.py) with their owner in more forms: a described owner ("the campaign's
claim that"), a capitalised pronoun opening the sentence ("His call to ..."), the agent after "by" ("claims by
intelligence agencies that", "the assertion by Trump on Monday that"), a month or a longer setting between the noun and
"that" ("his claim in November that", "his claim in a recent Fox News interview that"); a relative "that" (its subject
or its object missing: "claims that were false", "the statement that he made on Monday") is no content clause."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import trace


@pytest.mark.parametrize("sentence, content, source", [
    ("The tactic was reminiscent of the campaign's earlier claim that Sanders wanted to dismantle the law.",
     "Sanders wanted to dismantle the law", "the campaign"),
    ("Critics mocked the former senator's warning that the dam would fail.", "the dam would fail",
     "the former senator"),
    ("His call to deport millions of people, denounced as cruel, thrilled the crowd.", "to deport millions of people",
     "His"),
    ("The department rejected claims by intelligence agencies that her messages were classified.",
     "her messages were classified", "intelligence agencies"),
    ("Clinton dismissed the assertion by Trump on Monday that she was weak.", "she was weak", "Trump"),
    ("Trump never cited a source for his claim in November that Obama wants more refugees.",
     "Obama wants more refugees", "his"),
    ("Lazar broke in despite his claim in a recent Fox News interview that he had done so.", "he had done so", "his"),
])
def test_a_noun_of_speech_with_its_owner(sentence: str, content: str, source: str) -> None:
    assert ("noun-cues", content, source) in trace(sentence), trace(sentence)


@pytest.mark.parametrize("sentence", [
    "The claims by the campaign that were false drew criticism.",
    "Trump's claims that were false drew criticism.",
    "The statement by the senator that he made on Monday was short.",
    "The promise that he made to voters was broken.",
    "Critics mocked the idea that the wall would be paid for by Mexico.",  # no noun of speech
])
def test_a_relative_that_or_another_noun_is_no_content(sentence: str) -> None:
    assert [t for t in trace(sentence) if t[0] == "noun-cues"] == []

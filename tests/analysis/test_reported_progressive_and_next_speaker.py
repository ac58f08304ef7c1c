"""Three kinds of reported-speech fault: a speaker named before 'has been saying' kept the auxiliaries ('Puerto Rico
has been'); a content ran on over ', and Ms. Acosta said ...' (another speaker's words, lost); ', warning that ...'
after a clause with no speech verb was no cue ('a warning that ...' stays a noun)."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import trace


@pytest.mark.parametrize("sentence, source", [
    ("Puerto Rico has been saying that it is running out of cash.", "Puerto Rico"),
    ("Officials have been warning that the storm would hit on Friday.", "Officials"),
    ("The mayor had been insisting that the plan was dead.", "The mayor"),
    ("Critics will be arguing that the deal is bad.", "Critics"),
])
def test_auxiliaries_before_the_verb_are_no_part_of_the_speaker(sentence: str, source: str) -> None:
    assert [m for _, _, m in trace(sentence)] == [source]


@pytest.mark.parametrize("sentence, first, second", [
    ("Puerto Rico has been warning that it is running out of cash, and Ms. Acosta said the measures were unsustainable.",
     ("it is running out of cash", "Puerto Rico"), ("the measures were unsustainable", "Ms. Acosta")),
    ("Clinton said the plan would fail, and Sanders said it would work.", ("the plan would fail", "Clinton"),
     ("it would work", "Sanders")),
    ("He said the economy was strong, and the president told reporters it would grow.",
     ("the economy was strong", "He"), ("it would grow", "the president")),
])
def test_another_speakers_words_end_the_content(sentence: str, first: tuple[str, str], second: tuple[str, str]) -> None:
    assert [(t, m) for _, t, m in trace(sentence)] == [first, second]


@pytest.mark.parametrize("sentence, content", [
    ("The governor spoke on Monday, warning that the bill would fail.", "the bill would fail"),
    ("The governor vetoed the bill on Monday, warning that it would raise taxes.", "it would raise taxes"),
])
def test_a_warning_participle_after_a_plain_clause(sentence: str, content: str) -> None:
    assert [(t, m) for _, t, m in trace(sentence)] == [(content, "The governor")]


def test_a_warning_after_a_determiner_stays_a_noun() -> None:
    assert trace("The governor issued a warning that the bill would fail.") == []

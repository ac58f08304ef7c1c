"""A possessive ending a sentence ("like London's.", "the mayor's.") ends it: the "s." after the apostrophe is no
initial (segment.ABBREV_RE read it as one, "J.", and joined the two sentences: the option "Adopt a congestion charge
like London's. Others want more parking garages"). Sentences written for this test."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse, segment


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in segment.sentence_spans(text, 0, len(text))]


@pytest.mark.parametrize("text", [
    "Some have proposed a congestion charge like London's. Others want more parking garages.",
    "The final decision was the mayor's. She said so on Tuesday.",
    "The blame, critics say, is the company’s. Its chief executive disagrees.",
    "That seat used to be the Democrats'. Now it leans Republican.",
])
def test_a_possessive_ends_its_sentence(text: str) -> None:
    assert len(_sentences(text)) == 2, _sentences(text)


@pytest.mark.parametrize("word", ["J.", "U.S.", "Mr.", "Sen.", "D.C.", "p.m.", "s."])
def test_initials_and_abbreviations_still_end_no_sentence(word: str) -> None:
    assert segment.is_abbreviation(word)


@pytest.mark.parametrize("word", ["London's.", "Denmark’s.", "Jones's.", "O'Neil."])
def test_a_possessive_is_no_abbreviation(word: str) -> None:
    assert not segment.is_abbreviation(word)


def test_an_option_stops_at_the_possessive() -> None:
    text = ("Opinion: Fix the buses first\n\nSome lawmakers have proposed a tax like Denmark's. Others prefer rebates. "
            "Both ideas miss the point.\n")
    summaries = [o.summary for o in analyse(text).options]
    assert summaries and not [s for s in summaries if "Others" in s], summaries

"""A noun of speech with its owner and a time between the noun and "that" ("Trump's statement earlier this year that
...", "her assertion this month that ...", "his promise earlier that ...") is reported speech, as "his claim on Monday
that ..." was. Near miss: a relative "that" after the time ("His statement this week that he made was short")."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import indirect_pairs as _indirect


@pytest.mark.parametrize("text,content,source", [
    ("The tweet was a dig at Trump’s statement earlier this year that women who seek abortions should be punished.",
     "women who seek abortions should be punished", "Trump"),
    ("Her assertion this month that the economy is booming drew scorn.", "the economy is booming", "Her"),
    ("His promise earlier that taxes would fall was broken.", "taxes would fall", "His"),
    ("Voters remember the mayor's warning later that summer that the bridge was unsafe.", "the bridge was unsafe",
     "the mayor"),
    ("Analysts doubted Lopez's claim this morning that the deal was done.", "the deal was done", "Lopez"),
])
def test_a_time_between_the_noun_and_that(text: str, content: str, source: str) -> None:
    assert (content, source) in _indirect(text)


def test_a_relative_that_after_the_time_is_no_content() -> None:
    assert _indirect("His statement this week that he made was short.") == []

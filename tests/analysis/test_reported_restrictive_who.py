"""A restrictive relative clause between a subject and its speech verb ('A man who lives nearby said ...', 'Voters who
backed Trump said ...', 'An official who asked not to be named said ...') leaves the subject before "who", not the
clause's last words ('lives nearby', 'backed Trump'); not where "who" is no relative subject ('hackers who U.S.
officials say', 'questions on who ...'), where the clause is only auxiliaries ('who have not yet announced'), nor
for a participle."""
from __future__ import annotations

import pytest

from briefing_app.analysis.pipeline import analyse

CONTENT = "the fire started at noon"


def _reported(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.mention.text if q.mention else None) for q in analyse(text).quotes if q.kind == "indirect"]


@pytest.mark.parametrize(("subject", "clause", "verb"), [
    ("A man", "lives nearby", "said"),
    ("A woman", "works at the store", "told reporters"),
    ("Residents", "live near the plant", "said"),
    ("An official", "was not authorized to speak publicly", "said"),
    ("A campaign official", "asked not to be named", "said"),
    ("Voters", "backed Trump in the primary", "said"),
    ("Even Republicans", "have praised his candidacy", "warned"),
    ("Senior campaign advisers", "have run the numbers", "argue"),
])
def test_the_subject_before_a_restrictive_clause(subject: str, clause: str, verb: str) -> None:
    assert _reported(f"{subject} who {clause} {verb} {CONTENT}.") == [(CONTENT, subject)]


@pytest.mark.parametrize(("text", "mention"), [
    ("They cited the case of a group of hackers who U.S. officials say is tied to Russia.", "U.S. officials"),
    ("The rebukes came from the Pentagon and others who have fought terrorism, including some who warned "
     f"{CONTENT}.", "some"),
])
def test_who_that_is_no_relative_subject_of_the_cue(text: str, mention: str) -> None:
    assert [m for _, m in _reported(text)][-1:] == [mention]

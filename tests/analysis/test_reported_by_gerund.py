"""A gerund of speech after "by" is the means of the main clause's act ("Lopez responded by saying ...", "Hannity
followed up by asking ...", "Trump sent a jab the billionaire's way by suggesting ..."): its speaker is that clause's
subject (reported/cue.py BY_BEFORE_RE), not nothing nor the words up to "by"; inside a relative clause ("the candidate
who launched his campaign by declaring ...") no subject is guessed."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import indirect_pairs

C = "the tax would hurt renters"


@pytest.mark.parametrize(("lead", "mention"), [
    ("Lopez responded by saying", "Lopez"),
    ("Lopez opened her remarks by noting that", "Lopez"),
    ("Mayor Ann Lopez began by saying", "Mayor Ann Lopez"),
    ("The council's chairwoman ended by warning that", "The council's chairwoman"),
    ("Lopez answered first by insisting that", "Lopez"),
    ("Lopez sent a jab the mayor's way by suggesting that", "Lopez"),
])
def test_the_main_clauses_subject_speaks(lead: str, mention: str) -> None:
    assert indirect_pairs(f"{lead} {C}.") == [(C, mention)]


def test_inside_a_relative_clause_no_subject_is_guessed() -> None:
    assert indirect_pairs(f"It was a rebuke to the candidate who launched his campaign by declaring that {C}.") == [
        (C, None)]

"""A request or an order as a participle after a comma ("The governor sent a letter, urging lawmakers to ...") is the
clause's subject's, that of the last clause when clauses are joined ("..., but Wallace brought him back to it, asking
Trump to ..."); not the run of words before the participle."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import trace


@pytest.mark.parametrize("sentence, content, source", [
    ("The governor sent a letter, urging lawmakers to reject the bill.", "lawmakers to reject the bill", "The governor"),
    ("Sanders sent a mass text message to his supporters in Philadelphia, asking them to stay calm.",
     "them to stay calm", "Sanders"),
    ("The group ran ads on Monday, telling voters to stay home.", "voters to stay home", "The group"),
    ("The host moved on, but Wallace brought him back to the attacks, asking Trump to share his views.",
     "Trump to share his views", "Wallace"),
])
def test_a_participle_request_is_the_clause_subjects(sentence: str, content: str, source: str) -> None:
    assert ("object-cues", content, source) in trace(sentence), trace(sentence)


@pytest.mark.parametrize("sentence, source", [
    ("The governor urged lawmakers to reject the bill.", "The governor"),  # no participle: the verb's own subject
    ("Clinton, urging voters to turn out in November, spoke for an hour.", "Clinton"),
])
def test_other_requests_keep_their_subject(sentence: str, source: str) -> None:
    assert [m for r, _, m in trace(sentence) if r == "object-cues"] == [source], trace(sentence)

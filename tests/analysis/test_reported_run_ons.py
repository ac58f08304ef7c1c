"""Two faults of the reported-speech rules' edges: a participle's speaker after a main clause whose verb is a past the
same as its present ('The firm cut 200 jobs, warning ...' gave 'The firm cut 200'), and a verb phrase of the main
clause after 'according to NP,' read as the source's words ('Smith won, according to projections, and will face
Jones in June')."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import indirect_pairs as _indirect


@pytest.mark.parametrize("text,content,source", [
    ("The firm cut 200 jobs, warning of a weak year ahead.", "a weak year ahead", "The firm"),
    ("The firm cut 200 jobs on Monday, warning that sales would fall.", "sales would fall", "The firm"),
    ("The bank set a record profit, saying that demand was strong.", "demand was strong", "The bank"),
])
def test_participle_after_an_irregular_past(text: str, content: str, source: str) -> None:
    assert (content, source) in _indirect(text)


def test_a_noun_before_its_verb_stays_the_subject() -> None:
    assert _indirect("The budget cut hurt schools, the mayor said.") == [("The budget cut hurt schools", "the mayor")]


@pytest.mark.parametrize("text,expected", [
    ("Smith won the primary, according to projections by NBC News, and will face Jones in June.",
     [("Smith won the primary", "projections by NBC News")]),
    ("Lee leads by 15 points in Ohio, according to the poll, and has a small lead in Iowa.",
     [("Lee leads by 15 points in Ohio", "the poll")]),
    # a clause of its own after "and", and the main clause's verb after a subject, stay the source's words
    ("Only one person was killed last year, according to the police, and there were only eight incidents.",
     [("Only one person was killed last year", "the police"), ("and there were only eight incidents", "the police")]),
    ("The storm, according to the agency, will reach the coast on Monday.",
     [("The storm", "the agency"), ("will reach the coast on Monday", "the agency")]),
])
def test_according_to_and_the_next_verb_phrase(text: str, expected: list[tuple[str, str]]) -> None:
    assert _indirect(text) == expected

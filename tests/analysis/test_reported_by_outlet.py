"""An outlet's report named after its content: 'CONTENT, as first reported by the Daily Herald on Tuesday.' and the
passive 'The mayor's decision was first reported by the Daily Herald.' (the subject is what the outlet reported).
Near misses: a source that is no name ('reported by a neighbor', 'by residents'), a subject after a clause."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from tests.analysis.reported_helpers import indirect_pairs as _indirect


@pytest.mark.parametrize("text,content,source", [
    ("The mayor's decision to resign was first reported by the Daily Herald.", "The mayor's decision to resign",
     "the Daily Herald"),
    ("News of the merger was reported by Reuters on Monday.", "News of the merger", "Reuters"),
    ("The deal was reported earlier by Reuters.", "The deal", "Reuters"),
    ("The council began reserving funds this week, as first reported by the Daily Herald on Tuesday.",
     "The council began reserving funds this week", "the Daily Herald"),
    ("The plan was reported by the U.S.", "The plan", "the U.S."),
])
def test_reported_by_an_outlet(text: str, content: str, source: str) -> None:
    assert _indirect(text) == [(content, source)]


@pytest.mark.parametrize("text", [
    "The theft was reported by a neighbor.",
    "The fire was reported by residents at 3 a.m.",
])
def test_no_named_outlet(text: str) -> None:
    assert _indirect(text) == []


def test_a_quotation_keeps_its_speaker() -> None:
    quotes = analyse("“We will win,” Lee noted in an interview, as reported by the Daily Herald.").quotes
    assert [(q.kind, q.mention.text if q.mention else None) for q in quotes] == [("direct", "Lee")]

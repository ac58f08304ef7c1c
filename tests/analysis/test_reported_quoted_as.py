"""'X was quoted (by Y / in Y) as saying (that) CONTENT' and 'Y quoted X as saying CONTENT' report X's words (a user
reads them as X's; the PolNeAR gold rarely marks them). Near misses: a quotation right after stays the speaker
sieves' direct quote; a thing quoted with no name ('quoted figures as saying') gives nothing."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from tests.analysis.reported_helpers import indirect_pairs as _indirect


@pytest.mark.parametrize("text,content,source", [
    ("Lee was quoted as saying the plan would fail.", "the plan would fail", "Lee"),
    ("Senator Lee was quoted by the Times as saying that the plan would fail.", "the plan would fail", "Senator Lee"),
    ("The minister was quoted in a local newspaper as saying taxes would rise.", "taxes would rise", "The minister"),
    ("The Times quoted Lee as saying the plan would fail.", "the plan would fail", "Lee"),
    ("Reuters quoted a company spokesman as saying production would resume on Monday.",
     "production would resume on Monday", "a company spokesman"),
    ("The agency, quoting an unnamed official as saying talks had stalled, gave no details.", "talks had stalled",
     "an unnamed official"),
])
def test_quoted_as_saying(text: str, content: str, source: str) -> None:
    assert (content, source) in _indirect(text)


def test_a_quotation_after_stays_direct() -> None:
    quotes = analyse("The Times quoted Lee as saying, “The plan will fail.”").quotes
    assert [(q.kind, q.mention.text if q.mention else None) for q in quotes] == [("direct", "Lee")]


@pytest.mark.parametrize("text", [
    "The report quoted figures as saying little about the cost.",
    "He quoted as saying nothing at all.",
])
def test_near_misses(text: str) -> None:
    assert _indirect(text) == []

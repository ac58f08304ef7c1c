"""reported/mixed.py: reported speech that opens with the speaker's quoted words and goes on is
one mixed direct quote (PolNeAR's content opens with the quotation mark)."""
from __future__ import annotations

import pytest

from briefing_app.analysis.pipeline import analyse


def said(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.mention.text if q.mention else None) for q in analyse(text).quotes]


@pytest.mark.parametrize(("text", "expected"), [
    ("Vermont Sen. Bernie Sanders says “the wind is at our backs” despite his loss in Nevada.",
     [("direct", "“the wind is at our backs” despite his loss in Nevada", "Vermont Sen. Bernie Sanders")]),
    ('McConnell has said repeatedly "the next president" should choose the nominee.',
     [("direct", '"the next president" should choose the nominee', "McConnell")]),
    ("Sidney Blumenthal: ‘No Idea’ If I Would Have Told Hillary Private Email Server Was a Bad Idea.\n\nHe spoke.",
     [("direct", "‘No Idea’ If I Would Have Told Hillary Private Email Server Was a Bad Idea", "Sidney Blumenthal")]),
])
def test_a_content_opening_with_a_quotation_is_one_mixed_direct_quote(text: str, expected: list) -> None:
    assert said(text) == expected


def test_a_quotation_inside_reported_speech_stays_a_quote_of_its_own() -> None:
    """'Cruz says he is “effectively tied ...” with Rubio': the content opens with unquoted words."""
    got = said("Cruz says he is “effectively tied for second place” with Senator Marco Rubio.")
    assert ("direct", "effectively tied for second place", "Cruz") in got
    assert ("indirect", "he is “effectively tied for second place” with Senator Marco Rubio", "Cruz") in got


def test_a_quotation_that_is_the_whole_content_is_left_alone() -> None:
    got = said("“Like Oakland. Or Ferguson,” Trump said. “The crime numbers are worse.”")
    assert not [t for k, t, _ in got if k == "direct" and t.startswith("“")], got

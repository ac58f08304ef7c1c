"""Reported speech around quotation marks and dashes: a show's name in NYT's two marks between the cue and "that"
('said on ''Meet the Press'' on Sunday that'), a dashed aside before a coordinated cue ('had served in Vietnam -
for 13 months - and said'), an appositive ending in a quoted title ('Ann Lee, author of “The Long Road,” said'), and a
participle after a quotation whose comma sits inside the closing mark ('called it “a disaster,” saying ...'), whose
call content ends at the participle."""
from __future__ import annotations

import pytest

from briefing_app.analysis.pipeline import analyse

CONTENT = "the plan would raise costs for families"


def _reported(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.mention.text if q.mention else None) for q in analyse(text).quotes if q.kind == "indirect"]


@pytest.mark.parametrize("text", [
    f"Ann Whitfield said on ''Meet the Press'' that {CONTENT}.",
    f"Ann Whitfield, who led the panel, said on NBC's ''Meet the Press'' on Sunday that {CONTENT}.",
    f"Ann Whitfield told ''Fox News Sunday'' that {CONTENT}.",
    f"Ann Whitfield had served in Vietnam - for 13 months - and said {CONTENT}.",
    f"Ann Whitfield voted for the bill — twice — and said {CONTENT}.",
    f"Ann Whitfield had served in Vietnam - ''13 months in hell'' - and said {CONTENT}.",
    f"Ann Whitfield, author of “The Long Road,” said {CONTENT}.",
    f"Ann Whitfield, author of ''The Long Road,'' said {CONTENT}.",
    f"Ann Whitfield, the host of the show \"The Apprentice,\" said in an interview with The Washington Post that {CONTENT}.",
])
def test_marks_and_dashes_before_the_cue(text: str) -> None:
    assert _reported(text) == [(CONTENT, "Ann Whitfield")]


@pytest.mark.parametrize(("text", "call"), [
    (f"Ann Whitfield called the plan “a disaster,” saying {CONTENT}.", "the plan “a disaster,”"),
    (f"Ann Whitfield called the plan ''a disaster,'' arguing that {CONTENT}.", "the plan ''a disaster,''"),
    (f"Ann Whitfield blamed the media for its “bias,” noting that {CONTENT}.", None),
    (f"Ann Whitfield mocked the mayor for calling himself the “king of debt,” adding that {CONTENT}.", None),
])
def test_a_participle_after_a_closing_mark(text: str, call: str | None) -> None:
    got = _reported(text)
    assert (CONTENT, "Ann Whitfield") in got
    if call:
        assert (call, "Ann Whitfield") in got
    assert all(CONTENT not in t for t, _ in got if t != CONTENT)  # no call content runs on over the participle

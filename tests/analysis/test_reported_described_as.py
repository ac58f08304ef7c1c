""""X described Y as Z" (reported/call_rules.py DESCRIBED_AS_RE): the object may be of any form, a bare plural or a
noun with its phrase ("The guidelines describe foreign political parties as covered under the law"), and a setting
between the object and "as" stays inside ("described the DLC during a Tuesday interview as a remnant of another
period"); without "as", a bare object is no content ("The report describes conditions in the camps")."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import indirect_pairs


@pytest.mark.parametrize(("text", "expected"), [
    ("The guidelines describe foreign political parties as covered under the law.",
     [("foreign political parties as covered under the law", "The guidelines")]),
    ("Officials described damage to the bridge as severe.", [("damage to the bridge as severe", "Officials")]),
    ("He described the DLC during a Tuesday interview as a remnant of another period.",
     [("the DLC during a Tuesday interview as a remnant of another period", "He")]),
    ("Ann Lee described the plan at a rally in Ohio as a gift to landlords.",
     [("the plan at a rally in Ohio as a gift to landlords", "Ann Lee")]),
])
def test_described_as(text: str, expected: list[tuple[str, str]]) -> None:
    assert indirect_pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The report describes conditions in the camps.",
    "As described in the memo, the plan failed.",
    "The event, described as a fundraiser, drew 500 people.",
])
def test_no_characterisation(text: str) -> None:
    assert indirect_pairs(text) == []

"""A clause without "that" opening with a name after the verbs that are more often nouns or take a noun phrase
("reports", "claims", "predicted"): a name and, within a few words, a finite verb make it a clause ("Reuters reports
Beck will endorse Cruz", "The Washington Post reports Clinton’s last press conference was held ..."); a name with no
verb after it is an object ("claims Ohio as his home"), and "reports" after a common noun stays a noun."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import indirect_pairs


@pytest.mark.parametrize(("text", "expected"), [
    ("Reuters reports Beck will endorse the senator.", [("Beck will endorse the senator", "Reuters")]),
    ("The Washington Post reports\u00a0Clinton’s last press conference was held on Dec. 4.",
     [("Clinton’s last press conference was held on Dec. 4", "The Washington Post")]),
    ("The Daily News claims Smith is wrong about the budget.", [("Smith is wrong about the budget", "The Daily News")]),
    ("Ann Whitfield predicted Ohio’s new voting rules would fail in court.",
     [("Ohio’s new voting rules would fail in court", "Ann Whitfield")]),
])
def test_a_name_and_a_verb_make_a_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert indirect_pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The senator claims Ohio as his home state.",  # a name and no verb: an object
    "The newspaper reports Beck will endorse the senator.",  # "news reports ...": a noun after a common noun
    "The governor promises Ohio voters a new bridge.",
])
def test_no_clause(text: str) -> None:
    assert indirect_pairs(text) == []

"""A threat held under a condition is the holder's conditional position (issue 14, session 29: "A pending ballot
initiative threatened to raise the wage more swiftly if politicians didn't act" gave support, a narrated threat;
`phrasal.THREAT_RE`, `calls.held_if`). Near misses: a threat with no condition; a promise or pledge under a condition
("pledged to make him Treasury secretary if he wins the presidency": a campaign promise, the tuned ed-s17 label)."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text, summary", [
    ("A pending ballot initiative threatened to raise the wage more swiftly if politicians didn't act.",
     "Raise the wage more swiftly"),
    ("The EU has threatened to impose sanctions on Belarus if the crackdown continues.", "Impose sanctions on Belarus"),
    ("Trump threatened to impose tariffs on Mexico unless it stopped migrants.", "Impose tariffs on Mexico"),
    ("The minister is threatening to scrap the levy if the audit fails.", "Scrap the levy"),
    ("The governor threatens to cut fuel duty if the refiners do not lower prices.", "Cut fuel duty"),
])
def test_a_commitment_under_a_condition_is_conditional(text: str, summary: str) -> None:
    o = one_option(text)
    assert (o.summary, o.stance, [p.stance for p in o.positions]) == (summary, None, ["conditional"])


@pytest.mark.parametrize("text", [
    "The mayor threatened to close the library.",
    "The governor threatens to veto the budget.",
    "The governor promised to cut fuel duty.",
    "The governor promised to cut fuel duty if he wins the election.",
    "Trump has pledged to make Icahn secretary of the Treasury if he wins the presidency.",
    "Trump has threatened to pull out of NATO if he is elected.",  # his own election: a campaign promise
    "The candidate threatens to scrap the levy if she wins.",
])
def test_without_a_condition_it_is_support(text: str) -> None:
    assert [p.stance for p in one_option(text).positions] == ["support"]

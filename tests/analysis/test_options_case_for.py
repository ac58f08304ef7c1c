"""The author weighing the case for or against a course (`options/case_for.py`, issue 14, session 29): the side is the
preposition's turned by the verdict's weight. Near misses: a case told or weighed with no verdict; a case someone else
weighs is theirs."""
from __future__ import annotations

import pytest

from briefing_app.analysis.options.case_for import THE_CASE_RE
from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, summary, stance", [
    ("The case for a wealth tax is strong.", "Impose a wealth tax", "support"),
    ("The case against rent control is compelling.", "Impose rent control", "oppose"),
    ("The argument against a carbon tax does not hold up.", "Impose a carbon tax", "support"),
    ("The case against a congestion charge is weak.", "Adopt a congestion charge", "support"),
    ("The case for raising the pension age is overwhelming.", "Raise the pension age", "support"),
    ("The economic case for leaving the EU is far from clear.", "Leave the EU", "oppose"),
    ("There is a strong case for a congestion charge.", "Adopt a congestion charge", "support"),
    ("There is a compelling argument against new tariffs on steel.", "Impose new tariffs on steel", "oppose"),
])
def test_the_case_weighed_is_the_authors_side(text: str, summary: str, stance: str) -> None:
    o = one_option(text)
    assert (o.summary, o.stance, o.positions) == (summary, stance, [])


def test_a_case_someone_else_weighs_is_theirs() -> None:
    o = one_option("Critics say the case for a wealth tax is weak.")
    assert (o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) == \
        ("Impose a wealth tax", None, [("critics", "oppose")])


@pytest.mark.parametrize("text", [
    "The case for the war rests on two claims.",  # weighed with no verdict
    "The case against the senator was dropped.",  # a court case
    "The case for a wealth tax will be heard next week.",
])
def test_no_verdict_no_side(text: str) -> None:
    assert options(text) == []


def test_the_pattern_reads_the_preposition_and_the_weight() -> None:
    m = THE_CASE_RE.search("The case against a four-day week is weak.")
    assert m is not None and (m.group("side"), m.group("np"), m.group("weak")) == ("against", "a four-day week", "weak")
    assert THE_CASE_RE.search("The case for reform rests on facts.") is None


def test_a_case_qualified_before_its_verdict_is_none() -> None:
    assert options("The case for globalization based on the fact that it helps growth becomes weaker when it hurts "
                   "workers.") == []

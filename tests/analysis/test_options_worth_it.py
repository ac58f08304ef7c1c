"""A course judged after a concession in the same sentence (`options/worth_it.py`, issue 14, session 29): "Rent control
will not solve the shortage, but it is worth trying" gave nothing; "X will hurt, but it is worth it" gave opposition."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, summary, stance", [
    ("Rent control will not solve the shortage, but it is worth trying.", "Impose rent control", "support"),
    ("A congestion charge may not end the jams, but it is still worth a try.", "Adopt a congestion charge", "support"),
    ("Raising the pension age will hurt, but it is worth it.", "Raise the pension age", "support"),
    ("A wealth tax might raise some money, but it is not worth the cost.", "Impose a wealth tax", "oppose"),
    ("Cutting business rates will cost the Treasury, but it is worth the price.", "Cut business rates", "support"),
])
def test_the_verdict_after_the_concession_decides(text: str, summary: str, stance: str) -> None:
    o = one_option(text)
    assert (o.summary, o.stance, o.positions) == (summary, stance, [])


@pytest.mark.parametrize("text", [
    "The plan will not solve the shortage, but it is worth trying.",  # no course named
    "A carbon tax will not solve everything, but the debate is worth having.",  # "worth" of something else
    "The weather may not hold, but it is worth a try.",  # no course
])
def test_no_course_judged(text: str) -> None:
    assert [(o.summary, o.stance) for o in options(text) if o.stance == "support"] == []

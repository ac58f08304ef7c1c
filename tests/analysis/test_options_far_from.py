"""A course denied the effect its backers claim ("Far from solving the shortage, rent control would make it worse"): the
author's opposition; a harm denied ("Far from destroying jobs, a higher minimum wage would boost spending"): the
author's support (`options/far_from.py`, issue 14, session 29; the first gave nothing). Near misses: a past told, a
subject that points back, no modal."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, summary, stance", [
    ("Far from solving the shortage, rent control would make it worse.", "Impose rent control", "oppose"),
    ("Far from easing the burden, a new tax on savings would only add to it.", "Impose a new tax on savings", "oppose"),
    ("But far from helping farmers, raising tariffs on fertiliser will hurt them.", "Raise tariffs on fertiliser", "oppose"),
    ("Far from destroying jobs, a higher minimum wage would boost spending.", "Adopt a higher minimum wage", "support"),
    ("Far from hurting the high street, cutting business rates could make shops more profitable.", "Cut business rates",
     "support"),
])
def test_a_course_denied_its_effect_is_judged(text: str, summary: str, stance: str) -> None:
    o = one_option(text)
    assert (o.summary, o.stance, o.positions) == (summary, stance, [])


@pytest.mark.parametrize("text", [
    "Far from ending the war, the strikes prolonged it.",  # a past told, no modal
    "Far from solving the shortage, it would make it worse.",  # a subject that points back
    "Far from solving the shortage, the weather would make it worse.",  # no course
    "Far from the city, the farmers would wait for rain.",  # no gerund
])
def test_no_course_judged(text: str) -> None:
    assert options(text) == []

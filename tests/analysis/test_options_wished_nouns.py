"""A noun phrase wished for or needed ("I want to see X", "What the country needs now is X") is a course only when it
names a measure, as any noun course must (sixteenth session: "want to see a city", "another failed country there",
"a grid that works", "a quiet summer", "time, patience and luck" were false options on tuned news and dev pieces).
A measure named ("a ban on X", "an EU policy on migration", "a public inquiry") stays."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text", [
    '"I want to see a city," the refugee said.',
    "The governor said people want to see more jobs downtown.",
    "I want to see the mayor's widow on the stage at the convention.",
    "What the country needs now is a grid that works.",
    "What the club needs now is a quiet summer and a manager who trusts his players.",
    "What they need is time, patience and luck.",
    "What Europe needs is a stronger sense of purpose.",
])
def test_a_wished_thing_with_no_measure_is_no_option(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text, summary", [
    ("We want to see a ban on fracking.", "Impose a ban on fracking"),
    ("The unions want to see a public inquiry into the deaths.", "Hold a public inquiry into the deaths"),
    ("What we really need is an EU policy on migration that goes beyond surveillance.",
     "Adopt an EU policy on migration that goes beyond surveillance"),
    ("What would make a difference is a ban on bonuses for the bosses of polluting firms.",
     "Impose a ban on bonuses for the bosses of polluting firms"),
    ("What the region needs is a ceasefire between the two armies.", "Reach a ceasefire between the two armies"),
])
def test_a_wished_measure_stays(text: str, summary: str) -> None:
    assert one_option(text).summary == summary

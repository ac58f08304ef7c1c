"""What a bill or an initiative would do, told as its content ("Holt's bill would ban plastic bags in shops", "The
Greens' initiative seeks to outlaw fur farms"): the measure's backers hold the course, the author takes no side. A
measure's effect ("would cost jobs"), what it would have done, and a measure nobody in the sentence backs give none
(measured on the tuned sets: this form carries a gold option in 4 of 4 tuned sentences; 21 times in the 840 PolNeAR
reports)."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, summary, actor", [
    ("Senator Holt's bill would ban plastic bags in all shops.", "Ban plastic bags in all shops", "Holt"),
    ("The Greens’ “Fair Farms” initiative seeks to outlaw fur farms and is backed by two unions.", "Outlaw fur farms",
     "Greens"),
    ("Senator Holt has co-sponsored legislation that would repeal the road levy.", "Repeal the road levy", "Holt"),
    ("Senator Holt tabled an amendment, which aims to cap rents in the capital.", "Cap rents in the capital", "Holt"),
    ("Senator Holt proposed a constitutional amendment that would impose term limits on judges.",
     "Impose term limits on judges", "Holt"),
])
def test_a_measures_content_is_its_backers_course(text: str, summary: str, actor: str) -> None:
    option = one_option(text)
    assert (option.summary, option.stance) == (summary, None)
    assert [(p.actor, p.stance) for p in option.positions] == [(actor, "support")]


@pytest.mark.parametrize("text", [
    "Senator Holt's bill would cost the farming towns thousands of jobs.",
    "Senator Holt backed bills that would have raised the fuel levy in 2019.",
    "The ordinance would hurt small shops, Senator Holt said.",
    "The bill would ban plastic bags in all shops.",  # (no backer named: nobody's course in these words)
])
def test_a_measures_effect_or_history_is_no_course(text: str) -> None:
    assert options(text) == []


def test_a_measure_nobody_is_said_to_back_gives_no_course_of_its_content() -> None:
    found = options("Senator Holt said she would take a look at the bill, which would ban plastic bags in all shops.")
    assert not any("plastic bags" in o.summary for o in found)

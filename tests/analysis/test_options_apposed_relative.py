"""A plan told in a relative clause set off by a comma after the doer it describes is the doer's position ("Donald J.
Trump, who wants to simplify the tax code", "The EU, which plans to cap gas prices"; issue 14, session 29: a tuned
ed-s17 miss, `wants.relative_plan`). Near misses: a restrictive relative ("a businessman who wants to move ..."), a
relative after no doer."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, summary, holder", [
    ("Donald J. Trump, who wants to simplify the tax code and lower tax rates, spoke on Monday.",
     "Simplify the tax code and lower tax rates", "Donald J. Trump"),
    ("Sanders, who plans to raise the minimum wage, spoke on Monday.", "Raise the minimum wage", "Sanders"),
    ("The EU, which plans to cap gas prices, met on Monday.", "Cap gas prices", "the EU"),
    ("The mayor, who promised to build more homes, resigned on Friday.", "Build more homes", "the mayor"),
])
def test_an_apposed_relative_plan_is_the_doers(text: str, summary: str, holder: str) -> None:
    o = one_option(text)
    assert (o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) == (summary, None, [(holder, "support")])


@pytest.mark.parametrize("text", [
    "Any businessman who wants to open a bank account must show a passport.",  # restrictive: a scenario
    "Residents who plan to sell their homes face a new tax.",
    "It rained all day, which wants to stop the harvest.",  # no doer before the comma
])
def test_a_restrictive_or_doerless_relative_is_no_position(text: str) -> None:
    assert [p for o in options(text) for p in o.positions] == []

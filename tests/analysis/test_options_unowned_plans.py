"""A plan faulted or praised with no owner named ("Sanders criticised the plan to raise the retirement age", "Unions hit
out at plans to privatise the water utility", "the SVP is campaigning against plans to provide free legal aid") is the
judge's position on the course: oppose when faulted, support when praised; a decision NOT to act faulted is support.
The owned form ("criticised the council's refusal to ban X") was optrules' (03b913fa). Without an owner the course must
be a measure (a policy noun, or a measure's verb: raise, privatise, close, ban): "criticised the plan to hold a public
meeting" stays none. A plan word after a preposition is a noun ("at plans to", "against plans to"), never the verb of a
plan the subject holds."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, holder, summary, stance", [
    ("Sanders criticised the plan to raise the retirement age.", "Sanders", "Raise the retirement age", "oppose"),
    ("Sanders slammed the plan to privatise the water utility.", "Sanders", "Privatise the water utility", "oppose"),
    ("Sanders took aim at the plan to cut Medicaid funding.", "Sanders", "Cut Medicaid funding", "oppose"),
    ("Unions hit out at plans to privatise the water utility.", "unions", "Privatise the water utility", "oppose"),
    ("Critics have attacked proposals to raise the retirement age.", "critics", "Raise the retirement age", "oppose"),
    ("Teachers protested against plans to close the village school.", "teachers", "Close the village school", "oppose"),
    ("Specifically, the SVP is campaigning against plans to unconditionally provide free legal aid to all refugee "
     "claimants.", "the SVP", "Provide free legal aid to all refugee claimants", "oppose"),
    ("Hale argued against the plan to raise the retirement age.", "Hale", "Raise the retirement age", "oppose"),
    ("Residents have fought against plans to build a bypass through the park.", "residents",
     "Build a bypass through the park", "oppose"),
    ("Warren praised the plan to ban fracking.", "Warren", "Ban fracking", "support"),
    ("Warren criticised the decision not to ban fracking.", "Warren", "Ban fracking", "support"),
])
def test_an_unowned_plan_judged_is_the_judges_position(text: str, holder: str, summary: str, stance: str) -> None:
    option = one_option(text)
    assert option.summary == summary
    assert option.stance is None
    assert [(p.actor, p.stance) for p in option.positions] == [(holder, stance)]


@pytest.mark.parametrize("text", [
    "Sanders criticised the plan to hold a public meeting.",  # no measure
    "Sanders criticised the company's plan to close three of its stores.",  # a company's own act
    "Sanders criticised the plan to visit Iowa again.",
])
def test_no_measure_no_option(text: str) -> None:
    assert options(text) == []


@pytest.mark.parametrize("text", [
    "The unions plan to ban zero-hours contracts in every workplace they organise.",
    "The unions have vowed to ban zero-hours contracts in every workplace they organise.",
])
def test_a_plural_subjects_own_plan_is_still_read(text: str) -> None:
    option = one_option(text)
    assert [(p.actor, p.stance) for p in option.positions] == [("the unions", "support")]

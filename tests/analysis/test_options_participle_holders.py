"""A call verb in a reduced relative clause ("House Republicans supporting the farm bill have said ...", "Unions opposing the
plan to close the library will strike"): its object ends at the main clause's verb, as after "who supported" (the
summary ran on: 'Adopt the bill have said they have the votes to pass it')."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text, summary, actor, stance", [
    ("House Republicans supporting the farm bill have said they have the votes to pass it.", "Adopt the farm bill",
     "Republican Party", "support"),
    ("Senators backing the carbon tax will meet the governor on Monday.", "Impose the carbon tax", "senators",
     "support"),
    ("Unions opposing the carbon tax were out in force.", "Impose the carbon tax", "unions", "oppose"),
])
def test_the_object_ends_at_the_main_verb(text: str, summary: str, actor: str, stance: str) -> None:
    option = one_option(text)
    assert option.summary == summary
    assert [(p.actor, p.stance) for p in option.positions] == [(actor, stance)]


def test_a_progressive_is_no_reduced_relative() -> None:
    option = one_option("House Republicans are supporting the bill that would cut taxes.")
    assert option.summary == "Impose the bill that would cut taxes"

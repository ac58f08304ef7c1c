"""A verb right before "plans to" takes "plans" as its object noun ("The mayor backed plans to close the library"): the
plan rule read "plans to" as the verb of a subject "The mayor backed" and gave a holder 'the mayor backed' with support,
also for "opposed plans to". A plural subject's own "plan to" stays its plan ("The unions plan to close the library")."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text, stance", [
    ("The mayor backed plans to close the library.", "support"),
    ("The mayor opposed plans to close the library.", "oppose"),
    ("Unions rejected plans to close the library.", "oppose"),
    ("The mayor does not support plans to close the library.", "oppose"),
    ("The mayor supports plans to close the library.", "support"),
])
def test_plans_after_a_verb_are_its_object(text: str, stance: str) -> None:
    option = one_option(text)
    assert option.summary == "Close the library"
    assert option.stance is None
    assert [p.stance for p in option.positions] == [stance]
    assert all(not p.actor.lower().endswith(("backed", "opposed", "rejected", "support", "supports"))
               for p in option.positions), option.positions


def test_a_plural_subjects_plan_stays_its_own() -> None:
    option = one_option("The unions plan to close the library.")
    assert [(p.actor, p.stance) for p in option.positions] == [("the unions", "support")]

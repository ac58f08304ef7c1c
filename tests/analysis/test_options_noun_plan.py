"""A bare "plan to" after a verb in the past and its object's determiner is the object noun ("The board rejected the
union plan to cut wages"), not the verb of a plural subject ("The unions plan to ..."): the holder is the verb's subject,
with the verb's side, not "Board rejected the union" in support."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize(("text", "summary", "holder", "stance"), [
    ("The board rejected the union plan to cut wages.", "Cut wages", "the board", "oppose"),
    ("The board opposed the union plan to cut wages.", "Cut wages", "the board", "oppose"),
    ("The senate rejected the White House plan to cut taxes.", "Cut taxes", "the senate", "oppose"),
    ("Lawmakers backed a Senate plan to raise the minimum wage.", "Raise the minimum wage", "lawmakers", "support"),
    # near miss: a plural subject's verb
    ("Democrats plan to introduce a bill to ban assault weapons.", "Introduce a bill to ban assault weapons", "Democratic Party",
     "support"),
])
def test_a_plan_noun_after_a_verb_is_its_object(text: str, summary: str, holder: str, stance: str) -> None:
    option = one_option(text)
    assert (option.summary, [(p.actor, p.stance) for p in option.positions]) == (summary, [(holder, stance)])

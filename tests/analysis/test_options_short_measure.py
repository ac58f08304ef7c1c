"""A measure named in one or two words after a call or position verb is a whole course when nothing points back to it:
"The senator called for sanctions", "Opposition leaders demanded early elections", "The council opposed an increase"
(np_hit refuses two-word objects elsewhere: "opposed the deal" names a deal told before). Measured on the tuned sets:
a call or position verb + such an object carries a gold entry in 5 of 5 tuned sentences; 8 times in the 230 editorials
and the PolNeAR texts together."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, summary, actor, stance", [
    ("The senator called for sanctions.", "Impose sanctions", "the senator", "support"),
    ("Opposition leaders demanded early elections.", "Hold elections", "opposition leaders", "support"),
    ("After the flood, residents called for an inquiry.", "Hold an inquiry", "residents", "support"),
    ("Aid agencies have pushed for a ceasefire.", "Reach a ceasefire", "aid agencies", "support"),
    ("The farmers' union opposed an increase.", "Carry out an increase", "the farmers' union", "oppose"),
])
def test_a_short_measure_is_the_callers_course(text: str, summary: str, actor: str, stance: str) -> None:
    option = one_option(text)
    assert option.summary == summary and option.stance is None
    assert [(p.actor.lower(), p.stance) for p in option.positions] == [(actor.lower(), stance)]


@pytest.mark.parametrize("text", [
    "Senator Holt opposed the deal.",  # which deal: told before
    "Protesters called for change.",  # no measure
    "Church leaders called for calm.",
    "The senator did not call for sanctions.",  # no call made
    "Senator Holt opposed an increase in 2009.",  # a side dated in the past: not held now
])
def test_no_short_course_without_a_new_measure_or_a_call(text: str) -> None:
    assert options(text) == []

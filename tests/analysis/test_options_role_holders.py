"""People named by the noun of their role hold a call ("Democratic candidates / Local nurses / Catholic bishops have called
for X" gave no option: a holder phrase of two words or more needed a capital after its first word, a noun of a body or
an agentive plural ending, and "candidates", "nurses", "bishops" have none). The guard: a closed list of role nouns
(doers.ROLE_NOUNS), read only as the phrase's head (its last word), with no preposition or clause word in the phrase; a
generic noun ("Recent studies", "Two recent reports") or a role noun that only modifies another ("the nurses' report")
still names no holder."""
from __future__ import annotations

import pytest

from briefing_app.analysis.options.doers import names_a_holder
from tests.analysis.option_helpers import options

CONTEXT = "The county council met in Exeter on Monday.\n\n"


def _found(text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options(CONTEXT + text)]


@pytest.mark.parametrize(("text", "course", "holder"), [
    ("Democratic candidates have called for a ban on fracking.", "Impose a ban on fracking", "Democratic candidates"),
    ("Local nurses have called for a ban on agency staff.", "Impose a ban on agency staff", "local nurses"),
    ("Catholic bishops have called for an end to the death penalty.", "End the death penalty", "Catholic bishops"),
    ("Democratic candidates want to ban fracking.", "Ban fracking", "Democratic candidates"),
    ("The Republican nominee has called for a ban on new coal plants.", "Impose a ban on new coal plants",
     "the Republican nominee"),
    ("Local nurses said the hospital should hire more staff.", "Hire more staff", "local nurses"),
])
def test_people_named_by_their_role_hold_the_call(text: str, course: str, holder: str) -> None:
    assert _found(text) == [(course, None, [(holder, "support")])]


@pytest.mark.parametrize("text", [
    "Recent studies have called for a ban on lorries.",
    "Two recent reports have called for a ban on lorries.",
    "The nurses' report has called for a ban on lorries.",
])
def test_a_generic_noun_or_a_role_noun_as_a_modifier_holds_nothing(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("phrase", "holds"), [
    ("Catholic bishops", True), ("several Republican presidential candidates", True), ("the Democratic front-runner", True),
    ("the nurses' report", False), ("recent studies", False), ("the presidential race for candidates", False),
    ("candidates and", False),
])
def test_the_role_noun_counts_only_as_the_head(phrase: str, holds: bool) -> None:
    assert names_a_holder(phrase) is holds

"""The author's own voice in an editorial that speaks as "we" (or as the outlet: "this editorial board", "the editors")
and in a first-person column ("I believe ..."): a verdict opened by "We think", "I believe", "In our view," judges the
course just reported as the bare verdict does ("That would be a mistake."); the outlet naming itself is the author, not
a holder; "We think arming X would be a mistake" is the author's, not a holder "We think"."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("verdict, stance", [
    ("We think that would be a grave mistake.", "oppose"),
    ("I believe that would be a mistake.", "oppose"),
    ("In our view, that would be a serious error.", "oppose"),
    ("We fear that this would be reckless.", "oppose"),
    ("I believe that the idea is a mistake.", "oppose"),
    ("We believe she is right.", "support"),
    ("I think it makes a lot of sense.", "support"),
    ("We are convinced this is a sensible idea.", "support"),
])
def test_an_own_voice_verdict_judges_the_course_before(verdict: str, stance: str) -> None:
    option = one_option(f"The mayor wants to close the Eastgate library. {verdict}")
    assert option.stance == stance
    assert [(p.actor, p.stance) for p in option.positions] == [("the mayor", "support")]


@pytest.mark.parametrize("after", [
    "We think it is time to ask the voters first.",  # a new course of its own, no verdict on the closure
    "I think that is what she said last year.",
    "We think about it often.",
])
def test_no_verdict_after_the_opener_leaves_the_stance_none(after: str) -> None:
    found = [o for o in options(f"The mayor wants to close the Eastgate library. {after}")
             if o.summary == "Close the Eastgate library"]
    assert len(found) == 1 and found[0].stance is None


@pytest.mark.parametrize("text, stance", [
    ("We think arming the rebels would be a mistake.", "oppose"),
    ("I believe a carbon tax would be a disaster.", "oppose"),
])
def test_an_own_belief_before_a_verdict_subject_is_the_authors(text: str, stance: str) -> None:
    option = one_option(text)
    assert (option.stance, option.positions) == (stance, [])


def test_someone_elses_belief_before_a_verdict_subject_is_theirs() -> None:
    option = one_option("Critics believe that arming the rebels would be a mistake.")
    assert option.stance is None
    assert [(p.actor, p.stance) for p in option.positions] == [("critics", "oppose")]


def test_an_own_verdict_on_a_plan_names_no_new_course() -> None:  # "the plan" refers back: no "Adopt I believe that the plan"
    assert [o.summary for o in options("The mayor wants to close the Eastgate library. I believe that the plan is a "
                                       "mistake.")] == ["Close the Eastgate library"]


@pytest.mark.parametrize("text", [
    "This editorial board endorses the plan to expand the tram network.",
    "Our editorial board has long argued that the state should abolish the death penalty.",
    "The editors urge Congress to pass the bill on gun control.",
    "This page has long urged the city to build more social housing.",
])
def test_the_outlet_naming_itself_is_the_author(text: str) -> None:
    option = one_option(text)
    assert (option.stance, option.positions) == ("support", [])


def test_a_board_of_someone_elses_is_a_holder() -> None:
    option = one_option("The school board wants to close the Eastgate library.")
    assert option.stance is None
    assert [(p.actor, p.stance) for p in option.positions] == [("the school board", "support")]

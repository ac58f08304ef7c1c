"""A belief in a course doubted or not held turns the side, as "I don't think we should X" already did: "I am not
convinced that the council should X", "I'm not persuaded ...", "remain unconvinced that ...", "I doubt that the
council should X" oppose X (they read as support). "There is no doubt that ..." and "little doubt" affirm."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text", [
    "I am not convinced that the council should close the Eastgate library.",
    "I doubt that the council should close the Eastgate library.",
    "I'm not persuaded the council should close the Eastgate library.",
    "We remain unconvinced that the council should close the Eastgate library.",
    "I doubt the council should close the Eastgate library.",  # no "that"
    "I doubt we should shut the Eastgate library this winter.",
    "I was never persuaded that the council should close the Eastgate library.",
    "We have not been convinced that the trust should close the Eastgate library.",
])
def test_a_doubted_course_is_opposed(text: str) -> None:
    assert one_option(text).stance == "oppose"


@pytest.mark.parametrize("text", [
    "There is no doubt that the council should close the Eastgate library.",
    "There is little doubt that the council should close the Eastgate library.",
    "I am convinced that the council should close the Eastgate library.",
    "No doubt that the council should close the Eastgate library.",  # the sentence's "No"
    "Without doubt, the council should close the Eastgate library.",
])
def test_an_affirmed_course_is_supported(text: str) -> None:
    assert one_option(text).stance == "support"


def test_a_denied_belief_before_a_verdict_on_a_gerund_turns_it() -> None:
    """'Devine does not think continuing the contest will hurt the party': the verdict's cue follows the gerund's last
    word with no space of its own; the denial still turns Devine's side (oppose -> support)."""
    option = one_option("Tad Devine said he does not think continuing to contest the nomination will hurt the party.")
    assert [(p.actor, p.stance) for p in option.positions] == [("Tad Devine", "support")]


def test_a_doubted_gerund_is_read_once() -> None:  # goals.DOUBT_RE reads it already (oppose); the turn must not undo it
    assert one_option("There are good reasons to doubt that building more runways will cut delays.").stance == "oppose"

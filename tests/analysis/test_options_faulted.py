"""A course named as what someone is faulted for not taking (options/faulted.py; sixteenth session, the kind "a course
as the object of criticism" of the tuned news misses: 8 misses in 8 reports of 5 batches): the critic's position,
never the author's. Phrasings written here, not copied from any report."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import options

INTRO = "Senator Jane Doe spoke on Monday. "


def _held(text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options(INTRO + text)]


@pytest.mark.parametrize("text, summary, holder", [
    ("Doe has blasted the president for not arming the Kurds.", "Arm the Kurds", "Jane Doe"),
    ("Candidates like Jane Doe have blasted Obama for not directly arming the Kurds.", "Arm the Kurds", "Jane Doe"),
    ("Doe faulted Congress for failing to pass a budget.", "Pass a budget", "Jane Doe"),
    ("Doe attacked the governor for refusing to expand Medicaid.", "Expand Medicaid", "Jane Doe"),
    ("Doe slammed the council for its failure to fund the schools.", "Fund the schools", "Jane Doe"),
    ("Republicans are slamming the president for his refusal to close the border.", "Close the border", "Republican Party"),
])
def test_the_course_not_taken_is_the_critic_s(text: str, summary: str, holder: str) -> None:
    assert _held(text) == [(summary, None, [(holder, "support")])]


@pytest.mark.parametrize("text, summary, holder", [
    ("The governor was faulted by Jane Doe for failing to pass a budget.", "Pass a budget", "Jane Doe"),
    ("The president has been slammed by Republicans for his refusal to close the border.", "Close the border",
     "Republicans"),
    ("Merkel was criticised by Doe for not arming the Kurds.", "Arm the Kurds", "Jane Doe"),
    ("Merkel, criticised by Doe for not arming the Kurds, defended her policy.", "Arm the Kurds", "Jane Doe"),
])
def test_in_the_passive_the_agent_is_the_critic(text: str, summary: str, holder: str) -> None:
    # review: the subject of a passive verb of fault is the one faulted; it held the course it is faulted for not taking
    assert _held(text) == [(summary, None, [(holder, "support")])]


@pytest.mark.parametrize("text", [
    "Doe criticized the mayor for closing the library.",  # what was done: left alone
    "Doe blamed the storm for not letting her reach the town.",  # a thing, no doer
    "Doe criticized reporters for not attending the briefing.",  # people at hand
    "Doe slammed the president for not using the term radical Islamic terrorism.",  # words
    "Doe criticized the convention for its failure to mention the plight of police officers.",
    "Doe thanked the governor for not vetoing the bill.",  # no fault
    "Doe was fined for failing to file her taxes.",
])
def test_near_misses_give_no_option(text: str) -> None:
    assert _held(text) == []

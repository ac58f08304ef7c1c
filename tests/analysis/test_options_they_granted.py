"""A bare "they" as the subject of a course granted to it ("Councils are stretched. They should be given the power to
license every private landlord", "They must be granted a pay rise", "They should be permitted to work") is a course:
"Give them the power to …", as "Councils should be given the power to …" already was; it used to be dropped with every
pronoun subject of a passive. Other pronouns ("It should be given …"), states ("They should be ashamed"), bare
permissions ("They should be encouraged", "allowed to do so") and "the benefit of the doubt" stay no course."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text, summary", [
    ("Councils are stretched. They should be given the power to license every private landlord in their area.",
     "Give councils the power to license every private landlord"),
    ("Councils, too, have a part to play. They should be given the power to license every private landlord.",
     "Give councils the power to license every private landlord"),
    ("Local councils know their streets. They should be allowed to set their own speed limits.",
     "Allow local councils to set their own speed limits"),
    ("Nurses are leaving in droves. They must be granted a pay rise of at least five percent.",
     "Grant nurses a pay rise"),
    ("Refugees wait years for a decision. They should be permitted to work while their claims are heard.",
     "Permit refugees to work"),
    ("Mayors understand transport. They ought to be empowered to run the buses.", "Empower mayors to run the buses"),
])
def test_a_course_granted_to_they_is_a_course_for_the_group_named_before(text: str, summary: str) -> None:
    # the summary names the group the sentence before opens with (its capital kept when the text never writes it
    # in lower case, as for a named subject: "Councils should be given ..." -> "Give Councils ...")
    option = one_option(text)
    assert option.stance == "support" and option.summary.lower().startswith(summary.lower())


def test_without_a_group_before_the_summary_keeps_them() -> None:
    option = one_option("It rained all week. They should be given the power to license every private landlord.")
    assert option.summary.startswith("Give them the power to license")


@pytest.mark.parametrize("text, summary", [
    # (review of f366f6c8) the group's verb is any verb, not only the tests' ("know", "understand", "wait", "face")
    ("Refugees arrive every day. They should be allowed to work.", "Allow refugees to work"),
    ("Pensioners struggle with their bills. They should be given a winter payment.", "Give pensioners a winter payment"),
    ("Carers often work unpaid. They should be granted a weekly allowance.", "Grant carers a weekly allowance"),
])
def test_the_groups_verb_may_be_any_verb(text: str, summary: str) -> None:
    assert one_option(text).summary.lower().startswith(summary.lower())


@pytest.mark.parametrize("text", [
    # a group that opens a sentence before the one just before, or no group ("Its leaders", "Thousands of nurses")
    "Opinion.\n\nThe Greens met in York. It rained all week. They should be given the power to license every landlord.",
    "Opinion.\n\nIts leaders are tired. They should be given the power to license every landlord.",
    "Opinion.\n\nThousands of nurses quit. They should be given the power to license every landlord.",
])
def test_no_group_just_before_keeps_them(text: str) -> None:
    assert one_option(text).summary.startswith("Give them the power to license")


def test_a_denied_grant_is_opposed() -> None:
    option = one_option("Landlords have had their say. They should not be given the power to evict tenants at will.")
    assert option.stance == "oppose" and option.summary.lower().startswith("give landlords the power to evict")


@pytest.mark.parametrize("text", [
    "They should be given a chance.",
    "They should be encouraged.",
    "They should be allowed to do so.",
    "They should be given the benefit of the doubt.",
    "They should be ashamed of themselves.",
    "It should be given the power to license landlords.",
    "He should be given the power to license landlords.",
])
def test_no_course_for_other_pronouns_states_or_bare_grants(text: str) -> None:
    assert analyse("Opinion.\n\n" + text).options == []

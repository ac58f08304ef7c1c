"""The author's stance is the author's own side (the coordinator's convention, nineteenth session): a course whose
sentence gives it to a third party ("They called him X and urged him to Y", "Saddam declared ..., but warned against
Z", '"Q," Trump says in the ad, warning against Z') is that holder's position, never the author's, even when the holder
step cannot name the holder (then no stance and no position: the option is dropped, as any call by no one named).
The author's own calls ("I urge", "We would ask", "This newspaper calls for") and imperatives stay the author's; verdict
words inside someone's quotation are that speaker's, not the author's verdict on a course reported next to it."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text", [
    "They called him a political opportunist, and urged him to resign.",
    "They praised the mayor at length but demanded that she scrap the fuel tax.",
    "They listed their grievances for an hour and then called for a ban on zero-hours contracts.",
])
def test_an_unnamed_third_party_call_is_not_the_authors(text: str) -> None:
    assert all(o.stance is None for o in options(text)), [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text, holder, stance", [
    ("Saddam declared that he was not an atheist, but warned against any attempt to establish a religious party.",
     "Saddam", "oppose"),
    ("Senator Hale toured the plant on Monday and urged Congress to raise the minimum wage.", "Hale", "support"),
    ("The mayor met the unions, but demanded that the council scrap the fuel tax.", "mayor", "support"),
])
def test_a_call_joined_to_the_clause_before_is_its_subjects(text: str, holder: str, stance: str) -> None:
    option = one_option(text)
    assert option.stance is None
    assert [(p.actor.split()[-1], p.stance) for p in option.positions] == [(holder, stance)]


@pytest.mark.parametrize("text, holder", [
    ('"They asked us," Trump says in the ad titled "Dangerous," warning against allowing in the refugees.', "Trump"),
    ('"This is a crisis," Senator Warren said on Tuesday, warning against any cut to the housing budget.', "Warren"),
])
def test_a_participle_after_a_quotation_is_its_speakers(text: str, holder: str) -> None:
    option = one_option(text)
    assert option.stance is None  # the title's "Dangerous" is no verdict of the author's
    assert [p.actor.split()[-1] for p in option.positions] == [holder]
    assert {p.stance for p in option.positions} == {"oppose"}


@pytest.mark.parametrize("text", [
    '"This is a disgrace," Hale said, urging the council to scrap the fuel tax.',
    '"It is reckless to wait," Hale said, urging the council to scrap the fuel tax.',
])
def test_verdict_words_in_a_quotation_are_the_speakers(text: str) -> None:
    option = one_option(text)
    assert option.stance is None  # was the author's oppose from "disgrace" / "reckless", the speaker's words
    assert [(p.actor, p.stance) for p in option.positions] == [("Hale", "support")]


@pytest.mark.parametrize("text", [
    '"We will vote for it," Hale said, rightly urging the council to scrap the fuel tax.',
    '"This is a disgrace," Hale said, rightly urging the council to scrap the fuel tax.',
    '"We need this," Hale said, wisely urging the council to scrap the fuel tax.',
])
def test_the_author_agreeing_with_a_participle_call(text: str) -> None:
    option = one_option(text)
    assert option.stance == "support"
    assert [(p.actor, p.stance) for p in option.positions] == [("Hale", "support")]


@pytest.mark.parametrize("text, stance", [
    ("We urge the council to scrap the fuel tax.", "support"),
    ("I would ask the district council to ban fracking.", "support"),
    ("I urge councillors to keep the library open.", "support"),
    ("This newspaper calls for a ban on zero-hours contracts.", "support"),
    ("The council wasted a year on consultations, and it must now scrap the fuel tax.", "support"),
    ("We wrote to the council last week, urging it to scrap the fuel tax.", "support"),
    ("I met the minister, and urged her to scrap the fuel tax.", "support"),
])
def test_the_authors_own_calls_stay_the_authors(text: str, stance: str) -> None:
    assert one_option(text).stance == stance


def test_a_verdict_outside_any_quotation_is_still_the_authors() -> None:
    option = one_option("Hale called for a ban on zero-hours contracts, a reckless idea.")
    assert option.stance == "oppose"
    assert [(p.actor, p.stance) for p in option.positions] == [("Hale", "support")]

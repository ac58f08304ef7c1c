"""The two largest kinds of false options on tuned news reports (tests/data/options/judged-news-s15.json, fifteenth
session): a course that names no act (a campaign slogan, a turn of attention, an effort with no content, a goal of
unity or a direction: options/hollow.py, heads.vague_object) and a person's own vote for a candidate, told with its
when, where or as what (options/personal.OWN_VOTE_RE), or a call to rally behind one (personal.CAMPAIGN_RE). Near
misses that name a means, a target, a kind of action or a measure stay options."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text", [
    '"We have to make America great again," the candidate told the rally.',
    '"We need to make America great again," the candidate said.',
    "The senator has pledged to make America 'win' again, instead of being cheated by its rivals.",
    "The governor said the state must make Ohio strong again.",
    '"We must make our country safe again," the governor said.',
    "Let's make the nation proud again.",
    "The mayor said the city should be focusing more on what is actually more important, like crime.",
    "The mayor said the city should focus more on the economy.",
    "Ministers should focus all of their energy on helping the flood victims' families, the charity said.",
    "Critics said the agency should focus all of its attention on the flood defences.",
    "The senator promised to take bold action should he win the presidency.",
    "The president must take decisive action.",
    "The board should take the necessary measures, the auditors said.",
    "The government needs to take urgent and concrete steps.",
])
def test_a_course_that_names_no_act_is_no_option(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text, summary", [
    ("Let's make America richer by abolishing most regulations.", "Make America richer by abolishing most regulations"),
    ("Trump said he would make Mexico pay for the wall.", "Make Mexico pay for the wall"),
    ("The council should focus its spending on the poorest districts.", "Focus its spending on the poorest districts"),
    ("The minister said the government should focus all its energy on rebuilding the port.",
     "Focus all its energy on rebuilding the port"),
    ("The government should take decisive action against the cartels.", "Take decisive action against the cartels"),
    ("NATO must take military action in Syria.", "Take military action in Syria"),
    ("Congress must take action to ban assault weapons.", "Ban assault weapons"),
])
def test_a_course_with_its_means_or_target_stays(text: str, summary: str) -> None:
    assert one_option(text).summary == summary


@pytest.mark.parametrize("text", [
    "Welch said on Friday that he planned to vote for Sanders in the state's March 1 primary.",
    "The congressman also plans to vote for Sanders as a superdelegate at the convention, he said.",
    "Voters want to vote for a candidate with experience, the pollster said.",
    "Benford says he plans to caucus for Cruz on March 1.",
    "A poll released Friday found that 70 percent of registered Latino voters said they would definitely vote for "
    "Clinton or were leaning toward doing so.",
    "The senator urged supporters to vote Tuesday.",
])
def test_a_persons_own_vote_for_a_candidate_is_no_option(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text, summary", [
    ("The union urged members to vote against the budget in committee.", "Vote against the budget in committee"),
    ("Lawmakers should vote for Keystone XL in the House.", "Vote for Keystone XL in the House"),
    ("The governor urged residents to vote for Proposition 8 in November.", "Vote for Proposition 8 in November"),
])
def test_a_vote_on_a_measure_stays(text: str, summary: str) -> None:
    assert one_option(text).summary == summary


@pytest.mark.parametrize("text", [
    '"Some changes need to be made, some major changes," the retiree said.',
    '"This shows donors that he is willing to make significant changes," the strategist said.',
    '"We need to unify the party," the speaker said.',
    "The senator said Democrats must unite the country after the election.",
    '"We have to work together with people of every faith," the candidate said.',
    "The whole nation needs to work towards unity, the governor said.",
    "I think we all need to move towards being compassionate, the governor said.",
    '"We have to take necessary measures to protect ourselves and our allies," the adviser said.',
    "The government must take bold actions.",
])
def test_an_effort_unity_or_a_direction_names_no_act(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text, summary", [
    ("The government must make changes to the tax code.", "Make changes to the tax code"),
    ("The board should make major changes to its pay policy.", "Make major changes to its pay policy"),
    ("Congress and the White House should work together to pass the budget.", "Work together to pass the budget"),
    ("The allies should unite behind the ceasefire plan.", "Unite behind the ceasefire plan"),
    ("Ministers must take measures to protect the coral reef from trawling.",
     "Take measures to protect the coral reef from trawling"),
    ("The government must take actions against the smugglers.", "Take actions against the smugglers"),
    ("We must make America great again by cutting taxes.", "Make America great again by cutting taxes"),
])
def test_an_effort_with_its_content_stays(text: str, summary: str) -> None:
    assert one_option(text).summary == summary


@pytest.mark.parametrize("text", [
    "The senator is urging conservatives to unite behind him against the front-runner.",
    "The senator is urging voters to unite behind his candidacy.",
    "Party elders urged Republicans to rally around the presumptive nominee.",
])
def test_rallying_behind_a_candidate_is_no_option(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]

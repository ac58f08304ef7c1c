"""A course inside the content of a belief others hold or spread ("a growing consensus that", "the narrative that",
"the speculation that") is no course the author argues: "There is a growing consensus that Congress should raise the
debt ceiling" and "Democrats accepted the narrative that the state should cut spending" gave the author's support. As for
"the idea that" (framing.idea_framed), only a verdict on the belief makes it the author's option."""
import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text", [
    "There is a growing consensus that Congress should raise the debt ceiling.",
    "Democrats accepted the narrative that the state should cut spending.",
    "The speculation that the bank should cut rates grew on Monday.",
    "It fed the widespread perception that the government must bail out the airlines.",
    "Voters have the impression that the council should close the library.",
])
def test_belief_content_is_no_course(text):
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text, summary", [
    ("The widespread belief that Britain should leave the single market is a myth.", "Leave the single market"),
    ("The narrative that the state must cut spending is nonsense.", "Cut spending"),
])
def test_a_verdict_on_the_belief_is_the_authors(text, summary):
    option = one_option(text)
    assert (option.summary, option.stance) == (summary, "oppose")


def test_a_claim_reported_with_its_verb_stays():
    option = one_option("Ministers argue that the council should close the library.")
    assert [(p.actor, p.stance) for p in option.positions] == [("ministers", "support")]


@pytest.mark.parametrize("text", [
    "Fox News pushed the story that the government should ban handguns.",
    "Critics spread the rumour that the council should close the library.",
    "He repeated the lie that Britain must leave NATO.",
    "The campaign peddled stories that the state should seize farms.",
])
def test_a_story_spread_is_no_course(text):
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


def test_a_verdict_on_the_story_is_the_authors():
    option = one_option("The story that the council should close the library is a fantasy.")
    assert (option.summary, option.stance) == ("Close the library", "oppose")

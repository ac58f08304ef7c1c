"""A politician's own moves as a candidate are no course of action for a body (options/personal.CANDIDACY_RE; the
largest wrong kind in the news-s13 reports and in the twelfth session's reading of PolNeAR options): entering or
leaving a race, running for an office, seeking a nomination, making a bid, choosing a running mate, conceding,
releasing one's own tax returns. Near misses stay options: the same verbs with a body's course as their object
(an arms race, a city's bid to host the Games, the nomination process, a nominee's confirmation, officials' tax
returns), and a vote by voters."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text", [
    "Indiana GOP Rep. Susan Brooks is planning to withdraw from her House reelection race and seek her party's "
    "gubernatorial nomination.",
    "Susan Brooks planning to enter Indiana governor contest.",
    "She then asked if it's out of the question for Clinton to choose a female running mate.",
    "Rep. Todd Rokita has publicly stated his interest in taking Pence's spot, should Trump tap him for vice president.",
    "Former Gov. Mitch Daniels ruled out making a bid this morning.",
    "Donors are urging Michael Bloomberg to run for president as an independent.",
    "Some Republicans want Kasich to drop out of the race before the Ohio primary.",
    "Sanders said he would stay in the race until the convention.",
    "Democrats are pressing Biden to mount a bid for the presidency.",
    "Critics said Trump should release his tax returns.",
    "Todd pressed Priebus on the subject of Trump's taxes, insisting that Trump should release them.",
    "Party elders called on Cruz to concede the nomination.",
    "Trump went after Clinton and called for her to quit her bid for president.",
    "Donors urged him to end his presidential bid before Super Tuesday.",
])
def test_a_candidates_own_move_is_no_option(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text, summary", [
    ("Japan should not join the arms race in the region.", "Join the arms race in the region"),
    ("The city council should mount a bid to host the 2032 Games.", "Mount a bid to host the 2032 Games"),
    ("The city should drop its bid to host the 2032 Games.", "Host the 2032 Games"),
    ("The party must take the nomination process away from the donors.", "Take the nomination process away from the donors"),
    ("The Senate should confirm the nomination of Merrick Garland.", "Confirm the nomination of Merrick Garland"),
    ("Congress should require every candidate to release three years of tax returns.",
     "Require every candidate to release three years of tax returns"),
    ("The watchdog urged the agency to release them.", "Release them"),
])
def test_a_bodys_course_with_the_same_words_stays(text: str, summary: str) -> None:
    assert one_option(text).summary.lower() == summary.lower()


@pytest.mark.parametrize("text", [
    "\u201cAnd while I\u2019m at it, I hold in the highest esteem Sen. John McCain,\u201d Trump said, \u201cand I fully support "
    "and endorse his re-election.\u201d",
    "He said he plans to support the Republican nominee, whoever it ends up being.",
    "We\u2019re going to have to beat Donald Trump at the ballot box.",
    "\u201cFolks, let\u2019s go, let\u2019s have a big win in Nevada,\u201d he told supporters.",
    "If Trump becomes the nominee, that could be all the motivation Democrats need to show up at the polls.",
    "Mr. Sanders's aides said he intended to spend nearly all his time in California until the state's primary.",
    "He needs to persuade a good number of Clinton supporters to back him.",
    "Trump told voters that the senator should bolt the party over his foul treatment.",
    "The governor plans to campaign across Ohio next week.",
    "Allies urged her to court the superdelegates before the convention.",
    "Instead, the mayor intends to sit out the presidential race this year.",
    "\u201cWe plan to compete hard in the remaining primary states, particularly California,\u201d the campaign said.",
    "Sanders wins R.I., vows to press on to next primary.",
    "Sanders promised to push for a contested convention this summer.",
    "They have promised to press their case to the convention floor.",
    "The chief executive was planning to hold a fund-raiser for Mr. Trump on Thursday night.",
    "The senator isn't planning to endorse anyone this cycle.",
    "He said he intends to pursue a slot as an at-large delegate next week.",
    "Clinton is having to fight harder than she had planned to seal the nomination.",
])
def test_a_campaigns_own_move_is_no_option(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text, summary", [
    ("Activists urged the public to support the campaign to free the hostages.", "Support the campaign to free the hostages"),
    ("Ministers must persuade voters to back the pension reform.", "Persuade voters to back the pension reform"),
    ("The committee should endorse the plan to widen the road.", "Endorse the plan to widen the road"),
    ("The union wants the council to hold the election in May.", "Hold the election in May"),
    ("Exporters say the government should help firms compete in global markets.", "Help firms compete in global markets"),
    ("The states should hold a constitutional convention on term limits.",
     "Hold a constitutional convention on term limits"),
    ("Britain should sign the convention on torture.", "Sign the convention on torture"),
])
def test_a_course_named_with_campaign_words_stays(text: str, summary: str) -> None:
    assert one_option(text).summary.lower() == summary.lower()

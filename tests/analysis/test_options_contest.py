"""A course about the electoral contest itself (candidates, primaries, delegates, voters, a party's nominee, an
opponent, a campaign, the race, the polls) is a campaign's own move, no course of a government or body
(options/contest.py; campaign moves are the largest false kind on tuned news, fifteenth session). A state's, party's
or court's act on the contest, a policy about it, and a political rival or ballot measure stay options."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text", [
    "Sanders would then need to over-perform in the five Northeastern primaries on April 26 and remain competitive.",
    "Party donors said the governor should continue spending time and money on the primary.",
    '"They should support the Democratic candidate who got the most votes," the senator said.',
    "Some undecided conservatives think the senator should drop her party's volatile nominee quickly.",
    "Advisers said Carson must reboot his campaign before Iowa.",
    "The senator urged his allies to knock the governors out of the race.",
    "The Super PAC also plans to target Ohio voters via mail, phone calls and digital ads.",
    "The columnist urged Republicans to abandon all outsider candidates.",
    "Thirty-six percent of Democrats said they would flip their support to the presumptive Republican nominee.",
])
def test_a_move_in_the_contest_is_no_option(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text, summary", [
    ("The party should end the caucuses and hold primaries instead, the senator said.",
     "End the caucuses and hold primaries instead"),
    ("The Trump campaign should fire its campaign manager, Cruz said.", "Fire its campaign manager"),
    ("Activists urged the state to take ballot measures to legalize marijuana.", "Take ballot measures to legalize marijuana"),
    ("The senators urged the White House to pressure Ukraine to release a political rival of the president.",
     "Pressure Ukraine to release a political rival of the president"),
    ("The Democratic Party should let its candidates debate often and before big audiences.",
     "Let its candidates debate often"),
    ("Congress must reform the campaign finance system, the group said.", "Reform the campaign finance system"),
])
def test_an_act_on_the_contest_stays(text: str, summary: str) -> None:
    assert one_option(text).summary == summary


@pytest.mark.parametrize("text", [
    "Army Capt. Christian Pardo said he would not vote for either Clinton or Trump.",
    "Senator Bernie Sanders said he will make his medical health records available to the public.",
    "The governor said she would release her health records before the debate.",
    "Sanders has rebuffed pressure to rein in his supporters after they disrupted the convention.",
])
def test_a_candidates_own_vote_records_and_supporters_are_no_option(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text, summary", [
    ("Lawmakers should vote for either the House bill or the Senate bill.",
     "Vote for either the House bill or the Senate bill"),
    ("The Senate should require the agency to release its records on the program.",
     "Require the agency to release its records on the program"),
    ("The senator said he would not vote for the budget.", "Not vote for the budget"),
])
def test_a_vote_on_a_measure_or_a_bodys_records_stays(text: str, summary: str) -> None:
    assert one_option(text).summary == summary


@pytest.mark.parametrize("text, summary", [
    ("The United States should arm the opponents of Assad, the senator said.", "Arm the opponents of Assad"),
    ("Washington must arm Assad's opponents, McCain said.", "Arm Assad's opponents"),
    ("The alliance must deter rivals such as China and Russia, the general said.", "Deter rivals such as China and Russia"),
    ("The US should confront its rivals more firmly, the senator said.", "Confront its rivals more firmly"),
    ("The government should give voters a say on the final deal, the MPs said.", "Give voters a say on the final deal"),
    ("The prime minister should offer voters a second referendum, campaigners said.",
     "Offer voters a second referendum"),
    ("Britain should grant prisoners votes, the court said.", "Grant prisoners votes"),
    ("The ministry should train more teacher candidates, the union said.", "Train more teacher candidates"),
    ("The state should keep the polls open until 9 p.m., the group said.", "Keep the polls open"),
    ("The city should collect data on race and ethnicity, the council said.", "Collect data on race and ethnicity"),
    ("The UN should send delegates to the talks, diplomats said.", "Send delegates to the talks"),
])
def test_a_word_of_the_contest_in_another_sense_stays(text: str, summary: str) -> None:
    """Opponents or rivals not someone's own, voters given a say, candidates for a post, a race that is no contest:
    a course of a state or body, not a campaign's move (each was dropped by the first contest rule)."""
    assert one_option(text).summary == summary


@pytest.mark.parametrize("text, summary", [
    ("Police departments should release their records on shootings, the group said.", "Release their records on shootings"),
    ("The companies must publish their emissions records, the minister said.", "Publish their emissions records"),
    ("Hospitals should make their inspection records public, the report said.", "Make their inspection records public"),
    ("Rebels should rein in their supporters, the UN envoy said.", "Rein in their supporters"),
])
def test_bodies_records_and_supporters_stay(text: str, summary: str) -> None:
    """'their' records of a body's kind, a group's hold on its supporters: courses, not a candidate's own moves."""
    assert one_option(text).summary == summary


@pytest.mark.parametrize("text", [
    "Clinton should adopt a Fox News proposal for one final debate with rival Sen. Bernie Sanders, aides said.",
    "The governor should debate opponent Ted Cruz before the primary, his advisers said.",
    "The scandal should give voters serious pause, the columnist said.",
])
def test_a_named_rival_and_an_effect_on_voters_are_still_no_course(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text", [
    "Still, both Sanders and Clinton must vie for the Latino vote.",
    '"He has to seal the deal and get them to actually turn out," the strategist said.',
    "Sanders urged his supporters to turn out in large numbers on Tuesday.",
    "The senator said he will work to prevent a Republican from becoming president.",
    '"Is that a man we should elect as president?" the ad asked.',
])
def test_a_blocs_vote_turnout_and_the_office_as_prize_name_the_contest(text: str) -> None:
    """Sixteenth session: a bloc's vote, turnout and the office as the prize are words of the contest too."""
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text, summary", [
    ("The board should elect a new president of the bank, shareholders said.", "Elect a new president of the bank"),
    ("The city must turn out the lights on empty office towers at night, the council said.",
     "Turn out the lights on empty office towers at night"),
    ("Congress should hold a vote on the nomination of Merrick Garland, the senator said.",
     "Hold a vote on the nomination of Merrick Garland"),
    ("The Senate must confirm the nomination of the new attorney general.", "Confirm the nomination of the new attorney general"),
])
def test_an_office_or_a_vote_in_another_sense_stays(text: str, summary: str) -> None:
    assert one_option(text).summary == summary


@pytest.mark.parametrize("text", [
    "Clinton advisers say any efforts to muscle him out could backfire.",
    "Biden urged those calling for Sanders' withdrawal to be patient.",
    "After the caucuses, donors said Carson should withdraw.",
])
def test_a_candidates_exit_is_a_move_in_the_contest(text: str) -> None:
    """Sixteenth session: a candidate's withdrawal, dropping out, being muscled out."""
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text, summary", [
    ("Manila should withdraw the marines from the shoal, both candidates said.", "Withdraw the marines from the shoal"),
    ("The candidates are calling for a withdrawal of US troops from Iraq by 2020.",
     "Carry out a withdrawal of US troops from Iraq by 2020"),
    ("The candidate called for the immediate withdrawal of Russian troops.",
     "Carry out the immediate withdrawal of Russian troops"),
    ("Britain should drop out of the treaty, both candidates said.", "Drop out of the treaty"),
])
def test_a_withdrawal_of_troops_or_from_a_treaty_stays(text: str, summary: str) -> None:
    assert one_option(text).summary == summary


@pytest.mark.parametrize("text", [
    "Trump, with 329 delegates, needs to garner 52 percent.",
    "Sanders needs to considerably outperform current projections in other large states in order to win delegates.",
])
def test_a_share_of_the_vote_and_outperforming_are_moves_in_the_contest(text: str) -> None:
    """Sixteenth session: a candidate's arithmetic of the race is no course."""
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text, summary", [
    ("The candidate said Congress should cut corporate taxes by 20 percent.", "Cut corporate taxes by 20 percent"),
    ("The candidate says the state should raise the minimum wage by 10 percent.", "Raise the minimum wage by 10 percent"),
])
def test_a_change_by_a_percentage_stays(text: str, summary: str) -> None:
    assert one_option(text).summary == summary

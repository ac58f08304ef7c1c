"""Precision on fresh editorials and news (SELECTION-read-8.md): a person's own errand or vote, a relative's act, a
course inside a proviso, rules for applicants, a quality called for, a focus on a topic, an indefinite someone's
wish in a scenario and a thing's "should" after "said that" are no course of action for a body
(options/personal.py, heads.py, goals.py, lexicon.PERSONAL_AGENTS). Each with a case that stays an option."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text", [
    "I asked the school district to provide me with a copy of the worksheets it used.",
    "My grandfather was not happy; he wanted my grandmother to take Carlos to the hospital for treatment.",
    "Her husband should sell the family farm before the bank forecloses.",
    "The report is available to anyone online, provided they are willing to wade through its pages.",
    "Applicants must also pass a thorough psychological evaluation.",
    "He called for the public's resilience in the face of hardship.",
    "The focus should be on the risks of free speech in today's Egypt.",
    "Annette Guessford answered her door and said she planned to caucus for Clinton.",
    "Homeowners paid a premium for a golf-course lot, and suddenly a developer comes in and wants to build in front of them.",
    "He said that accord should guide the actions of countries going forward.",
    "The Georgian government needs to show those in South Ossetia that their future is brighter with Tbilisi.",
    "The Senate committee also needs to address the fact that the violations went beyond torture.",
    "The continuous noise has caused both Anthony and the team to have to deal with many false stories.",
    # spacing and case as the pattern read them before the speed change of 888471d
    "The rules required the council to  have to publish its accounts.",
    "Injuries FORCED the club TO have to sell its best players.",
    "A supporter asked people in the audience to clap if they agreed with Trump.",
    "Rubio was long viewed as their best chance to overtake Mr. Trump.",
    "\"I've always wanted to own a casino,\" he said.",
    "Mr. Chagoury explained that he had simply wanted to provide insights on elections in Lebanon.",
    "Clinton plans to make her proposal at a campaign stop in Fairfield, Iowa.",
    "Hillary Clinton wants to make it a major issue for female voters.",
    "Some are quietly saying it is time to accept a new reality.",
    "The dispute is over emails that Clinton thinks should be made public.",
    "Chamberlain praised Clinton's remarks, but also used them as an opportunity to ratchet up the pressure.",
    "The combative Christie needs to best rivals Jeb Bush and Kasich.",
    "But no amount of media hype should distract us from understanding that the ticket lacks principle.",
    "Investors would be wise to keep some cash in reserve this year.",
    "Students should start revising early rather than cramming the night before.",
    "Ministers must choose between two unpopular options before the end of the month.",
    "The figures must be treated with caution, since they come from the ministry itself.",
    "Some of the numbers have to be taken with a grain of salt, said Caroline Freund.",
    "Reporters should ask yourselves why she holds no press conferences.",
    "Private businesses must make more than they spend in order to pay the rent.",
    "Two weeks earlier, Dutch voters dealt a blow to European Union foreign policy by rejecting a treaty that would tie "
    "Ukraine closer to the union.",
    "Farage says such votes are preludes to the referendum on whether Britain should exit the EU.",
])
def test_no_course_for_a_body(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text, summary", [
    ("The senators asked the agency to provide them with a copy of the contracts.",
     "Provide them with a copy of the contracts"),
    ("The council should give me and my neighbours a vote on the new road.", "Give me and my neighbours a vote on the new road"),
    ("Ankara is ready to host the talks, provided the Kurds are willing to attend.", "Host the talks"),
    ("Foreign applicants should be taxed like everyone else.", "Tax foreign applicants like everyone else"),
    ("The focus should be on rebuilding the schools.", "Focus on rebuilding the schools"),
    ("Senators plan to vote against the Keystone bill.", "Vote against the Keystone bill"),
    ("The minister said that Iran should stop enriching uranium.", "Stop enriching uranium"),  # ("He": no one named)
    ("The union wants to scrap the pension reform.", "Scrap the pension reform"),
    ("The council should show residents the plans before the vote.", "Show residents the plans"),
    ("Ministers must persuade farmers to plant hedges.", "Persuade farmers to plant hedges"),
    ("The government is going to have to raise taxes on the rich.", "Raise taxes on the rich"),
    ("The summit is an opportunity to agree a common tariff on steel.", "Agree a common tariff on steel"),
    ("The Fed would be wise to raise rates slowly.", "Raise rates slowly"),
    ("Free meals for pupils have to end.", "End free meals for pupils"),
    ("The question is whether Britain should exit the EU.", "Exit the EU"),
    ("Clinton plans to propose a dramatic increase in federal spending on Alzheimer's research.",
     "Propose a dramatic increase in federal spending on Alzheimer's research"),
    ("The emphasis must be on enforcement of the existing laws.", "Focus on enforcement of the existing laws"),
])
def test_still_a_course(text: str, summary: str) -> None:
    assert one_option(text).summary.lower() == summary.lower()


def test_the_writers_present_wish_for_a_body_stays_an_option() -> None:
    """Only a past wish ('I've always wanted to own a casino') is a person's own: 'I want to see S do X' argues X."""
    assert one_option("I want to see Congress pass the bill.").stance == "support"

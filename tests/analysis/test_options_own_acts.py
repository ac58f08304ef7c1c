"""The announced-plan rule (tests/data/options/README.md, "Announced plans (sixteenth session)"): (a) an act the doer
has decided and announced for itself and can carry out alone is no option (`options/own_acts.py`); (b) a course that
needs others to act or agree stays the announcer's position; (c) a call on another actor stays the caller's position,
also when others mock it. Each row of the own-act table in several phrasings, with near misses."""
from __future__ import annotations

import pytest

from briefing_app.analysis.options.own_acts import own_act
from tests.analysis.option_helpers import options


def _positions(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    return [(o.summary, [(p.actor, p.stance) for p in o.positions]) for o in options(text)]


@pytest.mark.parametrize("text", [
    # a court step of its own
    "Tennessee's attorney general, Jonathan Skrmetti, said his office would appeal the decision to the Sixth Circuit.",
    "Attorney General Maura Healey said she would appeal the ruling.",
    "The attorney general plans to appeal the verdict, a spokesman said.",
    "Governor Jan Brewer said she would sue the federal government over the rule.",
    "The mayor said his office would file a lawsuit against the manufacturer.",
    "The governor vowed to take the federal government to court over the rule.",
    # an event of its own
    "Senator Chuck Grassley said he would hold a hearing on the nomination next month.",
    "The committee chairman said he would not hold hearings on Garland's nomination.",
    "Rashad Robinson said his group would hold a rally outside the convention.",
    # its own records
    "The senator said he would release his medical records next week.",
    "The mayor pledged to publish her own emails from the period.",
    # leaving an office, an appearance
    "The mayor said she would step down at the end of the year.",
    "The chief executive plans to retire in June.",
    "Many Republicans have said they will not attend the convention.",
    "Gore plans to skip the festivities in Philadelphia.",
    "He said he planned to visit the United States before January.",
    # running or not running (seventeenth session: "announced he would" is read too)
    "Former Maryland Gov. Martin O’Malley and former Arkansas Gov. Mike Huckabee announced they will suspend their campaigns.",
    "The senator announced he would end his presidential bid.",
    "The governor said she would run for a second term.",
    "The mayor announced she will seek re-election.",
    # its own review
    "The minister said her department would review the rules.",
    "The inspector general said he would open an investigation into the contracts.",
    # a campaign's or a company's own business
    "Her campaign is planning to reprint a withering editorial that accuses Sanders of running a fiction-filled campaign.",
    "The campaign plans to air new ads in Iowa.",
    "Ford plans to open a new plant in Mexico, the company said.",
    # its own money, advice, a symbolic act
    "The senator said he would return the donations.",
    "Bolton said he would advise Trump on dealing with Russia.",
    "The cities of Blackpool and Liverpool said they would light local landmarks with rainbow colors.",
])
def test_an_act_decided_and_done_alone_is_no_option(text: str) -> None:
    assert options(text) == []


@pytest.mark.parametrize("text, summary, holder, stance", [
    # (b) a course that needs others: a bill, a pledge of what the government will do, a veto of others' bill
    ("Senator Warren said she would introduce a bill to ban stock trading by members of Congress.",
     "Introduce a bill to ban stock trading by members of Congress", "Warren", "support"),
    ("Trump said he would build a wall on the southern border.", "Build a wall on the southern border", "Trump", "support"),
    ("Merz said he would not govern with the AfD.", "Govern with the AfD", "Merz", "oppose"),
    ("Sanders said last week that he plans to introduce his own bill dealing with the Puerto Rico debt crisis.",
     "Introduce his own bill dealing with the Puerto Rico debt crisis", "Sanders", "support"),
    # announced, declared (seventeenth session)
    ("Smith announced he would introduce a bill to ban assault weapons.", "Introduce a bill to ban assault weapons", "Smith",
     "support"),
    ("The premier declared he would raise the minimum wage.", "Raise the minimum wage", "the premier", "support"),
    # a governing body's "it" after "said" is itself (not a company's or a thing's: see the near misses below)
    ("The government said it would raise taxes on banks.", "Raise taxes on banks", "the government", "support"),
    ("France announced it would impose sanctions on Iran.", "Impose sanctions on Iran", "France", "support"),
    ("The ministry said it will not lift the ban on imports.", "Lift the ban on imports", "the ministry", "oppose"),
    # an own act only threatened is not yet decided: a position (held under a condition it is none: below)
    ("Governor Jan Brewer threatened to sue the federal government over the rule.",
     "Sue the federal government over the rule", "Jan Brewer", "support"),
])
def test_a_course_that_needs_others_or_is_not_decided_is_the_announcers_position(
        text: str, summary: str, holder: str, stance: str) -> None:
    assert _positions(text) == [(summary, [(holder, stance)])]


@pytest.mark.parametrize("text, summary, holder", [
    # (c) somebody else's act called for: the caller's position
    ("Democrats urged the attorney general to appeal the ruling.", "Appeal the ruling", "Democratic Party"),
    ("Democrats demanded that Grassley hold hearings on the nomination.", "Hold hearings on the nomination", "Democratic Party"),
    ("Senators pressed the agency to release its records on the program.", "Release its records on the program", "senators"),
    ("The union called on the company to open a new plant in Ohio.", "Open a new plant in Ohio", "the union"),
    # also when others mock the call
    ("Trump urged Russia to hack Clinton's emails, a call Democrats mocked.", "Hack Clinton's emails", "Trump"),
    ("Trump asked Russia to find Clinton's emails, a remark his critics mocked as a joke.", "Find Clinton's emails", "Trump"),
])
def test_a_call_on_another_actor_to_do_it_is_the_callers_position(text: str, summary: str, holder: str) -> None:
    assert _positions(text) == [(summary, [(holder, "support")])]


@pytest.mark.parametrize("summary", ["Appeal the decision to the Sixth Circuit", "Sue the state", "File a lawsuit against X",
                                     "Hold a hearing on the nomination", "Step down", "Release his tax returns",
                                     "Review the rules", "Air new ads in Iowa", "Return the donations",
                                     "Reprint a withering editorial", "Open an investigation into the contracts",
                                     "Hold a rally outside the convention", "Visit the United States"])
def test_the_own_act_table(summary: str) -> None:
    assert own_act(summary)


@pytest.mark.parametrize("summary", ["Appeal to voters in the rust belt", "Appeal for calm", "Hold a referendum on membership",
                                     "Hold a vote on the bill", "Release the prisoners", "Build a wall on the border",
                                     "Impose sanctions on Russia", "Introduce a bill", "Close the nuclear plants",
                                     "Ban political ads", "Raise interest rates"])
def test_not_in_the_own_act_table(summary: str) -> None:
    assert not own_act(summary)


@pytest.mark.parametrize("text", ["Trump jokingly urged Russia to hack Clinton's emails.",
                                  "Trump facetiously urged Russia to hack Clinton's emails.",
                                  "Trump said in jest that Russia should hack Clinton's emails.",
                                  "The comedian sarcastically urged Congress to abolish the Senate."])
def test_a_call_the_text_says_was_not_meant_is_no_entry(text: str) -> None:
    assert options(text) == []


@pytest.mark.parametrize("text, summary, holder", [
    ("Trump urged Russia to hack Clinton's emails, though he later said he was joking.", "Hack Clinton's emails", "Trump"),
    ("Critics called it a joke, but Trump urged Russia to hack Clinton's emails.", "Hack Clinton's emails", "Trump"),
])
def test_a_joke_claimed_later_or_by_others_leaves_the_call(text: str, summary: str, holder: str) -> None:
    assert _positions(text) == [(summary, [(holder, "support")])]


@pytest.mark.parametrize("text, summary, holder", [
    # (b) a course weighed, not yet decided: the doer's neutral position, also in reported (backshifted) words
    ("The prime minister said her government was considering a ban on fossil fuel advertising.",
     "Impose a ban on fossil fuel advertising", "the prime minister"),
    ("Rhodes said the administration was in discussions about deploying additional missile defense.",
     "Deploy additional missile defense", "Rhodes"),
    ("The ministry is in talks about raising the retirement age.", "Raise the retirement age", "the ministry"),
    ("The White House has been weighing new sanctions on Russia.", "Impose new sanctions on Russia", "White House"),
    ('"We\'re in discussions about the deployment of additional missile defense," Rhodes said.',
     "Carry out the deployment of additional missile defense", "Rhodes"),
])
def test_a_course_weighed_is_a_neutral_position(text: str, summary: str, holder: str) -> None:
    assert _positions(text) == [(summary, [(holder, "neutral")])]


@pytest.mark.parametrize("text", ["In 2012 the city was considering a tram line to the airport.",
                                  "People are in talks about the weather.",
                                  "Jeb Bush has been considering announcing that he will not endorse Trump."])
def test_no_course_weighed(text: str) -> None:
    assert options(text) == []


@pytest.mark.parametrize("text", [
    "The company said it would cost employers $2 billion a year.",  # a thing's outcome
    "The analysts said it would raise prices.",  # no governing body says "it"
    "Ford announced it would open a new plant in Mexico.",  # a company's own business act (rule a)
])
def test_it_after_said_is_no_speaker_unless_a_governing_body_said_it(text: str) -> None:
    assert options(text) == []


@pytest.mark.parametrize("text, summary, holder", [
    ("Officials said they were weighing new sanctions on Iran.", "Impose new sanctions on Iran", "officials"),
    ("The ministry said it was considering a ban on plastic bags.", "Impose a ban on plastic bags", "the ministry"),
    ("Senate leaders said they were exploring a tax on carbon.", "Impose a tax on carbon", "Senate leaders"),
])
def test_a_pronoun_after_said_weighs_for_the_one_who_said_it(text: str, summary: str, holder: str) -> None:
    assert _positions(text) == [(summary, [(holder, "neutral")])]


@pytest.mark.parametrize("text", [
    # coordinator's decision (session 17): an act of the doer's own person or office stays no option under a condition
    "Bill Clinton announced he will step down from the foundation if his wife wins.",
    "The governor said she would sue the federal government if the rule took effect.",
    "The mayor said she would step down if the council passed the budget.",
    "The attorney general said his office would appeal the ruling if the court upheld it.",
    "The senator said he would release his tax returns if his rival did the same.",
    "Grassley said he would hold a hearing on the nomination if the president withdrew it.",
    "The campaign said it would air new ads in Iowa if the polls tightened.",
])
def test_an_own_act_under_a_condition_is_no_option(text: str) -> None:
    assert options(text) == [], _positions(text)


@pytest.mark.parametrize("text, summary, holder", [
    # near misses: a measure on others held under a condition stays a conditional position
    ("The government said it would impose tariffs on steel if the talks failed.", "Impose tariffs on steel", "the government"),
    ("Trump said he would impose tariffs on Mexico if the border stayed open.", "Impose tariffs on Mexico", "Trump"),
    ("The senator said he would introduce a bill to ban stock trading if the ethics rules failed.",
     "Introduce a bill to ban stock trading", "the senator"),
])
def test_a_measure_on_others_under_a_condition_stays_conditional(text: str, summary: str, holder: str) -> None:
    assert _positions(text) == [(summary, [(holder, "conditional")])]

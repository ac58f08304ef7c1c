"""Forms of argued options found from the project's own training sentences (tests/data/options/train):
reported calls with "demanding that", "begged X to", an infinitive after a long object; "ought now to",
"can and should"; an if-clause naming the agent in lower case; a gerund judged by its consequence or
as illegal, no substitute or a distraction. Each with a case that must stay no option."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, summary, holder", [
    ("Farmers' unions are demanding that Brussels suspend the new pesticide rules for two years.",
     "Suspend the new pesticide rules for two years", "Farmers' unions"),
    ("Students occupying the campus demand that the university cut its ties with arms manufacturers.",
     "Cut its ties with arms manufacturers", "Students occupying the campus"),
    ("Relatives of the missing have begged the army to open its archives.", "Open its archives", "relatives of the missing"),
    ("Doctors without Borders urged all parties to the conflict to stop attacking ambulances.",
     "Stop attacking ambulances", "Doctors without Borders"),
])
def test_reported_calls(text: str, summary: str, holder: str) -> None:
    o = one_option(text)
    assert o.summary == summary
    assert o.stance is None and [(p.actor, p.stance) for p in o.positions] == [(holder, "support")]


@pytest.mark.parametrize("text, summary", [
    ("Berlin ought finally to send the long-range missiles to Kyiv.", "Send the long-range missiles to Kyiv"),
    ("The government ought now to repeal the law.", "Repeal the law"),
    ("Seoul can and should reopen the military hotline with Pyongyang.", "Reopen the military hotline with Pyongyang"),
    ("If the council is serious about air quality, it must ban diesel lorries from the city centre.",
     "Ban diesel lorries from the city centre"),
])
def test_modal_forms(text: str, summary: str) -> None:
    o = one_option(text)
    assert (o.summary, o.stance, o.positions) == (summary, "support", [])


@pytest.mark.parametrize("text, summary, stance", [
    ("Taxing sugary drinks would save lives and raise money for school sports.", "Tax sugary drinks", "support"),
    ("Tearing up the peace agreement now would play straight into the hands of the hardliners.",
     "Tear up the peace agreement", "oppose"),
    ("Sending troops would only fuel the insurgency.", "Send troops", "oppose"),
    ("Nationalising the energy companies would be a costly distraction from the real work.",
     "Nationalise the energy companies", "oppose"),
    ("Putting the army on the streets is no substitute for a properly paid police force.",
     "Put the army on the streets", "oppose"),
    ("Forcing refugees to return to a country at war is both illegal and cruel.",
     "Force refugees to return to a country at war", "oppose"),
])
def test_gerund_judged(text: str, summary: str, stance: str) -> None:
    o = one_option(text)
    assert (o.summary, o.stance) == (summary, stance)


@pytest.mark.parametrize("text", [
    "He asked reporters to leave the room.",  # a request in a scene, not a course argued
    "The doctor advised him to rest for a week.",
    "If it is serious about air quality, it must ban diesel lorries from the city centre.",  # "it" names no one
    "The law is illegal, the court found.",
    "Their detention is illegal.",
    "Saving money is hard for families.",
    "Should the talks fail, the strike will begin on Monday.",
])
def test_no_option(text: str) -> None:
    assert options(text) == []


@pytest.mark.parametrize("text", [
    "Under the new rules, companies with more than fifty workers must publish their pay gaps.",  # in force, described
    "By law, the budget must be approved by the end of December.",
    "The treaty requires that both sides must withdraw heavy weapons from the line.",
    "Drivers must slow down near the school during term time.",  # advice to people
    "Investors should keep some cash in reserve this year.",
    "Voters must be tired of being told that there is no money.",
    "It would be wrong to blame the nurses for the failings of the managers.",
    "We would be foolish to assume that the virus has gone for good.",
    "The country needs to rediscover its sense of purpose.",
    "Africa must write its own future.",
    "The ruling party should win comfortably, if the polls are to be believed.",
])
def test_described_or_vague_is_no_option(text: str) -> None:
    assert options(text) == []


@pytest.mark.parametrize("text, summary", [
    ("The government should extend the new rules to small firms.", "Extend the new rules to small firms"),
    ("Foreign investors should be taxed on their property gains.", "Tax Foreign investors on their property gains"),
    ("Under pressure from the unions, the minister must withdraw the bill.", "Withdraw the bill"),
    ("The city must counter the threat from flooding with new barriers.", "Counter the threat from flooding with new barriers"),
])
def test_still_options(text: str, summary: str) -> None:
    assert one_option(text).summary == summary


@pytest.mark.parametrize("text, summary, stance", [
    ("Why on earth would the board sell the club's stadium to the owner's own property company?",
     "Sell the club's stadium to the owner's own property company", "oppose"),
    ("Do we really want to hand the police the power to stop anyone without a reason?",
     "Hand the police the power to stop anyone without a reason", "oppose"),
    ("Isn't it time the Premier League shared more of its television money with the clubs further down?",
     "Share more of its television money with the clubs further down", "support"),
])
def test_rhetorical_questions(text: str, summary: str, stance: str) -> None:
    o = one_option(text)
    assert (o.summary, o.stance) == (summary, stance)


@pytest.mark.parametrize("text, summary, holder, stance", [
    ("Delhi has threatened to suspend the water treaty with Islamabad.", "Suspend the water treaty with Islamabad",
     "Delhi", "support"),
    ("The junta has promised to hand over power after a transition of three years.", "Hand over power", "the junta", "support"),
    ("Economists at the bank have made a persuasive case for cutting the stamp duty on first homes.",
     "Cut the stamp duty on first homes", "Economists at the bank", "support"),
    ("The central bank governor warned the government against printing money to pay public salaries.",
     "Print money to pay public salaries", "the central bank governor", "oppose"),
])
def test_reported_plans_and_warnings(text: str, summary: str, holder: str, stance: str) -> None:
    o = one_option(text)
    assert o.summary == summary and o.stance is None
    assert [(p.actor, p.stance) for p in o.positions] == [(holder, stance)]


@pytest.mark.parametrize("text", [
    "Why would anyone vote for him?",
    "Why would they interrupt meetings and family time to check them?",
    "She warned him against walking home alone.",
    "Russia has plans to build a new base.",
    "In 2008 Obama promised to close Guantanamo.",
])
def test_questions_and_plans_that_are_no_option(text: str) -> None:
    assert options(text) == []


def test_base_forms_of_ar_and_ir_verbs() -> None:
    from briefing_app.analysis.options.phrases import base_form
    assert [base_form(w) for w in "shared declared prepared cleared soaring repaired required chaired".split()] == \
        "share declare prepare clear soar repair require chair".split()


@pytest.mark.parametrize("text", [
    "It is important to establish who precisely ordered the strike.",  # finding out, no course of action
    "Ministers must decide who leads the negotiations.",
    "The company may change hands soon.",
])
def test_finding_out_is_no_option(text: str) -> None:
    assert options(text) == []


def test_investigating_still_is() -> None:
    assert one_option("The council should investigate who approved the contract.").summary == \
        "Investigate who approved the contract"


@pytest.mark.parametrize("text, summary", [
    ("The schools should stay closed until every classroom has proper ventilation.", "Keep the schools closed"),
    ("The minimum wage should rise to fifteen pounds an hour.", "Raise the minimum wage to fifteen pounds an hour"),
    ("Fuel duty should fall by ten pence.", "Lower Fuel duty by ten pence"),
])
def test_what_a_policy_sets(text: str, summary: str) -> None:
    assert one_option(text).summary == summary


@pytest.mark.parametrize("text", [
    "Prices should fall next year as supply improves.",  # a forecast: no one sets prices
    "Interest rates should fall in the spring, most economists expect.",
])
def test_forecast_is_no_option(text: str) -> None:
    assert options(text) == []


@pytest.mark.parametrize("text, summary", [
    ("Stop selling arms to Saudi Arabia.", "Stop selling arms to Saudi Arabia"),
    ("Ban smoking in all public parks.", "Ban smoking in all public parks"),
])
def test_a_command_with_a_gerund_object(text: str, summary: str) -> None:
    o = one_option(text)
    assert (o.summary, o.stance) == (summary, "support")


def test_a_command_to_the_reader_about_feelings_is_no_option() -> None:
    assert options("Stop worrying about the polls.") == []

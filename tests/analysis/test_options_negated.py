"""The author's stance under negation, doubt and a verdict after "but" (issue 14's forms): "None of this means S
should X" sets X aside, "Should S really X?" doubts X, "There is no reason for S to X" and "It is not the job of S
to X" reject X, "Some argue that S should X, but that would be reckless" gives the author's side on their call.
Each with a case that keeps its old reading."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, summary, stance", [
    ("None of this means the United States should withdraw its troops from Syria.", "Withdraw its troops from Syria", "neutral"),
    ("It does not follow that Britain should leave NATO.", "Leave NATO", "neutral"),
    ("That is not to say the government should nationalise the railways.", "Nationalise the railways", "neutral"),
    ("Should the EU really impose sanctions on Moscow?", "Impose sanctions on Moscow", "oppose"),
    ("Shouldn't Britain really send more troops to Afghanistan?", "Send more troops to Afghanistan", "support"),
    ("There is no reason for Germany to reopen its coal plants.", "Reopen its coal plants", "oppose"),
    ("There is no reason for the government to bail out the banks.", "Bail out the banks", "oppose"),
    ("It is not the job of the Fed to bail out Wall Street.", "Bail out Wall Street", "oppose"),
    ("It isn't Washington's role to rebuild Iraq.", "Rebuild Iraq", "oppose"),
])
def test_author_stance(text: str, summary: str, stance: str) -> None:
    o = one_option(text)
    assert (o.summary, o.stance) == (summary, stance)


@pytest.mark.parametrize("text", [
    "Should the EU impose sanctions on Moscow?",  # a plain question asks
    "It is not my job to tell readers how to vote.",  # no body
    "It is the job of the Fed to fight inflation.",  # a maxim, not a call
])
def test_no_option(text: str) -> None:
    assert options(text) == []


@pytest.mark.parametrize("text, stance", [
    ("Some argue that the Bank of England should cut rates, but that would be reckless.", "oppose"),
    ("Some argue that the Bank of England should cut rates, but that would be wise.", "support"),
    ("Some argue that the Bank of England should cut rates.", None),
])
def test_verdict_after_but_on_a_reported_call(text: str, stance: str | None) -> None:
    o = one_option(text)
    assert (o.summary, o.stance, [p.stance for p in o.positions]) == ("Cut rates", stance, ["support"])


@pytest.mark.parametrize("text, stance", [
    ("Critics urged the council to scrap the parking tax. However, a closer look shows that the tax pays for the buses.",
     "oppose"),
    ("Critics urged the council to scrap the parking tax. But the truth is that the tax pays for the buses.", "oppose"),
    ("Critics urged the council to scrap the parking tax. However, the mayor said the tax would stay.", None),
    ("Critics urged the council to scrap the parking tax. However, the council has not yet decided.", None),
])
def test_the_authors_rebuttal_after_a_reported_call(text: str, stance: str | None) -> None:
    o = one_option(text)
    assert (o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) == (
        "Scrap the parking tax", stance, [("critics", "support")])


@pytest.mark.parametrize("text, summary", [
    ("Lifting the sanctions on Iran would send the wrong message.", "Lift the sanctions on Iran"),
    ("Arming the rebels would set a dangerous precedent.", "Arm the rebels"),
    ("Lifting the arms embargo would be premature.", "Lift the arms embargo"),
    ("Military action against Iran should be off the table.", "Take military action against Iran"),
    ("Sending troops to Ukraine is out of the question.", "Send troops to Ukraine"),
    ("Scrapping the grammar schools would be wrong.", "Scrap the grammar schools"),
    ("Cutting the foreign aid budget must be resisted.", "Cut the foreign aid budget"),
    ("Parliament should reject bringing back the death penalty.", "Bring back the death penalty"),
])
def test_verdicts_against_a_course(text: str, summary: str) -> None:
    o = one_option(text)
    assert (o.summary, o.stance) == (summary, "oppose")


@pytest.mark.parametrize("text", ["The government is wrong.", "The question is out of the question."])
def test_a_verdict_on_no_course(text: str) -> None:
    assert options(text) == []


def test_stop_doing_stays_a_call() -> None:
    o = one_option("Israel must stop building settlements.")
    assert (o.summary, o.stance) == ("Stop building settlements", "support")


@pytest.mark.parametrize("after, stance", [
    (", and it is right.", "support"),
    (". It should be heeded.", "support"),
    (". The government should listen.", "support"),
    (". The demand is reasonable.", "support"),
    (". That call deserves support.", "support"),
    (". The demand is absurd.", "oppose"),
    (". It should be rejected.", "oppose"),
    (", and it has collected evidence.", None),
    (".", None),
])
def test_the_authors_word_on_a_reported_demand(after: str, stance: str | None) -> None:
    o = one_option("Amnesty has called for an inquiry into the killings" + after)
    assert (o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) == (
        "Hold an inquiry into the killings", stance, [("Amnesty", "support")])


@pytest.mark.parametrize("text", ["The regulator ought not to approve the merger.",
                                  "The regulator oughtn't to approve the merger."])
def test_ought_not_to(text: str) -> None:
    o = one_option(text)
    assert (o.summary, o.stance) == ("Approve the merger", "oppose")


@pytest.mark.parametrize("text, summary, stance", [
    ("Is it really wise to lift the sanctions on Iran?", "Lift the sanctions on Iran", "oppose"),
    ("Does anyone seriously believe that building a wall will stop the smugglers?", "Build a wall", "oppose"),
    ("What is the point of sending more troops to Afghanistan?", "Send more troops to Afghanistan", "oppose"),
    ("How can Washington justify selling arms to Riyadh?", "Sell arms to Riyadh", "oppose"),
    ("Wouldn't it be better to invest in early-warning systems?", "Invest in early-warning systems", "support"),
    ("Can anyone really argue that the government should privatise the NHS?", "Privatise the NHS", "oppose"),
    ("Should we really be cutting the aid budget?", "Cut the aid budget", "oppose"),
])
def test_rhetorical_questions(text: str, summary: str, stance: str) -> None:
    o = one_option(text)
    assert (o.summary, o.stance) == (summary, stance)


@pytest.mark.parametrize("text", ["Is it fair to ask?", "What is the point of it all?", "Does anyone seriously believe that?",
                                  "Why would anyone want to vote for him?"])
def test_questions_that_argue_no_course(text: str) -> None:
    assert options(text) == []

"""Bugs the thirteenth session's closing note listed (issue 14, news): a body addressed by a call or named as a modal's
subject with a bare "close / reopen" is the doer, not the thing closed ("urged the government to close" gave "Close the
government"); a place's own "should reopen" is a course done to it ("The library should reopen" gave nothing);
"disagree that X should Y" is the holder's opposition (it gave the author's support)."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


# doers.acted_on: a body or a person addressed ("urged the government to close") or a body as the modal's subject ("The
# government must close") leaves out what it would close: no course; a place ("the library", "the embassy") or a name
# that is the course's subject ("called for Guantanamo to close") is what is closed.
@pytest.mark.parametrize("text", [
    "Protesters urged the government to close.",
    "Critics called for the government to close.",
    "Activists urged Obama to close.",
    "Critics urged the mayor to close.",
    "The government must close.",
    "The council should reopen.",
])
def test_a_body_or_person_with_a_bare_close_is_no_course(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text, summary", [
    ("Activists called for Guantanamo to close.", "Close Guantanamo"),
    ("Parents urged the school to reopen.", "Reopen the school"),
    ("Hale urged the library to reopen.", "Reopen the library"),
    ("The senators urged the ministry to reopen.", "Reopen the ministry"),
    ("Unions urged the company to reopen the plant.", "Reopen the plant"),
    ("Protesters urged the government to close the border.", "Close the border"),
])
def test_a_place_closed_or_an_object_named_stays(text: str, summary: str) -> None:
    assert one_option(text).summary == summary


# modals: a place's bare "should reopen / must close" (doers.PREMISES) is a course done to it, as a body's "must
# close" already was for the embassy; a thing that is no place still foretells ("the talks must resume").
@pytest.mark.parametrize("text, summary, stance, holder", [
    ("The library should reopen.", "Reopen the library", "support", None),
    ("The maternity ward must not close.", "Close the maternity ward", "oppose", None),
    ("Residents say the library should reopen.", "Reopen the library", None, "residents"),
    ("The mine should close by 2030, the minister said.", "Close the mine by 2030", None, "the minister"),
])
def test_a_place_s_modal_close_is_a_course(text: str, summary: str, stance: str | None, holder: str | None) -> None:
    option = one_option(text)
    assert (option.summary, option.stance) == (summary, stance)
    assert [p.actor for p in option.positions] == ([holder] if holder else [])


@pytest.mark.parametrize("text", [
    "The talks must resume sooner or later.",
    "The window should close.",
    "The gap must close.",
])
def test_a_thing_s_modal_close_is_no_course(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


# lexicon.AGREE_CUE_RE's "dis" group: "disagree that", "do not agree that", "don't agree that" report a holder's
# rejection of the clause's course; "agree that" stays the holder's support, "We disagree" the author's opposition.
@pytest.mark.parametrize("text, summary, holder, stance", [
    ("Democrats disagree that the prison should be closed.", "Close the prison", "Democratic Party", "oppose"),
    ("Some Republicans disagree that the minimum wage should be raised.", "Raise the minimum wage", "some Republicans",
     "oppose"),
    ("Most economists do not agree that the government should raise the tax.", "Raise the tax", "most economists", "oppose"),
    ("The unions don't agree that the council should sell the park.", "Sell the park", "the unions", "oppose"),
    ("The unions disagree that the plant should not reopen.", "Reopen the plant", "the unions", "support"),
    ("Most economists agree that the government should raise the tax.", "Raise the tax", "most economists", "support"),
])
def test_disagreeing_is_the_holder_s_opposition(text: str, summary: str, holder: str, stance: str) -> None:
    option = one_option(text)
    assert (option.summary, option.stance) == (summary, None)
    assert [(p.actor, p.stance) for p in option.positions] == [(holder, stance)]


@pytest.mark.parametrize("text, stance", [
    ("We disagree that the council should sell the park.", "oppose"),
    ("I disagree that Congress should repeal the law.", "oppose"),
    ("We agree that the council should sell the park.", "support"),
])
def test_the_author_s_own_disagreement(text: str, stance: str) -> None:
    option = one_option(text)
    assert option.stance == stance and option.positions == []


@pytest.mark.parametrize("text", ["The market should close higher.", "The deal should close next month."])
def test_a_market_or_a_deal_closing_is_no_course(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


# A side told in the pluperfect is history, as a call was ("Rubio had opposed adding provisions to the bill": news-s14's
# spurious "Ad provisions ..."); the present side stays, and "adding" is "add" (phrases.DOUBLED_STEMS).
@pytest.mark.parametrize("text", [
    "Cruz told Ingraham that Rubio had opposed adding provisions to the bill that would have strengthened border security.",
    "The senator had backed a ban on assault weapons before 2010.",
    "The council had rejected the plan to close the library.",
])
def test_a_side_in_the_pluperfect_is_history(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text, summary, stance", [
    ("Rubio opposed adding provisions to strengthen border security.", "Add provisions to strengthen border security",
     "oppose"),
    ("The senator supports adding a sunset clause to the bill.", "Add a sunset clause to the bill", "support"),
])
def test_a_present_side_stays_and_adding_is_add(text: str, summary: str, stance: str) -> None:
    option = one_option(text)
    assert option.summary == summary and [p.stance for p in option.positions] == [stance]


# One's own (a year's) tax return named without "tax" is one's own papers (news-s14: "Sanders said he would release
# his 2014 return Friday"); another's returns stay a course.
def test_one_s_own_return_of_a_year_is_no_course() -> None:
    assert options("Sanders said he would release his 2014 return Friday, and others shortly thereafter.") == []


def test_officials_returns_stay_a_course() -> None:
    assert one_option("The governor should release the 2014 tax returns of every state official.").summary == \
        "Release the 2014 tax returns of every state official"


# A modal in a result clause ("so much ... that X must", "such a ... that") tells a practice as a consequence (news-s14:
# "worries so much about corrupted cellphones that visitors ... must place their devices in small lockers" gave the
# author's support); "so important / so serious that X must" still argues.
@pytest.mark.parametrize("text", [
    "The State Department worries so much about corrupted cellphones that visitors to the secretary's suite must place "
    "their devices in small lockers near the guard's desk.",
    "The rules are so strict that every farmer must register each cow.",
    "The ministry has such a backlog of cases that applicants must wait two years for a hearing.",
])
def test_a_modal_in_a_result_clause_is_told(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text, summary", [
    ("The crisis is so serious that the government must raise taxes.", "Raise taxes"),
    ("It is so important that the council should close the library.", "Close the library"),
])
def test_an_argued_modal_after_so_stays(text: str, summary: str) -> None:
    assert one_option(text).summary == summary

"""Session 27 (options): note26's issue-14 reproducers.

- "urged a ceasefire", "urges a ban on X": a call verb with a noun course as its object (as "called for a ban"); not a
  vague good ("urged calm") and not a call to an addressee ("urged the council to X": the addressee's course);
- "Ms. Varga said Mr. Holt introduced a bill that would X": a titled name after "said" opens the reported clause, so
  the sponsor holds the bill's course (as "Clinton said Sanders introduced ...");
- 'vowed "never to raise taxes"' and 'vowed to "not raise taxes"': the negation inside the marks opposes the course
  ("Raise taxes"), as 'vowed to "never raise taxes"' does;
- an act against a measure is its actor's opposition ("is campaigning / protesting / appealing against X", "pushed
  back against plans to X"); not a noun ("protests against"), a person or a fight, nor "railed against" (a target).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, summary, holder", [
    ("The foreign minister urged a ceasefire between the two armies.", "a ceasefire between the two armies", "the foreign minister"),
    ("The United Nations urged an immediate truce in the northern province.", "an immediate truce in the northern province",
     "United Nations"),
    ("Green groups urged a ban on plastic bags in supermarkets.", "a ban on plastic bags in supermarkets", "Green groups"),
    ("The farmers' union urges a cut in the tax on diesel.", "a cut in the tax on diesel", "farmers' union"),
])
def test_urge_with_a_noun_course(text: str, summary: str, holder: str) -> None:
    option = one_option(text)
    assert summary.lower() in option.summary.lower()
    assert holder.lower() in option.positions[0].actor.lower() and option.positions[0].stance == "support"


@pytest.mark.parametrize("text", [
    "The mayor urged calm after the protests on Saturday.",
    "The police urged restraint on both sides of the march.",
    "The minister urged patience with the new timetable.",
])
def test_urge_with_a_vague_good_gives_none(text: str) -> None:
    assert options(text) == []


def test_urge_with_an_addressee_stays_the_addressee_s_course() -> None:
    option = one_option("The union urged the council to reopen the library on Elm Street.")
    assert option.summary == "Reopen the library on Elm Street"


@pytest.mark.parametrize("text, summary, holder", [
    ("Ms. Varga said Mr. Holt introduced a bill that would ban fracking.", "Ban fracking", "Holt"),
    ("Sen. Varga said Rep. Holt introduced a bill that would ban fracking in the state.", "Ban fracking in the state",
     "Holt"),
    ("Mrs. Okafor said Dr. Lindqvist has drafted an ordinance that would cap rents in the old town.",
     "Cap rents in the old town", "Lindqvist"),
])
def test_a_titled_sponsor_after_said_holds_the_bill(text: str, summary: str, holder: str) -> None:
    option = one_option(text)
    assert option.summary == summary
    assert [p.actor.split()[-1] for p in option.positions] == [holder]


@pytest.mark.parametrize("text, summary", [
    ('The governor vowed "never to raise taxes" on working families.', "Raise taxes on working families"),
    ('The governor vowed to "not raise taxes" on working families.', "Raise taxes on working families"),
    ("The mayor pledged 'never to close' the branch libraries of the east side.",
     "Close the branch libraries of the east side"),
    ('Unions urged the minister "not to cut" pensions for nurses.', "Cut pensions for nurses"),
])
def test_a_negation_inside_the_marks_opposes_the_course(text: str, summary: str) -> None:
    option = one_option(text)
    assert (option.summary, option.positions[0].stance) == (summary, "oppose")


@pytest.mark.parametrize("text, summary, holder", [
    ("The union is campaigning against legislation that would cut pensions for nurses.", "legislation", "the union"),
    ("Farmers are campaigning against a ban on hedge cutting in spring.", "a ban on hedge cutting in spring", "Farmers"),
    ("Thousands of dockers are protesting against the new trade agreement with Canada.",
     "the new trade agreement with Canada", "dockers"),
    ("Greenpeace is appealing against a decision by the ministry to freeze its overseas funding.",
     "freeze its overseas funding", "Greenpeace"),
    ("Residents pushed back against plans to build a runway at the airport.", "build a runway at the airport", "residents"),
])
def test_an_act_against_a_measure_is_its_actor_s_opposition(text: str, summary: str, holder: str) -> None:
    option = one_option(text)
    assert summary.lower() in option.summary.lower()
    assert holder.lower() in option.positions[0].actor.lower() and option.positions[0].stance == "oppose"


@pytest.mark.parametrize("text", [
    "Mass protests against the law erupted in the capital on Sunday.",
    "The president campaigned against Clinton in Ohio and Florida.",
    "The fighting against the rebels went on for a week.",
    "The senator railed against Wall Street and its excesses.",
])
def test_a_noun_or_a_person_after_against_gives_none(text: str) -> None:
    assert options(text) == []

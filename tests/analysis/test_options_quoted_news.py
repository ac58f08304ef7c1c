"""Session 25 (optnews): false or lost options of the quoted-course forms in news reports, traced on tuned reports.

- a plain "and" after a quotation's closing mark separates a further course ('vowed to "tear up the treaty" and build a
  wall'), and what follows that is no course of the list is no part of the quoted one ('urged the governor to "stop
  ignoring rural voters" and called on the mayor to resign': two calls, not one);
- the item before such a course reads without the marks ('vowed to "tear up" the treaty and build a wall');
- "never" negates a planned or urged course as "not" does ('vowed to "never raise taxes"', "urged ministers never to");
- the call rule takes a course quoted in ASCII single or doubled marks ("urged ministers to 'scrap the levy'");
- "If we want X to ..." states a condition, no call;
- the two ASCII marks that open a quotation in plain-text news ("''Workers have to be ...") are no part of a modal's
  subject ("''You have to be blessed to find a job" is no course).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


def _summaries(text: str) -> list[tuple[str, str]]:
    return [(o.summary, o.positions[0].stance if o.positions else str(o.stance)) for o in options(text)]


@pytest.mark.parametrize("text, expected", [
    ('Senator Holt vowed to "tear up the fishing treaty" and build a new harbour.',
     [("Tear up the fishing treaty", "support"), ("Build a new harbour", "support")]),
    ("Senator Holt vowed to 'tear up the fishing treaty' and build a new harbour.",
     [("Tear up the fishing treaty", "support"), ("Build a new harbour", "support")]),
    ('Senator Holt vowed to "tear up" the fishing treaty and build a new harbour.',
     [("Tear up the fishing treaty", "support"), ("Build a new harbour", "support")]),
])
def test_a_course_after_a_closing_mark_and_and_is_a_further_item(text: str, expected: list[tuple[str, str]]) -> None:
    assert _summaries(text) == expected


def test_a_call_after_a_quoted_call_is_its_own_option() -> None:
    found = _summaries("The farmers' union is calling on the governor to “stop ignoring rural voters” and call on the "
                       "mayor to resign.")
    assert found == [("Stop ignoring rural voters", "support"), ("Resign", "support")]


@pytest.mark.parametrize("text, summary", [
    ('Senator Holt vowed to "never raise the fuel duty" for drivers.', "Raise the fuel duty for drivers"),  # (session 26:
    # the course reads on after the closing mark, as without "never"; it was "Raise the fuel duty")
    ("Senator Holt vowed to never raise the fuel duty for drivers.", "Raise the fuel duty for drivers"),
    ("Senator Holt vowed never to raise the fuel duty for drivers.", "Raise the fuel duty for drivers"),
    ("The union urged ministers never to scrap the bus levy.", "Scrap the bus levy"),
    ("The union urged ministers to never scrap the bus levy.", "Scrap the bus levy"),
])
def test_never_before_the_course_opposes_it(text: str, summary: str) -> None:
    option = one_option(text)
    assert (option.summary, option.positions[0].stance) == (summary, "oppose")


@pytest.mark.parametrize("text", [
    "The union urged ministers to 'scrap the bus levy' before the winter.",
    "The union urged ministers to ''scrap the bus levy'' before the winter.",
])
def test_a_call_quoted_in_ascii_marks_is_read(text: str) -> None:
    option = one_option(text)
    assert (option.summary, option.positions[0].stance) == ("Scrap the bus levy", "support")


@pytest.mark.parametrize("text", [
    "If the party really wants young voters to back the carbon tax, it has a long way to go.",
    "Unless the mayor asks the council to close the pool, nothing will change this year.",
])
def test_a_call_inside_a_condition_is_no_call(text: str) -> None:
    assert options(text) == []


def test_an_unconditional_want_is_still_read() -> None:
    option = one_option("The party wants young voters to back the carbon tax.")
    assert (option.summary, option.positions[0].stance) == ("Back the carbon tax", "support")


def test_the_plain_text_quotation_marks_are_no_part_of_the_subject() -> None:
    text = ("''Jobs are scarce in this valley,'' Ms. Lane said. ''You have to be really lucky to be hired by a plant that "
            "pays that kind of money.''")
    assert options(text) == []
    found = one_option("''Jobs are scarce in this valley,'' Ms. Lane said. ''The old library must be kept open.''")
    assert found.summary == "Keep the old library open"

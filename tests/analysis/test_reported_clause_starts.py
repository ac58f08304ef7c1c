"""Where a complement with no "that" is a clause (reported/clauses.py CLAUSE_START_RE, PRONOUN_CLAUSE_RE) and where it
starts after an aside (reported/cue.py SETTING_ASIDE_RE): a pronoun's contracted auxiliary is a finite verb ("he's
staying"), so is a past with no ending ("the company hid the defects", "the board met twice"); a phrase of where, when or
how between commas before a clause is no content ("said, after a long pause, she's not running again"); a noun with its
infinitive or phrase, then an auxiliary, is a clause after a verb that mostly takes an object ("claims the refusal to
support more gun control is a form of jihad")."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import indirect_pairs


@pytest.mark.parametrize(("text", "expected"), [
    ("Marco Rubio says, win or lose in Tuesday's primary, he's staying in the race.",
     [("win or lose in Tuesday's primary, he's staying in the race", "Marco Rubio")]),
    ("The mayor says, despite the storm, it's safe to return.", [("despite the storm, it's safe to return", "The mayor")]),
    ("Ann Lee said, if the bill passes, they’ll sue the state.", [("if the bill passes, they’ll sue the state", "Ann Lee")]),
    ("The coach says, rain or shine, we're playing on Sunday.", [("rain or shine, we're playing on Sunday", "The coach")]),
])
def test_a_contracted_auxiliary_is_a_finite_verb(text: str, expected: list[tuple[str, str]]) -> None:
    assert indirect_pairs(text) == expected


@pytest.mark.parametrize(("text", "content"), [
    ("Smith says the company hid the defects.", "the company hid the defects"),
    ("Smith said the board met twice.", "the board met twice"),
    ("The union said the firm broke its promise.", "the firm broke its promise"),
    ("She told reporters the officers struck the man.", "the officers struck the man"),
])
def test_a_past_with_no_ending(text: str, content: str) -> None:
    assert [c for c, _ in indirect_pairs(text)] == [content]


@pytest.mark.parametrize(("text", "expected"), [
    ("The governor said, after a long pause, she's not running again.", [("she's not running again", "The governor")]),
    ("She said, in a brief statement, they were reviewing the case.", [("they were reviewing the case", "She")]),
    ("He told reporters, during a stop in Iowa, he would not quit.", [("he would not quit", "He")]),
    ("Dana Poe said, in Ohio, the plan was dead.", [("the plan was dead", "Dana Poe")]),
])
def test_a_setting_between_commas_is_no_content(text: str, expected: list[tuple[str, str]]) -> None:
    assert indirect_pairs(text) == expected


@pytest.mark.parametrize("text", [
    "“We will win,” she said, at the rally, before leaving.",
    "She said, in Ohio, the governor's plan.",
    "He spoke, in a low voice, about his father.",
])
def test_no_clause_after_the_setting(text: str) -> None:
    assert indirect_pairs(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The senator claims the refusal to support more gun control is a form of jihad.",
     [("the refusal to support more gun control is a form of jihad", "The senator")]),
    ("Smith claims the refusal to support more gun control is a form of jihad.",
     [("the refusal to support more gun control is a form of jihad", "Smith")]),
    ("He predicted the plan for new housing would fail.", [("the plan for new housing would fail", "He")]),
])
def test_a_noun_with_its_phrase_then_an_auxiliary(text: str, expected: list[tuple[str, str]]) -> None:
    assert indirect_pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Clinton claimed victory in the state.",
    "Trump declared the end of an era in a speech that was long.",
    "He maintained a lead of ten points in the polls.",
    "The company confirmed the sale of its plant in Ohio.",
])
def test_an_object_stays_no_clause(text: str) -> None:
    assert indirect_pairs(text) == []

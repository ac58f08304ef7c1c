"""An editor's note that argues is the outlet's voice (options/notes.py, convention v2 in tests/data/options/README.md,
fifteenth session): its options count, with the author's side, though the note stays hidden from quotes and actors.
A note about the piece (a correction, a disclosure, an update, "first appeared in") gives nothing."""
from __future__ import annotations

import pytest

from briefing_app.analysis.pipeline import analyse

BODY = ("Donald Trump won the primary in Nevada on Tuesday, officials said. Stephen Miller, Marine Le Pen and Ted Cruz "
        "also spoke.\n\nThe candidates spoke to supporters in Las Vegas.\n\n")


def _found(note: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in analyse(BODY + note).options]


@pytest.mark.parametrize("note, summary, actor", [
    ("Editor’s note: Donald Trump is a serial liar, rampant xenophobe, racist, misogynist, birther and bully who has "
     "repeatedly pledged to ban all Muslims — 1.6 billion members of an entire religion — from entering the U.S.",
     "Ban all Muslims", "Donald Trump"),
    ("Editor's note: Donald Trump regularly incites political violence and is a serial liar who has repeatedly "
     "pledged to ban all Muslims from entering the U.S.", "Ban all Muslims", "Donald Trump"),
    ("Editor's note: Stephen Miller, a peddler of baseless conspiracy theories, has repeatedly promised to deport "
     "millions of immigrants.", "Deport millions of immigrants", "Stephen Miller"),
    ("[Editors’ note: Marine Le Pen, a xenophobe and demagogue, has vowed to ban the headscarf in public.]",
     "Ban the headscarf in public", "Marine Le Pen"),
    ("Note from the editors: Stephen Miller is a bigot who has repeatedly called for ending birthright citizenship.",
     "End birthright citizenship", "Stephen Miller"),
])
def test_an_argued_note_gives_its_option_with_the_outlets_side(note: str, summary: str, actor: str) -> None:
    found = _found(note)
    assert [(s.startswith(summary), stance, positions) for s, stance, positions in found] == \
        [(True, "oppose", [(actor, "support")])], found


def test_an_argued_note_stays_hidden_from_actors_and_quotes() -> None:
    note = ("Editor’s note: Donald Trump regularly incites political violence and is a serial liar who has "
            "repeatedly pledged to ban all Muslims from entering the U.S.")
    analysis = analyse(BODY + note)
    start = len(BODY)
    assert [(b.start, b.end) for b in analysis.boilerplate] == [(start, start + len(note))]
    assert not any(m.start >= start for a in analysis.actors for m in a.mentions)
    assert not any(q.start >= start for q in analysis.quotes)


def test_a_note_that_condemns_no_one_gives_the_course_without_a_side() -> None:
    note = "Editor's note: Stephen Miller has repeatedly promised to deport millions of immigrants."
    assert _found(note) == [("Deport millions of immigrants", None, [("Stephen Miller", "support")])]


@pytest.mark.parametrize("note", [
    "Editor's note: An earlier version of this story misstated that Donald Trump, a serial liar, had pledged to ban "
    "all Muslims from entering the U.S.",
    "Editor's note: This story has been updated to include Donald Trump's racist pledge to ban all Muslims from "
    "entering the U.S.",
    "Editor's note: The author is a former adviser to Ted Cruz, who has pledged to abolish the IRS.",
    "Editor's note: Jane Roe is a former adviser to Ted Cruz, who has pledged to abolish the IRS.",
    "Editor's note: This article first appeared in The Conversation. Stephen Miller has promised to deport millions "
    "of immigrants.",
    "Editor's note: The views expressed here are the author's own; Ted Cruz has pledged to abolish the IRS.",
    "Editors' Note: A correction was made to this story. Stephen Miller has promised to deport millions of immigrants.",
    "Note from the editors: This story has been corrected. Stephen Miller has promised to deport millions of "
    "immigrants.",
])
def test_a_note_about_the_piece_gives_nothing(note: str) -> None:
    assert _found(note) == []


@pytest.mark.parametrize("text, summary", [
    ("The council should close the library ― a building of 1901 ― before winter, Jones said.", "Close the library"),
    ("Editor’s note: Donald Trump is a serial liar and racist who has repeatedly pledged to ban all Muslims ― 1.6 "
     "billion members of an entire religion ― from entering the U.S.", "Ban all Muslims"),
    ("Ministers must scrap the levy ― now.", "Scrap the levy"),
])
def test_a_horizontal_bar_ends_the_course_as_a_dash_does(text: str, summary: str) -> None:
    """HuffPost sets its asides between horizontal bars (U+2015), as others between em dashes."""
    assert [o.summary for o in analyse(BODY + text).options] == [summary]


def test_a_note_that_condemns_is_no_introduction_of_the_author_and_stays_hidden() -> None:
    """"Editor's note: Donald Trump is a ..." has the shape of "Jane Roe is a former adviser to ..." (an author's
    introduction, shown); condemning, it is the outlet's statement: hidden, and read by the options stage alone."""
    condemning = ("Editor’s note: Donald Trump is a serial liar, rampant xenophobe, racist and birther who has "
                  "repeatedly pledged to ban all Muslims from entering the U.S.")
    introducing = "Editor's note: Jane Roe is a former adviser to the governor."
    assert len(analyse(BODY + condemning).boilerplate) == 1
    assert analyse(BODY + introducing).boilerplate == []


@pytest.mark.parametrize("note", [
    "Editor's note: Donald Trump, a serial liar, mocked Ted Cruz's pledge to abolish the IRS.",
    "Editor's note: Donald Trump is a serial liar and racist. Ted Cruz has pledged to abolish the IRS.",
    "Editor's note: Stephen Miller peddles baseless conspiracy theories; Ted Cruz has repeatedly promised to abolish "
    "the IRS.",
    "Editor's note: Ted Cruz, who has pledged to abolish the IRS, was smeared by Donald Trump, a serial liar.",
    "Editor's note: Ted Cruz has pledged to abolish the IRS, a promise Donald Trump falsely claimed as his own.",
])
def test_a_note_that_condemns_another_actor_gives_the_supporters_course_no_side(note: str) -> None:
    """The outlet opposes the course of the actor its note condemns, not that of another it names."""
    assert _found(note) == [("Abolish the IRS", None, [("Ted Cruz", "support")])]


def test_a_note_that_condemns_the_supporter_by_an_apposition_opposes_the_course() -> None:
    note = "Editor's note: Ted Cruz, a demagogue, has pledged to abolish the IRS."
    assert _found(note) == [("Abolish the IRS", "oppose", [("Ted Cruz", "support")])]


@pytest.mark.parametrize("body, note", [
    ("Trump has pledged to ban all Muslims from entering the U.S., he said.",
     "Editor's note: Donald Trump regularly incites political violence and is a serial liar who has repeatedly "
     "pledged to ban all Muslims — 1.6 billion members of an entire religion — from entering the U.S."),
    ("Trump has pledged to ban all Muslims from entering the U.S., he said.",
     "Editor’s note: Donald Trump is a serial liar, rampant xenophobe and bully who has repeatedly pledged to ban all "
     "Muslims from entering the U.S."),
    ("Stephen Miller has promised to deport millions of immigrants, his aides said.",
     "Editor's note: Stephen Miller, a peddler of baseless conspiracy theories, has repeatedly promised to deport "
     "millions of immigrants."),
])
def test_a_notes_option_is_merged_with_the_same_course_in_the_body(body: str, note: str) -> None:
    text = BODY + body + "\n\n" + note
    found = analyse(text).options
    assert len(found) == 1, [(o.summary, o.stance) for o in found]
    option = found[0]
    assert option.stance == "oppose"  # the outlet's side, from the note
    assert text.index(note) <= option.start  # its evidence: the note that states it
    assert len(option.positions) == 1 and option.positions[0].stance == "support"


def test_a_notes_option_on_another_course_stays_apart() -> None:
    text = (BODY + "Trump has pledged to build a wall on the border, he said.\n\nEditor's note: Donald Trump is a serial "
            "liar who has repeatedly pledged to ban all Muslims from entering the U.S.")
    assert sorted((o.summary, o.stance) for o in analyse(text).options) == [
        ("Ban all Muslims from entering the U.S", "oppose"), ("Build a wall on the border", None)]

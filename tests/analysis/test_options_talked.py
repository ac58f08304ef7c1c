"""Measures someone talks about doing (options/talked.py; news-s13's misses "He's talking about breaking up our
alliances, letting more countries get nuclear weapon, banning all Muslims", "to talk about barring people who are on
terrorism watch lists from buying guns"), the holders that form needs, and its near misses."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import options


def _held(text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options(text)]


@pytest.mark.parametrize("text, summary, holder", [
    ("Marco Rubio has talked about embedding Special Operations troops with Iraqi soldiers.",
     "Embed Special Operations troops with Iraqi soldiers", "Marco Rubio"),
    ("In a year when Donald Trump is talking about deporting millions of undocumented immigrants, Yepez said Perez was "
     "right.", "Deport millions of undocumented immigrants", "Donald Trump"),
    ("The mayor talks about banning cars from the city centre.", "Ban cars from the city centre", "the mayor"),
    # a senator's party and state between commas is an apposition (phrases.APPOSITIVE_RE), not the holder
    ("Senator Marco Rubio, Republican of Florida, has talked about embedding Special Operations troops with Iraqi "
     "soldiers.", "Embed Special Operations troops with Iraqi soldiers", "Marco Rubio"),
    # the news agencies' short form of party and state: the same apposition
    ("Senator Marco Rubio, R-Fla., has talked about embedding Special Operations troops with Iraqi soldiers.",
     "Embed Special Operations troops with Iraqi soldiers", "Marco Rubio"),
    ("Sen. Dianne Feinstein, D-Calif., talks about banning assault weapons.", "Ban assault weapons", "Dianne Feinstein"),
])
def test_talking_about_a_measure_is_the_talker_s_position(text: str, summary: str, holder: str) -> None:
    assert _held(text) == [(summary, None, [(holder, "support")])]


def test_a_list_with_no_and_is_one_option_per_measure() -> None:
    # coordinated: a list of gerunds with commas only; "he" in a speaker's direct quotation is someone else
    text = ("Donald Trump spoke in Ohio. Hillary Clinton spoke to CNN. \u201cHe\u2019s talking about breaking up our "
            "alliances, letting more countries get nuclear weapons, banning all Muslims from coming to America,\u201d "
            "Hillary Clinton told CNN.")
    assert _held(text) == [(s, None, [("Donald Trump", "support")]) for s in (
        "Break up our alliances", "Let more countries get nuclear weapons", "Ban all Muslims from coming to America")]


@pytest.mark.parametrize("text", [
    "Tom Perez talks about growing up in Buffalo.",  # no policy verb
    "The two sides have talked about moving on.",
    "Sanders's campaign has been locked in talks about endorsing Clinton for days.",  # "talks" as a noun
    "Anyone who talks about dividing people in the country as a solution is a threat.",  # no one in particular
])
def test_talk_that_is_no_proposal(text: str) -> None:
    assert not any(o.positions for o in options(text)), _held(text)


# In a direct quotation "he" / "she" is someone other than the speaker (attribute.THIRD_PERSON_RE); in reported speech
# ("Murphy said he supports X") he is the speaker.
@pytest.mark.parametrize("text, holder", [
    ("Donald Trump spoke in Ohio. \u201cHe\u2019s calling for a ban on all Muslims,\u201d Hillary Clinton said.",
     "Donald Trump"),
    ("Donald Trump spoke in Ohio. \u201cHe is calling for a ban on all Muslims,\u201d Hillary Clinton said.",
     "Donald Trump"),
    ("Donald Trump spoke in Ohio. Chris Murphy said he supports a ban on assault weapons.", "Chris Murphy"),
])
def test_he_in_a_speaker_s_words(text: str, holder: str) -> None:
    assert [p.actor for o in options(text) for p in o.positions] == [holder], _held(text)


def test_he_in_a_quotation_with_no_one_else_named_is_nobody() -> None:
    assert _held("\u201cHe\u2019s calling for a ban on all Muslims,\u201d Hillary Clinton said.") == []

"""A clause's subject that is a title in lower case before a name ("Clinton's campaign chairman John Podesta", "White
House press secretary Josh Earnest") is the whole phrase, not its first capitalised word; a cue word that opens a
noun ("press secretary") is no cue; the one told in '“Q,” told the crowd' is not the speaker."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse

QUOTE = "“We are confident about where this race is heading, and so are our voters.”"


def _direct(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.mention.text if q.mention else None, q.speaker) for q in analyse(text).quotes if q.kind == "direct"]


@pytest.mark.parametrize(("lead", "mention", "speaker"), [
    ("Clinton's campaign chairman John Podesta was blunt:", "Clinton's campaign chairman John Podesta", "John Podesta"),
    ("Campaign chairman John Podesta had this to say:", "Campaign chairman John Podesta", "John Podesta"),
    ("Trump's son-in-law Jared Kushner had this to add:", "Trump's son-in-law Jared Kushner", "Jared Kushner"),
    ("Then Republican presidential hopeful Sen. Ted Cruz weighed in:", "Republican presidential hopeful Sen. Ted Cruz",
     "Ted Cruz"),
    ("In an interview, Obama's former adviser David Axelrod put it bluntly:", "Obama's former adviser David Axelrod",
     "David Axelrod"),
])
def test_a_title_before_the_name_is_part_of_the_subject(lead: str, mention: str, speaker: str) -> None:
    assert _direct(f"{lead} {QUOTE}") == [(mention, speaker)]


@pytest.mark.parametrize("lead", [
    "Bush referred to Rubio as a leader and was blunt:",  # a verb and its object are no title
    "Donald Trump on Thursday went further:",
])
def test_words_that_are_no_title_do_not_join_the_subject(lead: str) -> None:
    mention = _direct(f"{lead} {QUOTE}")[0][0]
    assert mention in ("Bush", "Donald Trump"), mention


@pytest.mark.parametrize(("lead", "speaker"), [
    ("White House press secretary Josh Earnest went further:", "Josh Earnest"),
    ("Trump's press secretary Sean Spicer was blunt:", "Sean Spicer"),
    ("The senator's press aide, Jane Roe, was blunt:", "Jane Roe"),
])
def test_a_cue_word_that_opens_a_noun_is_no_cue(lead: str, speaker: str) -> None:
    assert _direct(f"{lead} {QUOTE}")[0][1] == speaker


@pytest.mark.parametrize("text", [
    "Sanders, who calls himself a “democratic socialist,” told the crowd: “We are going to transform this country.”",
    "Warren, who called the bill a “giveaway,” told reporters: “We are going to fight this in every state we can.”",
    "“We will win this state, and we will win it big,” told the crowd of supporters in Ohio.",
])
def test_the_one_told_is_not_the_speaker(text: str) -> None:
    assert all(m is None or m[0] not in ("the crowd", "reporters", "the crowd of supporters in Ohio") for m, _ in
               _direct(text)), _direct(text)


@pytest.mark.parametrize(("lead", "mention"), [
    ("Former Secretary of State Hillary Clinton, in her own words:", "Former Secretary of State Hillary Clinton"),
    ("The Donald Trump campaign’s national spokeswoman, Katrina Pierson, doubled down on CNN:", "Katrina Pierson"),
    ("A senior adviser to the governor, Jane Roe, went further:", "Jane Roe"),
])
def test_a_name_with_of_or_after_its_description_is_the_subject(lead: str, mention: str) -> None:
    assert (_direct(f"{lead} {QUOTE}")[0][0] or "").endswith(mention), _direct(f"{lead} {QUOTE}")


@pytest.mark.parametrize(("lead", "mention"), [
    ("From Senator Ted Cruz’s statement on Tuesday:", "Senator Ted Cruz"),
    ("Rubio’s answer, minutes later:", "Rubio"),
    ("And here is Jane Roe’s response to the ruling:", "Jane Roe"),
])
def test_the_owner_of_a_statement_before_a_colon_is_the_speaker(lead: str, mention: str) -> None:
    assert _direct(f"{lead} {QUOTE}")[0][0] == mention


@pytest.mark.parametrize(("lead", "mention"), [
    ("Sen. Bernie Sanders on Wall Street:", "Sen. Bernie Sanders"),
    ("Hillary Clinton on the Benghazi Committee:", "Hillary Clinton"),
    ("Here’s Donald Trump on the Federal Reserve:", "Donald Trump"),
])
def test_a_name_before_on_and_a_topic_is_the_speaker_not_the_topic(lead: str, mention: str) -> None:
    assert _direct(f"{lead} {QUOTE}")[0][0] == mention


@pytest.mark.parametrize(("lead", "speaker"), [
    ("House Speaker Paul Ryan, R-Wis., who has endorsed Trump but criticized several of his remarks, told reporters",
     "Paul Ryan"),
    ("Jane Roe, 45, of Austin, Texas, who voted for Trump, said", "Jane Roe"),
    ("Harry Bond, 30, of Raleigh, N.C., who was among those polled, said", "Harry Bond"),
])
def test_a_name_before_its_tags_age_and_home_then_a_relative_clause(lead: str, speaker: str) -> None:
    assert _direct(f"{lead} {QUOTE}") == [(speaker if "Ryan" not in speaker else "House Speaker Paul Ryan", speaker)]


@pytest.mark.parametrize(("lead", "mention"), [
    ("Hillary Clinton, speaking at a college in Des Moines, Iowa, where she unveiled her debt plan, told supporters",
     "Hillary Clinton"),
    ("Donald Trump, in Phoenix, where he rallied thousands of supporters on Saturday, said", "Donald Trump"),
    ("John Kasich, appearing on Fox News on Sunday, when he was asked about Trump, said", "John Kasich"),
])
def test_a_where_or_when_clause_before_the_verb_leaves_the_subject(lead: str, mention: str) -> None:
    assert _direct(f"{lead} {QUOTE}")[0][0] == mention


def test_a_where_clause_of_an_opening_phrase_is_no_subject() -> None:
    lead = "At Boca West, where it costs new members $70,000 to join, Jay DiPietro, the club's president, suggested"
    assert (_direct(f"{lead} {QUOTE}")[0][0] or "").startswith("Jay DiPietro")

"""A description speaker ("the Texas senator", "the Florida Republican", "the billionaire") is tied to the person the
text describes so: a home given after the name ("Sen. Ted Cruz of Texas", "Paul Ryan, R-Wis.,") counts as the
person's state, a described appositive ("Donald Trump, the billionaire real estate developer,") gives the person's
nouns; a party member only where the text gives the place; nobody fits, nobody is tied."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyse(text).quotes if q.kind == "direct"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Sen. Ted Cruz of Texas attacked Sen. Marco Rubio of Florida on Thursday. “He stood with Obama on amnesty "
     "every time,” the Texas senator said.", "Ted Cruz"),
    ("Sen. Ted Cruz of Texas attacked Sen. Marco Rubio of Florida on Thursday. “Cruz will say anything to win this "
     "race,” the Florida senator said.", "Marco Rubio"),
    ("Gov. Greg Abbott, R-Texas, and Gov. Jay Inslee, D-Wash., met on Monday. “We will not take part in this "
     "program,” the Texas governor said.", "Greg Abbott"),
])
def test_a_home_after_the_name_places_the_person(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Sen. Ted Cruz of Texas attacked Sen. Marco Rubio of Florida. “Cruz will say anything to win this race,” the "
     "Florida Republican said.", "Marco Rubio"),
    ("Rep. Jim Jordan (R-Ohio) and Rep. Mark Meadows (R-N.C.) spoke. “We are not going to vote for this bill,” the "
     "North Carolina Republican said.", "Mark Meadows"),
])
def test_a_party_member_named_by_the_place_the_text_gives(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_party_member_with_no_place_given_is_nobody() -> None:
    text = "Sen. Marco Rubio spoke on Monday. “Cruz will say anything to win this race,” the Florida Republican said."
    assert _speakers(text) == [None]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Donald Trump, the billionaire real estate developer, held a rally. “We are going to win so much, believe "
     "me,” the billionaire said.", "Donald Trump"),
    ("Ben Carson, the retired neurosurgeon, spoke about refugees. “We have to be careful about who comes in,” the "
     "neurosurgeon said.", "Ben Carson"),
])
def test_an_appositive_gives_the_person_a_noun(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text", [
    "Brian Fallon, a campaign spokesman, spoke. “We had encouraged him to testify for months,” the campaign said.",
    "Hillary Clinton, the nominee, spoke first. “Lock her up, lock her up,” the attendees chanted at the hall.",
])
def test_a_word_of_an_appositive_that_is_no_person_noun_ties_nobody(text: str) -> None:
    assert _speakers(text)[-1] is None


@pytest.mark.parametrize("opener", [
    "The FBI, meanwhile, is continuing its investigation of the server.",
    "The Justice Department, for its part, declined to comment on the inquiry.",
])
def test_the_campaign_is_not_the_body_the_sentence_before_opens_with(opener: str) -> None:
    text = (f"The Clinton campaign said the controversy was political. {opener} "
            "The campaign responded that she never would have sent classified information.")
    a = analyse(text)
    assert all("the campaign" not in [alias.lower() for alias in x.aliases] for x in a.actors if x.kind != "person")
    assert all(q.speaker is None for q in a.quotes if q.mention and q.mention.text == "The campaign")

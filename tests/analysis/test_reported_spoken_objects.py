"""A noun phrase as what a verb of speech reports (reported/spoken_objects.py): "X explained his reasoning",
"recalled her first campaign", "predicted a narrow defeat", "denied the allegations", "tweeted a photo"; the
object stops before a setting or the clause's next part, and times, pointers, inverted speakers and
demonstrative subjects give nothing."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import trace


def _objects(text: str) -> list[tuple[str, str | None]]:
    return [(t, m) for r, t, m in trace(text) if r == "spoken-objects"]


@pytest.mark.parametrize(("sentence", "content", "mention"), [
    ("Trump explained his reasoning in an appearance on CBS.", "his reasoning", "Trump"),
    ("Ms. Okafor recalled her first campaign in Lagos during the interview.", "her first campaign in Lagos",
     "Ms. Okafor"),
    ("Analysts predicted a narrow defeat for the ruling party - a result that would end its majority.",
     "a narrow defeat for the ruling party", "Analysts"),
    ("The council later acknowledged the error in a statement on Tuesday.", "the error", "The council"),
    ("The company denied the allegations on Monday.", "the allegations", "The company"),
    ("He later denied his opposition in a separate interview.", "his opposition", "He"),
    ("The group tweeted a photo of the rally on Sunday.", "a photo of the rally", "The group"),
    ("Lieberman also stated his intention to vote for Clinton on Wednesday.", "his intention to vote for Clinton",
     "Lieberman"),
    ("Many reporters noted on Twitter the change from the usual slogan.", "the change from the usual slogan",
     "Many reporters"),
    ("The senator conceded Smith's point, but the bill failed.", "Smith's point", "The senator"),
    ("The company issued a statement, denying the allegations.", "the allegations", "The company"),
    ("The group marched on the capital, tweeting a photo of the rally.", "a photo of the rally", "The group"),
    ("The ambassador wrote to Mrs. Clinton about a visit to Ukraine by her daughter.",
     "a visit to Ukraine by her daughter", "The ambassador"),
    ("He wrote about the event in his column on Sunday.", "the event", "He"),
])
def test_object_is_the_content(sentence: str, content: str, mention: str) -> None:
    assert _objects(sentence) == [(content, mention)]


@pytest.mark.parametrize("sentence", [
    "He tweeted the day after the shooting.",  # a time, no object
    "The governor tweeted a few days later.",
    "Johnson stated a day earlier that he would run.",  # (the clause is the cue rules')
    "He tweeted the following:",  # a pointer to what comes next
    '"We lost," noted a report for the council.',  # an inverted speaker, not an object
    "After explaining his plan, the mayor left the room.",  # a participle with no comma before it
    "It was a speech that explained the policy in plain words.",  # a relative "that"
    "That explains the shortfall in the budget.",  # a demonstrative: no one's words
    "The senator was explaining the plan to donors.",  # a progressive (the cue rules' if anyone's)
    "The mayor explained that the plan had failed.",  # a clause: the cue rules'
    "She writes about the credit industry for consumers.",  # a trade, not something written
])
def test_no_object_content(sentence: str) -> None:
    assert _objects(sentence) == []

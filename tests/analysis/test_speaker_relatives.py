"""A relative "who" as a speaker mention: the person it hangs on is the speaker (the mention stays on "who",
where the cue's subject is), or the mention moves to the noun phrase it hangs on when that names no actor."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from briefing_app.analysis.relatives import _head_phrase

CASES = [
    ("a name and a comma", "Then there was the conservative radio host Charlie Sykes, who said that Trump \"is a "
     "cartoon version\" of a candidate.", "is a cartoon", "Charlie Sykes", "who"),
    ("a name of a state", "The event drew Sen. Marco Rubio of Florida, who said the party needed a new direction "
     "after the defeat.", "the party needed", "Marco Rubio", "who"),
    ("past an appositive and the name inside it", "\"We need a plan,\" said Scott Reed, the Chamber's chief "
     "political strategist, who added that the money would follow.", "the money would", "Scott Reed", "who"),
    ("a group names no actor", "Turnout rose sharply this year. Voters who said the economy was their top issue "
     "split evenly between the two candidates.", "the economy was", None, "Voters"),
    ("a description names no actor", "Mr. Kasich met officials in the city. The last question was from a young "
     "child, who asked whether the governor liked dogs.", "whether the governor", None, "a young child"),
]


@pytest.mark.parametrize("name,text,quote,speaker,mention", CASES, ids=[c[0] for c in CASES])
def test_relative_speaker(name: str, text: str, quote: str, speaker: str | None, mention: str) -> None:
    q = next(q for q in analyse(text).quotes if q.text.startswith(quote))
    assert q.speaker == speaker
    assert q.mention is not None and q.mention.text == mention


def test_who_is_no_alias() -> None:
    actors = analyse("Then there was the conservative radio host Charlie Sykes, who said that Trump \"is a cartoon "
                     "version\" of a candidate.").actors
    sykes = next(a for a in actors if a.name == "Charlie Sykes")
    assert "who" not in sykes.aliases


@pytest.mark.parametrize("before,phrase", [
    ("Percentage of likely voters ", "likely voters"),
    ("a former staff member for the campaign in Philadelphia ", None),  # a place after "in" is not the head
    ("Bundy says to Santilli on camera, ", None),
    ("The last question was from a young child, ", "a young child"),
    ("Bolton was critical of Republicans ", "Republicans"),
])
def test_head_phrase(before: str, phrase: str | None) -> None:
    text = before + "who said so."
    span = _head_phrase(text, len(before))
    assert (text[span[0]:span[1]] if span else None) == phrase


# a relative "that" before a verb no noun takes is the verb's subject, as "which" is: the mention stays on it, not on
# the sentence's subject ("They"), the previous sentence's speaker or the noun phrase before
THAT_CASES = [
    ("things handed out", "They passed out water bottles that said, “The party welcomes you to the Games.”",
     "The party welcomes"),
    ("a message after a passive", "The listing was replaced on Thursday by a message that said, \"Sorry, the item is "
     "gone.\"", "Sorry, the item"),
    ("after another speaker's quote", "Htay Oo, its chairman, told Reuters simply, \"We lost.\" T-shirts soon appeared "
     "in front of the headquarters that said \"We won.\"", "We won."),
    ("read", "Protesters outside the hall waved signs that read, “No more war.”", "No more war."),
    ("a past form in -ed", "The group released an ad on Monday that declared, “Jobs come first.”", "Jobs come first."),
]


@pytest.mark.parametrize("name,text,quote", THAT_CASES, ids=[c[0] for c in THAT_CASES])
def test_relative_that_speaks(name: str, text: str, quote: str) -> None:
    q = next(q for q in analyse(text).quotes if q.text.startswith(quote))
    assert q.mention is not None and q.mention.text == "that"


@pytest.mark.parametrize("text,quote,mention", [
    # a demonstrative after a conjunction is no relative: the clause's subject stays the speaker
    ("He lost the vote, and that said, \"We are done.\"", "We are done.", "He"),
    # "that" as a determiner before a noun of speech: the speaker is the verb's subject
    ("Smith repeated that statement, “We are done with this.”", "We are done", "Smith"),
    # the quote's own tag after it wins over a relative clause before it
    ("She pointed to signs that read “Stop” and “Go,” the mayor said.", "Stop", "the mayor"),
])
def test_that_near_misses(text: str, quote: str, mention: str) -> None:
    q = next(q for q in analyse(text).quotes if q.text.startswith(quote))
    assert q.mention is not None and q.mention.text == mention

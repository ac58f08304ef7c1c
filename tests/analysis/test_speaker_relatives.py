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

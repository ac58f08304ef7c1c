"""Sources that cannot have said the content: a denial that anyone spoke ("Nobody pointed out that ...", "No one
has said ...", "None of the candidates claimed ...") and an event as the subject of a disclosure cue ("The New York
primary made it clear that ...", "The storm made clear that ..."), a word that is no one ("There", "Just") and
"Only time will tell ..."; session 20's known faults and session 21's review. Near misses keep their speaker: a group
named "No Labels", a person or body that makes things clear, "Nonetheless, X said ...", "Doris Day", "Time magazine"."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import indirect_pairs as _indirect


@pytest.mark.parametrize("text", [
    "Nobody pointed out that the bridge was unsafe.",
    "No one has said that the plan would fail.",
    "No official said the new budget would balance.",
    "None of the candidates claimed that the tax would pass.",
    "Neither side would say whether the talks would resume next week.",
    "The New York primary made it clear that the senator would win the nomination.",
    "Tuesday's results revealed that turnout among young voters was low.",
    "The debate made clear that the two candidates disagree on trade.",
    # a natural event, a mishap or a stretch of time (the review's "The storm made clear that ...")
    "The storm made clear that the city needs a new sea wall.",
    "The hurricane made it clear that the levees were far too low.",
    "The past two years have made it clear that the council cannot cope.",
    "The recession revealed that many families had no savings at all.",
    # words that are no one, and an idiom
    "Only time will tell if the new plan works.",
    "Time will tell whether the ceasefire holds.",
    "Just ask the governor of Ohio, who lost twice.",
    "There have been telling signs that the coalition could split.",
    # the head before "of": "The collapse of the bridge", not "bridge"
    "The collapse of the bridge made clear that repairs were overdue.",
    "The last few months of the campaign have made clear that the party is split.",
])
def test_no_speaker_no_speech(text: str) -> None:
    assert _indirect(text) == []


@pytest.mark.parametrize("text,content,source", [
    ("No Labels said the plan would help both parties.", "the plan would help both parties", "No Labels"),
    ("The mayor made it clear that she would veto the bill.", "she would veto the bill", "The mayor"),
    ("The party made clear that it would not back the bill.", "it would not back the bill", "The party"),
    ("Nonetheless, Smith said the plan would help the town.", "the plan would help the town", "Smith"),
    ("The auditor revealed that the agency had lost track of its funds.", "the agency had lost track of its funds",
     "The auditor"),
    # a surname or a title that looks like a period or a word of the idiom
    ("Doris Day revealed that she had been ill for months.", "she had been ill for months", "Doris Day"),
    ("Time magazine reported that the deal was off.", "the deal was off", "Time magazine"),
    ("The mayor made clear that the storm wall would be built.", "the storm wall would be built", "The mayor"),
    ("The head of the fire service made clear that the blaze was arson.", "the blaze was arson",
     "The head of the fire service"),
])
def test_speakers_kept(text: str, content: str, source: str) -> None:
    assert (content, source) in _indirect(text)


# a denial that anyone spoke also when the pronoun carries more words (94b7feaf read only a bare "Nobody" / "No one")
@pytest.mark.parametrize("text", [
    "No one in the cabinet has said that the levy will rise.",
    "Nobody else claimed that the dam was safe.",
    "Not a single official said that the scheme would work.",
    "Not one senator argued that the treaty should be signed.",
])
def test_denied_speaker_gives_no_speech(text: str) -> None:
    assert _indirect(text) == []


@pytest.mark.parametrize("text,content,source", [
    ("Nobody's Fool, the band, said that the tour would resume in June.", "the tour would resume in June",
     "Nobody's Fool, the band"),
    ("Notably, the senator said that the treaty should be signed.", "the treaty should be signed", "the senator"),
])
def test_speakers_kept_by_near_denials(text: str, content: str, source: str) -> None:
    assert (content, source) in _indirect(text)

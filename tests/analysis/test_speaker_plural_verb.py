"""A quotation after a clause with no verb of the cue lexicon takes the clause's subject (attribution._object_of_clause)
only when a verb follows that subject: a plural subject's verb in the present ('Democrats fear “Q”', 'Sanders supporters
fear “Q”', 'Police fear “Q”'), irregular pasts ('cut in', 'broke in', 'swore') and modals ('can only chant') count as
verbs too (they gave no speaker). Near misses: no verb after the subject, a contraction in -’s, a pronoun object."""
from __future__ import annotations

import pytest

from briefing_app.analysis.pipeline import analyse


def _mentions(text: str) -> list[str | None]:
    return [q.mention.text if q.mention else None for q in analyse(text).quotes if q.kind == "direct"]


@pytest.mark.parametrize(("text", "mention"), [
    ("Democrats fear “we will lose the House in November, no matter what.”", "Democrats"),
    ("Critics still worry, “This plan will cost far more than anyone admits.”", "Critics"),
    ("Republicans believe “the deal will collapse before the summer is out.”", "Republicans"),
    ("Police fear “the crowd will turn violent before the night is over.”", "Police"),
    ("Local residents believe “the plant will poison the river for years.”", "Local residents"),
    ("Sanders supporters fear “the convention is rigged against them from the start.”", "Sanders supporters"),
    ("White House officials insist “the president never saw the memo before Friday.”", "White House officials"),
    ("Protesters can only chant “we will win this fight in the end” for so long.", "Protesters"),
    ("Kwame Okafor cut in, “We will win this fight in the end, no matter what.”", "Kwame Okafor"),
    ("Ann Lee swore “we will win this fight in the end, no matter what.”", "Ann Lee"),
])
def test_a_verb_after_the_subject(text: str, mention: str) -> None:
    assert _mentions("The rally ended late on Tuesday. " + text) == [mention]


@pytest.mark.parametrize("text", [
    "Democrats in Congress “we will win this fight in the end, no matter what.”",
    "And Okafor’s not going to close that gap by merely “picking up delegates in every state” this spring.",
])
def test_no_verb_no_speaker(text: str) -> None:
    assert _mentions("The rally ended late on Tuesday. " + text) == [None]


@pytest.mark.parametrize("text", [
    "Trump thanks supporters “for the best night of my life, believe me.”",
    "Trump calls them “the most dishonest people in the whole world.”",
])
def test_a_singular_subject_keeps_its_name(text: str) -> None:
    assert _mentions("The rally ended late on Tuesday. " + text) == ["Trump"]

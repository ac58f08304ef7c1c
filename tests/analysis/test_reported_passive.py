"""Reported speech whose source is no one named: a passive cue after an empty "it" ("It was announced that ...")
keeps its words and names no speaker; a subject with an appositive and its object ("Sen. Ted Cruz, a candidate,
tweeted a warning.") are neither content nor an inverted source."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


@pytest.mark.parametrize("text", [
    "It was announced on Monday that the plant would close.",
    "It was widely reported that the plant would close.",
    "It has been said that the plant would close.",
])
def test_passive_it_names_no_speaker(text: str) -> None:
    indirect = [q for q in analyse(text).quotes if q.kind == "indirect"]
    assert [(q.text, q.mention) for q in indirect] == [("the plant would close", None)]


def test_active_it_keeps_its_mention() -> None:
    indirect = [q for q in analyse("The company met on Monday. It said the plant would close.").quotes
                if q.kind == "indirect"]
    assert [(q.text, q.mention.text if q.mention else None) for q in indirect] == [("the plant would close", "It")]


@pytest.mark.parametrize("text", [
    "Sen. Ted Cruz, a Republican candidate, tweeted a warning.",
    "On the other side, Sen. Ted Cruz (R-Tex.), a Republican candidate for president who has made liberty a "
    "centerpiece of his campaign, tweeted a warning.",
])
def test_subject_and_object_are_no_attribution(text: str) -> None:
    assert [q for q in analyse(text).quotes if q.kind == "indirect"] == []


def test_said_in_a_statement_that_quotation() -> None:
    """'but said in a statement that “Q”': the cue before the quotation is adjacent through its setting and "that"."""
    text = ('A spokesman for Platte River declined to address the report but said in a statement that "Platte River '
            'Networks did not, at any time, treat the server differently than any other."')
    direct = [q for q in analyse(text).quotes if q.kind == "direct"]
    assert [q.mention.text if q.mention else None for q in direct] == ["A spokesman for Platte River"]


# "X is said to have ...": hearsay with no named source; the clause, its subject too, is what was said (PolNeAR's
# content); a relative clause ends at its comma, and the noun before "which was said" is no one's words
@pytest.mark.parametrize("text,content", [
    ("The chancellor is said to have rejected the offer.", "The chancellor is said to have rejected the offer"),
    ("Several aides were said to be urging the mayor to settle the strike.",
     "Several aides were said to be urging the mayor to settle the strike"),
    ("The coach, who is said to have quit twice before, and the owner, who denies it, met today.",
     "who is said to have quit twice before"),
    ("The budget, which was widely said to be late, finally arrived.", "which was widely said to be late"),
    # any adverb in -ly, "once", and a perfect (the governor was the speaker of 'cancelled the trip' before)
    ("The governor, who was reportedly said to be ill, cancelled the trip.", "who was reportedly said to be ill"),
    ("Two aides were once said to have quit over the plan.", "Two aides were once said to have quit over the plan"),
    ("The minister has long been said to be a hawk.", "The minister has long been said to be a hawk"),
])
def test_said_to_is_hearsay(text: str, content: str) -> None:
    indirect = [q for q in analyse(text).quotes if q.kind == "indirect"]
    assert [(q.text, q.mention) for q in indirect] == [(content, None)]


def test_said_to_in_a_free_relative_is_no_clause() -> None:
    text = "On a visit to what was said to be the front line, the general smiled for the cameras."
    assert [q for q in analyse(text).quotes if q.kind == "indirect"] == []


@pytest.mark.parametrize("text,content,source", [
    ("The coach said the team would play on Sunday.", "the team would play on Sunday", "The coach"),
    ("The coach said to reporters that the team would play on Sunday.", "the team would play on Sunday", "The coach"),
])
def test_active_said_keeps_its_speaker(text: str, content: str, source: str) -> None:
    indirect = [q for q in analyse(text).quotes if q.kind == "indirect"]
    assert [(q.text, q.mention.text if q.mention else None) for q in indirect] == [(content, source)]

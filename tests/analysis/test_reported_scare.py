"""reported/scare.py: short quoted words a speaker's verb or noun governs are that speaker's words."""
from __future__ import annotations

import pytest

from briefing_app.analysis.pipeline import analyse


def kinds(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.mention.text if q.mention else None) for q in analyse(text).quotes]


@pytest.mark.parametrize(("text", "quoted", "mention"), [
    # verb-object: a verb of speaking, judging or naming, its object, then the quotation
    ("In March, Trump blasted Disney for its “outrageous practices” in requiring workers to train others.",
     "outrageous practices", "Trump"),
    ("When he announced his run, he referred to Mexican immigrants as “criminals” on live television.",
     "criminals", "he"),
    ('Clinton supports "appropriate pay raises" for federal workers.', "appropriate pay raises", "Clinton"),
    ("Nixon’s strategy led to what aide Kevin Phillips called “the beginning of a new Republican era” in 1968.",
     "the beginning of a new Republican era", "aide Kevin Phillips"),
    # noun-owner: a speaker's noun of speech before the quotation, or a comment noun after it
    ("But Clinton’s broadside against “printing money” leaves room for doubt.", "printing money", "Clinton"),
    ("Mitt Romney’s “47 percent” comment was nearly as dismissive.", "47 percent", "Mitt Romney"),
    # the progressive, an infinitive's subject, a pronoun owner, "in the words of"
    ('Sanders supporters are crying "fraud" over delegate selection.', "fraud", "Sanders supporters"),
    ("Officials started to portray the shooting as “workplace violence” in their statements.", "workplace violence",
     "Officials"),
    ('The worst was his long, pre-campaign embrace of "birtherism" in those years.', "birtherism", "his"),
    ("Clinton was, in the words of a senior adviser, “the torchbearer” of his legacy.", "the torchbearer",
     "a senior adviser"),
])
def test_a_speakers_quoted_words_are_direct(text: str, quoted: str, mention: str) -> None:
    assert ("direct", quoted, mention) in kinds(text)


@pytest.mark.parametrize(("text", "quoted"), [
    ("The deal is actually a “pre-agreement” because some governments did not agree.", "pre-agreement"),
    ("Carson shared a syllabus for a 2002 psychology class called “Perception” on Sunday.", "Perception"),
    ("His strengths include strong support from ''very conservative'' voters in the state.", "very conservative"),
    ("It was no longer good enough for Clinton to “win” an exchange.", "win"),
])
def test_the_authors_marks_stay_scare_quotes(text: str, quoted: str) -> None:
    assert [k for k, t, _ in kinds(text) if t == quoted] == ["scare"]

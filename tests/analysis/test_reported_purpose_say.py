"""A saying as the purpose of what its subject did ("rushed to TV to say", "went out of his way to say", "called friends
on their cellphones to say", "called a news conference to announce"): the sentence's subject said it. Not when the
words before deny or weigh the saying ("declined to say", "too early to say", "had little to say"), nor for a subject
that is no speaker ("It", a clause)."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import trace


@pytest.mark.parametrize("sentence, content, source", [
    ("His critics rushed to TV to say he did not represent the party.", "he did not represent the party", "His critics"),
    ("He went out of his way to say that the economy had hit bottom this year.", "the economy had hit bottom this year",
     "He"),
    ("Companies are taking pains to say they are not endorsing any candidate.", "they are not endorsing any candidate",
     "Companies"),
    ("Supporters called friends on their cellphones to say they had run into Sanders.", "they had run into Sanders",
     "Supporters"),
    ("The mayor called a news conference to announce that the city would sue.", "the city would sue", "The mayor"),
    ("The senator stood up to say that the bill was a disgrace.", "the bill was a disgrace", "The senator"),
])
def test_a_saying_as_a_purpose_is_the_subjects(sentence: str, content: str, source: str) -> None:
    assert (content, source) in [(t, m) for _, t, m in trace(sentence)]


@pytest.mark.parametrize("sentence", [
    "It is too early to say whether the plan will work in the end.",
    "Trump had little to say about the ruling against his university.",
    "Supporters waited for hours in the rain to say goodbye to the senator.",
    "Aides hurried to the podium to say nothing at all.",
])
def test_no_speaker_for_a_denied_or_weighed_saying(sentence: str) -> None:
    assert [m for _, _, m in trace(sentence) if m is not None] == []


def test_a_question_left_open_by_a_denied_saying_is_the_subjects() -> None:
    """"declined to say when ...": the open question is the subject's content, as "declined to say whether ..." was
    (PolNeAR marks "wouldn't say when, or if, ..." and "declined to say who ..." with the speaker as source); this case
    expected no speaker while "when" was read as the time of saying (changed by 39cbdd76)."""
    assert trace("McConnell declined to say when the Senate would vote on the nominee.") == [
        ("complement", "when the Senate would vote on the nominee", "McConnell")]

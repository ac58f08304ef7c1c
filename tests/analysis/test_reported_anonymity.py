"""A source asking for its own anonymity ("who asked not to be named") says nothing reported; the sentence's own
verb of speech does, with the whole noun phrase as its source, also when a cue form modifies its noun ("A state
official")."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import trace


@pytest.mark.parametrize("sentence, content, source", [
    ("A senior official, who asked not to be named, said the plan was dead.", "the plan was dead", "A senior official"),
    ("Two officials, who asked not to be identified because the talks are private, said the deal was close.",
     "the deal was close", "Two officials"),
    ("The donor, who asked that his name not be used, said he gave the money in May.", "he gave the money in May",
     "The donor"),
    ("One aide, who asked to be identified only by her first name, said the mood was grim.", "the mood was grim",
     "One aide"),
])
def test_asking_for_anonymity_is_no_speech(sentence: str, content: str, source: str) -> None:
    assert trace(sentence) == [("complement", content, source)]


@pytest.mark.parametrize("sentence", ["The senator asked not to be quoted.", "He asked not to be named in the story."])
def test_asking_not_to_be_named_alone_reports_nothing(sentence: str) -> None:
    assert not trace(sentence)


def test_a_request_with_an_object_stays() -> None:
    assert ("object-cues", "him not to go", "She") in trace("She asked him not to go.")


@pytest.mark.parametrize("sentence, source", [
    ("A state official, who asked not to be named, said the plan was dead.", "A state official"),
    ("The state treasurer said the plan was dead.", "The state treasurer"),
    ("Her press secretary said the plan was dead.", "Her press secretary"),
])
def test_a_cue_form_after_a_determiner_is_part_of_the_source(sentence: str, source: str) -> None:
    assert [s for _, _, s in trace(sentence)] == [source]

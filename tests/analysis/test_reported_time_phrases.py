"""A time phrase between a speech verb and its clause ("reported that night that", "said the next day that", "said two
weeks later that", "announced this morning that") is when it was said, not part of what was said; a time noun phrase
that is the clause's subject ("said the day was a triumph") stays content."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import trace


@pytest.mark.parametrize("sentence, content, source", [
    ("CNN reported that night that the attack was linked to al Qaeda.", "the attack was linked to al Qaeda", "CNN"),
    ("Lynch announced that same day that the department would sue the state.", "the department would sue the state",
     "Lynch"),
    ("The senator said the next day that he regretted the remark.", "he regretted the remark", "The senator"),
    ("The mayor said two weeks later that the plan was dead.", "the plan was dead", "The mayor"),
    ("Trump tweeted hours later that the poll was fake.", "the poll was fake", "Trump"),
    ("She wrote years later that the war had been a mistake.", "the war had been a mistake", "She"),
    ("He said later that day that the deal was off.", "the deal was off", "He"),
    ("He said the following morning the deal was off.", "the deal was off", "He"),
])
def test_a_time_phrase_after_the_verb_is_no_content(sentence: str, content: str, source: str) -> None:
    assert [(t, m) for _, t, m in trace(sentence)] == [(content, source)]


def test_an_announcement_after_a_time_phrase_is_read_once() -> None:
    assert [(t, m) for _, t, m in trace("The governor announced this morning that taxes would rise.")] == \
        [("taxes would rise", "The governor")]


@pytest.mark.parametrize("sentence, content", [
    ("He said the day was a triumph for the party.", "the day was a triumph for the party"),
    ("Officials said the next week would decide the race.", "the next week would decide the race"),
    ("The company announced the next day a recall of its cars.", "a recall of its cars"),
])
def test_a_time_noun_phrase_that_is_the_subject_stays(sentence: str, content: str) -> None:
    assert content in [t for _, t, _ in trace(sentence)]

"""A later speech verb that opens a clause of its own (a conjunction, then its subject) after all the sentence's first
verb took is read too (issue 15: "a second 'said' in the sentence"): '..., saying X, though Mrs. Fiorina said she
doubted voters would care', '"Q," Trump said, after Becky Quick said the front-runner had ...'. Near misses: a verb
inside the first content ("Lopez said that after Smith said no, talks ended": nested, read once), a verb with no
conjunction before its clause."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import trace


@pytest.mark.parametrize("text,content,source", [
    ("Other candidates have followed his lead, saying the scandal is a legitimate issue, though Mrs. Fiorina said "
     "she doubted voters would care.", "she doubted voters would care", "Mrs. Fiorina"),
    ("“I never said that,” Trump said, after CNBC's Becky Quick said the billionaire had called Rubio a lightweight.",
     "the billionaire had called Rubio a lightweight", "CNBC's Becky Quick"),
    ("“Your reputation is amazing,” Trump told Jones, after Jones told him that most listeners supported his "
     "candidacy.", "most listeners supported his candidacy", "Jones"),
    ("The mayor welcomed the ruling, calling it a victory for tenants, while the landlords’ group said it would "
     "appeal.", "it would appeal", "the landlords’ group"),
    ("“We will win,” she said on Monday — because her pollster said the numbers were moving.",
     "the numbers were moving", "her pollster"),
])
def test_later_clause(text: str, content: str, source: str) -> None:
    assert any((c, s) == (content, source) for _, c, s in trace(text))


@pytest.mark.parametrize("text", [
    "Lopez said that after Smith said no, the talks ended.",
    "“We will win,” she said after the debate.",
])
def test_nested_or_no_clause_read_once(text: str) -> None:
    rules = trace(text)
    assert len(rules) <= 1


@pytest.mark.parametrize("text,first,second", [
    # (review of 7ff9b4ba) the plainest form: the first content ran over the contrast into the second speaker's words
    ("The mayor said the budget was balanced, though critics said it relied on one-off cuts.",
     ("the budget was balanced", "The mayor"), ("it relied on one-off cuts", "critics")),
    ("Lee said the plan would work, while her rival said it would fail.",
     ("the plan would work", "Lee"), ("it would fail", "her rival")),
    ("Lee said the talks had failed, even though officials said progress was made.",
     ("the talks had failed", "Lee"), ("progress was made", "officials")),
    ("Lee said she would run again, whereas most observers say she will retire.",
     ("she would run again", "Lee"), ("she will retire", "most observers")),
])
def test_a_contrast_with_a_speaker_of_its_own_ends_the_first_content(text: str, first: tuple[str, str],
                                                                       second: tuple[str, str]) -> None:
    got = [(c, s) for _, c, s in trace(text)]
    assert first in got and second in got


@pytest.mark.parametrize("text", [
    "Lee said prices would stay high while supply was limited.",
    "Lee said the economy was growing, though slowly.",
])
def test_a_contrast_with_no_speaker_stays_in_the_content(text: str) -> None:
    assert len(trace(text)) == 1

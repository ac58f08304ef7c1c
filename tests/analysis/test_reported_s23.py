"""Reported speech, session 23: a connective between commas before a clause with no "that", an elliptic answer
("said they should"), and verbs of estimate, hint and pledge before a that-clause. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import trace


@pytest.mark.parametrize("text, content, source", [
    ("She said, however, the bridge would close.", "the bridge would close", "She"),
    ("The mayor said, too, the budget was tight.", "the budget was tight", "The mayor"),
    ("The senator said, in fact, she had never met him.", "she had never met him", "The senator"),
    ("Officials said, meanwhile, the road would reopen on Friday.", "the road would reopen on Friday", "Officials"),
])
def test_a_connective_between_commas_is_not_content(text: str, content: str, source: str) -> None:
    """'said, however, the bridge would close': the connective is the sentence's, not the speaker's words (it was kept
    at the content's start)."""
    assert [(c, s) for _, c, s in trace(text)] == [(content, source)]


@pytest.mark.parametrize("text, content, source", [
    ("Asked whether taxes should rise, the minister said they should.", "they should", "the minister"),
    ("Two senators were asked to back the bill. Jeff Hale said he would.", "he would", "Jeff Hale"),
    ("Would the plant close? The owner said that it wouldn't.", "it wouldn't", "The owner"),
])
def test_an_elliptic_answer_is_a_content(text: str, content: str, source: str) -> None:
    """A pronoun and an auxiliary, the rest of the clause left out: two words were too few before."""
    assert (content, source) in [(c, s) for _, c, s in trace(text)]


@pytest.mark.parametrize("text", [
    "The minister said the plan failed.",  # three words: already a content
    "He said he would like that.",
])
def test_ellipsis_needs_the_clause_to_end(text: str) -> None:
    assert all(c not in ("he would", "the plan") for _, c, _ in trace(text))

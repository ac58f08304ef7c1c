"""A participle after a tag in the middle of a sentence ("CONTENT, two officials said, V-ing ..."): how the speaker
spoke ("speaking on condition of anonymity because ...", "citing internal documents", "declining to give details") is
no second part of the content; a participle of speech ("adding that B") stays the second part, with its verb (the shared
samples' reference); a clause after the tag ("The talks, he said, are stalled") stays the content's second part. After an
inverted tag ("CONTENT, said X, a spokeswoman, adding that B") the participle is the tag's speaker's."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import indirect_pairs

A = "The talks have stalled"


@pytest.mark.parametrize("tail", [
    "speaking on condition of anonymity because they were not authorized to discuss them",
    "speaking on the condition of anonymity to discuss internal talks",
    "citing internal documents",
    "requesting anonymity to discuss private meetings",
    "declining to give details",
    "speaking to reporters in Geneva",
])
@pytest.mark.parametrize("tag", ["two officials said", "a diplomat told reporters", "Ann Whitfield said on Monday"])
def test_a_manner_participle_is_no_content(tag: str, tail: str) -> None:
    pairs = indirect_pairs(f"{A}, {tag}, {tail}.")
    assert [c for c, _ in pairs] == [A]


@pytest.mark.parametrize("tag", ["he said", "two officials said", "the minister said on Monday"])
def test_a_speech_participle_stays_the_second_part(tag: str) -> None:
    # (with its verb, as the shared samples' reference marks "..., said Sunday, warning that such a step would ...")
    assert [c for c, _ in indirect_pairs(f"{A}, {tag}, adding that a deal was still possible.")] == [
        A, "adding that a deal was still possible"]


def test_a_clause_after_the_tag_is_the_second_part() -> None:
    assert indirect_pairs("The talks, he said, are stalled.") == [("The talks", "he"), ("are stalled", "he")]


@pytest.mark.parametrize(("tag", "mention"), [
    ("said Jane Doe, a spokeswoman for the ministry,", "Jane Doe"),
    ("said a senior official,", "a senior official"),
    ("wrote the company's chief executive, Dana Poe,", "the company's chief executive, Dana Poe"),
])
def test_a_participle_after_an_inverted_tag_is_the_tags_speakers(tag: str, mention: str) -> None:
    """'CONTENT, said X, (appositive,) adding that B': B is X's, not the content's subject's."""
    assert indirect_pairs(f"{A}, {tag} adding that a decision was expected soon.") == [
        (A, mention), ("a decision was expected soon", mention)]


def test_a_participle_after_a_quotation_and_its_inverted_tag() -> None:
    assert indirect_pairs("“The review is ongoing,” said Jane Doe, adding that a decision was expected soon.") == [
        ("a decision was expected soon", "Jane Doe")]


def test_a_participle_of_the_clause_itself_keeps_its_subject() -> None:
    assert indirect_pairs("The mayor signed the bill, saying that it would help renters.") == [
        ("it would help renters", "The mayor")]

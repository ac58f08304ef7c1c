"""A participle after a tag in the middle of a sentence ("CONTENT, two officials said, V-ing ..."): how the speaker
spoke ("speaking on condition of anonymity because ...", "citing internal documents", "declining to give details") is
no second part of the content; a participle of speech ("adding that B") stays the second part, with its verb (the shared
samples' reference); a clause after the tag ("The talks, he said, are stalled") stays the content's second part."""
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

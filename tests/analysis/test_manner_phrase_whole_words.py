"""A manner phrase between a speech verb and its "that" ("said in a statement that") ends on a whole word: a
noun of the list that only begins a longer word ("emailed", "released", "posted", "reportedly") is not that
noun, so the content never opens mid-word ("ed statement that the company ...")."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import indirect_pairs


@pytest.mark.parametrize("text, content", [
    ("The agency said in an emailed statement that the pipeline was safe.", "the pipeline was safe"),
    ("The ministry said in a newly released statement that the border would reopen.", "the border would reopen"),
    ("The senator said in a posted message that she would run again.", "she would run again"),
    ("Officials said in their statements that the dam had held.", "the dam had held"),  # a plural noun of the list
    ("The coach said in a recorded interview that the team would improve.", "the team would improve"),
])
def test_the_content_starts_after_the_whole_manner_phrase(text: str, content: str) -> None:
    assert [c for c, _ in indirect_pairs(text)] == [content]


def test_a_noun_of_the_list_still_ends_the_phrase() -> None:
    assert [c for c, _ in indirect_pairs("The mayor said in an email that the library would reopen.")] == \
        ["the library would reopen"]

"""An inverted tag between a clause's subject and its verb: 'The plan, said Ann Lee, a professor at Yale, would cost
$2 million.' Both parts of the clause are what she said and she is the speaker (not 'The plan', nor a content that
opens with her name). Near misses: an introductory phrase before the tag ('In 2010, said Lee, the city ...': no verb
right after the tag), a tag that ends the sentence, a quotation around the tag."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import indirect_pairs as _indirect


@pytest.mark.parametrize("text,parts,source", [
    ("The plan, said the mayor, would cost $2 million.", ["The plan", "would cost $2 million"], "the mayor"),
    ("The plan, said Ann Lee, a professor at Yale, would cost $2 million.", ["The plan", "would cost $2 million"],
     "Ann Lee"),
    ("The new tax, says Tom Reed, an economist at the institute, is a mistake.", ["The new tax", "is a mistake"],
     "Tom Reed"),
    ("The contrast with the governor, said Reed and others, would be clear.",
     ["The contrast with the governor", "would be clear"], "Reed and others"),
])
def test_inverted_tag_inside_a_clause(text: str, parts: list[str], source: str) -> None:
    assert _indirect(text) == [(p, source) for p in parts]


@pytest.mark.parametrize("text,expected", [
    ("The plan will cost $2 million, said the mayor, who has opposed it.",
     [("The plan will cost $2 million", "the mayor")]),
    ("The plan, the mayor said, would cost $2 million.",
     [("The plan", "the mayor"), ("would cost $2 million", "the mayor")]),
])
def test_other_tags_unchanged(text: str, expected: list[tuple[str, str]]) -> None:
    assert _indirect(text) == expected


@pytest.mark.parametrize("text", [
    "In 2010, said Lee, the city was broke.",
    "“The plan is dead,” said Lee, “and it will stay dead.”",
])
def test_near_misses(text: str) -> None:
    assert _indirect(text) == []

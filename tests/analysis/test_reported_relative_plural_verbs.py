"""A relative clause set off by commas ends where the main clause's predicate resumes also when that predicate is a
plural's or a modal's verb (ded6d592 and 06fd27e6 read only -s/-ed forms, was/is/has/had/will/would/could and irregular
pasts): "The new rules, which the ministry said will take effect in May, do not cover farms" ran on into "do not cover
farms"; "The farmers, who said the rules were unfair, have appealed" into "have appealed". A comma inside the content
after its own clause ("said that in May, prices would rise") does not end it."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import trace


@pytest.mark.parametrize("text, content, source", [
    ("The new tolls, which the agency said will start in June, do not apply to buses.", "will start in June", "the agency"),
    ("The new tolls, which the agency said will start in June, are unpopular.", "will start in June", "the agency"),
    ("The new tolls, which the agency said will start in June, were delayed.", "will start in June", "the agency"),
    ("The new tolls, which the agency said will start in June, can be appealed.", "will start in June", "the agency"),
    ("The growers, who said the tolls were unfair, have appealed.", "the tolls were unfair", "who"),
])
def test_relative_content_ends_before_the_main_verb(text, content, source):
    assert ("complement", content, source) in trace(text)


@pytest.mark.parametrize("text, content", [
    ("The engineer said that in June, the tolls would rise.", "in June, the tolls would rise"),
    ("The mayor said the tolls, which start in June, are unfair.", "the tolls, which start in June, are unfair"),
])
def test_plain_content_keeps_its_commas(text, content):
    assert [c for _, c, _ in trace(text)] == [content]

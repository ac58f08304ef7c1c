"""A course told by a relative clause on its object (options/gapped.py; sixteenth session, the kind "a relative or
reduced clause" of the tuned news misses: "the border wall he wants to build"): the clause's subject holds the verb and
the noun; only a measure's noun, never the author's. Phrasings written here, not copied."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import options


def _held(text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options(text)]


@pytest.mark.parametrize("text, summary, holder", [
    ("Donald Trump spoke in Ohio. Mexico will never pay for the border wall he wants to build.", "Build the border wall",
     "Donald Trump"),
    ("Donald Trump spoke in Ohio. Voters doubt the tax cuts Trump has promised to pass.", "Pass the tax cuts",
     "Donald Trump"),
    ("Donald Trump spoke in Ohio. Critics attacked the trade deal which he vowed to renegotiate.",
     "Renegotiate the trade deal", "Donald Trump"),
    ("Donald Trump spoke in Ohio. Trump spoke about the wall he wants to build along the border.", "Build the wall",
     "Donald Trump"),  # not "Build along the border"
    ("Hillary Clinton spoke in Ohio. She praised the tax credit she hopes to expand.", "Expand the tax credit",
     "Hillary Clinton"),
])
def test_the_clause_s_subject_holds_the_course(text: str, summary: str, holder: str) -> None:
    assert _held(text) == [(summary, None, [(holder, "support")])]


@pytest.mark.parametrize("text", [
    "Donald Trump spoke in Ohio. He described the money he wants to keep.",  # no measure
    "Donald Trump spoke in Ohio. He met the woman he hopes to marry.",
    "Donald Trump spoke in Ohio. It is the job he wants to get.",
])
def test_no_measure_no_option(text: str) -> None:
    assert _held(text) == []

"""A pledge, vow or threat told by a participle ("..., vowing to X", "by promising to X", "and threatening to X", "is
pledging to X") is the pledger's position, as "vowed to X" is (convention v2: an actor's own plan or threat); the
pledger is the main clause's subject, not the last name before the participle. "promising to" is a verb there, no
praise of the author's ("a promising reform" stays praise)."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, summary", [
    ("Mr. Trump has rallied thousands by promising to impose 35 percent tariffs on imported goods.",
     "impose 35 percent tariffs on imported goods"),
    ("Senator Hale was even more scathing in his remarks, threatening to pull out of NATO.", "pull out of nato"),
    ("Governor Ortiz spoke in Denver on Monday, vowing to repeal the state's gas tax.", "repeal the state's gas tax"),
    ("Senator Hale is pledging to abolish the Department of Education.", "abolish the department of education"),
])
def test_a_participle_pledge_is_the_pledgers_position(text: str, summary: str) -> None:
    option = one_option(text)
    assert option.summary.lower() == summary
    assert option.stance is None  # the author takes no side on it
    assert [p.stance for p in option.positions] == ["support"]


def test_the_pledger_is_the_main_clauses_subject() -> None:
    option = one_option("Trump has consistently targeted Mexico, calling its migrants criminals and threatening to cut "
                        "off the money they send home to their families.")
    assert [p.actor for p in option.positions] == ["Trump"]


def test_a_promising_course_stays_praise() -> None:
    found = options("Senator Hale wants to ban cars from the city centre. The idea is promising.")
    assert found and found[0].stance == "support", [(o.summary, o.stance) for o in found]


@pytest.mark.parametrize("text", [
    "Senator Hale is pledging to compete in the final primary next week.",  # a campaign's own act
    "Senator Hale is promising to do something about it.",  # no course named
])
def test_no_course_is_pledged(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text", [
    "The campaign described the economy as broken, rather than just promising to build on existing progress.",
    "Instead of vowing to repeal the gas tax, Senator Hale spoke about schools.",
])
def test_a_pledge_set_against_what_is_done_is_none(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]

"""Preparing a course (convention decided by the coordinator, seventeenth session; tests/data/options/README.md):
"lay the groundwork / the foundations for X", "pave / clear the way for X" is an option when X is a concrete measure or
course ("a carbon tax", "talks with Iran", "a treaty", "sanctions"), summarised as said; an aim, no option, when X is a
state of affairs ("peace", "recovery", "a better future")."""
from __future__ import annotations

import pytest

from briefing_app.analysis.options.heads import prepared
from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize(("text", "summary"), [
    ("The government should lay the groundwork for a carbon tax.", "Lay the groundwork for a carbon tax"),
    ("The EU must lay the groundwork for talks with Iran.", "Lay the groundwork for talks with Iran"),
    ("Ministers should pave the way for sanctions on Russia.", "Pave the way for sanctions on Russia"),
    ("Washington must pave the way for a treaty on arms control.", "Pave the way for a treaty on arms control"),
    ("Critics urged the government to lay the groundwork for a carbon tax.", "Lay the groundwork for a carbon tax"),
    ("The council should lay the foundations for a congestion charge scheme.",
     "Lay the foundations for a congestion charge scheme"),
    ("Parliament should clear the way for a referendum on independence, the party said.",
     "Clear the way for a referendum on independence"),
])
def test_preparing_a_measure_is_an_option(text: str, summary: str) -> None:
    assert one_option(text).summary == summary


@pytest.mark.parametrize("text", [
    "The summit should pave the way for peace.",
    "The government should lay the foundations for recovery.",
    "The council should lay the groundwork for a better future.",
    "The senator urged the White House to lay the groundwork for the next administration.",
    "Leaders must pave the way for lasting stability in the region.",
    # a thing's "should" predicts, whatever it prepares
    "The talks should lay the groundwork for a carbon tax.",
])
def test_preparing_a_state_of_affairs_is_an_aim(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize(("phrase", "measure"), [
    ("lay the groundwork for a carbon tax", True),
    ("pave the way to talks", True),
    ("lay the foundations for growth", False),
    ("pave the way for peace", False),
    ("lay new water pipes", None),  # no preparing phrase
    ("pave the road to the village", None),
])
def test_what_a_preparing_phrase_prepares(phrase: str, measure: bool | None) -> None:
    assert prepared(phrase) is measure

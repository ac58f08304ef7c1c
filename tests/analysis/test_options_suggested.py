"""Call verbs the rules did not read (sixteenth session; the second largest kind of recall miss over seven tuned news
batches: a call or position verb with a course it names, 20 misses in 14 reports): "suggest" with a gerund ("Carson
suggested rallying NATO allies"), "clamor for", "fight for" a measure. The suggester's position, never the author's;
evidence that "suggests" something, a person fighting for her life and a fan clamouring for an encore are none. The
phrasings below are written here, not copied from any report."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import options

INTRO = "Senator Jane Doe spoke on Monday. "


def _held(text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options(text)]


@pytest.mark.parametrize("text, summary, holder", [
    ("Doe suggested rallying NATO allies against the group.", "Rally NATO allies against the group", "Jane Doe"),
    ("Doe suggests reducing government regulations on small banks.", "Reduce government regulations on small banks",
     "Jane Doe"),
    ("Doe has also suggested lowering the voting age to 16.", "Lower the voting age to 16", "Jane Doe"),
    ("Doe has clamored for permanent deployment of troops in Poland.", "Carry out permanent deployment of troops in Poland",
     "Jane Doe"),
    ("Unions are clamouring for a higher minimum wage in the city.", "Adopt a higher minimum wage in the city", "unions"),
    ("Doe is fighting for a ban on assault weapons in the state.", "Impose a ban on assault weapons in the state",
     "Jane Doe"),
])
def test_a_call_verb_read_now(text: str, summary: str, holder: str) -> None:
    assert _held(INTRO + text) == [(summary, None, [(holder, "support")])]


@pytest.mark.parametrize("text", [
    "Polls suggest rising anger among voters.",
    "The data suggests growing support for the plan.",  # evidence shows, no one calls
    "Evidence suggests raising the minimum wage costs jobs.",
    "Recent polls strongly suggest raising taxes would hurt Doe.",
    "Doe is fighting for her life after the crash.",  # no measure
    "The fans clamored for an encore.",
    "They are the people who embody the very idea of living and fighting for something bigger than oneself.",
    "Supporting higher taxes on the rich is unpopular.",
])
def test_near_misses_give_no_option(text: str) -> None:
    assert _held(INTRO + text) == []

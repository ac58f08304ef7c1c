"""Short noun courses after a call verb (sixteenth session; part of the call-verb kind of tuned recall miss): a policy
noun asked for in more or less of it ("backs tougher regulations", "calls for higher taxes", "pushed for fewer visas")
and an amount alone ("calls for $275 billion") name a course in two words; a comparative without a policy noun
("greater ethics", "a much higher oil price"), "better" and an amount a plan costs stay none. Written here."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import options

INTRO = "Senator Jane Doe spoke on Monday. "


def _held(text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options(INTRO + text)]


@pytest.mark.parametrize("text, summary, stance", [
    ("Doe backs tougher regulations.", "Adopt tougher regulations", "support"),
    ("Doe calls for higher taxes.", "Impose higher taxes", "support"),
    ("Doe has long pushed for fewer visas.", "Adopt fewer visas", "support"),
    ("Doe opposed stricter sanctions.", "Impose stricter sanctions", "oppose"),
    ("Doe calls for $275 billion.", "Spend $275 billion", "support"),
])
def test_two_words_name_a_course(text: str, summary: str, stance: str) -> None:
    assert _held(text) == [(summary, None, [("Jane Doe", stance)])]


@pytest.mark.parametrize("text", [
    "Pope Francis called for greater ethics.",  # no policy noun
    "Iran and Russia need a much higher oil price to balance their budgets.",
    "Doe backs better laws.",  # a wish
    "Doe's spending plan would cost $275 billion.",  # what a plan costs
    "Doe calls for more.",
])
def test_near_misses_stay_none(text: str) -> None:
    assert _held(text) == []

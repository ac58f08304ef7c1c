"""A course a crowd chants or shouts (options/chants.py; sixteenth session, the kind "a chant or slogan" of the tuned news
misses: 3 misses in 3 reports of 2 batches): the chanters' position, never the author's; only a quoted command opening
with a policy verb. Phrasings written here, not copied."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import options


def _held(text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options(text)]


@pytest.mark.parametrize("text, summary, holder", [
    ('Donald Trump spoke in Ohio. Supporters chanted "Build the wall!" as he took the stage.', "Build the wall",
     "supporters"),
    ('Donald Trump spoke in Ohio. Fans also chanted, "Build a wall," referring to his vow.', "Build a wall", "Fans"),
    ('Donald Trump spoke in Ohio. Protesters shouted "Deport them all" at the students.', "Deport them all", "protesters"),
    ('Donald Trump spoke in Ohio. Supporters broke into chants of "Ban the refugees!"', "Ban the refugees", "supporters"),
    ("Hillary Clinton spoke in Ohio. The crowd loudly reprised the caustic chant “Lock her up! Lock her up!” as she "
     "spoke.", "Lock her up", "the crowd"),
])
def test_a_chanted_course_is_the_chanters(text: str, summary: str, holder: str) -> None:
    assert _held(text) == [(summary, None, [(holder, "support")])]


@pytest.mark.parametrize("text", [
    'Donald Trump spoke in Ohio. The crowd chanted "USA! USA!" as he spoke.',  # no course
    'Donald Trump spoke in Ohio. Students chanted "Trump! Trump!" at the game.',
    'Donald Trump spoke in Ohio. A man shouted "Get out!" at the reporter.',
    'Witnesses heard the men shouting "Allahu Akbar" before the attack.',  # no command
    "Donald Trump spoke in Ohio. Protesters heard the chants to ''build the wall'' outside.",  # no chanter named
    'Donald Trump spoke in Ohio. Workers chanted "no contract, no peace" outside the casino.',
])
def test_no_chanted_course(text: str) -> None:
    assert _held(text) == []

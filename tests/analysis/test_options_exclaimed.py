"""An exclaimed pledge in a quotation of what another actor will be made to do, or what there will be none of
(options/pledges.py `_exclaimed`; sixteenth session, the kind "a pledge inside a quotation" of the tuned news misses):
the speaker's position; without "!" a statement may be a forecast and gives none. Phrasings written here."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import options


def _held(text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options(text)]


@pytest.mark.parametrize("text, summary, holder, stance", [
    ('Donald Trump spoke in Ohio. Trump told the crowd: "Mexico will pay for the wall!"', "Make Mexico pay for the wall",
     "Donald Trump", "support"),
    ('Bernie Sanders spoke in Ohio. Sanders told the crowd: "Wall Street will pay its fair share of taxes!"',
     "Make Wall Street pay its fair share of taxes", "Bernie Sanders", "support"),
    ('Donald Trump spoke in Ohio. Trump said: "There will be no amnesty! ..."', "Adopt amnesty", "Donald Trump", "oppose"),
])
def test_an_exclaimed_pledge_is_the_speaker_s(text: str, summary: str, holder: str, stance: str) -> None:
    assert (summary, None, [(holder, stance)]) in _held(text)


@pytest.mark.parametrize("text", [
    'Donald Trump spoke in Ohio. Trump told the crowd: "Mexico will pay for the wall."',  # no "!": maybe a forecast
    'Donald Trump spoke in Ohio. Trump told the crowd: "There will be no stopping us!"',  # no measure
    'Donald Trump spoke in Ohio. Trump told the crowd: "It will pay for itself!"',
    "Donald Trump spoke in Ohio. Mexico will pay for the wall!",  # no quotation: the author's line
])
def test_no_exclaimed_pledge(text: str) -> None:
    assert _held(text) == []

"""A name with particles ('Carlos de la Fuente', 'Ursula von der Leyen', 'Ahmed bin Salman', 'Khalid al-Faisal') is one
subject before a colon after a verb outside the cue lexicon ('X mocked: “Q”', 'X summed it up: “Q”'): the clause's subject
had stopped at the first particle ('Carlos'). Near misses: a preposition is no particle ('Marco Rubio in Des Moines')."""
from __future__ import annotations

import pytest

from briefing_app.analysis.pipeline import analyse


def _mentions(text: str) -> list[str | None]:
    return [q.mention.text if q.mention else None for q in analyse(text).quotes if q.kind == "direct"]


NAMES = ["Carlos de la Fuente", "Jan van der Berg", "Ahmed bin Salman", "Ursula von der Leyen", "Khalid al-Faisal",
         "Luiz da Silva", "Abu Bakr al-Baghdadi"]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("verb", ["mocked:", "bellowed:", "summed it up:"])
def test_a_name_with_particles(name: str, verb: str) -> None:
    assert _mentions(f"The rally ended late on Tuesday. {name} {verb} “We will win this fight in the end.”") == [name]


def test_a_preposition_is_no_particle() -> None:
    text = "The rally ended late on Tuesday. Marco Rubio in Des Moines mocked: “We will win this fight in the end.”"
    assert _mentions(text) == ["Marco Rubio"]

"""A claim that a course should be taken, called wrong, turns the side: "The mayor is wrong that the city should ban
cars from the centre", "... is wrong to say that ...", "It is wrong that the poorest should pay for X" oppose it (they
read as support); "is right that" still supports. "X would be madness" opposes X, as "would be a mistake" does."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text, stance", [
    ("The mayor is wrong that the city should ban cars from the centre.", "oppose"),
    ("The mayor is wrong to say that the city should ban cars from the centre.", "oppose"),
    ("Critics are mistaken to think that the city should ban cars from the centre.", "oppose"),
    ("It is wrong that commuters should pay for the new bypass.", "oppose"),
    ("The mayor is right that the city should ban cars from the centre.", "support"),
])
def test_a_course_called_wrongly_claimed_is_opposed(text: str, stance: str) -> None:
    assert one_option(text).stance == stance


def test_madness_is_a_verdict() -> None:
    option = one_option("Closing the Eastgate library would be madness.")
    assert (option.summary, option.stance) == ("Close the Eastgate library", "oppose")

"""Trusting someone is an attitude, no course (lexicon.NOT_ACTION; sixteenth session: "Hillary Clinton shouldn't be
trusted with national secrets" was a false option on a tuned news report). A body named "trust" still acts."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text", [
    "“We know that Hillary Clinton shouldn’t be trusted with national secrets,” Pence said.",
    "Voters should not trust the senator with the nuclear codes, the ad said.",
])
def test_trusting_someone_is_no_option(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


def test_a_trust_that_acts_stays() -> None:
    assert one_option("The hospital trust should restore the night allowance for staff.").summary == \
        "Restore the night allowance for staff"

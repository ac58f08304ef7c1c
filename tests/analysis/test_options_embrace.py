""""Embrace" a measure is a course of action, as "adopt" one is ("The government should embrace a carbon tax", "If the
United States embraced a carbon tax, the path would be much easier"); "embrace" an attitude, a person or the future is
no course ("We should embrace the future", "Britain must embrace diversity"). "Embrace" stays a verb of appreciation
otherwise (analysis/options/lexicon.NOT_ACTION)."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from briefing_app.analysis.options.phrases import is_concrete
from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text, stance", [
    ("The government should embrace a carbon tax.", "support"),
    ("Congress must embrace the treaty on plastic waste.", "support"),
    ("It is time for Brussels to embrace a ban on bottom trawling.", "support"),
    ("Washington should not embrace sanctions on buyers of Indian oil.", "oppose"),
    ("If the United States embraced a carbon tax, the path to lower emissions would be much easier.", "support"),
])
def test_embracing_a_measure_is_a_course(text: str, stance: str) -> None:
    option = one_option(text)
    assert option.stance == stance
    assert any(w in option.summary for w in ("carbon tax", "treaty", "ban on", "sanctions"))


@pytest.mark.parametrize("text", [
    "We should embrace the future.",
    "Britain must embrace diversity.",
    "The city should embrace its new neighbours.",
    "Voters should embrace change.",
])
def test_embracing_no_measure_is_no_course(text: str) -> None:
    assert analyse(text).options == []


def test_is_concrete_reads_embrace_as_adopt_only_with_a_measure() -> None:
    assert is_concrete("embrace a carbon tax") and is_concrete("embrace the treaty")
    assert not is_concrete("embrace the future") and not is_concrete("embrace diversity")

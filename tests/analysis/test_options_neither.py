"""A subject opened by "Neither" denies the course like "no one should": "Neither candidate should raise taxes on the
middle class" is the author's opposition (it gave support)."""
import pytest

from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text, expected", [
    ("Neither candidate should raise taxes on the middle class.", "Raise taxes on the middle class"),
    ("Neither party should cut funding for rural schools.", "Cut funding for rural schools"),
    ("Neither Washington nor Beijing should raise tariffs on steel.", "Raise tariffs on steel"),
    ("Whoever wins in May, neither side should privatise the water companies.", "Privatise the water companies"),
])
def test_neither_subject_opposes(text, expected):
    option = one_option(text)
    assert (option.summary, option.stance) == (expected, "oppose")


@pytest.mark.parametrize("text, expected", [
    ("Both candidates should raise taxes on the richest households.", "Raise taxes on the richest households"),
    ("No party should cut funding for rural schools.", "Cut funding for rural schools"),
])
def test_near_misses_keep_their_side(text, expected):
    option = one_option(text)
    assert option.summary == expected
    assert option.stance == ("oppose" if text.startswith("No ") else "support")

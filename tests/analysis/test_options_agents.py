"""Who can take a course of action: a subject that cannot act makes no option, adverbs do not hide a passive."""
import pytest

from briefing_app.analysis import analyse


@pytest.mark.parametrize("text", [
    "Defence spending should follow a strategy, not the other way round.",
    "Today's youth need to find alternative role models in this struggle of ideas.",
    "Our vision has to move along the path to a fairer society.",
    "State media should always be read with a healthy pinch of salt.",
])
def test_no_option(text):
    assert analyse(text).options == [], [(o.summary, o.stance) for o in analyse(text).options]


@pytest.mark.parametrize("text, words", [
    ("The generals should always be held accountable before a civilian court.", "hold the generals"),
    ("Defence spending must be capped at two percent of GDP.", "cap defence spending"),
])
def test_passives_and_adverbs_still_make_options(text, words):
    found = analyse(text).options
    assert len(found) == 1 and words in found[0].summary.lower(), [(o.summary, o.stance) for o in found]

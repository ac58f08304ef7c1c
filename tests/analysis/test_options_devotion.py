"""An exhortation of faith is devotion, no course of a body (hollow.devotion; sixteenth session: three tuned news
reports in two batches, a preacher's call to "fast and pray and approach the Lord", "keep the gates of heaven open",
"expose the unfruitful works of darkness"). A rule about worship ("allow prayer in public schools") is a course."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text", [
    "Beck said he asked for America to fast and pray and approach the Lord with humility.",
    "The pastor said the nation must repent and ask for His forgiveness.",
    "The preacher urged his followers to expose the unfruitful works of darkness.",
    "The speaker said believers must keep the gates of heaven open over the nations.",
])
def test_an_exhortation_of_faith_is_no_option(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text, summary", [
    ("The governor said the state should allow prayer in public schools.", "Allow prayer in public schools"),
    ("Critics urged the city to ban worship in state buildings.", "Ban worship in state buildings"),
])
def test_a_rule_about_worship_stays(text: str, summary: str) -> None:
    assert one_option(text).summary == summary

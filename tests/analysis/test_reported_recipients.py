"""A recipient between a verb of warning, assuring or promising and "that" ("warned residents that", "assured investors
that", "promised voters that") is whom it was said to, not part of what was said, as after "told" (review, sixteenth
session: the content had opened with the recipient)."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import trace


@pytest.mark.parametrize("sentence, content, source", [
    ("The council warned residents that taxes would rise.", "taxes would rise", "The council"),
    ("The minister assured investors that rates would fall.", "rates would fall", "The minister"),
    ("The chancellor promised voters that taxes would not rise.", "taxes would not rise", "The chancellor"),
    ("Merkel warned Putin that sanctions would follow.", "sanctions would follow", "Merkel"),
    ("The bank warned the public that fraud was rising.", "fraud was rising", "The bank"),
])
def test_the_recipient_before_that_is_no_content(sentence: str, content: str, source: str) -> None:
    assert [(t, m) for _, t, m in trace(sentence)] == [(content, source)]


@pytest.mark.parametrize("sentence, content, source", [
    ("The council warned that taxes would rise.", "taxes would rise", "The council"),
    ("The council warned that that plan would fail.", "that plan would fail", "The council"),
])
def test_no_recipient_nothing_skipped(sentence: str, content: str, source: str) -> None:
    assert [(t, m) for _, t, m in trace(sentence)] == [(content, source)]


@pytest.mark.parametrize("sentence", [
    "Johnson said Britain should leave, whereas Starmer said ministers should stay.",
    "Johnson said Britain should leave, whereas Starmer insisted ministers should stay.",
])
def test_whereas_opens_no_speakers_name(sentence: str) -> None:
    # review: the speaker's mention had read "whereas Starmer" (BOUNDARY knew "while" only)
    assert ("ministers should stay", "Starmer") in [(t, m) for _, t, m in trace(sentence)]

"""A speakerless quotation that is a sentence of its own right after reported speech goes on with that speaker's words
(reported/follow.py); not after a document's words, from another paragraph or across another sentence."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


def _direct(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.mention.text if q.mention else None) for q in analyse(text).quotes if q.kind == "direct"]


@pytest.mark.parametrize(("text", "mention"), [
    ('Wolf said the state would not negotiate. "The law is clear and we will enforce it."', "Wolf"),
    ("And then he promised that he is staying in the race until the convention. \"Let me be as clear as I can be: We "
     "are in till the last ballot is cast!\"", "he"),
    ('Ghazala Khan says she received a nervous call from her niece. "She called me, and she was so disturbed."',
     "Ghazala Khan"),
    # a quotation that is a paragraph of its own goes on with the report that ends the paragraph before
    ('Wolf said the state would not negotiate.\n\n"The law is clear and we will enforce it."', "Wolf"),
])
def test_quotation_after_reported_speech(text: str, mention: str) -> None:
    assert [m for _, m in _direct(text)] == [mention]


@pytest.mark.parametrize("text", [
    'The report said the state would not negotiate. "The law is clear and we will enforce it."',  # a document
    'Wolf said the state would not negotiate. The union walked out. "The law is clear and we will enforce it."',
])
def test_no_speaker_from_elsewhere(text: str) -> None:
    assert [m for t, m in _direct(text) if t.startswith("The law")] == [None]

"""A denial that anyone spoke also when the pronoun carries more words (94b7feaf read only a bare "Nobody" / "No one"):
"No one in the cabinet has said ...", "Nobody else claimed ...", "Not a single official said ...", "Not one senator
argued ...". A band named "Nobody's Fool" and a sentence opened by "No doubt" keep their speaker."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


def _indirect(text: str) -> list[tuple[str, str | None]]:
    return [(q.text.rstrip("."), q.mention.text if q.mention else None) for q in analyse(text).quotes
            if q.kind == "indirect"]


@pytest.mark.parametrize("text", [
    "No one in the cabinet has said that the levy will rise.",
    "Nobody else claimed that the dam was safe.",
    "Not a single official said that the scheme would work.",
    "Not one senator argued that the treaty should be signed.",
])
def test_denied_speaker_gives_no_speech(text: str) -> None:
    assert _indirect(text) == []


@pytest.mark.parametrize("text,content,source", [
    ("Nobody's Fool, the band, said that the tour would resume in June.", "the tour would resume in June",
     "Nobody's Fool, the band"),
    ("Notably, the senator said that the treaty should be signed.", "the treaty should be signed", "the senator"),
])
def test_speakers_kept(text: str, content: str, source: str) -> None:
    assert (content, source) in _indirect(text)

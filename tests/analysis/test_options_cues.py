"""The paragraph-wide cue scan answers for each sentence exactly as a scan of that sentence does."""
from __future__ import annotations

import itertools

from briefing_app.analysis.options.cues import ParagraphCues, _cued

PARAGRAPHS = [
    "The council met on Tuesday. Nothing was decided. Ministers should act now. The vote is next week.",
    "It rained. It rained again. Calls to ban cars grew. Everyone went home.",
    "Residents gathered.\tCalls to ban cars grew louder.  We must act. Yes.",
    "İstanbul hosted the talks. Leaders should agree a truce. They met again.",
    "İİİİİİİİİİ go. We should. So it is. Fine.",  # lower-casing lengthens each İ
    "A quiet day\u00a0call the mayor. Nobody came. What now?",
    "She said they let us down. The plan failed.",
]


def _tilings(text: str) -> list[list[tuple[int, int]]]:
    """Ways to cut `text` into sentences at its spaces (the space between two sentences in neither)."""
    gaps = [i for i, ch in enumerate(text) if ch.isspace()]
    out = []
    for cuts in itertools.chain(itertools.combinations(gaps, 1), itertools.combinations(gaps, 2),
                                itertools.combinations(gaps[::3], 3)):
        spans, s = [], 0
        for c in cuts:
            if c > s:
                spans.append((s, c))
            s = c + 1
        if s < len(text):
            spans.append((s, len(text)))
        out.append(spans)
    return out


def test_each_sentence_as_on_its_own() -> None:
    for para in PARAGRAPHS:
        text = "Headline\n" + para + "\n"
        ps, pe = 9, 9 + len(para)
        for spans in _tilings(para):
            cues = ParagraphCues(text, ps, pe)
            assert cues.found == _cued(para.lower())
            for s, e in spans:
                assert cues.cued(ps + s, ps + e) == _cued(para[s:e].lower()), (para, para[s:e])


def test_sentences_skipped_in_between() -> None:
    text = "Nothing happened. Ministers should act. It rained. Voters want change. The end."
    cues = ParagraphCues(text, 0, len(text))
    assert cues.cued(51, 70) is True  # "Voters want change." tested first: the earlier sentences are never asked
    assert cues.cued(71, 79) is False

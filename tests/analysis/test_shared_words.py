"""The masked text's words are read once (Document.words) and shared: reported speech tries its speech-verb pattern
(cues.INDIRECT_RE) only where one of its words occurs, and the genre counts the same words. Each answers as the scan
it replaced, on random text (verbs inside longer words, after hyphens and apostrophes, before "up", capitalised)."""
from __future__ import annotations

import random

from briefing_app.analysis.cues import INDIRECT_RE, indirect_matches, indirect_positions
from briefing_app.analysis.document import parse
from briefing_app.analysis.genre import cues, guess
from briefing_app.analysis.lang import rule_sets_for
from briefing_app.analysis.segment import LETTER_WORD_RE

PIECES = ["said", "Said", "says", "told", "warned", "replied", "claims", "reports", "adds", "added", "noted", "resaid",
          "unsaid", "said-so", "re-said", "’said", "'said", "said’s", "claimsthat", "that", "he", "the", "on", "Monday",
          "up", "down", "up-", "notes", "Smith", "“", "”", ",", ".", "\n", "—", "it", "state", "statesman", "1said", "_said"]


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) + rng.choice(["", " ", " ", " ", "  ", "\t"]) for _ in range(rng.randrange(1, 60)))


def test_speech_verbs_found_at_their_words_are_the_scans() -> None:
    rng = random.Random(5)
    found = 0
    for _ in range(500):
        text = _text(rng)
        at = indirect_positions(text, LETTER_WORD_RE.findall(text))
        for _ in range(3):
            start = rng.randrange(len(text) + 1)
            end = rng.randrange(start, len(text) + 1)
            want = [m.span() for m in INDIRECT_RE.finditer(text, start, end)]
            assert [m.span() for m in indirect_matches(text, at, start, end)] == want, (text, start, end)
            assert [m.span() for m in indirect_matches(text, None, start, end)] == want  # (no words read: the scan)
            found += len(want)
    assert found > 300  # (the texts hold verbs to find)


def test_document_words_feed_the_genre_as_its_own_count() -> None:
    text = ("WASHINGTON — The senator said on Monday that the bill “would fail.” Critics claim it won’t.\n\n"
            "We must act now. It is time to stop pretending that this plan works; it doesn't.\n")
    doc = parse(text, None, rule_sets_for(text))
    assert doc.words == LETTER_WORD_RE.findall(doc.masked)
    assert cues(text, doc.masked, doc.paras, words=doc.words) == cues(text, doc.masked, doc.paras)
    assert guess(text, doc.masked, None, doc.paras, None, doc.words) == guess(text, doc.masked, None, doc.paras)


def test_a_russian_text_reads_no_english_words() -> None:
    text = "Президент заявил, что план провалится. The minister said it would fail.\n"
    assert parse(text, None, rule_sets_for(text)).words is None  # (its sentences are scanned as before)

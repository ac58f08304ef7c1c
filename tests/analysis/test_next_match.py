"""NextMatch answers what pattern.search(text, pos, endpos) answers, for any order of questions (growing offsets,
as the cues of a sentence ask, and any other), and reads a long sentence once for its many cues."""
from __future__ import annotations

import random
import re

from briefing_app.analysis.next_match import NextMatch

PATTERNS = [re.compile(p) for p in (
    r",\s+(?:and|but)\s+(?!said\b)",  # a lookahead that reads past the match
    r"(?<=a)b+", r"\bb", r"b\b", r"b$", r"x*",  # a lookbehind, word edges, the end, an empty match
    r"\s+(?:—|–|--?)\s+",
)]


def test_next_match_answers_as_search_does() -> None:
    rng = random.Random(17)
    pieces = ["a", "b", "bb", " ", ", and ", ", but said ", " - ", "x", "—", "\n"]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 16)))
        texts = [text, "".join(text)]  # an equal string that is another object too
        for pattern in PATTERNS:
            nxt = NextMatch(pattern)
            endpos = rng.randrange(len(text) + 2)
            for _ in range(12):
                if rng.random() < 0.3:
                    endpos = rng.randrange(len(text) + 2)
                pos = rng.randrange(len(text) + 2)
                t = rng.choice(texts)
                got, want = nxt.search(t, pos, endpos), pattern.search(t, pos, endpos)
                assert (got and (got.span(), got.group())) == (want and (want.span(), want.group())), \
                    (pattern.pattern, t, pos, endpos)


def test_a_sentence_of_many_cues_is_read_once() -> None:
    """Growing offsets with no match ahead: one search in all, not one for each offset."""
    calls = []

    class Counting:
        def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
            calls.append(pos)
            return re.compile(r", noting").search(text, pos, endpos)

    nxt = NextMatch(Counting())  # type: ignore[arg-type]
    text = "Q, he said - but " * 500
    for pos in range(0, len(text), 17):
        assert nxt.search(text, pos, len(text)) is None
    assert calls == [0]

"""The first match of a pattern at or after an offset, asked again and again with a growing offset over the
same text and end (each cue of a sentence looks for the first participle or ", and" after it, up to the
sentence's end): the last answer is reused while the offset has not passed its start, so a sentence of
thousands of cues is read once, not once a cue. The answers are pattern.search(text, pos, endpos)'s: whether
the pattern matches at an offset does not depend on where the search began (lookbehinds and \\b see the text
before pos), so the leftmost match from an earlier pos that starts at or after this pos is this pos's
leftmost match too, and no match from an earlier pos means none from a later one."""
from __future__ import annotations

import re


class NextMatch:
    """pattern.search(text, pos, endpos), remembering the last question and its answer (one tuple, replaced
    whole, so two analyses in two threads never read each other's half-written state; it keeps the last text
    alive until the next question)."""

    __slots__ = ("pattern", "_last")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._last: tuple[str, int, int, re.Match[str] | None] | None = None

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        last = self._last
        if last is not None and last[0] is text and last[1] == endpos and last[2] <= pos:
            found = last[3]
            if found is None or found.start() >= pos:
                return found
        found = self.pattern.search(text, pos, endpos)
        self._last = (text, endpos, pos, found)
        return found


__all__ = ["NextMatch"]

"""A scare quote that repeats words someone is quoted saying elsewhere in the text is that
quotation again without its speaker: a headline's 'quasi-state of war' over a body that gives the
same words to the agency that said them. An analyst expects one quote, the attributed one, so the
speakerless repeat is dropped. It is kept when it is a single word found inside a longer quote (a
writer may set one word apart on their own account) and when nobody is named for the words."""
from __future__ import annotations

import re

from briefing_app.core.model import Quote

_WORD = re.compile(r"\w+(?:[’'-]\w+)*")


def _words(text: str) -> str:
    """The text's words in lower case, each between spaces (" quasi-state of war "): a run of words is
    inside another when its string is (a word holds no space)."""
    return " " + " ".join(map(str.lower, _WORD.findall(text))) + " "


def drop_repeated_scare(quotes: list[Quote]) -> list[Quote]:
    """The quotes without scare quotes whose words an attributed direct quote says (see the module's note)."""
    if not any(q.kind == "scare" for q in quotes):
        return quotes  # (nothing to drop: the direct quotes' words are not read)
    said = [q.text for q in quotes if q.kind == "direct" and (q.speaker or q.mention)]
    if not said:
        return quotes
    lowered = [text.lower() for text in said]
    words_of: dict[int, str] = {}  # a direct quote's words, read only when it may hold the scare quote's

    def repeats(q: Quote) -> bool:
        words = _words(q.text)
        if words == "  ":
            return False
        several = words.count(" ") > 2
        key = max(words.split(), key=len)  # (a direct quote whose words hold the scare quote's holds its longest
        # word in its lower-cased text: str.lower reads each letter alone but a capital sigma, whose form depends on
        # the letters around it)
        for i, low in enumerate(lowered):
            if key not in low and "Σ" not in said[i]:
                continue
            whole = words_of.get(i)
            if whole is None:
                whole = words_of[i] = _words(said[i])
            if words == whole or several and words in whole:
                return True
        return False

    return [q for q in quotes if q.kind != "scare" or not repeats(q)]


"""A scare quote that repeats words someone is quoted saying elsewhere in the text is that
quotation again without its speaker: a headline's 'quasi-state of war' over a body that gives the
same words to the agency that said them. An analyst expects one quote, the attributed one, so the
speakerless repeat is dropped. It is kept when it is a single word found inside a longer quote (a
writer may set one word apart on their own account) and when nobody is named for the words."""
from __future__ import annotations

import re

from briefing_app.core.model import Quote

_WORD = re.compile(r"\w+(?:[’'-]\w+)*")


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(text))


def _inside(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    n = len(part)
    return any(whole[i:i + n] == part for i in range(len(whole) - n + 1))


def drop_repeated_scare(quotes: list[Quote]) -> list[Quote]:
    """The quotes without scare quotes whose words an attributed direct quote says (see the module's note)."""
    said = [_words(q.text) for q in quotes if q.kind == "direct" and (q.speaker or q.mention)]
    if not said:
        return quotes

    def repeats(q: Quote) -> bool:
        words = _words(q.text)
        return bool(words) and any(words == whole or len(words) > 1 and _inside(words, whole) for whole in said)

    return [q for q in quotes if q.kind != "scare" or not repeats(q)]

"""genre_ru_ko.language counts each script's letters by the bytes that code them (letter_counts): the same answer
as counting letter by letter, on random mixes of Latin, Cyrillic and Hangul text and of the characters whose bytes
come nearest theirs."""
from __future__ import annotations

import random

from briefing_app.analysis.genre_ru_ko import LATIN_RE, language, letter_counts
from briefing_app.analysis.lang import CYR_RE, HANGUL_RE, utf8


def _by_letters(text: str, limit: int | None = 3000) -> str | None:
    head = text[:limit]
    if not CYR_RE.search(head) and not HANGUL_RE.search(head):
        return None
    latin, cyrillic, hangul = (len(letters.findall(head)) for letters in (LATIN_RE, CYR_RE, HANGUL_RE))
    if max(cyrillic, hangul) <= latin:
        return None
    return "ru" if cyrillic >= hangul else "ko"


def test_language_by_runs_is_the_letter_count() -> None:
    rng = random.Random(9)
    pieces = ["Путин", "заявил", "Ёж", "대통령", "말했다", "Reuters", "said", "a", "ё", "힣", " ", "-", ",", "\n", "2024", "ß"]
    answers = set()
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 40)))
        for limit in (None, 3000, 7):
            assert language(text, limit) == _by_letters(text, limit), (text, limit)
            answers.add(language(text, limit))
    assert answers == {None, "ru", "ko"}


def test_letter_counts_as_the_patterns_count_on_every_neighbour_of_the_letters() -> None:
    """The byte counts give each pattern's count on the letters and on every character whose UTF-8 or cp1251 bytes
    are next to theirs: the whole Cyrillic block and its supplement, U+A000-U+DFFF around the Hangul syllables (their
    borders, lone surrogates), Latin-1 and the characters cp1251 codes with the bytes next to its letters."""
    chars = [*map(chr, range(0x20, 0x250)), *map(chr, range(0x400, 0x530)), *map(chr, range(0xA000, 0xE000, 7)),
             *map(chr, range(0xABF0, 0xAC10)), *map(chr, range(0xD790, 0xD810)), *map(chr, range(0xDFF0, 0xE010)),
             "\u2116", "\u20ac", "\u0490", "\u0491", "\uac00", "\ud7a3", "\ud7a4", "\uabff", "\ufeff", "\U0001f600"]
    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice(chars) for _ in range(rng.randrange(0, 30)))
        plain = tuple(len(letters.findall(text)) for letters in (LATIN_RE, CYR_RE, HANGUL_RE))
        assert letter_counts(text, utf8(text)) == plain, text
    text = "".join(chars)
    assert letter_counts(text, utf8(text)) == tuple(len(x.findall(text)) for x in (LATIN_RE, CYR_RE, HANGUL_RE))

"""genre_ru_ko.language counts each script's letters from runs of them (one string a word, not one a letter): the
same answer as counting letter by letter, on random mixes of Latin, Cyrillic and Hangul text."""
from __future__ import annotations

import random

from briefing_app.analysis.genre_ru_ko import LATIN_RE, language
from briefing_app.analysis.lang import CYR_RE, HANGUL_RE


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

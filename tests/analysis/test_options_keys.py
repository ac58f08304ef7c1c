"""options/keys.py: one scan of a sentence answers every rule's "does it hold any of these words?"
exactly as a substring test of each word does."""
from __future__ import annotations

import random

import pytest

import briefing_app.analysis.options  # noqa: F401  (every rule module declares its words)
from briefing_app.analysis.options import keys as K


def _brute(low: str, words: frozenset[str]) -> bool:
    return any(w in low for w in words)


def test_words_in_matches_substring_tests_on_random_text() -> None:
    words = sorted(K._WORDS)
    rnd = random.Random(7)
    alphabet = "abcdeilnorstuw '’-:\n"
    for _ in range(2000):
        parts = [rnd.choice(words) if rnd.random() < 0.5 else "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 6)))
                 for _ in range(rnd.randint(0, 12))]
        low = "".join(parts)
        assert K.words_in(low) == frozenset(w for w in words if w in low), low
    K.forget()


def test_a_word_inside_another_is_found() -> None:
    """"bet" inside "better", "plan" inside "plans", "call" inside "recall": as `in` finds them."""
    bet, call = K.keys("bet"), K.keys("call")
    assert K.holds_any("it is better to wait", bet)
    assert K.holds_any("a product recall", call)
    assert not K.holds_any("a product recal", call)
    K.forget()


def test_a_word_declared_after_the_scan_was_built_joins_it() -> None:
    before = K.words_in("the zyzzyvas gather")
    assert "zyzzyva" not in before
    late = K.keys("zyzzyva")
    assert K.holds_any("the zyzzyvas gather", late)
    assert not K.holds_any("the zyzzyxas gather", late)
    K.forget()


def test_an_empty_word_is_refused() -> None:
    with pytest.raises(ValueError):
        K.keys("plan", "")


def test_the_sentences_kept_are_bounded_and_forgotten() -> None:
    for i in range(K.MAX_KEPT + 10):
        K.words_in(f"sentence {i} with a plan")
    assert len(K._found) <= K.MAX_KEPT
    K.forget()
    assert not K._found


def test_words_that_overlap_in_one_half_are_all_found() -> None:
    """The scan's two searches go on from the character after each match: "zqt" starting inside "tzq" (both open
    with letters of one half) is found too."""
    assert "t" in K.EVEN and "z" in K.EVEN
    first, second = K.keys("tzq"), K.keys("zqt")
    assert K.holds_any("xtzqtx", first) and K.holds_any("xtzqtx", second)
    assert K.words_in("a tzqt b") >= {"tzq", "zqt"}
    K.forget()


def test_words_in_matches_substring_tests_on_real_sentences() -> None:
    words = sorted(K._WORDS)
    from tests.tuned_sets import tuned_articles

    for path in tuned_articles("en*.txt")[:40]:
        for line in path.read_text(encoding="utf-8").lower().splitlines():
            for low in (line, line[: len(line) // 2], line[len(line) // 3:]):
                assert K.words_in(low) == frozenset(w for w in words if w in low), low
        K.forget()


def _texts(seed: int, n: int) -> list[str]:
    words = sorted(K._WORDS | K._ALSO)
    rnd = random.Random(seed)
    alphabet = "abcdeilnorstuw '’-:?\nΣİ"
    return ["".join(rnd.choice(words) if rnd.random() < 0.5 else "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 6)))
                    for _ in range(rnd.randint(0, 12))) for _ in range(n)]


def test_any_part_of_a_scanned_text_has_the_key_words_a_substring_test_finds() -> None:
    """Scanned.keys_within(a, b) answers as words_in(low[a:b]): also where the longest word found at a position runs
    past b (then its beginnings that fit are in the part) and where the part cuts a word's start off."""
    words = sorted(K._WORDS)
    rnd = random.Random(3)
    for low in _texts(5, 600):
        scanned = K.Scanned(low)
        for _ in range(6):
            a = rnd.randint(0, len(low))
            b = rnd.randint(a, len(low))
            assert scanned.keys_within(a, b) == frozenset(w for w in words if w in low[a:b]), (low, a, b)


def test_the_also_scanned_words_of_each_paragraph_as_a_search_of_it_finds_them() -> None:
    """Paragraphs joined by "\\x00": each one's also-scanned words are where, and which, a search of it alone over a
    trie of those words finds them (the longest at each position where one starts)."""
    import re

    from briefing_app.analysis.trie import trie_pattern

    also = re.compile(trie_pattern(sorted(K._ALSO)))
    paras = _texts(9, 300)
    scanned = K.Scanned("\x00".join(paras))
    a = 0
    for para in paras:
        expected, m = [], also.search(para)
        while m is not None:
            expected.append((m.start(), m.group()))
            m = also.search(para, m.start() + 1)
        assert scanned.also(a, a + len(para)) == expected, para
        a += len(para) + 1


def test_a_sentence_takes_its_key_words_from_its_paragraphs_scan_only_where_it_reads_the_same() -> None:
    """know() keeps a sentence's words only when the sentence lower-cased on its own is the paragraph's text there:
    "Σ" lower-cases by what follows it, "İ" into two characters."""
    from briefing_app.analysis.options.cues import DocumentWords

    words = sorted(K._WORDS)
    text = "ΟΔΟΣ plan. We should act.\nİİ we must plan now. The plan is a mistake.\nΣ. Nothing to plan."
    paras = [(0, 25), (26, 68), (69, len(text))]
    doc = DocumentWords(text, paras)
    for ps, pe in paras:
        low_para, base = doc.at[ps, pe]
        for s in range(ps, pe):
            for e in range(s + 1, pe + 1):
                low = text[s:e].lower()
                K.forget()
                doc.scanned.know(low, base + s - ps + 1)
                assert K.words_in(low) == frozenset(w for w in words if w in low), low
    K.forget()


def test_the_searches_per_first_character_find_what_one_search_over_all_the_words_finds() -> None:
    """Scanned's searches (the words that open with a space looked for without it) give at every position the
    longest word one search over a trie of all of them gives there: random texts, and a space word at a text's
    start, after a line break or "\\x00" (no space before it), inside a word ("recall", "always")."""
    import re

    from briefing_app.analysis.trie import trie_pattern

    both = re.compile(trie_pattern(sorted(K._WORDS | K._ALSO)))
    assert any(w.startswith(" ") for w in K._WORDS | K._ALSO)
    crafted = [" call for it", "call for it", "x\ncall\x00 call", "a recall, always a way", "  help \x00help",
               " ", "", "\x00 ask\x00ask ", "it will not work. the way forward", "call it "]
    for low in _texts(13, 800) + crafted:
        expected, m = [], both.search(low)
        while m is not None:
            expected.append((m.start(), m.group()))
            m = both.search(low, m.start() + 1)
        scanned = K.Scanned(low)
        assert list(zip(scanned.starts, scanned.words)) == expected, low

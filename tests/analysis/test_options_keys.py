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
    from pathlib import Path

    words = sorted(K._WORDS)
    folder = Path(__file__).resolve().parents[1] / "data" / "actors" / "articles"
    for path in sorted(folder.glob("en*.txt"))[:40]:
        for line in path.read_text(encoding="utf-8").lower().splitlines():
            for low in (line, line[: len(line) // 2], line[len(line) // 3:]):
                assert K.words_in(low) == frozenset(w for w in words if w in low), low
        K.forget()

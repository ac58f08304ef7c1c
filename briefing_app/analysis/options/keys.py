"""The key words of each sentence, found by one scan: the option rules gate their patterns on key
words ("is any of these words in the lower-cased sentence?"). Testing each rule's words one by one
took ~400 substring tests per article, each over the whole sentence (~0.8 ms of an ~12 ms
analysis); instead every rule declares its words once (`keys(...)`, at import) and the first test
on a sentence finds, in one pass over it, which of all the declared words it holds.

    WORDS = keys("plan", "propose", "vow")     # module level: the words join the scan
    if holds_any(low, WORDS): ...              # as any(w in low for w in WORDS)
    found = words_in(low)                      # a rule family with several gates: the words once,
    if not WORDS.isdisjoint(found): ...        # then a set test per gate (no call each)

The scan finds, at every position where a word starts, the longest word starting there (then every
declared word that is a prefix of it), so a word inside another ("call" in "recall", "plan" in
"plans") is found as a substring test finds it. It is two searches, each over a trie of the words
that open with one half of the letters (`EVEN`): a search whose pattern opens with a class of few
characters skips the others, and the two cost ~18% less than one lookahead at every position over
all the words; after each match a search goes on from the next character, so words that overlap
are all found."""
from __future__ import annotations

import re

from briefing_app.analysis.gazetteer import trie_pattern

_WORDS: set[str] = set()
_scan: tuple[re.Pattern[str], ...] | None = None
# the first characters of one half's words: every other one of the letters by their frequency in English text
EVEN = frozenset(" etaoinsrhldcumpgfwybvkjxqz"[::2])
_prefixes: dict[str, frozenset[str]] = {}  # a word -> the declared words it starts with (itself too), for those with more
_found: dict[str, frozenset[str]] = {}  # sentence (lower-cased) -> the declared words it holds
MAX_KEPT = 256  # sentences whose words are kept (find_options forgets them when it is done)


def keys(*words: str) -> frozenset[str]:
    """The words as one set, declared for the scan (a word declared after a scan makes the next one
    rebuild the pattern)."""
    global _scan
    if not all(words):
        raise ValueError("an empty key word is in every sentence")
    new = set(words) - _WORDS
    if new:
        _WORDS.update(new)
        _scan = None
        _found.clear()  # what was found without them
    return frozenset(words)


def seal() -> None:
    """Compile the scan for the words declared so far (at import, inside the compiled-pattern cache)."""
    if _scan is None:
        _build()


def _build() -> tuple[re.Pattern[str], ...]:
    global _scan, _prefixes
    words = sorted(_WORDS)
    halves = ([w for w in words if w[0] in EVEN], [w for w in words if w[0] not in EVEN])
    _scan = tuple(re.compile(trie_pattern(half)) for half in halves if half)
    _prefixes = {}
    for w in words:  # its prefixes that are words (each tested, not each word against each: ~5 ms at start-up)
        inside = frozenset(w[:n] for n in range(1, len(w) + 1) if w[:n] in _WORDS)
        if len(inside) > 1:
            _prefixes[w] = inside
    return _scan


def words_in(low: str) -> frozenset[str]:
    """The declared words that occur in `low` (anywhere, as `word in low` finds them)."""
    found = _found.get(low)
    if found is None:
        hits = set()
        for scan in _scan if _scan is not None else _build():
            m = scan.search(low)
            while m is not None:
                hits.add(m.group())
                m = scan.search(low, m.start() + 1)
        for w in hits & _prefixes.keys():
            hits |= _prefixes[w]
        if len(_found) >= MAX_KEPT:
            _found.clear()
        found = _found[low] = frozenset(hits)
    return found


def holds_any(low: str, words: frozenset[str]) -> bool:
    """Whether `low` holds any of `words` (a set made by `keys`). (Called ~25 times a sentence: the kept
    words are looked up here, and words_in called only for a sentence not yet scanned.)"""
    found = _found.get(low)
    return not words.isdisjoint(words_in(low) if found is None else found)


def forget() -> None:
    """Drop the kept sentences (no analysed text stays referenced)."""
    _found.clear()

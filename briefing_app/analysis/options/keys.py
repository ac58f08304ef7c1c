"""The key words of each sentence, found by one scan: the option rules gate their patterns on key
words ("is any of these words in the lower-cased sentence?"). Testing each rule's words one by one
took ~400 substring tests per article, each over the whole sentence (~0.8 ms of an ~12 ms
analysis); instead every rule declares its words once (`keys(...)`, at import) and the first test
on a sentence finds, in one pass over it, which of all the declared words it holds.

    WORDS = keys("plan", "propose", "vow")     # module level: the words join the scan
    if holds_any(low, WORDS): ...              # as any(w in low for w in WORDS)

The scan is a lookahead at every position over a trie of the words (the longest word starting
there, then every declared word that is a prefix of it), so a word inside another ("call" in
"recall", "plan" in "plans") is found as a substring test finds it.

A paragraph is scanned once (`Paragraph`, what the options' cue test reads: the cue words are declared
too): every position where a declared word starts, with the longest word there. A sentence of the
paragraph last scanned is then answered from those positions rather than scanned again (the words
wholly inside it), the same answer, since a string's words depend on its letters only."""
from __future__ import annotations

import bisect
import re

from briefing_app.analysis.gazetteer import trie_pattern

_WORDS: set[str] = set()
_scan: re.Pattern[str] | None = None
_prefixes: dict[str, frozenset[str]] = {}  # a word found -> the declared words it starts with (itself too), once asked
_found: dict[str, frozenset[str]] = {}  # sentence (lower-cased) -> the declared words it holds
MAX_KEPT = 256  # sentences whose words are kept (find_options forgets them when it is done)


def keys(*words: str) -> frozenset[str]:
    """The words as one set, declared for the scan (a word declared after a scan makes the next one
    rebuild the pattern)."""
    global _scan, _current
    if not all(words):
        raise ValueError("an empty key word is in every sentence")
    new = set(words) - _WORDS
    if new:
        _WORDS.update(new)
        _scan = _current = None
        _found.clear()  # what was found without them
        _prefixes.clear()
    return frozenset(words)


def seal() -> None:
    """Compile the scan for the words declared so far (at import, inside the compiled-pattern cache)."""
    if _scan is None:
        _build()


def _build() -> re.Pattern[str]:
    global _scan
    _scan = re.compile("(?=(" + trie_pattern(sorted(_WORDS)) + "))")
    return _scan


def prefixes(word: str) -> frozenset[str]:
    """The declared words a word the scan found starts with (itself too): the words found where it starts."""
    inside = _prefixes.get(word)
    if inside is None:
        inside = _prefixes[word] = frozenset(word[:n] for n in range(1, len(word) + 1) if word[:n] in _WORDS)
    return inside


class Paragraph:
    """The declared words of one lower-cased paragraph: `at`, every offset where one starts, and `longest`,
    the longest one there (the others there are its prefixes)."""

    def __init__(self, low: str) -> None:
        global _current
        scan = _scan if _scan is not None else _build()
        self.low = low
        self.at: list[int] = []
        self.longest: list[str] = []
        for m in scan.finditer(low):
            self.at.append(m.start())
            self.longest.append(m.group(1))
        _current = self  # the sentences asked about next are its own

    def within(self, i: int, j: int) -> frozenset[str]:
        """The declared words wholly inside low[i:j] (as words_in(low[i:j]) finds them)."""
        found: set[str] = set()
        at, longest = self.at, self.longest
        for n in range(bisect.bisect_left(at, i), bisect.bisect_left(at, j)):
            start, word = at[n], longest[n]
            if start + len(word) <= j:
                found |= prefixes(word)
            else:  # the longest runs past the end: the shorter ones may fit
                found.update(w for w in prefixes(word) if start + len(w) <= j)
        return frozenset(found)


_current: Paragraph | None = None  # the paragraph last scanned


def words_in(low: str) -> frozenset[str]:
    """The declared words that occur in `low` (anywhere, as `word in low` finds them)."""
    found = _found.get(low)
    if found is None:
        para = _current
        at = para.low.find(low) if para is not None else -1
        if para is not None and at >= 0:
            found = para.within(at, at + len(low))
        else:
            scan = _scan if _scan is not None else _build()
            hits: set[str] = set()
            for w in set(scan.findall(low)):
                hits |= prefixes(w)
            found = frozenset(hits)
        if len(_found) >= MAX_KEPT:
            _found.clear()
        _found[low] = found
    return found


def holds_any(low: str, words: frozenset[str]) -> bool:
    """Whether `low` holds any of `words` (a set made by `keys`)."""
    return not words.isdisjoint(words_in(low))


def forget() -> None:
    """Drop the kept sentences and the paragraph last scanned (no analysed text stays referenced)."""
    global _current
    _found.clear()
    _current = None

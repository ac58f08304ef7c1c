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
are all found.

A document's paragraphs are scanned once for their key words and the options' cue words
(`also_scan`) together (`Scanned`: the longest word at every position where one starts); each
sentence then takes its key words from that scan (`Scanned.know`) instead of scanning again: the
words that occur inside a part of a text are those whose occurrences in the whole lie inside that
part. That scan is one search per first character, each over a trie of the words that open with
it: a pattern that opens with one literal character jumps from one of its occurrences to the next,
and the trie's first branch no longer tries some twenty-five characters in turn (~40% fewer
instructions than one search over a trie of all the words, on whole documents; on a single
sentence the calls would cost more than they save)."""
from __future__ import annotations

import bisect
import re

from briefing_app.analysis.gazetteer import trie_pattern

_WORDS: set[str] = set()
_scan: tuple[re.Pattern[str], ...] | None = None
# the first characters of one half's words: every other one of the letters by their frequency in English text
EVEN = frozenset(" etaoinsrhldcumpgfwybvkjxqz"[::2])
_prefixes: dict[str, frozenset[str]] = {}  # a word -> the declared words it starts with (itself too), for those with more
_found: dict[str, frozenset[str]] = {}  # sentence (lower-cased) -> the declared words it holds
MAX_KEPT = 256  # sentences whose words are kept (find_options forgets them when it is done)
_ALSO: set[str] = set()  # words scanned with the key words that are no key words (the options' cue words)
_by_first: tuple[re.Pattern[str], ...] = ()  # the key words and those: a trie per first character
_within: dict[str, tuple[tuple[int, str], ...]] = {}  # a scanned word -> the key words it starts with, by length
_also_in: dict[str, str] = {}  # a scanned word -> the longest also-scanned word it starts with (if any)
# a word the searches find -> the longest scanned word it starts with, and the longest scanned word that opens with a
# space it starts after the space (" call" for "calls"), each or None
_seen_as: dict[str, tuple[str | None, str | None]] = {}


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


def also_scan(words: list[str]) -> None:
    """Words that `Scanned` finds besides the key words (`Scanned.also`): the longest of them at a position."""
    global _scan
    if not all(words):
        raise ValueError("an empty word is in every text")
    if set(words) - _ALSO:
        _ALSO.update(words)
        _scan = None


def seal() -> None:
    """Compile the scan for the words declared so far (at import, inside the compiled-pattern cache)."""
    if _scan is None:
        _build()


def _build() -> tuple[re.Pattern[str], ...]:
    global _scan, _prefixes, _by_first, _within, _also_in
    words = sorted(_WORDS)
    halves = ([w for w in words if w[0] in EVEN], [w for w in words if w[0] not in EVEN])
    _scan = tuple(re.compile(trie_pattern(half)) for half in halves if half)
    both = sorted(_WORDS | _ALSO)
    # the words that open with a space (" call") are looked for without it, with the others that open with their
    # second character: a search for the space would try every space of the text
    spaced = {w[1:] for w in both if w[0] == " "}
    if any(not rest or rest[0] == " " for rest in spaced):
        spaced = set()  # (a word of spaces alone, or opening with two: each with its own search)
    sought = sorted({w for w in both if w[0] != " " or w[1:] not in spaced} | spaced)
    by_first: dict[str, list[str]] = {}
    for w in sought:
        by_first.setdefault(w[0], []).append(w)
    _by_first = tuple(re.compile(trie_pattern(by_first[c])) for c in sorted(by_first))
    _seen_as.clear()
    kept = set(both)
    for w in sought:  # the longest scanned word at its position, and the longest after a space, it starts with
        heads = [w[:n] for n in range(1, len(w) + 1)]
        real = [h for h in heads if h in kept]
        after_space = [" " + h for h in heads if h in spaced]
        _seen_as[w] = (real[-1] if real else None, after_space[-1] if after_space else None)
    _within, _also_in = {}, {}
    for w in both:
        heads = [w[:n] for n in range(1, len(w) + 1)]
        _within[w] = tuple((len(h), h) for h in heads if h in _WORDS)
        also = [h for h in heads if h in _ALSO]
        if also:
            _also_in[w] = also[-1]
    # a key word -> the key words it starts with (itself too), for those with more
    _prefixes = {w: frozenset(h for _, h in _within[w]) for w in words if len(_within[w]) > 1}
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


class Scanned:
    """The key words and the also-scanned words of one text (a document's paragraphs, apart by a character no
    word holds), by one search per first character: at every position where one starts, the longest that
    starts there (the others that start there are its beginnings)."""

    __slots__ = ("low", "starts", "words")

    def __init__(self, low: str) -> None:
        if _scan is None:
            _build()
        found: list[tuple[int, str]] = []
        for scan in _by_first:
            search = scan.search
            m = search(low)
            while m is not None:
                at = m.start()
                word, spaced = _seen_as[m.group()]
                if word is not None:
                    found.append((at, word))
                if spaced is not None and at and low[at - 1] == " ":
                    found.append((at - 1, spaced))
                m = search(low, at + 1)
        found.sort()
        self.low = low
        self.starts = [at for at, _ in found]
        self.words = [w for _, w in found]

    def also(self, a: int, b: int) -> list[tuple[int, str]]:
        """Where an also-scanned word starts in low[a:b] (offsets from a), with the longest there: as a search
        over low[a:b] for those words finds them, when no word runs from inside low[a:b] past b."""
        starts, words = self.starts, self.words
        return [(starts[i] - a, _also_in[words[i]]) for i in range(bisect.bisect_left(starts, a),
                                                                    bisect.bisect_left(starts, b))
                if words[i] in _also_in]

    def keys_within(self, a: int, b: int) -> frozenset[str]:
        """The key words that occur in low[a:b] (as words_in(low[a:b]) finds them)."""
        hits: set[str] = set()
        starts, words = self.starts, self.words
        for i in range(bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)):
            room = b - starts[i]
            for n, w in _within[words[i]]:
                if n > room:
                    break
                hits.add(w)
        return frozenset(hits)

    def know(self, low: str, a: int) -> None:
        """Keep low's key words for words_in and holds_any when low is self.low[a:a + len(low)] (a sentence of
        a paragraph scanned, lower-cased on its own: where that lower-casing differs, low is scanned anew)."""
        b = a + len(low)
        if low not in _found and self.low[a:b] == low:
            if len(_found) >= MAX_KEPT:
                _found.clear()
            _found[low] = self.keys_within(a, b)


def forget() -> None:
    """Drop the kept sentences (no analysed text stays referenced)."""
    _found.clear()

"""One regex alternation for many literal words, factored by common prefixes: 'sa(?:id|y(?:ing|s)?)'
for said, say, saying, says. It matches what the plain alternation, longest word first, matches (at
each letter the longer words are tried first), but 10-15 times faster: the engine no longer tries
every word in turn at every position.

Building the text takes a re.escape per letter (~15,000 in all at start-up, ~13 ms). Inside the
compiled-pattern cache (core/pattern_cache.py) the text comes from the cache file instead, keyed
by a fingerprint of what decides it: the words (as a set: order and repeats change nothing), the
guard, and this module's builder code itself, so a changed list or builder is built anew and
never meets a stale text.
"""
from __future__ import annotations

import hashlib
import marshal
import re
from collections.abc import Callable, Iterable, Sequence
from typing import TypeAlias

from briefing_app.core.pattern_cache import cached_text

Trie: TypeAlias = "dict[str, Trie]"  # next letter -> the rest; "" marks the end of a word


def trie_pattern(words: Iterable[str], not_after: str | None = None) -> str:
    """The alternation of `words`. With not_after (a character class, "[\\w-]"), no word may follow
    such a character: a lookbehind written after each word's first character rather than before the
    whole, which lets the regex engine skip ahead to the possible first characters."""
    unique = sorted(set(words))
    return cached_text(_fingerprint(unique, not_after), lambda: _build(unique, not_after))


def _fingerprint(unique: list[str], not_after: str | None) -> bytes:
    """What decides the text, hashed: the sorted words, the guard and the builder's code."""
    digest = hashlib.blake2b(_BUILDER, digest_size=20)
    digest.update(("\x00" if not_after is None else "\x01" + not_after).encode())
    digest.update("\x00".join(unique).encode("utf-8", "surrogatepass"))
    return digest.digest()


def _build(unique: list[str], not_after: str | None) -> str:
    root: Trie = {}
    for word in unique:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _text(root, f"(?<!{not_after}.)" if not_after else "")


def _text(node: Trie, guard: str = "") -> str:
    branches = [re.escape(char) + guard + _text(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if "" in node:  # a word ends here, longer ones go on: try them first (greedy "?")
        return "(?:" + "|".join(branches) + ")?"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


# the characters re.I reads as an ASCII letter besides its two cases
_FOLDS = {"i": "İı", "k": "\u212a", "s": "ſ"}


def letter_class(letters: Iterable[str]) -> str:
    """A case-sensitive character class of `letters` as re.I reads each: both cases, and also the long s "ſ" for s, the
    Kelvin sign for k, "İ" and "ı" for i (other characters as they are)."""
    chars = sorted({c.lower() for c in letters})
    return "[" + "".join(c.upper() + c + _FOLDS.get(c, "") if c.isascii() and c.isalpha() else re.escape(c) for c in chars) + "]"


def letter_gate(letters: Iterable[str]) -> str:
    """A lookahead on letter_class(letters), the first characters a re.I pattern's matches can start with: put first (or
    after the opening "\\b"), most positions of a search fail at this one test instead of at each of the pattern's
    branches (tests/analysis/test_speed_equivalents.py checks each pattern that uses it against its plain form)."""
    return "(?=(?-i:" + letter_class(letters) + "))"


def opening_words(words: Sequence[str], rest: Callable[[list[str]], str] | None = None) -> str:
    r"""r"\b(?:" + "|".join(words) + ")" for the opening of a re.I pattern (words, or patterns of words such as
    "labell?ed", that start with a plain ASCII letter), written to open with a case-sensitive class of the words' first
    letters, "\b" read after it as a lookbehind: a search then skips from one of those letters to the next (the regex
    engine's scan for a class a pattern opens with) instead of trying every word at every position (under re.I no branch
    can be skipped on its first letter), about half the cost on a sentence. Each word goes on after its first letter, the
    words of each first letter in their order (with several first letters, each group after a lookbehind on its letter);
    `rest` writes a group's alternation (default: the plain alternation; trie_pattern for a long list)."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0].lower(), []).append(word[1:])
    alternation = rest or (lambda rests: "(?:" + "|".join(rests) + ")")
    head = "(?-i:" + letter_class(groups) + r")(?<!\w.)"
    if len(groups) == 1:
        return head + alternation(next(iter(groups.values())))
    return head + "(?:" + "|".join("(?<=" + letter_class(c) + ")" + alternation(rests) for c, rests in sorted(groups.items())) + ")"


def cased_opening(words: Sequence[str], not_before: str = r"\w") -> str:
    r"""opening_words for a case-sensitive pattern: r"\b(?:" + "|".join(words) + ")" for words (or patterns of words, such
    as r"remains?") that start with a word character, written to open with a class of their first characters as written
    ("What", "what": "[Ww]"), "\b" read after it as a look-behind: a search then skips from one of those characters to the
    next instead of trying the pattern at every offset (~twice as fast on a sentence). The first characters whose words
    go on alike share one branch ("[Ww]hat"); the words of each go on in their order. With not_before (a character class,
    r"[\w-]"), "(?<!" + not_before + ")(?:" + "|".join(words) + ")": no such character stands before the word."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    firsts_by_rest: dict[tuple[str, ...], str] = {}
    for first, after in rests.items():
        firsts_by_rest[tuple(after)] = firsts_by_rest.get(tuple(after), "") + first
    branches = ["(?:" + "|".join(after) + ")" for after in firsts_by_rest]
    head = "(?-i:" + _chars(rests) + ")(?<!" + not_before + ".)"
    if len(branches) == 1:
        return head + branches[0]
    return head + "(?:" + "|".join("(?<=" + _chars(firsts) + ")" + branch
                                   for firsts, branch in zip(firsts_by_rest.values(), branches)) + ")"


def class_opening(first: str, not_before: str) -> str:
    r"""The opening of a pattern whose first character is of the class `first` with no character of the class not_before
    before it: "(?<!" + not_before + ")" + first, the look-behind read after the character. A pattern that opens with a
    look-behind gives the regex engine no first character to skip to, so a search tries it at every offset of the text;
    one that opens with a class skips from one such character to the next (the Russian rules' runs of capitalised words
    over a whole text: about half the cost)."""
    return first + "(?<!" + not_before + ".)"


def _chars(chars: Iterable[str]) -> str:
    """A character class of exactly these characters."""
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


# the builder's code (constants, names, byte code): a changed builder changes every fingerprint
_BUILDER = hashlib.blake2b(marshal.dumps((_build.__code__, _text.__code__))).digest()

"""Where a name occurs in a text as a whole word, found by str.find rather than by a regular
expression: a pattern that opens with a look-behind has no literal prefix to jump to, so the regex
engine tries it at every offset of the text (about 40 times slower on a long text, once per name)."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from itertools import accumulate

# a text at least this long is looked up in an index of its words (built once, on the first look-up): each name then
# costs a dict look-up instead of a scan of the whole text (on a long report hundreds of names are looked for; on a
# short text the scans cost less than the index)
INDEXED_FROM = 20_000
WORD_RUN_RE = re.compile(r"(\w+)")  # (split on it: the text's words and what lies between them, in turn)


def _joins(ch: str, joiners: str) -> bool:
    """A word character (what \\w matches in a str pattern: alphanumeric or "_") or one of `joiners`."""
    return ch.isalnum() or ch == "_" or ch in joiners


def whole_word(text: str, word: str, joiners: str = "-", after: str | None = None) -> Iterator[tuple[int, int]]:
    r"""The spans re.finditer(r"(?<![\w<joiners>])" + re.escape(word) + r"(?![\w<after>])", text)
    finds, in the same order (left to right, not overlapping); `after` is `joiners` unless given.
    An empty word, as the regex, is found at every offset between two characters that allow it."""
    after = joiners if after is None else after
    if not word:
        yield from ((at, at) for at in range(len(text) + 1)
                    if (at == 0 or not _joins(text[at - 1], joiners)) and (at == len(text) or not _joins(text[at], after)))
        return
    size = len(word)
    if len(text) >= INDEXED_FROM and _joins(word[0], ""):
        yield from _indexed(text, word, joiners, after)
        return
    at = text.find(word)
    while at != -1:
        end = at + size
        if (at == 0 or not _joins(text[at - 1], joiners)) and (end == len(text) or not _joins(text[end], after)):
            yield at, end
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def _indexed(text: str, word: str, joiners: str, after: str) -> Iterator[tuple[int, int]]:
    """whole_word for a word that starts with a word character: a match starts where a run of word characters
    starts (the character before it joins no word) and that run is the word's first run (what follows it in the
    word, or the check after its end, is no word character), so only those runs' starts are tried."""
    first = WORD_RUN_RE.match(word)
    assert first is not None
    size, last = len(word), 0
    for at in _word_index(text).get(first.group(), ()):
        end = at + size
        if at >= last and text.startswith(word, at) and (at == 0 or not _joins(text[at - 1], joiners)) \
                and (end == len(text) or not _joins(text[end], after)):
            yield at, end
            last = end


@functools.lru_cache(maxsize=4)
def _word_index(text: str) -> dict[str, list[int]]:
    """Where each run of word characters of the text starts, by the run (kept for the few texts read last: a text's
    names are looked for one after another)."""
    parts = WORD_RUN_RE.split(text)  # (between, word, between, word, ..., between)
    index: dict[str, list[int]] = {}
    ends = list(accumulate(map(len, parts)))  # (where each part ends: a word starts where the part before it ends)
    for at, run in zip(ends[0::2], parts[1::2]):
        index.setdefault(run, []).append(at)
    return index


WORD_RE = re.compile(r"\S+")


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    r"""The spans of the words (runs of non-space characters) of text[start:end]: what
    [m.span() for m in re.finditer(r"\S+", ...)] gives, without a match object for each word. A stretch whose only
    space is " " (every other character \s matches - tab, line break, no-break space, ... - is unprintable) is
    split on " "; another goes to the pattern."""
    end = len(text) if end is None else end
    part = text[start:end]
    if not part.isprintable():
        return [m.span() for m in WORD_RE.finditer(text, start, end)]
    spans, at = [], start
    for word in part.split(" "):
        size = len(word)
        if size:
            spans.append((at, at + size))
        at += size + 1
    return spans


def word_starts(text: str, needle: str) -> list[int]:
    """Where needle stands at a word's start in text (no letter right before it; found by str.find), whatever follows."""
    found, at = [], text.find(needle)
    while at != -1:
        if not (at and text[at - 1].isalpha()):
            found.append(at)
        at = text.find(needle, at + len(needle))
    return found


def on_key_lines(rx: re.Pattern[str], text: str, keys: tuple[str, ...], last: str = "") -> Iterator[re.Match[str]]:
    """rx.finditer(text), the same matches in the same order, read only on the lines that hold one of `keys`
    (found with str.find), for a pattern none of whose matches holds a line break and each of which holds a key:
    most lines hold none, and the engine no longer tries the pattern at every offset of the text. `last`, when
    given, is the character every key ends in: the keys are then looked for only where it occurs (one find of a
    character is cheaper than one of each key)."""
    lines = set()
    if last:
        i = text.find(last)
        while i != -1:
            if text.endswith(keys, 0, i + 1):
                lines.add(text.rfind("\n", 0, i) + 1)
            i = text.find(last, i + 1)
    else:
        for key in keys:
            i = text.find(key)
            while i != -1:
                lines.add(text.rfind("\n", 0, i) + 1)
                i = text.find(key, i + 1)
    for start in sorted(lines):
        end = text.find("\n", start)  # (a line break ends a word as the end of the range does)
        yield from rx.finditer(text, start, len(text) if end == -1 else end)


def at_line_starts(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """rx.finditer(text), the same matches in the same order, for a MULTILINE pattern that opens with "^" and none of
    whose matches is empty or holds a line break: tried only at each line's start (the text's and each one after a
    "\n"), where a search would try it at every offset of the text (on a 5,500-character article ~0.6 M instructions for
    a credit line's pattern, against a few thousand)."""
    at = 0
    while True:
        m = rx.match(text, at)
        if m is not None:
            yield m
        at = text.find("\n", at) + 1
        if not at:
            return


__all__ = ["at_line_starts", "on_key_lines", "whole_word", "word_spans", "word_starts"]

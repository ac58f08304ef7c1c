"""Faster scans of patterns that open with "the" ("[Tt](?<![\\w-][Tt])he ..."): the same matches in the same
order, found with the pattern rewritten to open with the literal "he" (which the regex engine looks for by
fast search, not by trying the pattern at every offset) and its "T" or "t" checked behind it; each hit is
then matched by the pattern itself at its "T", so callers get the pattern's own match objects. About a
third of the cost of rx.finditer on an article."""
from __future__ import annotations

import functools
import re

# the opening these patterns share: a "T" or "t", a look-behind that no word character (and a few others) and
# "T"/"t" stand before it, then "he"
OPENING_RE = re.compile(r"\[Tt\]\(\?<!(?P<before>\[[^\]]+\])\[Tt\]\)he")


@functools.lru_cache(maxsize=16)
def _fast(rx: re.Pattern[str]) -> re.Pattern[str]:
    m = OPENING_RE.match(rx.pattern)
    if m is None:
        raise ValueError(f"pattern does not open with [Tt](?<![...][Tt])he: {rx.pattern[:40]!r}")
    return re.compile("he(?<!" + m.group("before") + "[Tt]he)(?<=[Tt]he)" + rx.pattern[m.end():], rx.flags)


def prepared(rx: re.Pattern[str]) -> re.Pattern[str]:
    """rx, its faster form compiled now: at import, where the rules' patterns come from the compiled-pattern cache,
    not at the first text of each process that analyses (~6 ms of re's compiler in each import worker)."""
    _fast(rx)
    return rx


def the_matches(rx: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """rx.finditer(text) as a list, for a pattern that opens with [Tt](?<![...][Tt])he."""
    out = []
    for hit in _fast(rx).finditer(text):
        m = rx.match(text, hit.start() - 1)
        if m is not None:  # (always: the two patterns match the same text from there)
            out.append(m)
    return out


__all__ = ["prepared", "the_matches"]

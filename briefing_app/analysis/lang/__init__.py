"""Per-language rule sets plugged into the same pipeline stages.

A rule set says whether it applies to a text, may decide the kind of a quotation, fills
the speakers of direct quotations the sets before it left open, and finds reported
speech. English always applies (it is also the fallback for quotations in other
scripts); Russian and Korean apply when the text has Cyrillic or Hangul letters.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Protocol

from briefing_app.core.pattern_cache import import_cached

if TYPE_CHECKING:
    from briefing_app.analysis.document import Document
    from briefing_app.core.model import Actor, Quote


class RuleSet(Protocol):
    code: str

    def applies(self, text: str) -> bool:
        """Does this text need these rules?"""

    def kind(self, text: str, start: int, end: int, open_at: int) -> str | None:
        """'direct', 'scare' or 'title' for the quotation text[start:end], or None: no opinion."""

    def speakers(self, doc: Document) -> None:
        """Give speakers (mention, cue, actor) to the direct quotes in doc.quotes still without one."""

    def reported(self, doc: Document) -> list[Quote]:
        """Reported speech not already in doc.quotes or doc.reported."""

    def finish(self, doc: Document) -> None:
        """After every set's reported speech: adjust quotes in its light (mixed quotes)."""

    def actors(self, doc: Document) -> list[Actor]:
        """The actors this language's rules find, with the speakers of its quotes tied to them."""


CYR_RE = re.compile(r"[А-Яа-яЁё]")
HANGUL_RE = re.compile(r"[가-힣]")
# The first bytes of those letters in UTF-8: Cyrillic U+0400-U+047F opens with 0xD0 or 0xD1, Hangul syllables
# U+AC00-U+D7A3 with 0xEA to 0xED. Text whose UTF-8 holds none of the bytes holds none of the letters: encoding an
# English text and looking for the bytes (memchr) costs ~1/15 of the pattern's search through it (~60 instructions a
# character for a class of ranges), which every analysis paid three times (~1.5% of an English one)
CYR_LEADS = b"\xd0\xd1"
HANGUL_LEADS = b"\xea\xeb\xec\xed"


def utf8(text: str) -> bytes:
    """The text in UTF-8 (a lone surrogate passed through), for `letters_in`."""
    return text.encode("utf-8", "surrogatepass")


def letters_in(text: str, letters: re.Pattern[str], leads: bytes, data: bytes | None = None) -> bool:
    """letters.search(text) is not None, for a pattern that opens with a letter whose UTF-8 opens with one of the
    `leads` bytes; `data` is utf8(text) when the caller has it. The search runs only when a lead byte is there."""
    data = utf8(text) if data is None else data
    return any(b in data for b in leads) and letters.search(text) is not None


# Each rule set's module, the letters a text needs for it to apply (None: every text) and their first bytes in
# UTF-8. A module is imported the first time a text needs it: their regular expressions take a while to
# compile, and a memo of English sources never needs the Russian or Korean ones. Import workers
# preload the English set.
RULE_SETS: tuple[tuple[str, re.Pattern[str] | None, bytes], ...] = (
    ("briefing_app.analysis.lang.en", None, b""),
    ("briefing_app.analysis.lang.ru", CYR_RE, CYR_LEADS),
    ("briefing_app.analysis.lang.ko", re.compile(r"[가-힣]{2}"), HANGUL_LEADS),  # a word, not a lone "자" in a comment counter
)
RULE_SET_MODULES = tuple(name for name, _, _ in RULE_SETS)


def rule_sets_for(text: str) -> list[RuleSet]:
    data = utf8(text)
    sets: list[RuleSet] = [import_cached(name).RULES for name, letters, leads in RULE_SETS
                           if letters is None or letters_in(text, letters, leads, data)]
    return [rules for rules in sets if rules.applies(text)]


__all__ = ["CYR_LEADS", "CYR_RE", "HANGUL_LEADS", "HANGUL_RE", "RULE_SETS", "RULE_SET_MODULES", "RuleSet", "letters_in",
           "rule_sets_for", "utf8"]

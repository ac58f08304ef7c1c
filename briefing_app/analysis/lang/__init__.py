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
# Each rule set's module and the letters a text needs for it to apply (None: every text). A
# module is imported the first time a text needs it: their regular expressions take a while to
# compile, and a memo of English sources never needs the Russian or Korean ones. Import workers
# preload the English set.
RULE_SETS: tuple[tuple[str, re.Pattern[str] | None], ...] = (
    ("briefing_app.analysis.lang.en", None),
    ("briefing_app.analysis.lang.ru", CYR_RE),
    ("briefing_app.analysis.lang.ko", re.compile(r"[가-힣]{2}")),  # a word, not a lone "자" in a comment counter
)
RULE_SET_MODULES = tuple(name for name, _ in RULE_SETS)


def rule_sets_for(text: str) -> list[RuleSet]:
    sets: list[RuleSet] = [import_cached(name).RULES for name, letters in RULE_SETS
                           if letters is None or letters.search(text)]
    return [rules for rules in sets if rules.applies(text)]


__all__ = ["CYR_RE", "HANGUL_RE", "RULE_SETS", "RULE_SET_MODULES", "RuleSet", "rule_sets_for"]

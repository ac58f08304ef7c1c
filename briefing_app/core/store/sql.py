"""SQL text shared by both backends: library filters, sort orders, snippets.

Everything here is written for both engines; where they differ (case-insensitive
comparison, "no limit") the backend's `Dialect` supplies the piece.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Dialect:
    """The few spellings that differ between SQLite and PostgreSQL."""

    name: str
    nocase: str  # format with the column: "{} COLLATE NOCASE" or "lower({})"
    no_limit: str  # the LIMIT value meaning "all rows"

    def fold(self, column: str) -> str:
        return self.nocase.format(column)


SQLITE = Dialect("sqlite", "{} COLLATE NOCASE", "-1")
POSTGRES = Dialect("postgresql", "lower({})", "ALL")

SORTS = {
    "rank": None, "id": "s.id", "imported": "s.imported_at", "date": "s.published",
    "title": "s.title", "outlet": "s.outlet", "author": "s.author",
}
_FOLDED = {"title", "outlet", "author"}
LATIN = re.compile(r"[0-9A-Za-z_\u00c0-\u024f]+")


def source_filter_sql(dialect: Dialect, outlet: str | None = None, genre: str | None = None,
                      date_from: str | None = None, date_to: str | None = None) -> tuple[list[str], list[object]]:
    """WHERE clauses (over sources aliased `s`) and their parameters for the library filters."""
    where: list[str] = []
    params: list[object] = []
    if outlet:
        where.append(f"{dialect.fold('s.outlet')} = {dialect.fold('?')}")
        params.append(outlet)
    if genre:
        where.append("s.genre = ?")
        params.append(genre)
    if date_from:
        where.append("s.published >= ?")
        params.append(date_from)
    if date_to:
        where.append("s.published <= ?")
        params.append(date_to + "\uffff" if len(date_to) < 10 else date_to)
    return where, params


def order_sql(dialect: Dialect, sort: str, descending: bool | None, rank: str) -> str:
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r} (one of {', '.join(SORTS)})")
    column = SORTS[sort] or rank
    if descending is None:
        descending = sort in ("date", "imported")
    nulls = f"{column} IS NULL, " if sort not in ("rank", "id") else ""
    if sort in _FOLDED:
        column = dialect.fold(column)
    return f"{nulls}{column} {'DESC' if descending else 'ASC'}, s.id"


def like_pattern(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def snippet(text: str, word: str, width: int = 60) -> str:
    at = text.lower().find(word.lower())
    if at < 0:
        return " ".join(text[: 2 * width].split())
    start, end = max(0, at - width), min(len(text), at + len(word) + width)
    out = text[start:at] + "[" + text[at:at + len(word)] + "]" + text[at + len(word):end]
    return ("…" if start else "") + " ".join(out.split()) + ("…" if end < len(text) else "")


_SUFFIXES = ("ing", "ed", "es", "s")


def word_snippet(text: str, found: list[str], latin: bool) -> str:
    """The text around the first place a query word (any inflection, for English) occurs."""
    if not latin:
        return snippet(text, found[0])
    stems = [w[: -len(x)] if x and len(w) > 4 else w
             for w in (f.lower() for f in found) for x in [next((x for x in _SUFFIXES if w.endswith(x)), "")]]
    at = re.search(r"\b(?:" + "|".join(re.escape(s) for s in stems) + r")\w*", text, re.IGNORECASE)
    return snippet(text, at.group() if at else found[0])


def words(query: str) -> list[str]:
    return [w for w in re.findall(r"\w+", query) if w]


def quote_name(name: str) -> str:
    return f'"{name}"'

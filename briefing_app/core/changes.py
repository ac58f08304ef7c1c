"""What a command changed, so views refresh only what they must (Anki's OpChanges)."""
from __future__ import annotations

from dataclasses import dataclass, fields

TABLE_FLAGS = {
    "sources": "sources", "boilerplate": "sources",
    "clips": "quotes", "quotes": "quotes",
    "actors": "actors", "actor_aliases": "actors", "mentions": "actors",
    "options": "options", "option_stances": "options",
    "memos": "memos", "memo_sections": "memos", "memo_items": "memos",
    "settings": "settings",
}


@dataclass(frozen=True)
class Changes:
    """Which kinds of project data a command changed."""

    sources: bool = False
    quotes: bool = False
    actors: bool = False
    options: bool = False
    memos: bool = False
    settings: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    @classmethod
    def of_tables(cls, tables: set[str] | list[str]) -> Changes:
        flags = {TABLE_FLAGS[t]: True for t in tables if t in TABLE_FLAGS}
        return cls(**flags)


NOTHING = Changes()

"""The project's options by lead word, for matching an imported source's options (SQLite).

Each source an import stores asks for the options whose summary leads with one of its options'
lead words (core/option_match.py). Read from the table, that was a scan of every option for every
source: 1.0 -> 4.6 ms of storing a source in a project of 10,000 options. This index reads the
table once, then only what changed: options appended since (ids past the largest read) are added
as they come; any other change to the options (a summary or status edited, an option deleted,
one inserted below the largest id, as an undo restores it) moves the counter in the option_edits
table, kept by triggers on every connection's writes (schema migration 13), and the index is read
afresh. A transaction rolled back takes back what the index read inside it: the store forgets it
then (sqlite.py).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from briefing_app.core.option_match import lead_word

Query = Callable[[str, list[Any]], list[tuple[Any, ...]]]


class OptionIndex:
    def __init__(self) -> None:
        self._by_lead: dict[str, list[tuple[int, str]]] = {}
        self._edits: int | None = None  # the option_edits counter when the table was last read whole
        self._top = 0  # the largest option id read

    def forget(self) -> None:
        self._edits = None

    def summaries(self, query: Query, leads: list[str]) -> list[tuple[int, str]]:
        """(id, summary) of the options not rejected whose summary leads with one of `leads`, by id."""
        edits = int(query("SELECT n FROM option_edits", [])[0][0])
        if edits != self._edits:
            self._by_lead, self._top = {}, 0
        self._read(query("SELECT id, summary, status FROM options WHERE id > ? ORDER BY id", [self._top]))
        self._edits = edits
        found = [row for lead in set(leads) for row in self._by_lead.get(lead, [])]
        return sorted(found)

    def _read(self, rows: list[tuple[Any, ...]]) -> None:
        for option_id, summary, status in rows:
            self._top = max(self._top, int(option_id))
            lead = lead_word(str(summary)) if status != "rejected" else None
            if lead is not None:
                self._by_lead.setdefault(lead, []).append((int(option_id), str(summary)))

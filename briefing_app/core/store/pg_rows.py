"""Rows and placeholders of the server backend: rows read like sqlite3.Row, SQL written with `?`."""
from __future__ import annotations

import re
from typing import Any

_PLACEHOLDER = re.compile(r"%|\?")
_translated: dict[str, str] = {}


def pg_sql(sql: str) -> str:
    """`?` placeholders to psycopg's `%s` (a literal % doubled). Our SQL has no `?` in literals."""
    out = _translated.get(sql)
    if out is None:
        out = _translated[sql] = _PLACEHOLDER.sub(lambda m: "%%" if m.group() == "%" else "%s", sql)
    return out


class PgRow(tuple[Any, ...]):
    """A row readable by index and by column name, like sqlite3.Row (dict(row) works)."""

    _names: dict[str, int]

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._names[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)


def row_factory(cursor: Any) -> Any:
    """psycopg row factory: a PgRow class that knows the cursor's column names."""
    desc = cursor.description or []
    return type("Row", (PgRow,), {"_names": {d.name: i for i, d in enumerate(desc)}})


def _one(cur: Any) -> Any:
    """The first column of the first row of a query that always returns one."""
    row = cur.fetchone()
    assert row is not None
    return row[0]

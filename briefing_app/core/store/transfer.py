"""Moving a project between backends (`briefing push FILE URL`, `briefing pull URL FILE`):
every row of every table, ids, offsets, versions and authors included, in one transaction on
the receiving side, so a round trip gives an identical project and a failure leaves nothing."""
from __future__ import annotations

from briefing_app.core.errors import ProjectError
from briefing_app.core.model import without_nul
from briefing_app.core.progress import Progress
from briefing_app.core.schema import TABLE_ORDER
from briefing_app.core.store.base import Store

_ORDER_BY = {"settings": "key"}


def table_rows(store: Store, table: str) -> list[dict[str, object]]:
    """Every row of a table as a dict, in id order (settings: by key)."""
    return [dict(r) for r in store.query(f"SELECT * FROM {table} ORDER BY {_ORDER_BY.get(table, 'id')}")]


def is_empty(store: Store) -> bool:
    return all(not store.query(f"SELECT 1 FROM {t} LIMIT 1") for t in TABLE_ORDER)


def copy_project(source: Store, target: Store, progress: Progress | None = None) -> dict[str, int]:
    """Copy every row of `source` into the empty project `target`; returns rows per table."""
    if not is_empty(target):
        raise ProjectError(f"{target.label} is not empty: a project is copied only into an empty one")
    progress = progress or Progress()
    counts: dict[str, int] = {}
    with target.transaction():
        for n, table in enumerate(TABLE_ORDER):
            progress.step(n, len(TABLE_ORDER), f"copying {table}")
            # a NUL stored by an earlier version (PostgreSQL refuses it) as U+FFFD, offsets kept
            rows = [{k: without_nul(v) if isinstance(v, str) else v for k, v in row.items()}
                    for row in table_rows(source, table)]
            target.insert_many(table, rows)
            counts[table] = len(rows)
        target.after_bulk_copy()
    progress.step(len(TABLE_ORDER), len(TABLE_ORDER), "copied")
    return counts

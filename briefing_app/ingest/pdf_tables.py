"""Tables on a PDF page (for pdf_layout.py): rows of short cells in small print, set apart by wide
gaps on one baseline, two rows or more one under the other. A table is furniture, as a caption
or a fact box is: it sits apart from the article's running text, which it does not read as."""
from __future__ import annotations

from briefing_app.ingest.pdf_captions import SMALL
from briefing_app.ingest.pdf_chars import Run

GAP = 1.5  # cells on one baseline are this many of their sizes apart at least
CELL_WORDS = 5  # ... and hold at most this many words each
ROW_STEP = 2.2  # rows of one table are at most this many sizes apart


def tables(runs: list[Run], body: float) -> set[int]:
    """ids of the runs of the tables on a page whose body text is `body` points."""
    rows: dict[tuple[float, float], list[Run]] = {}
    for run in runs:
        if run.size < SMALL * body:
            rows.setdefault((round(run.y, 1), round(run.size * 2) / 2), []).append(run)
    found: set[int] = set()
    table: list[list[Run]] = []
    for (y, size), row in sorted(rows.items(), key=lambda item: -item[0][0]):
        if not _cells(row, size):
            _keep(table, found)
            table = []
            continue
        if table and not (0 < table[-1][0].y - y <= ROW_STEP * size and abs(table[-1][0].size - size) < 0.3):
            _keep(table, found)
            table = []
        table.append(row)
    _keep(table, found)
    return found


def _cells(row: list[Run], size: float) -> bool:
    """Is this baseline's small print a table's row: two cells or more, wide apart, each a few words?"""
    if len(row) < 2:
        return False
    row.sort(key=lambda r: r.x0)
    return all(len(r.text.split()) <= CELL_WORDS for r in row) and \
        all(b.x0 - a.x1 >= GAP * size for a, b in zip(row, row[1:]))


def _keep(table: list[list[Run]], found: set[int]) -> None:
    if len(table) >= 2:
        found.update(id(r) for row in table for r in row)

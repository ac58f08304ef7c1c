"""Rows written together (Inserter.many -> Store.insert_rows): the ids one-by-one inserts would
get, in order, undone and redone whole, and a refused row refuses the step."""
from __future__ import annotations

import pytest

from briefing_app.core.commands import InsertCommand, Inserter
from briefing_app.core.errors import BriefingError
from briefing_app.core.history import History


def _source_with_mentions(count: int) -> InsertCommand:
    def build(store, insert: Inserter) -> list[int]:
        source_id = insert("sources", {"text": "Kim said so. " * 10})
        actor_id = insert("actors", {"name": "Kim"})
        return insert.many("mentions", [{"actor_id": actor_id, "source_id": source_id, "start": 13 * n,
                                         "end": 13 * n + 3} for n in range(count)])
    return InsertCommand("Add", build)


def test_ids_follow_on_in_order_and_survive_undo_redo(project):
    history = History(project)
    first = _source_with_mentions(4)
    history.push(first)
    ids = first.result
    assert ids == sorted(ids) and len(set(ids)) == 4
    rows = project.query("SELECT id, start FROM mentions ORDER BY id")
    assert [(r["id"], r["start"]) for r in rows] == [(i, 13 * n) for n, i in enumerate(ids)]
    history.push(one := _source_with_mentions(1))  # one row alone goes the ordinary way
    assert one.result[0] > ids[-1]
    history.undo()
    history.undo()
    assert project.query("SELECT count(*) FROM mentions")[0][0] == 0
    history.redo()
    assert [r["id"] for r in project.query("SELECT id FROM mentions ORDER BY id")] == ids
    again = _source_with_mentions(3)  # after the highest id, as SQLite numbers a row alone
    history.push(again)
    assert again.result[0] > max(ids) and again.result == list(range(again.result[0], again.result[0] + 3))


def test_a_refused_row_refuses_the_whole_step(project):
    history = History(project)

    def build(store, insert: Inserter) -> None:
        source_id = insert("sources", {"text": "text"})
        insert.many("boilerplate", [{"source_id": source_id, "start": 0, "end": 1},
                                    {"source_id": source_id + 999, "start": 0, "end": 1}])  # no such source

    with pytest.raises(BriefingError):
        history.push(InsertCommand("Add", build))
    assert project.query("SELECT count(*) FROM sources")[0][0] == 0
    assert project.query("SELECT count(*) FROM boilerplate")[0][0] == 0

"""memo_drop without a window: several refs land in order, moves count positions right, and
the whole drop is one undo step that redoes exactly."""
from __future__ import annotations

import pytest

from briefing_app.core.history import History
from briefing_app.core.memo_drop import drop_command


@pytest.fixture
def memo(project, sample_paths):
    from briefing_app.workflow.drafting import draft_memo
    from briefing_app.workflow.importing import import_files

    history = History(project)
    assert not import_files(project, history, sample_paths).failed
    return project, history, draft_memo(project, history, "info-memo")


def _ids(project, memo_id, key):
    return [i.id for i in project.get_memo(memo_id).section(key).items]


def test_several_items_move_before_an_anchor_in_order(memo):
    project, history, memo_id = memo
    quotes = _ids(project, memo_id, "quotes")
    assert len(quotes) >= 5
    a, b, c, d, e = quotes[:5]
    section = project.get_memo(memo_id).section("quotes").id
    history.push(drop_command([("item", a), ("item", c)], section, e))
    assert _ids(project, memo_id, "quotes")[:5] == [b, d, a, c, e]
    history.push(drop_command([("item", e), ("item", b)], section, None))  # to the end
    assert _ids(project, memo_id, "quotes")[-2:] == [e, b]
    history.undo()
    history.undo()
    assert _ids(project, memo_id, "quotes") == quotes


def test_adding_and_moving_across_sections_in_one_step(memo):
    project, history, memo_id = memo
    before = {k: _ids(project, memo_id, k) for k in ("background", "quotes")}
    background = project.get_memo(memo_id).section("background")
    actor = project.list_actors()[0]
    moved = before["quotes"][0]
    history.push(drop_command([("actor", actor.id), ("item", moved)], background.id, before["background"][0]))
    items = project.get_memo(memo_id).section("background").items
    assert (items[0].kind, items[0].ref_id) == ("actor", actor.id) and items[1].id == moved
    assert project.get_actor(actor.id).status == "accepted"
    assert moved not in _ids(project, memo_id, "quotes")
    after = {k: _ids(project, memo_id, k) for k in ("background", "quotes")}
    history.undo()
    assert {k: _ids(project, memo_id, k) for k in ("background", "quotes")} == before
    history.redo()
    assert {k: _ids(project, memo_id, k) for k in ("background", "quotes")} == after


def test_a_memo_cannot_take_an_unknown_kind():
    with pytest.raises(ValueError):
        drop_command([("source", 1)], 1, None)

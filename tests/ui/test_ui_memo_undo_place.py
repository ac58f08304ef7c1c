"""Undo and redo in the memo keep the keyboard user's place: an undone add selects the item
before it (or its section), a redone add or an undone removal selects the item that came back.
Before, every undo or redo left nothing selected and the memo tree back at its top."""
from __future__ import annotations

import pytest

from briefing_app.ui.memo_tree import ITEM, SECTION


@pytest.fixture
def drafted(window, qtbot, errors):
    with qtbot.waitSignal(window.memo.drafted, timeout=30000):
        window.memo.draft_memo("info-memo", "Information memo")
    return window


def test_undo_and_redo_of_an_add_keep_the_place(drafted, errors):
    win, panel = drafted, drafted.memo
    background = panel.memo.section("background")
    last = background.items[-1].id
    assert panel.tree.select(ITEM, last)
    new = panel.add_text("A paragraph of my own.")
    assert new is not None and panel.tree.selected() == (ITEM, new)
    win.menu_actions.undo.trigger()
    assert panel.tree.selected() == (ITEM, last)  # the item before the one undone
    win.menu_actions.redo.trigger()
    assert panel.tree.selected() == (ITEM, new)  # the item that came back
    assert not errors


def test_undo_of_a_removal_selects_what_came_back_and_a_first_item_gives_way_to_its_section(drafted, errors):
    win, panel = drafted, drafted.memo
    quotes = panel.memo.section("quotes")
    first = quotes.items[0].id
    assert panel.tree.select(ITEM, first)
    panel.remove_selected()
    assert panel.tree.selected() == (SECTION, quotes.id)  # its section: no item before it
    win.menu_actions.undo.trigger()
    assert panel.tree.selected() == (ITEM, first)
    assert not errors


def test_a_colleagues_new_item_does_not_move_the_selection(drafted, errors):
    win, panel = drafted, drafted.memo
    from briefing_app.core import actions

    mine = panel.memo.section("quotes").items[0].id
    assert panel.tree.select(ITEM, mine)
    section = panel.memo.section("background").id
    win.session.from_others = True  # as while a team project's feed is shown
    try:
        win.session.run_built(lambda p: actions.add_memo_item(p, section, "text", body="Theirs."))
    finally:
        win.session.from_others = False
    assert panel.tree.selected() == (ITEM, mine) and not errors

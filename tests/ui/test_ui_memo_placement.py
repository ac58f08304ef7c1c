"""Ctrl+M (Add Selected to Memo) puts an actor in the memo's Actors section and an option in its
Options section, also when a quote in Key quotes was selected last: before, an actor added right
after a quote landed among the quotes (and printed as a lone actor table between them). A
selection in a section of no kind's own (Background) still places the item after it."""
from __future__ import annotations

import pytest

from briefing_app.ui.memo_tree import ITEM, SECTION


@pytest.fixture
def drafted(window, qtbot, errors):
    with qtbot.waitSignal(window.memo.drafted, timeout=30000):
        window.memo.draft_memo("info-memo", "Information memo")
    return window


def _items(win) -> dict[int, str]:
    """Every memo item's id -> the key of its section."""
    memo = win.session.project.get_memo(win.memo.memo.id)
    return {i.id: s.key for s in memo.sections for i in s.items}


def _select_item_in(win, key: str) -> None:
    section = win.memo.memo.section(key)
    assert section is not None and section.items, key
    assert win.memo.tree.select(ITEM, section.items[0].id)


def _add(win, panel) -> list[str]:
    """Select the first row of `panel`, press Ctrl+M (the menu action): the sections of the new items."""
    before = _items(win)
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    win.menu_actions.add_to_memo.trigger()
    return [key for item_id, key in _items(win).items() if item_id not in before]


@pytest.mark.parametrize("kind,tab", [("actor", "actors"), ("option", "options")])
def test_an_actor_or_option_goes_to_its_own_section_not_among_the_quotes(drafted, qtbot, errors, kind, tab):
    win = drafted
    panel = getattr(win, tab)
    win.tabs.setCurrentWidget(panel)
    _select_item_in(win, "quotes")  # a quote was the last thing selected in the memo
    assert _add(win, panel) == [tab] and not errors
    assert win.memo.tree.selected()[0] == ITEM  # the new item, shown selected


def test_a_section_of_no_kind_still_takes_the_item_after_the_selection(drafted, qtbot, errors):
    win = drafted
    win.tabs.setCurrentWidget(win.actors)
    background = win.memo.memo.section("background")
    assert win.memo.tree.select(SECTION, background.id)
    assert _add(win, win.actors) == ["background"] and not errors

"""Ctrl+M (Add Selected to Memo) puts an actor in the memo's Actors section and an option in its
Options section, also when a quote in Key quotes was selected last: before, an actor added right
after a quote landed among the quotes (and printed as a lone actor table between them). A
selection in a section of no kind's own (Background) still places the item after it. A section
takes an actor or option once (a quote may be quoted twice)."""
from __future__ import annotations

import pytest

from briefing_app.ui.entities_panel import ID_ROLE
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


def _take_out(win, kind: str, ref: int, key: str) -> None:
    """Remove `ref` from the memo's section `key` if it is there (drafting put every option in)."""
    for item in win.memo.memo.section(key).items:
        if (item.kind, item.ref_id) == (kind, ref):
            assert win.memo.tree.select(ITEM, item.id)
            win.memo.remove_selected()


def _add_first(win, panel) -> list[str]:
    """Select the first row of `panel`, press Ctrl+M (the menu action): the sections of the new items."""
    before = _items(win)
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    win.menu_actions.add_to_memo.trigger()
    return [key for item_id, key in _items(win).items() if item_id not in before]


def _first_ref(panel) -> int:
    return panel.tree.topLevelItem(0).data(0, ID_ROLE)


@pytest.mark.parametrize("kind,tab", [("actor", "actors"), ("option", "options")])
def test_an_actor_or_option_goes_to_its_own_section_not_among_the_quotes(drafted, qtbot, errors, kind, tab):
    win = drafted
    panel = getattr(win, tab)
    win.tabs.setCurrentWidget(panel)
    _take_out(win, kind, _first_ref(panel), tab)
    quote = win.memo.memo.section("quotes").items[0].id
    assert win.memo.tree.select(ITEM, quote)  # a quote was the last thing selected in the memo
    assert _add_first(win, panel) == [tab] and not errors
    assert win.memo.tree.selected()[0] == ITEM  # the new item, shown selected


def test_a_section_of_no_kind_still_takes_the_item_after_the_selection(drafted, qtbot, errors):
    win = drafted
    win.tabs.setCurrentWidget(win.actors)
    background = win.memo.memo.section("background")
    assert win.memo.tree.select(SECTION, background.id)
    assert _add_first(win, win.actors) == ["background"] and not errors


def test_what_a_section_holds_is_not_added_to_it_twice(drafted, qtbot, errors):
    """Ctrl+M on an option the Options section already held added it again: the export printed a
    second row of the options table. Now the one there is selected and the status bar says so; a
    drop of it on the section is refused alike, while another section may still take it."""
    from briefing_app.ui.dnd import encode

    win = drafted
    win.tabs.setCurrentWidget(win.options)
    options = win.memo.memo.section("options")
    ref = _first_ref(win.options)
    held = next(i for i in options.items if (i.kind, i.ref_id) == ("option", ref))
    before = _items(win)
    assert _add_first(win, win.options) == [] and win.memo.tree.selected() == (ITEM, held.id)
    assert "Already in" in win.statusBar().currentMessage()
    tree = win.memo.tree
    assert not tree.dropMimeData(tree.find(SECTION, options.id), 0, encode([("option", ref)]), None)
    assert _items(win) == before
    background = win.memo.memo.section("background")
    assert win.memo.drop([("option", ref)], background.id, None)  # another section: taken
    assert len(_items(win)) == len(before) + 1 and not errors

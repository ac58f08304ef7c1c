"""Actors and options panels: accept / reject, merge two actors with undo, add to the memo;
paragraphs of your own in the memo."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from briefing_app.ui.memo_panel import ITEM, SECTION


def _actor_ids(window) -> list[int]:
    return [a.id for a in window.session.project.list_actors()]


def test_actors_panel_lists_the_project_actors(window):
    tree = window.actors.tree
    assert tree.topLevelItemCount() == len(_actor_ids(window)) > 2
    names = {tree.topLevelItem(n).text(0) for n in range(tree.topLevelItemCount())}
    assert "Andrey Rudenko" in names


def test_merge_two_actors_then_undo(window, qtbot, errors):
    project = window.session.project
    speakers = {q.speaker_id for q in project.list_quotes()}
    actors = sorted(project.list_actors(), key=lambda a: -a.mention_count)
    drop = next(a for a in actors if a.id in speakers and a.mention_count)
    keep = next(a for a in actors if a.id != drop.id and a.mention_count >= drop.mention_count)
    quotes_of_drop = [q.id for q in project.list_quotes() if q.speaker_id == drop.id]
    assert quotes_of_drop
    window.actors.select(keep.id, drop.id)
    assert window.actors.merge_button.isEnabled()
    assert window.actors.merge_selected()
    assert not errors
    assert drop.id not in _actor_ids(window)
    merged = project.get_actor(keep.id)
    assert drop.name in merged.aliases
    assert merged.mention_count == keep.mention_count + drop.mention_count
    for qid in quotes_of_drop:
        assert project.get_quote(qid).speaker_id == keep.id
    assert window.actors.tree.topLevelItemCount() == len(_actor_ids(window))
    assert window.actors.selected_ids() == [keep.id]
    assert window.undo_group.undoText() == "Merge actors"
    window.menu_actions.undo.trigger()
    assert drop.id in _actor_ids(window)
    restored = project.get_actor(keep.id)
    assert drop.name not in restored.aliases and restored.mention_count == keep.mention_count
    assert project.get_actor(drop.id).mention_count == drop.mention_count
    for qid in quotes_of_drop:
        assert project.get_quote(qid).speaker_id == drop.id
    window.menu_actions.redo.trigger()
    assert drop.id not in _actor_ids(window)


def test_merge_needs_exactly_two(window):
    ids = _actor_ids(window)
    window.actors.select(ids[0])
    assert not window.actors.merge_button.isEnabled()
    assert not window.actors.merge_selected()
    assert _actor_ids(window) == ids


def test_accept_and_reject_actor_and_option(window, errors):
    actor_id = _actor_ids(window)[0]
    window.actors.select(actor_id)
    window.actors.accept_button.click()
    assert window.session.project.get_actor(actor_id).status == "accepted"
    window.actors.accept_button.click()  # again: undecided
    assert window.session.project.get_actor(actor_id).status == "suggested"
    window.actors.reject_button.click()
    assert actor_id not in _actor_ids(window)
    window.menu_actions.undo.trigger()
    assert actor_id in _actor_ids(window)

    options = window.session.project.list_options()
    tree = window.options.tree
    assert tree.topLevelItemCount() == len(options) > 0
    first = tree.topLevelItem(0)
    assert first.childCount() == len(options[0].stances)  # the stances under their option
    window.options.select(options[0].id)
    window.options.accept_button.click()
    assert window.session.project.get_option(options[0].id).status == "accepted"
    assert not errors


@pytest.fixture
def drafted(window, qtbot, errors):
    window.memo.draft_button.click()
    qtbot.waitUntil(lambda: window.memo.drafting is None, timeout=30000)  # planned in a worker
    assert not errors, errors  # the built-in templates ship with the app: never a reason to skip
    return window


def _into_background(window) -> None:
    """The memo's Background section selected: what is added next goes there."""
    assert window.memo.tree.select(SECTION, window.memo.memo.section("background").id)


def _items(window, kind):
    return [i for s in window.memo.memo.sections for i in s.items if i.kind == kind]


def test_add_selected_actor_and_option_to_memo(drafted, errors):
    win = drafted
    actor_id, option_id = _actor_ids(win)[0], win.session.project.list_options()[0].id
    before_actors, before_options = len(_items(win, "actor")), len(_items(win, "option"))
    _into_background(win)  # (the Actors and Options sections hold them already: each takes a thing once)
    win.actors.select(actor_id)
    win.actors.add_button.click()
    win.options.select(option_id)
    win.options.add_button.click()
    assert not errors
    assert len(_items(win, "actor")) == before_actors + 1 and len(_items(win, "option")) == before_options + 1
    assert win.memo.tree.currentItem().data(0, 256) [0] == ITEM
    win.menu_actions.undo.trigger()
    assert len(_items(win, "option")) == before_options


def test_own_text_add_and_edit_with_undo(drafted, monkeypatch, errors, qtbot):
    from briefing_app.ui import memo_text

    win = drafted
    answers = iter(["My own **assessment** paragraph.", "My revised assessment."])
    monkeypatch.setattr(memo_text, "ask_markdown", lambda *a, **k: next(answers))  # the rich-text editor
    win.memo.tree.setCurrentItem(win.memo.tree.topLevelItem(0))
    item_id = win.memo.add_text()
    assert item_id is not None and not errors
    assert any(i.id == item_id and i.body == "My own **assessment** paragraph." for i in _items(win, "text"))
    assert win.memo.edit_button.isEnabled()
    assert win.memo.edit_text()
    assert any(i.id == item_id and i.body == "My revised assessment." for i in _items(win, "text"))
    assert win.undo_group.undoText() == "Edit text"
    win.menu_actions.undo.trigger()
    assert any(i.id == item_id and i.body == "My own **assessment** paragraph." for i in _items(win, "text"))
    # the preview follows the memo
    qtbot.waitUntil(lambda: win.preview.shown_generation == win.preview.generation
                    and win.preview.document is not None, timeout=10000)
    text = " ".join(win.preview.document.getAllText(n).text() for n in range(win.preview.document.pageCount()))
    assert "My own" in text


def test_split_an_actor_named_in_two_sources_then_undo(window, qtbot, errors, monkeypatch):
    project = window.session.project
    shared = next((a for a in project.list_actors() if len({s for s, _ in project.actor_mentions(a.id)}) >= 2), None)
    assert shared is not None, "the samples share actors (Putin, Kim Jong-un, the countries)"
    sources = sorted({s for s, _ in project.actor_mentions(shared.id)})
    window.actors.select(shared.id)
    assert window.actors.split_button.isEnabled()
    monkeypatch.setattr(window.actors, "choose_source", lambda name, ids: ids[-1])
    assert window.actors.split_selected()
    assert not errors
    assert window.undo_group.undoText() == "Split actor"
    new = [a for a in project.list_actors() if a.name.startswith(shared.name + " (")]
    assert len(new) == 1
    assert {s for s, _ in project.actor_mentions(new[0].id)} == {sources[-1]}
    assert sources[-1] not in {s for s, _ in project.actor_mentions(shared.id)}
    window.menu_actions.undo.trigger()
    assert not [a for a in project.list_actors() if a.name.startswith(shared.name + " (")]
    assert sorted({s for s, _ in project.actor_mentions(shared.id)}) == sources


def test_title_affiliation_and_aliases_each_have_a_column(window, qtbot):
    """The actors list ran title and affiliation together in one "Role" and showed aliases and the
    kind only in a tooltip; each is a column now, and the list sorts by mentions (numbers, not text)."""
    panel = window.actors
    tree = panel.tree
    header = [tree.headerItem().text(c) for c in range(tree.columnCount())]
    assert header == ["Actor", "Title", "Affiliation", "Also known as", "Kind", "#", "Status"]
    actor = next(a for a in window.session.project.list_actors() if a.title and a.affiliation and a.aliases)
    panel.select(actor.id)
    item = tree.selectedItems()[0]
    assert [item.text(c) for c in range(5)] == [actor.name, actor.title, actor.affiliation, ", ".join(actor.aliases),
                                                actor.kind]
    tree.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    counts = [int(tree.topLevelItem(n).text(5)) for n in range(tree.topLevelItemCount())]
    assert counts == sorted(counts, reverse=True) and counts[0] >= 10 > counts[-1]
    panel.reload()  # a refresh keeps the user's order
    assert [int(tree.topLevelItem(n).text(5)) for n in range(tree.topLevelItemCount())] == counts


def test_the_window_keys_act_on_the_shown_tab(drafted, errors):
    """Ctrl+Return, Ctrl+Backspace and Ctrl+M decided (or added to the memo) the quote selected
    in the hidden quotes list while an actor or option was in view; they act on the shown tab."""
    win = drafted
    project = win.session.project
    a = win.menu_actions
    quote = win.quotes.current_quote() or win.quotes.model.quote(0)
    win.quotes.select_quote(quote.id)
    actor_id = _actor_ids(win)[0]
    win.workspace.tabs.setCurrentWidget(win.actors)
    win.actors.select(actor_id)
    a.accept_quote.trigger()
    assert project.get_actor(actor_id).status == "accepted"
    assert project.get_quote(quote.id).status == quote.status  # the hidden quote untouched
    before = len(_items(win, "actor")), len(_items(win, "quote"))
    _into_background(win)
    a.add_to_memo.trigger()
    assert (len(_items(win, "actor")), len(_items(win, "quote"))) == (before[0] + 1, before[1])
    option = project.list_options()[0]
    win.workspace.tabs.setCurrentWidget(win.options)
    win.options.select(option.id)
    a.reject_quote.trigger()
    assert project.get_option(option.id).status == "rejected"
    win.workspace.tabs.setCurrentWidget(win.quotes)
    a.accept_quote.trigger()
    assert project.get_quote(quote.id).status == "accepted"
    assert not errors

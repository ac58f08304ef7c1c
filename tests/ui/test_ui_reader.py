"""The reader: pick a selection as quote / actor / option, actors underlined, change a quote's speaker."""
from __future__ import annotations

import pytest

from briefing_app.ui.edit_dialogs import FormDialog, NewActor
from briefing_app.ui.reader import ACTOR_ID


@pytest.fixture
def reader(window, qtbot):
    model = window.library.model
    row = next(r for r in range(model.rowCount()) if "rubicon" in model.index(r, 0).data().lower())
    window.library.select_source(model.source_id(row))
    qtbot.waitUntil(lambda: window.reader.source is not None)
    return window.reader


def _select(reader, phrase: str) -> tuple[int, int]:
    start = reader.source.text.index(phrase)
    (a, _), *_ = reader.visible.to_view_ranges(start, start + len(phrase))
    cursor = reader.text.textCursor()
    cursor.setPosition(a)
    cursor.setPosition(a + len(phrase), cursor.MoveMode.KeepAnchor)
    reader.text.setTextCursor(cursor)
    return start, start + len(phrase)


def _answer(monkeypatch, **values):
    asked = []

    def ask(parent, title, fields):
        asked.append((title, {f.key: f.value for f in fields}))
        return {**{f.key: f.value for f in fields}, **values}

    monkeypatch.setattr(FormDialog, "ask", staticmethod(ask))
    return asked


def test_add_selection_as_quote_selects_it_and_undo_removes_it(window, reader, errors):
    phrase = "When Julius Caesar chose to defy his orders"
    assert not reader.add_buttons["quote"].isEnabled()  # nothing selected yet
    start, end = _select(reader, phrase + " ")
    assert reader.add_buttons["quote"].isEnabled()
    quote_id = reader.add_selection("quote")
    assert not errors
    quote = window.session.project.get_quote(quote_id)
    assert quote.text == phrase and quote.status == "accepted"  # the spaces at the ends are trimmed
    assert window.quotes.current_quote().id == quote_id
    assert any(q.id == quote_id for q in reader.quotes)
    window.menu_actions.undo.trigger()
    assert all(q.id != quote_id for q in window.session.project.list_quotes())


def test_add_actor_from_a_selection_is_underlined(window, reader, monkeypatch, errors):
    assert window.session.project.find_actor("Rubicon") is None
    start, end = _select(reader, "Rubicon")
    asked = _answer(monkeypatch, kind="group")
    actor_id = reader.add_selection("actor")
    assert not errors and asked[0][1]["name"] == "Rubicon"
    actor = window.session.project.get_actor(actor_id)
    assert (actor.name, actor.kind, actor.mention_count) == ("Rubicon", "group", 1)
    (a, _), = reader.visible.to_view_ranges(start, end)
    cursor = reader.text.textCursor()
    cursor.setPosition(a + 2)
    fmt = cursor.charFormat()
    assert fmt.fontUnderline() and fmt.property(ACTOR_ID) == actor_id
    assert "Rubicon (group)" in fmt.toolTip()
    assert window.actors.tree.topLevelItemCount() == len(window.session.project.list_actors())
    # a known name: one more mention of the same actor, not a second actor
    count = len(window.session.project.list_actors())
    text = reader.source.text
    later = text.index("Rubicon", end)
    _select(reader, text[later - 4:later + 7])  # "the Rubicon"
    _answer(monkeypatch, name="Rubicon")
    assert reader.add_selection("actor") == actor_id
    assert window.session.project.get_actor(actor_id).mention_count == 2
    assert len(window.session.project.list_actors()) == count


def test_add_option_with_stance(window, reader, monkeypatch, errors):
    phrase = "When Julius Caesar chose to defy his orders"
    _select(reader, phrase)
    _answer(monkeypatch, summary="Defy orders", stance="oppose")
    option_id = reader.add_selection("option")
    assert not errors
    option = window.session.project.get_option(option_id)
    assert option.summary == "Defy orders" and option.stances[0].stance == "oppose"
    assert option.stances[0].clip.text == phrase
    assert window.undo_group.undoText() == "Add option"


def test_existing_mentions_are_underlined(reader):
    assert reader.mentions
    start, end, actor = reader.mentions[0]
    ranges = reader.visible.to_view_ranges(start, end)
    if ranges:
        cursor = reader.text.textCursor()
        cursor.setPosition(ranges[0][0] + 1)
        assert cursor.charFormat().fontUnderline()


def test_context_menu_offers_add_and_on_a_quote_change_speaker(window, reader):
    quote = next(q for q in reader.quotes if reader.visible.to_view_ranges(q.clip.start, q.clip.end))
    (a, _), *_ = reader.visible.to_view_ranges(quote.clip.start, quote.clip.end)
    cursor = reader.text.textCursor()
    cursor.setPosition(a + 1)
    pos = reader.text.cursorRect(cursor).center()
    assert reader.text.quote_at(pos) == quote.id
    menu = reader.build_menu(pos)
    labels = [x.text() for x in menu.actions()]
    assert "Add as &Quote" in labels and "Change &Speaker…" in labels and "&Edit Quote…" in labels
    assert not next(x for x in menu.actions() if x.text() == "Add as &Actor…").isEnabled()  # no selection
    menu.deleteLater()


def test_change_speaker_from_the_reader_to_a_known_then_a_new_actor(window, reader, monkeypatch, errors):
    project = window.session.project
    quote = reader.quotes[0]
    other = next(a for a in project.list_actors() if a.id != quote.speaker_id)
    asked = _answer(monkeypatch, speaker=other.id)
    assert reader.edit(quote.id, speaker_only=True)
    assert asked[0][0] == "Change speaker"
    assert project.get_quote(quote.id).speaker_id == other.id
    assert window.undo_group.undoText() == "Change speaker"
    count = len(project.list_actors())
    _answer(monkeypatch, speaker=NewActor("Gaius Octavius", "person"))
    assert reader.edit(quote.id, speaker_only=True)
    assert project.get_quote(quote.id).speaker == "Gaius Octavius" and len(project.list_actors()) == count + 1
    window.menu_actions.undo.trigger()  # one step takes back the new actor and the change
    assert project.get_quote(quote.id).speaker_id == other.id and len(project.list_actors()) == count
    assert not errors


def test_context_menu_on_an_actor_edits_it(window, reader, monkeypatch, errors):
    start, end, actor = next((s, e, a) for s, e, a in reader.mentions
                             if reader.visible.to_view_ranges(s, e) and not any(
                                 q.clip.start <= s < q.clip.end for q in reader.quotes))
    (a, _), *_ = reader.visible.to_view_ranges(start, end)
    cursor = reader.text.textCursor()
    cursor.setPosition(a + 1)
    pos = reader.text.cursorRect(cursor).center()
    menu = reader.build_menu(pos)
    edit = next(x for x in menu.actions() if x.text() == "Edit Ac&tor…")
    _answer(monkeypatch, title="Head of State")
    edit.trigger()
    assert not errors and window.session.project.get_actor(actor.id).title == "Head of State"
    menu.deleteLater()


def _menu_action(reader, label):
    cursor = reader.text.textCursor()
    menu = reader.build_menu(reader.text.cursorRect(cursor).center())
    action = next(x for x in menu.actions() if x.text() == label)
    return menu, action


def test_hide_a_selection_as_boilerplate_and_show_it_again_undoably(window, reader, qtbot, errors):
    phrase = "Henry A. Kissinger Chair"
    hidden_before = list(reader.source.boilerplate)
    start, end = _select(reader, phrase)
    menu, restore = _menu_action(reader, "Show Hidden Text A&gain")
    assert not restore.isEnabled()  # nothing hidden in the selection yet
    menu.deleteLater()
    menu, hide = _menu_action(reader, "&Hide as Boilerplate")
    assert hide.isEnabled()
    hide.trigger()
    menu.deleteLater()
    qtbot.waitUntil(lambda: any(b.start == start and b.end == end for b in reader.source.boilerplate))
    assert reader.source.text[start:end] == phrase  # hidden, never deleted
    assert reader.visible.text.count(phrase) == reader.source.text.count(phrase) - 1
    assert window.undo_group.undoText() == "Hide text"

    reader.show_hidden.setChecked(True)  # hidden text shows greyed: select it to show it again
    _select(reader, phrase)
    menu, restore = _menu_action(reader, "Show Hidden Text A&gain")
    assert restore.isEnabled()
    restore.trigger()
    menu.deleteLater()
    qtbot.waitUntil(lambda: list(reader.source.boilerplate) == hidden_before)
    window.menu_actions.undo.trigger()  # hidden again
    qtbot.waitUntil(lambda: any(b.start == start and b.end == end for b in reader.source.boilerplate))
    reader.show_hidden.setChecked(False)
    assert not errors

"""Panels: edit a quote / actor / option / source's details through a form (one undo step each),
change a speaker from the quotes panel, and the filters of the quotes, actors and library lists."""
from __future__ import annotations

import dataclasses

from briefing_app.core.errors import InputError
from briefing_app.ui.edit_dialogs import FormDialog, NewActor, SpeakerCombo
from tests.ui.conftest import settle_library


def _answer(monkeypatch, **values):
    asked = []

    def ask(parent, title, fields):
        asked.append(title)
        return {**{f.key: f.value for f in fields}, **values}

    monkeypatch.setattr(FormDialog, "ask", staticmethod(ask))
    return asked


def test_edit_quote_kind_cue_venue_and_new_speaker_is_one_step(window, monkeypatch, errors):
    panel = window.quotes
    panel.table.selectRow(0)
    quote = panel.current_quote()
    project = window.session.project
    assert _answer(monkeypatch, kind="indirect", cue="warned", venue="Tass",
                   speaker=NewActor("Maria Zakharova", "person")) is not None
    assert panel.edit()
    assert not errors
    q = project.get_quote(quote.id)
    assert (q.kind, q.cue, q.venue, q.speaker, q.text) == ("indirect", "warned", "Tass", "Maria Zakharova", quote.text)
    assert window.undo_group.undoText() == "Edit quote"
    window.menu_actions.undo.trigger()
    q = project.get_quote(quote.id)
    assert (q.kind, q.cue, q.venue, q.speaker_id) == (quote.kind, quote.cue, quote.venue, quote.speaker_id)
    assert project.find_actor("Maria Zakharova") is None


def test_speaker_button_changes_the_speaker(window, monkeypatch, errors):
    panel = window.quotes
    panel.table.selectRow(0)
    quote = panel.current_quote()
    other = next(a for a in window.session.project.list_actors() if a.id != quote.speaker_id)
    asked = _answer(monkeypatch, speaker=other.id)
    panel.speaker_button.click()
    assert asked == ["Change speaker"] and not errors
    assert window.session.project.get_quote(quote.id).speaker_id == other.id
    assert panel.current_quote().id == quote.id  # the selection stays on the edited quote


def test_speaker_combo_searches_and_tells_a_new_name(qtbot):
    combo = SpeakerCombo(((1, "Andrey Rudenko"), (2, "Donald Trump")), 2)
    qtbot.addWidget(combo)
    assert combo.value() == 2
    combo.combo.setEditText("Andrey Rudenko")
    assert combo.value() == 1
    combo.combo.setEditText("Kim Jong Un")
    assert combo.value() == NewActor("Kim Jong Un", "person") and not combo.kind.isHidden()
    combo.combo.setEditText("")
    assert combo.value() is None
    completer = combo.combo.completer()
    completer.setCompletionPrefix("trump")  # any part of the name, any case
    assert completer.completionCount() == 1


def test_edit_actor_fields_and_aliases(window, monkeypatch, errors):
    project = window.session.project
    actor = next(a for a in project.list_actors() if a.name == "Andrey Rudenko")
    window.actors.select(actor.id)
    _answer(monkeypatch, title="Deputy Foreign Minister", affiliation="Russia", aliases="Rudenko\nA. Rudenko")
    assert window.actors.edit_selected()
    assert not errors
    a = project.get_actor(actor.id)
    assert (a.title, a.affiliation, a.aliases) == ("Deputy Foreign Minister", "Russia", ["Rudenko", "A. Rudenko"])
    item = window.actors.tree.topLevelItem(0)
    assert window.actors.selected_ids() == [actor.id] and item is not None
    window.menu_actions.undo.trigger()
    assert project.get_actor(actor.id).aliases == actor.aliases


def test_edit_option_text_and_stance(window, monkeypatch, errors):
    project = window.session.project
    option = project.list_options()[0]
    window.options.select(option.id)
    stance = option.stances[0]
    new_stance = "oppose" if stance.stance != "oppose" else "support"
    _answer(monkeypatch, pros="Cheap", risks="Escalation", **{f"stance{stance.id}": new_stance})
    assert window.options.edit_selected()
    assert not errors
    o = project.get_option(option.id)
    assert (o.pros, o.risks, o.stances[0].stance) == ("Cheap", "Escalation", new_stance)
    assert window.undo_group.undoText() == "Edit option"


def test_edit_source_details_and_a_bad_date_is_a_message(window, monkeypatch, errors):
    library = window.library
    source_id = library.current_source_id()
    _answer(monkeypatch, author="Jane Doe", published="2024-11-20")
    assert library.edit_details()
    assert window.session.project.get_source(source_id).metadata.author == "Jane Doe"
    assert window.undo_group.undoText() == "Edit source details"
    _answer(monkeypatch, published="20 Nov")
    assert not library.edit_details()
    assert isinstance(errors[-1], InputError)


def test_quote_filters_by_kind_status_speaker_and_text(window, qtbot):
    panel = window.quotes
    panel.all_sources.setChecked(True)
    quotes = window.session.project.list_quotes(statuses=("suggested", "accepted", "rejected"))
    assert panel.model.rowCount() == len(quotes)
    kinds = panel.filters.combos["kind"]
    kinds.setCurrentIndex(kinds.findData("direct"))
    assert panel.model.rowCount() == sum(q.kind == "direct" for q in quotes) > 0
    kinds.setCurrentIndex(0)
    speaker = next(q.speaker_id for q in quotes if q.speaker_id)
    combo = panel.filters.combos["speaker"]
    combo.setCurrentIndex(combo.findData(speaker))
    assert panel.model.rowCount() == sum(q.speaker_id == speaker for q in quotes)
    combo.setCurrentIndex(0)
    word = quotes[0].text.split()[1]
    panel.filters.edit.setText(word.upper())
    qtbot.waitUntil(lambda: panel.model.rowCount() == sum(word.casefold() in q.text.casefold()
                                                          or word.casefold() in (q.speaker or "").casefold()
                                                          for q in quotes))
    status = panel.filters.combos["status"]
    status.setCurrentIndex(status.findData("rejected"))
    assert panel.model.rowCount() == 0


def test_actor_filter_by_kind(window):
    actors = window.session.project.list_actors()
    combo = window.actors.filters.combos["kind"]
    combo.setCurrentIndex(combo.findData("country"))
    assert window.actors.tree.topLevelItemCount() == sum(a.kind == "country" for a in actors) > 0


def test_library_filters_by_outlet(window, qtbot):
    library = window.library
    combo = library.filters.combos["outlet"]
    assert combo.count() == 3  # All outlets + the two samples'
    combo.setCurrentIndex(combo.findData("The Washington Times"))
    settle_library(qtbot, window)
    assert library.model.rowCount() == 1
    assert window.reader.source.metadata.outlet == "The Washington Times"
    genre = library.filters.combos["genre"]
    combo.setCurrentIndex(0)
    genre.setCurrentIndex(genre.findData("opinion"))
    settle_library(qtbot, window)
    assert library.model.rowCount() == sum(
        s.metadata.genre == "opinion" for s in window.session.project.list_sources())


def test_double_click_edits_an_actor_or_option_as_everywhere_else(window, monkeypatch, errors):
    """A double-click edits in the quotes list, the memo and the library, but added the actor or
    option to the memo in those two lists: an analyst opening Лавров to fix his title found him
    in the memo instead."""
    asked = _answer(monkeypatch)
    memo_items = sum(len(s.items) for s in window.memo.memo.sections) if window.memo.memo else 0
    for panel in (window.actors, window.options):
        window.workspace.tabs.setCurrentWidget(panel)
        item = panel.tree.topLevelItem(0)
        panel.tree.setCurrentItem(item)
        panel.tree.itemDoubleClicked.emit(item, 0)
    assert asked == ["Edit actor", "Edit option"]
    assert (sum(len(s.items) for s in window.memo.memo.sections) if window.memo.memo else 0) == memo_items
    assert not errors


def test_a_quotes_tooltip_names_the_actor_and_the_words_that_name_them(window):
    """The tooltip said only the actor's name (or "unknown speaker" beside a Speaker column
    reading "(KCNA)"): it now gives the actor, the words of the text that name the speaker when
    they differ, and for a speaker with no actor how to give it one."""
    from briefing_app.ui.quote_model import speaker_line

    panel = window.quotes
    panel.all_sources.setChecked(True)
    rows = [panel.model.quote(r) for r in range(panel.model.rowCount())]
    linked = next(q for q in rows if q.speaker and q.mention and q.mention.text != q.speaker)
    tip = panel.model.index(rows.index(linked), 0).data(0x03)  # ToolTipRole
    assert f"{linked.speaker}, named “{linked.mention.text}” here" in tip
    assert linked.text in tip
    source = window.session.project.get_source(linked.source_id)
    assert tip.endswith(f"\nin: {source.label}")  # every source's quotes listed: which one it is from
    bare = dataclasses.replace(linked, speaker=None, speaker_id=None)
    assert speaker_line(bare) == f"“{linked.mention.text}” (no actor yet: Speaker… or Alt+K picks one)"


def test_the_readers_genre_is_a_link_to_correct_it(window, monkeypatch, errors):
    """The genre the analysis guessed shows under the source's title; it could be corrected only
    from the library's context menu. A click on it (or the reader's context menu) opens the
    source's details: one undo step, and the reader and the library follow."""
    reader, library = window.reader, window.library
    source = window.session.project.get_source(library.current_source_id())
    assert '<a href="genre">' in reader.details.text()
    new = "news" if source.metadata.genre == "opinion" else "opinion"
    asked = _answer(monkeypatch, genre=new)
    reader.details.linkActivated.emit("genre")
    assert asked == ["Edit source details"] and not errors
    assert window.session.project.get_source(source.id).metadata.genre == new
    assert f">{new}</a>" in reader.details.text()
    window.menu_actions.undo.trigger()
    assert f">{source.metadata.genre}</a>" in reader.details.text()
    menu = reader.build_menu(reader.text.rect().center())
    assert "Source &Details and Genre…" in [a.text() for a in menu.actions()]
    menu.deleteLater()


def test_a_quote_without_an_actor_is_offered_the_one_its_words_name(window, monkeypatch, errors):
    """A quote whose speaker is only words ("(KCNA)" in the list) opened the speaker form on "(no
    speaker)", though an actor has those words as name or alias: the form now proposes that
    actor, and OK links it (one undo step)."""
    from briefing_app.core import actions

    project = window.session.project
    panel = window.quotes
    panel.all_sources.setChecked(True)
    forms = {f: a.id for a in project.list_actors() for f in (a.name, *a.aliases)}
    quote = next(q for q in project.list_quotes() if q.speaker_id and q.mention and q.mention.text in forms
                 and forms[q.mention.text] == q.speaker_id)
    window.session.run(actions.set_quote_speaker(quote.id, None))
    assert project.get_quote(quote.id).speaker_id is None
    panel.select_quote(quote.id)
    asked = _answer(monkeypatch)  # OK on what the form proposes
    assert panel.edit(speaker_only=True)
    assert asked == ["Change speaker"] and not errors
    assert project.get_quote(quote.id).speaker_id == quote.speaker_id
    window.menu_actions.undo.trigger()
    assert project.get_quote(quote.id).speaker_id is None

"""Actions picked by hand in the reader and edited in the panels: each one exact undo step."""
from __future__ import annotations

import pytest

from briefing_app.core import actions
from briefing_app.core.errors import ProjectError
from briefing_app.core.history import History
from briefing_app.core.model import SourceDoc, Span
from tests.core.test_commands import TEXT, _analysis, _dump


@pytest.fixture
def loaded(project):
    h = History(project)
    h.push(actions.import_source(SourceDoc(TEXT), _analysis()))
    return project, h


def _round_trip(h, project, command):
    before = _dump(project)
    h.push(command)
    after = _dump(project)
    assert after != before
    h.undo()
    assert _dump(project) == before
    h.redo()
    assert _dump(project) == after


def test_add_actor_keeps_the_selection_as_mention(loaded):
    project, h = loaded
    start = TEXT.index("Moscow")
    cmd = actions.add_actor(1, "  Kremlin  ", start, start + 6, "government")
    _round_trip(h, project, cmd)
    actor = project.get_actor(cmd.result)
    assert (actor.name, actor.kind, actor.status, actor.mention_count) == ("Kremlin", "government", "accepted", 1)
    assert project.actor_mentions(actor.id) == [(1, Span(start, start + 6))]
    with pytest.raises(ProjectError):
        actions.add_actor(1, "  ", 0, 1)
    with pytest.raises(ValueError):
        actions.add_actor(1, "X", 0, 1, "alien")


def test_add_option_with_stance_and_evidence_clip(loaded):
    project, h = loaded
    start = TEXT.index("One option")
    cmd = actions.add_option(1, TEXT, "Sanction banks", start, len(TEXT), "oppose")
    _round_trip(h, project, cmd)
    option = project.get_option(cmd.result)
    assert option.summary == "Sanction banks" and option.status == "accepted"
    assert option.stances[0].stance == "oppose" and option.stances[0].clip.text == TEXT[start:]
    with pytest.raises(ValueError):
        actions.add_option(1, TEXT, "x", 0, 1, "maybe")


def test_change_speaker_to_existing_and_to_a_new_actor(loaded):
    project, h = loaded
    quote = project.list_quotes()[0]
    russia = project.find_actor("Russia")
    _round_trip(h, project, actions.set_quote_speaker(quote.id, russia))
    assert project.get_quote(quote.id).speaker == "Russia"
    count = len(project.list_actors())
    cmd = actions.set_quote_speaker_new(project, quote.id, "Sergei Lavrov")
    _round_trip(h, project, cmd)
    q = project.get_quote(quote.id)
    assert q.speaker == "Sergei Lavrov" and len(project.list_actors()) == count + 1
    assert project.get_actor(q.speaker_id).mention_count == 1  # the quote's speaker mention
    h.undo()
    assert project.get_quote(quote.id).speaker == "Russia" and len(project.list_actors()) == count


def test_edit_actor_fields_and_aliases_in_one_step(loaded):
    project, h = loaded
    rid = project.find_actor("Andrey Rudenko")
    _round_trip(h, project, actions.edit_actor(project, rid, aliases=["Rudenko", "A. Rudenko", "Rudenko"],
                                               title="Deputy Foreign Minister", kind="person"))
    actor = project.get_actor(rid)
    assert actor.aliases == ["Rudenko", "A. Rudenko"] and actor.title == "Deputy Foreign Minister"
    with pytest.raises(ProjectError):
        actions.edit_actor(project, rid, name=" ")
    assert actions.edit_actor(project, rid, aliases=["Rudenko", "A. Rudenko"]).children == []


def test_edit_option_fields_and_stances(loaded):
    project, h = loaded
    option = project.list_options()[0]
    stance = option.stances[0]
    _round_trip(h, project, actions.edit_option(project, option.id, {stance.id: "conditional"},
                                                pros="Cheap", risks="Escalation"))
    edited = project.get_option(option.id)
    assert (edited.pros, edited.risks, edited.stances[0].stance) == ("Cheap", "Escalation", "conditional")
    with pytest.raises(ValueError):
        actions.edit_option(project, option.id, colour="red")


def test_source_mentions_and_actor_names_in_one_query_each(loaded):
    project, h = loaded
    mentions = project.source_mentions(1)
    assert [(s.start, a.name) for s, a in mentions] == sorted(
        (span.start, a.name) for a in project.list_actors() for sid, span in project.actor_mentions(a.id) if sid == 1)
    assert project.actor_names() == [(a.id, a.name) for a in project.list_actors()]
    h.push(actions.set_actor_fields(project.find_actor("Russia"), status="rejected"))
    assert all(a.name != "Russia" for _, a in project.source_mentions(1))
    assert all(name != "Russia" for _, name in project.actor_names())

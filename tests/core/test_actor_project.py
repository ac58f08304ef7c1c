"""Actors across a project: one actor for the same person in several sources, and the undoable
split of one source's share of an actor into an actor of its own."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from briefing_app.core import actions
from briefing_app.core.errors import ProjectError
from briefing_app.core.history import History
from briefing_app.core.model import SourceDoc

FIRST = ('Deputy Foreign Minister Andrey Rudenko said Russia would respond. "We will respond in every way '
         'that we find necessary," Mr. Rudenko told Tass on Sunday.\n')
SECOND = ('Mr. Rudenko, a deputy foreign minister, spoke again on Monday. "Seoul must realize what it is doing '
          'to relations between our countries," Andrey Rudenko said in Moscow.\n')
THIRD = ('"The talks went well and we expect more of them soon," said Russian Deputy Foreign Minister Rudenko, '
         'who is known to reporters as Mr. Rudenko.\n')


def _import(h: History, text: str) -> None:
    h.push(actions.import_source(SourceDoc(text), analyse(text)))


def test_same_actor_in_two_sources_is_one_actor(project):
    h = History(project)
    _import(h, FIRST)
    _import(h, SECOND)
    rid = project.find_actor("Andrey Rudenko")
    assert [a.name for a in project.list_actors()].count("Andrey Rudenko") == 1
    assert {s for s, _ in project.actor_mentions(rid)} == {1, 2}
    assert project.get_actor(rid).title == "Deputy Foreign Minister"
    assert all(q.speaker == "Andrey Rudenko" for q in project.list_quotes() if q.kind == "direct")


def test_split_gives_one_source_its_own_actor_and_undo_joins_them(project):
    h = History(project)
    _import(h, FIRST)
    _import(h, SECOND)
    rid = project.find_actor("Andrey Rudenko")
    before = ([(a.name, a.mention_count) for a in project.list_actors()], [q.speaker_id for q in project.list_quotes()])
    h.push(actions.split_actor(project, rid, 2, "Andrey Rudenko (2)"))
    new = project.find_actor("Andrey Rudenko (2)")
    assert new is not None and new != rid
    assert {s for s, _ in project.actor_mentions(new)} == {2}
    assert {s for s, _ in project.actor_mentions(rid)} == {1}
    assert [q.speaker for q in project.list_quotes(2) if q.kind == "direct"] == ["Andrey Rudenko (2)"]
    assert project.get_actor(new).title == project.get_actor(rid).title
    h.undo()
    assert ([(a.name, a.mention_count) for a in project.list_actors()], [q.speaker_id for q in project.list_quotes()]) == before
    h.redo()
    assert project.find_actor("Andrey Rudenko (2)") == new
    assert {s for s, _ in project.actor_mentions(new)} == {2}
    h.push(actions.merge_actors(project, rid, new))  # and merge puts them back together
    assert {s for s, _ in project.actor_mentions(rid)} == {1, 2}


def test_split_refuses_what_it_cannot_do(project):
    h = History(project)
    _import(h, FIRST)
    rid = project.find_actor("Andrey Rudenko")
    with pytest.raises(ProjectError):
        actions.split_actor(project, rid, 1)  # named in no other source: that is a rename
    with pytest.raises(ProjectError):
        actions.split_actor(project, rid, 99, "Someone else")

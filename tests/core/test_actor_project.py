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


def _actors_import(h: History, *actors) -> int:
    from briefing_app.core.model import Analysis

    h.push(cmd := actions.import_source(SourceDoc("Some text about them."), Analysis(actors=list(actors))))
    return cmd.result


def test_import_matches_actors_by_name_alias_and_kind_in_one_query(project, monkeypatch):
    from briefing_app.core.model import Actor

    h = History(project)
    _actors_import(h, Actor("Acme Corporation", "organization", aliases=["Acme"]),
                   Actor("John Smith", aliases=["Smith"]), Actor("Jones", "organization"))
    acme, smith, jones_org = (project.find_actor(n) for n in ("Acme Corporation", "John Smith", "Jones"))
    selects: list[str] = []
    query = project.query
    monkeypatch.setattr(project, "query", lambda sql, *a, **k: (selects.append(sql) if "actor" in sql else None,
                                                                 query(sql, *a, **k))[1])
    _actors_import(h,
                   Actor("Acme", "organization"),  # its name is an alias of an actor of its kind
                   Actor("Mary Smith", aliases=["Smith"]),  # a bare family name is no match
                   Actor("Jones"),  # the same name joins whatever the kind
                   Actor("ACME Ltd", "organization", aliases=["Acme Corporation"]),  # by its alias' name
                   Actor("Smith Holdings", "organization", aliases=["John Smith"]),  # named like a person: new
                   Actor("Anna Lee Park"), Actor("Dr Park", aliases=["Anna Lee Park"]),  # added just before
                   Actor("Big Co", "organization", aliases=["Bigco"]),
                   Actor("Bigco", "organization"))  # the alias added in this source
    assert len(selects) == 1, selects  # one query for all of the source's actors
    names = sorted(a.name for a in project.list_actors())
    assert names == ["Acme Corporation", "Anna Lee Park", "Big Co", "John Smith", "Jones", "Mary Smith",
                     "Smith Holdings"]
    assert project.find_actor("Jones") == jones_org
    assert project.get_actor(acme).aliases == ["Acme", "Acme Corporation"]  # a joiner's aliases come along, once
    assert project.get_actor(smith).aliases == ["Smith"]
    assert project.get_actor(project.find_actor("Smith Holdings")).aliases == ["John Smith"]
    assert project.get_actor(project.find_actor("Anna Lee Park")).aliases == ["Anna Lee Park"]

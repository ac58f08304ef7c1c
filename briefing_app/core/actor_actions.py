"""Actors across a project: the same person or organisation named in several sources is one
actor (matched at import by name, or by an alias of the same kind), and the undoable split of
one source's mentions and quotes of an actor into an actor of its own — the inverse of
merge_actors when two namesakes were taken for one."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from briefing_app.core.changes import Changes
from briefing_app.core.commands import Command, InsertCommand, Macro, ReassignCommand, UpdateCommand
from briefing_app.core.errors import InvalidEdit, NotFound
from briefing_app.core.model import Actor
from briefing_app.core.store import Row, Store


def _distinctive(actor: Actor, form: str) -> bool:
    """A bare family name ("Clinton") may be two people; a full name or an organisation's alias is one."""
    return actor.kind != "person" or len(form.split()) >= 2


class ActorMatcher:
    """The project's actors that a new source's actors may join, read in one query for all of
    them (store.actor_forms), and kept up to date as the import adds actors and aliases, so an
    actor added for this source is found by the ones after it, as the store would find it."""

    def __init__(self, store: Store, actors: Sequence[Actor]) -> None:
        self._named: dict[str, int] = {}  # name -> lowest id of an actor so named (any kind)
        self._aliased: dict[tuple[str, str], int] = {}  # (alias, kind) -> lowest id of such an actor
        self._kind: dict[int, str] = {}
        self._aliases: dict[int, set[str]] = {}  # of an actor, those among the forms asked about
        rows = store.actor_forms([form for a in actors for form in (a.name, *a.aliases)])
        for actor_id, form, kind, by_alias in sorted(rows):
            self._kind[actor_id] = kind
            if by_alias:
                self.added_alias(actor_id, form)
            else:
                self._named.setdefault(form, actor_id)

    def existing(self, actor: Actor) -> int | None:
        """The project's actor for an actor found in a new source: same name, else one of the same
        kind that has its name as an alias, else one named by one of its distinctive aliases."""
        found = self._named.get(actor.name)
        if found is not None:
            return found
        for form in [actor.name, *actor.aliases]:
            found = self._aliased.get((form, actor.kind)) if _distinctive(actor, form) else None
            if found is not None:
                return found
        for alias in actor.aliases:
            found = self._named.get(alias) if _distinctive(actor, alias) else None
            if found is not None and self._kind[found] == actor.kind:
                return found
        return None

    def aliases(self, actor_id: int) -> set[str]:
        """The actor's aliases among the forms asked about and those added since."""
        return self._aliases.setdefault(actor_id, set())

    def added_actor(self, actor_id: int, name: str, kind: str) -> None:
        self._kind[actor_id] = kind
        self._named.setdefault(name, actor_id)

    def added_alias(self, actor_id: int, alias: str) -> None:
        self.aliases(actor_id).add(alias)
        key = (alias, self._kind[actor_id])
        self._aliased[key] = min(actor_id, self._aliased.get(key, actor_id))


class _AfterInsert(Macro):
    """Commands that need the id an InsertCommand of the same macro created; made on the first
    apply (redo restores that row with its id, so they stay right)."""

    def __init__(self, insert: InsertCommand, make: Callable[[int], list[Command]]) -> None:
        super().__init__("")
        self._insert, self._make = insert, make
        self._made = False

    def apply(self, store: Store) -> Changes:
        if not self._made:
            self.children, self._made = self._make(int(self._insert.result)), True
        return super().apply(store)


def split_actor(store: Store, actor_id: int, source_id: int, name: str | None = None) -> Macro:
    """Give an actor's mentions and quotes in one source to a new actor (same kind, title and
    affiliation; `name` or the same name), e.g. when two namesakes were merged. Undo joins them."""
    row = store.get_row("actors", actor_id)
    if row is None:
        raise NotFound("actor no longer exists")
    mentions = [s for s, _ in store.actor_mentions(actor_id) if s == source_id]
    quotes = [q.id for q in store.list_quotes(source_id, statuses=("suggested", "accepted", "rejected"))
              if q.speaker_id == actor_id]
    if not mentions and not quotes:
        raise InvalidEdit("the actor is not named in that source")
    if len({s for s, _ in store.actor_mentions(actor_id)}) < 2 and not name:
        raise InvalidEdit("the actor is named in no other source: rename it instead")
    fields: Row = {"name": name or row["name"], "kind": row["kind"], "title": row["title"],
                   "affiliation": row["affiliation"]}
    create = InsertCommand("", lambda s, insert: insert("actors", fields))

    def moves(new_id: int) -> list[Command]:
        return [ReassignCommand("", "mentions", "actor_id", actor_id, new_id, {"source_id": source_id}),
                *(UpdateCommand("", "quotes", q, {"speaker_id": new_id}) for q in quotes)]

    return Macro("Split actor", [create, _AfterInsert(create, moves)])


__all__ = ["ActorMatcher", "split_actor"]

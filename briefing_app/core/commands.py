"""Every change to a project is a command with apply() and revert(), each returning Changes.

The generic commands here (insert rows, update fields, delete with dependents, reassign a
foreign key, a macro of several) are what the domain commands in `actions.py` are made of,
so that undo is exact for all of them: ids survive an undo/redo round trip.
A command never opens a transaction itself: `History` runs each apply/revert in one.

Every row carries a version. An UpdateCommand made from a record the user saw carries its
version, and is refused (StaleEditError) if a colleague changed the row since. Undo and redo
are checked as a whole by `History`: every row the step wrote must still be as it left it.
"""
from __future__ import annotations

from typing import Any
from collections.abc import Callable

from briefing_app.core.changes import Changes
from briefing_app.core.store import Row, Snapshot, Store


class Command:
    text = "change"

    def apply(self, store: Store) -> Changes:
        raise NotImplementedError

    def revert(self, store: Store) -> Changes:
        raise NotImplementedError


class Inserter:
    """The `insert` an InsertCommand's build is given: insert(table, row) -> id, and
    insert.many(table, rows) -> ids for rows written together (one statement where the backend
    can). Every row is noted for undo."""

    def __init__(self, store: Store, created: list[tuple[str, int]]):
        self._store, self._created = store, created

    def __call__(self, table: str, row: Row) -> int:
        return self.many(table, [row])[0]

    def many(self, table: str, rows: list[Row]) -> list[int]:
        ids = self._store.insert_rows(table, rows) if rows else []
        self._created += [(table, row_id) for row_id in ids]
        return ids


class InsertCommand(Command):
    """Creates rows through `build(store, insert)`; undo deletes them, redo restores them."""

    def __init__(self, text: str, build: Callable[[Store, Inserter], Any]):
        self.text = text
        self._build = build
        self._created: list[tuple[str, int]] = []
        self._snapshots: list[Snapshot] | None = None
        self.result: Any = None

    def apply(self, store: Store) -> Changes:
        if self._snapshots is None:
            self._created = []
            self.result = self._build(store, Inserter(store, self._created))
        else:
            for snap in reversed(self._snapshots):
                store.restore(snap)
        return Changes.of_tables({t for t, _ in self._created})

    def revert(self, store: Store) -> Changes:
        self._snapshots = [store.delete_with_dependents(t, [i]) for t, i in reversed(self._created)]
        return Changes.of_tables({t for t, _ in self._created} | _tables(self._snapshots))


class UpdateCommand(Command):
    """Sets fields of one row; undo puts the old values back.

    `version` is the row version the edit is based on (None: whatever is there when it is
    applied); a row changed since is refused."""

    def __init__(self, text: str, table: str, row_id: int, fields: Row, version: int | None = None):
        self.text, self.table, self.row_id, self.fields = text, table, row_id, dict(fields)
        self._old: Row = {}
        self._expect = version

    def apply(self, store: Store) -> Changes:
        self._old, self._expect = store.update_row(self.table, self.row_id, self.fields, self._expect)
        return Changes.of_tables([self.table])

    def revert(self, store: Store) -> Changes:
        store.update_row(self.table, self.row_id, self._old)
        self._expect = None  # the redo is checked by History like the undo
        return Changes.of_tables([self.table])


class DeleteCommand(Command):
    """Deletes rows and what depends on them; undo restores every row with its id."""

    def __init__(self, text: str, table: str, ids: list[int]):
        self.text, self.table, self.ids = text, table, list(ids)
        self._snapshot: Snapshot = []

    def apply(self, store: Store) -> Changes:
        self._snapshot = store.delete_with_dependents(self.table, self.ids)
        return Changes.of_tables(_tables([self._snapshot]) | {self.table})

    def revert(self, store: Store) -> Changes:
        store.restore(self._snapshot)
        return Changes.of_tables(_tables([self._snapshot]) | {self.table})


class ReassignCommand(Command):
    """Points every row of `table` whose `column` equals old (and whose other columns equal
    `match`) to new, e.g. merge two actors. Undo points exactly those rows back."""

    def __init__(self, text: str, table: str, column: str, old: Any, new: Any, match: Row | None = None):
        self.text, self.table, self.column, self.old, self.new = text, table, column, old, new
        self.match = dict(match or {})
        self._ids: list[int] | None = None

    def apply(self, store: Store) -> Changes:
        if self._ids is None:
            self._ids = store.ids_where(self.table, {self.column: self.old, **self.match})
        for row_id in self._ids:
            store.update(self.table, row_id, {self.column: self.new})
        return Changes.of_tables([self.table])

    def revert(self, store: Store) -> Changes:
        for row_id in self._ids or []:
            store.update(self.table, row_id, {self.column: self.old})
        return Changes.of_tables([self.table])


class Macro(Command):
    """Several commands as one undo step. Children may be added while it is applied."""

    def __init__(self, text: str, children: list[Command] | None = None):
        self.text = text
        self.children: list[Command] = list(children or [])

    def apply(self, store: Store) -> Changes:
        changes = Changes()
        for child in self.children:
            changes = changes | child.apply(store)
        return changes

    def revert(self, store: Store) -> Changes:
        changes = Changes()
        for child in reversed(self.children):
            changes = changes | child.revert(store)
        return changes


def saved_state(command: Command) -> Callable[[], None]:
    """What puts `command` (and every command inside it) back as it is now: the History calls it
    when the transaction of an undo or redo rolled back, so a step refused half-way (a later part
    failed) is left exactly as before, not with the earlier parts' bookkeeping (versions they
    expect, snapshots they took) moved on to a state the server never kept."""
    saved: list[tuple[Command, dict[str, Any]]] = []
    todo = [command]
    while todo:
        cmd = todo.pop()
        if any(cmd is done for done, _ in saved):
            continue
        state = {k: list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v
                 for k, v in vars(cmd).items()}
        saved.append((cmd, state))
        todo += [v for v in vars(cmd).values() if isinstance(v, Command)]
        todo += [c for v in vars(cmd).values() if isinstance(v, list) for c in v if isinstance(c, Command)]

    def restore() -> None:
        for cmd, state in saved:
            vars(cmd).clear()
            vars(cmd).update(state)

    return restore


def _tables(snapshots: list[Snapshot]) -> set[str]:
    return {name.split("!", 1)[0] for snap in snapshots for name, _ in snap}


class BuiltMacro(Macro):
    """A Macro whose children are built one by one when it is first applied, each from the
    store as the previous children left it; redo/undo replay exactly those children."""

    def __init__(self, text: str, steps: list[Callable[[Any], Command | None]]):
        super().__init__(text)
        self._steps: list[Callable[[Any], Command | None]] | None = steps

    def apply(self, store: Store) -> Changes:
        if self._steps is None:
            return super().apply(store)
        changes = Changes()
        steps, self._steps = self._steps, None
        for step in steps:
            child = step(store)
            if child is not None:
                self.children.append(child)
                changes = changes | child.apply(store)
        return changes

"""What dropping (or adding) records into a memo does, as one core command.

A drop names a target — a section and the item to insert before (None: the section's end) —
and a list of refs: quotes, actors, options to add, or memo items to move there. The steps
are core actions (add_memo_item, move_memo_item, the status setters); each is built against
the store as the previous one left it, so several refs land in order, and the whole drop is
one undo step and one transaction. A quote, actor or option put into a memo is accepted too:
using it is a decision about it. Qt-free: tested without a display.
"""
from __future__ import annotations

from collections.abc import Callable

from briefing_app.core import actions
from briefing_app.core.commands import BuiltMacro, Command, Macro
from briefing_app.core.errors import NotFound
from briefing_app.core.project import Project

Ref = tuple[str, int]
Step = Callable[[Project], Command | None]  # see commands.BuiltMacro

_STATUS: dict[str, tuple[str, Callable[[int, str], Command]]] = {
           "quote": ("get_quote", lambda i, s: actions.set_quote_status(i, s)),
           "actor": ("get_actor", lambda i, s: actions.set_actor_fields(i, status=s)),
           "option": ("get_option", lambda i, s: actions.set_option_fields(i, status=s))}


def _position(project: Project, item_id: int) -> tuple[int, int]:
    row = project.get_row("memo_items", item_id)
    if row is None:
        raise NotFound("memo item no longer exists")
    return row["section_id"], row["position"]


def _add(kind: str, ref_id: int, section_id: int, before: int | None) -> Step:
    def step(project: Project) -> Command:
        position = _position(project, before)[1] if before is not None else None
        return actions.add_memo_item(project, section_id, kind, ref_id, position=position)
    return step


def _accept(kind: str, ref_id: int) -> Step:
    getter, setter = _STATUS[kind]

    def step(project: Project) -> Command | None:
        return None if getattr(project, getter)(ref_id).status == "accepted" else setter(ref_id, "accepted")
    return step


def _move(item_id: int, section_id: int, before: int | None) -> Step:
    def step(project: Project) -> Command | None:
        if item_id == before:
            return None
        old_section, old_pos = _position(project, item_id)
        if before is None:
            return actions.move_memo_item(project, item_id, section_id, 1 << 30)  # clamped to the end
        position = _position(project, before)[1]
        if old_section == section_id and old_pos < position:
            position -= 1  # move_memo_item counts positions without the moved item
        if old_section == section_id and old_pos == position:
            return None
        return actions.move_memo_item(project, item_id, section_id, position)
    return step


def _seen(seen: dict[int, int] | None) -> list[Step]:
    """With `seen` (section id -> the version the user saw): first check the memo is still as
    shown, so a colleague's reorder in between refuses the step instead of being overwritten."""
    return [lambda project: Macro("", actions.touch_sections(project, seen))] if seen else []


def drop_command(refs: list[Ref], section_id: int, before: int | None,
                 seen: dict[int, int] | None = None) -> BuiltMacro:
    """Put refs into a section before item `before` (None: at the end), in order."""
    if seen and all(kind != "item" for kind, _ in refs):  # only adds: only the target section counts
        seen = {section_id: seen[section_id]} if section_id in seen else None
    steps: list[Step] = _seen(seen)
    for kind, ref_id in refs:
        if kind == "item":
            steps.append(_move(ref_id, section_id, before))
        elif kind in _STATUS:
            steps += [_accept(kind, ref_id), _add(kind, ref_id, section_id, before)]
        else:
            raise ValueError(f"cannot put a {kind} into a memo")
    kinds = {k for k, _ in refs}
    noun = "items" if len(refs) > 1 else next(iter(kinds), "item")
    return BuiltMacro(("Move " if kinds == {"item"} else "Add ") + noun + (" in memo" if kinds == {"item"} else " to memo"),
                      steps)


def remove_command(item_ids: list[int], seen: dict[int, int] | None = None) -> BuiltMacro:
    """Remove several memo items as one step (each removal closes the gap it leaves)."""
    def step(item_id: int) -> Step:
        return lambda project: actions.remove_memo_item(project, item_id)
    text = "Remove from memo" if len(item_ids) == 1 else f"Remove {len(item_ids)} items from memo"
    return BuiltMacro(text, _seen(seen) + [step(i) for i in item_ids])

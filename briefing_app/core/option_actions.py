"""Commands on options across sources: merge two options into one (all stances and memo uses
follow), split stances off into an option of their own. Each is one undo step."""
from __future__ import annotations

from briefing_app.core.commands import BuiltMacro, Command, DeleteCommand, InsertCommand, Macro, ReassignCommand, UpdateCommand
from briefing_app.core.errors import InvalidEdit, NotFound
from briefing_app.core.store import Store


def merge_options(store: Store, keep_id: int, drop_id: int) -> Macro:
    """Fold option drop into keep: its stances (authors' and actors' positions) and the memo
    items that show it; keep's summary stays."""
    if keep_id == drop_id:
        raise InvalidEdit("cannot merge an option with itself")
    if store.get_row("options", keep_id) is None or store.get_row("options", drop_id) is None:
        raise NotFound("option no longer exists")
    return Macro("Merge options", [
        ReassignCommand("", "option_stances", "option_id", drop_id, keep_id),
        ReassignCommand("", "memo_items", "ref_id", drop_id, keep_id, {"kind": "option"}),
        DeleteCommand("", "options", [drop_id]),
    ])


def split_option(store: Store, option_id: int, stance_ids: list[int], summary: str | None = None) -> BuiltMacro:
    """Move the given stances of an option to a new option (same summary unless given)."""
    option = store.get_row("options", option_id)
    if option is None:
        raise NotFound("option no longer exists")
    owned = set(store.ids_where("option_stances", {"option_id": option_id}))
    moving = sorted(set(stance_ids))
    if not moving or not set(moving) <= owned:
        raise InvalidEdit("choose stances of this option to split off")
    if set(moving) == owned:
        raise InvalidEdit("an option keeps at least one stance when split")
    text = (summary if summary is not None else str(option["summary"])).strip()
    if not text:
        raise InvalidEdit("an option needs a summary")
    create = InsertCommand("", lambda s, insert: insert("options", {"summary": text, "status": option["status"]}))

    def move(_: Store) -> Command:
        return Macro("", [UpdateCommand("", "option_stances", i, {"option_id": create.result}) for i in moving])

    return BuiltMacro("Split option", [lambda _: create, move])

"""The memo's commands: create it, edit its header, set its review status, add, move and
remove items. Re-exported by actions.py, the one module callers import commands from."""
from __future__ import annotations

from collections.abc import Callable

from briefing_app.core.commands import Command, DeleteCommand, InsertCommand, Macro, UpdateCommand
from briefing_app.core.errors import InvalidEdit, NotFound
from briefing_app.core.schema import MEMO_STATUSES
from briefing_app.core.store import Row, Store
from briefing_app.core.store.rows import now_text

Insert = Callable[[str, Row], int]
Seen = dict[int, int] | None  # section id -> the version the user saw (MemoSectionRecord.version)
MEMO_FIELDS = ("title", "to", "from_", "through", "date", "subject", "marking", "citation_style")  # as in MemoRecord


def create_memo(template: str, sections: list[tuple[str, str]], **fields: str) -> InsertCommand:
    columns = _memo_columns(fields)

    def build(store: Store, insert: Insert) -> int:
        memo_id = insert("memos", {"template": template, **columns})
        for pos, (key, heading) in enumerate(sections):
            insert("memo_sections", {"memo_id": memo_id, "position": pos, "key": key, "heading": heading})
        return memo_id

    return InsertCommand("New memo", build)


_FIELD_NAMES = {"title": "title", "marking": "handling marking", "citation_style": "citation style"}  # others: header


def set_memo_fields(memo_id: int, **fields: str) -> UpdateCommand:
    return UpdateCommand(memo_fields_label(fields), "memos", memo_id, _memo_columns(fields))


def memo_fields_label(fields: dict[str, str]) -> str:
    """The undo text for changing these memo fields: "Change memo title", "Change memo handling
    marking", "Change memo citation style"; "Edit memo header" for TO, FROM, DATE and the like."""
    parts = list(dict.fromkeys(_FIELD_NAMES.get(k, "header") for k in fields))
    if parts in ([], ["header"]):
        return "Edit memo header"
    return "Change memo " + " and ".join(parts)


def set_memo_status(store: Store, memo_id: int, status: str, version: int | None = None) -> UpdateCommand:
    """Draft, in review or approved; approving records who approved it (the store's user) and when."""
    if status not in MEMO_STATUSES:
        raise InvalidEdit(f"unknown memo status {status!r} (one of {', '.join(MEMO_STATUSES)})")
    approved = status == "approved"
    fields: Row = {"status": status, "approved_by": store.user if approved else None,
                   "approved_at": now_text() if approved else None}
    return UpdateCommand({"approved": "Approve memo", "in review": "Send memo for review"}.get(status, "Mark memo as draft"),
                         "memos", memo_id, fields, version)


def _memo_columns(fields: dict[str, str]) -> dict[str, str]:
    unknown = set(fields) - set(MEMO_FIELDS)
    if unknown:
        raise ValueError(f"unknown memo fields {sorted(unknown)}")
    return {("to_" if k == "to" else k): v for k, v in fields.items()}


def add_memo_item(store: Store, section_id: int, kind: str, ref_id: int | None = None,
                  body: str = "", position: int | None = None, seen: Seen = None) -> Macro:
    """Insert an item at position (default: the end) of a section."""
    if kind not in ("text", "quote", "actor", "option"):
        raise ValueError(kind)
    touch = _touch(store, [section_id], seen)
    count = len(store.memo_item_positions(section_id))
    position = count if position is None else max(0, min(position, count))
    return Macro(f"Add {kind} to memo", touch + _shift(store, section_id, position, +1) + [
        InsertCommand("", lambda s, insert: insert("memo_items", {
            "section_id": section_id, "position": position, "kind": kind, "ref_id": ref_id, "body": body})),
    ])


def remove_memo_item(store: Store, item_id: int, seen: Seen = None) -> Macro:
    row = store.get_row("memo_items", item_id)
    if row is None:
        raise NotFound("memo item no longer exists")
    touch = _touch(store, [row["section_id"]], seen)
    row = store.get_row("memo_items", item_id)  # as it is at (or after) the section version read
    if row is None:
        raise NotFound("memo item no longer exists")
    return Macro("Remove from memo", touch + [DeleteCommand("", "memo_items", [item_id])]
                 + _shift(store, row["section_id"], row["position"] + 1, -1))


def move_memo_item(store: Store, item_id: int, section_id: int, position: int, seen: Seen = None) -> Macro:
    row = store.get_row("memo_items", item_id)
    if row is None:
        raise NotFound("memo item no longer exists")
    steps = _touch(store, list(dict.fromkeys([row["section_id"], section_id])), seen)
    row = store.get_row("memo_items", item_id)
    if row is None:
        raise NotFound("memo item no longer exists")
    steps += _shift(store, row["section_id"], row["position"] + 1, -1, exclude=item_id)
    count = len(store.memo_item_positions(section_id, exclude=item_id))
    position = max(0, min(position, count))
    after = _positions_after_removal(store, row, section_id)
    steps += [UpdateCommand("", "memo_items", i, {"position": p + 1}) for i, p in after if p >= position]
    steps.append(UpdateCommand("", "memo_items", item_id, {"section_id": section_id, "position": position}))
    return Macro("Move memo item", steps)


def touch_sections(store: Store, seen: dict[int, int]) -> list[Command]:
    """Check that sections are still at the versions the user saw (and move them on): the first
    part of a step built from what the user saw, refused as stale if a colleague got there first."""
    return _touch(store, list(seen), seen)


def _touch(store: Store, section_ids: list[int], seen: Seen) -> list[Command]:
    """A section's items' positions are the section's: every add, move or removal moves its
    version on, expecting the one the user saw (else the one read now, before the positions the
    step is built from), so two editors reordering one section cannot both win; the second is
    refused with StaleEditError and nothing of it is written."""
    return [UpdateCommand("", "memo_sections", i, {}, (seen or {}).get(i) or store.section_version(i))
            for i in section_ids]


def set_item_body(item_id: int, body: str) -> UpdateCommand:
    return UpdateCommand("Edit text", "memo_items", item_id, {"body": body})


def set_item_options(item_id: int, *, paraphrase: bool | None = None, cite: bool | None = None) -> UpdateCommand:
    """Mark a quote item as paraphrase (or not) and switch its citation on or off."""
    columns = {k: int(v) for k, v in (("paraphrase", paraphrase), ("cite", cite)) if v is not None}
    if not columns:
        raise ValueError("nothing to change")
    label = "Mark as paraphrase" if paraphrase else "Mark as quotation" if paraphrase is not None else "Change citation"
    return UpdateCommand(label, "memo_items", item_id, columns)


def _shift(store: Store, section_id: int, from_pos: int, delta: int, exclude: int | None = None) -> list[Command]:
    return [UpdateCommand("", "memo_items", item_id, {"position": position + delta})
            for item_id, position in store.memo_item_positions(section_id, from_pos, exclude)]


def _positions_after_removal(store: Store, row: Row, section_id: int) -> list[tuple[int, int]]:
    out = []
    for item_id, p in store.memo_item_positions(section_id, exclude=row["id"]):
        if section_id == row["section_id"] and p > row["position"]:
            p -= 1
        out.append((item_id, p))
    return out

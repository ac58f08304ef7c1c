"""The domain commands: one function per user action, each returning a Command.

These are the only way the CLI and the GUI change a project.
"""
from __future__ import annotations

from collections.abc import Callable

from briefing_app.core.anchoring import clip_fields, normalized_hash
from briefing_app.core.commands import (
    Command,
    DeleteCommand,
    InsertCommand,
    Macro,
    ReassignCommand,
    UpdateCommand,
)
from briefing_app.core.errors import ProjectError
from briefing_app.core.model import ACTOR_KINDS, STANCES, STATUSES, Analysis, Metadata, SourceDoc, Span
from briefing_app.core.option_import import insert_options
from briefing_app.core.sqlite_store import Row, SqliteStore

Insert = Callable[[str, Row], int]
METADATA_FIELDS = ("title", "author", "outlet", "published", "url", "genre")
MEMO_FIELDS = ("title", "to", "from_", "through", "date", "subject", "marking", "citation_style")  # as in MemoRecord
QUOTE_FIELDS = ("kind", "speaker_id", "cue", "venue", "status", "mention_start", "mention_end", "mention_text")


# -- sources ---------------------------------------------------------------------------

def import_source(doc: SourceDoc, analysis: Analysis | None = None) -> InsertCommand:
    """Store a source with its boilerplate ranges and the analysers' suggestions, as one step."""
    label = doc.metadata.title or (doc.path or "pasted text").rsplit("/", 1)[-1]

    def build(store: SqliteStore, insert: Insert) -> int:
        meta = doc.metadata.merged(analysis.metadata) if analysis else doc.metadata
        source_id = insert("sources", {
            "text": doc.text, **meta.to_json(), "path": doc.path, "file_hash": doc.file_hash,
            "media_type": doc.media_type, "text_hash": normalized_hash(doc.text),
        })
        found = analysis.boilerplate if analysis else []
        for span in merge_spans(doc.boilerplate + found, len(doc.text)):
            insert("boilerplate", {"source_id": source_id, "start": span.start, "end": span.end})
        if analysis:
            _insert_analysis(store, insert, source_id, doc.text, analysis)
        return source_id

    return InsertCommand(f"Import {label}", build)


def _insert_analysis(store: SqliteStore, insert: Insert, source_id: int, text: str, analysis: Analysis) -> None:
    actor_ids: dict[str, int] = {}
    for actor in analysis.actors:
        existing = store.query("SELECT id FROM actors WHERE name = ? ORDER BY id LIMIT 1", (actor.name,))
        if existing:
            actor_id = existing[0]["id"]
        else:
            actor_id = insert("actors", {"name": actor.name, "kind": actor.kind, "title": actor.title,
                                         "affiliation": actor.affiliation})
        known = {r["alias"] for r in store.query("SELECT alias FROM actor_aliases WHERE actor_id = ?", (actor_id,))}
        for alias in actor.aliases:
            if alias not in known and alias != actor.name:
                insert("actor_aliases", {"actor_id": actor_id, "alias": alias})
                known.add(alias)
        for m in actor.mentions:
            insert("mentions", {"actor_id": actor_id, "source_id": source_id, "start": m.start, "end": m.end})
        actor_ids[actor.name] = actor_id
    for q in analysis.quotes:
        if text[q.start : q.end] != q.text:
            continue  # an analyser bug must never store a clip that lies about its source
        clip_id = insert("clips", {"source_id": source_id, **clip_fields(text, q.start, q.end)})
        insert("quotes", {
            "clip_id": clip_id, "kind": q.kind, "speaker_id": actor_ids.get(q.speaker or ""),
            "mention_start": q.mention.start if q.mention else None,
            "mention_end": q.mention.end if q.mention else None,
            "mention_text": q.mention.text if q.mention else None,
            "cue": q.cue, "venue": q.venue,
        })
    insert_options(store, insert, source_id, text, analysis.options)


def merge_spans(spans: list[Span], length: int) -> list[Span]:
    """Ranges sorted, clipped to the text and with overlapping ones joined."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, s.end)):
        start, end = max(0, s.start), min(length, s.end)
        if start >= end:
            continue
        if out and start < out[-1].end:
            if end > out[-1].end:
                out[-1] = Span(out[-1].start, end)
        else:
            out.append(Span(start, end))
    return out


def set_metadata(source_id: int, meta: Metadata) -> UpdateCommand:
    return UpdateCommand("Edit source details", "sources", source_id, {k: getattr(meta, k) for k in METADATA_FIELDS})


def delete_source(source_id: int) -> DeleteCommand:
    return DeleteCommand("Delete source", "sources", [source_id])


def add_boilerplate(source_id: int, span: Span) -> InsertCommand:
    return InsertCommand("Hide text", lambda s, insert: insert(
        "boilerplate", {"source_id": source_id, "start": span.start, "end": span.end}))


def restore_boilerplate(store: SqliteStore, source_id: int, span: Span) -> Command:
    """Show again every hidden range that overlaps span."""
    rows = store.query('SELECT id FROM boilerplate WHERE source_id = ? AND start < ? AND "end" > ?',
                       (source_id, span.end, span.start))
    return DeleteCommand("Show hidden text", "boilerplate", [r["id"] for r in rows])


# -- quotes and clips ----------------------------------------------------------------

def add_quote(source_id: int, text: str, start: int, end: int, kind: str = "direct",
              speaker_id: int | None = None) -> InsertCommand:
    """A quote picked by hand: accepted from the start."""

    def build(store: SqliteStore, insert: Insert) -> int:
        clip_id = insert("clips", {"source_id": source_id, **clip_fields(text, start, end)})
        return insert("quotes", {"clip_id": clip_id, "kind": kind, "speaker_id": speaker_id, "status": "accepted"})

    return InsertCommand("Add quote", build)


def set_quote_status(quote_id: int, status: str) -> UpdateCommand:
    if status not in STATUSES:
        raise ValueError(status)
    verb = {"accepted": "Accept", "rejected": "Reject", "suggested": "Reset"}[status]
    return UpdateCommand(f"{verb} quote", "quotes", quote_id, {"status": status})


def edit_quote(quote_id: int, **fields: object) -> UpdateCommand:
    unknown = set(fields) - set(QUOTE_FIELDS)
    if unknown:
        raise ValueError(f"unknown quote fields {sorted(unknown)}")
    return UpdateCommand("Edit quote", "quotes", quote_id, fields)


def delete_quote(quote_id: int, clip_id: int) -> DeleteCommand:
    return DeleteCommand("Delete quote", "clips", [clip_id])


# -- actors and options ------------------------------------------------------------

def merge_actors(store: SqliteStore, keep_id: int, drop_id: int) -> Macro:
    """Fold actor drop into keep: its quotes, mentions and aliases, its name as an alias."""
    if keep_id == drop_id:
        raise ProjectError("cannot merge an actor with itself")
    drop = store.get_row("actors", drop_id)
    if drop is None or store.get_row("actors", keep_id) is None:
        raise ProjectError("actor no longer exists")
    return Macro("Merge actors", [
        ReassignCommand("", "quotes", "speaker_id", drop_id, keep_id),
        ReassignCommand("", "mentions", "actor_id", drop_id, keep_id),
        ReassignCommand("", "actor_aliases", "actor_id", drop_id, keep_id),
        ReassignCommand("", "memo_items", "ref_id", drop_id, keep_id, "kind = ?", ("actor",)),
        InsertCommand("", lambda s, insert: insert("actor_aliases", {"actor_id": keep_id, "alias": drop["name"]})),
        DeleteCommand("", "actors", [drop_id]),
    ])


def set_actor_fields(actor_id: int, **fields: object) -> UpdateCommand:
    return UpdateCommand("Edit actor", "actors", actor_id, fields)


def set_option_fields(option_id: int, **fields: object) -> UpdateCommand:
    return UpdateCommand("Edit option", "options", option_id, fields)


# -- memos -----------------------------------------------------------------------------

def create_memo(template: str, sections: list[tuple[str, str]], **fields: str) -> InsertCommand:
    columns = _memo_columns(fields)

    def build(store: SqliteStore, insert: Insert) -> int:
        memo_id = insert("memos", {"template": template, **columns})
        for pos, (key, heading) in enumerate(sections):
            insert("memo_sections", {"memo_id": memo_id, "position": pos, "key": key, "heading": heading})
        return memo_id

    return InsertCommand("New memo", build)


def set_memo_fields(memo_id: int, **fields: str) -> UpdateCommand:
    return UpdateCommand("Edit memo header", "memos", memo_id, _memo_columns(fields))


def _memo_columns(fields: dict[str, str]) -> dict[str, str]:
    unknown = set(fields) - set(MEMO_FIELDS)
    if unknown:
        raise ValueError(f"unknown memo fields {sorted(unknown)}")
    return {("to_" if k == "to" else k): v for k, v in fields.items()}


def add_memo_item(store: SqliteStore, section_id: int, kind: str, ref_id: int | None = None,
                  body: str = "", position: int | None = None) -> Macro:
    """Insert an item at position (default: the end) of a section."""
    if kind not in ("text", "quote", "actor", "option"):
        raise ValueError(kind)
    count = store.query("SELECT count(*) AS n FROM memo_items WHERE section_id = ?", (section_id,))[0]["n"]
    position = count if position is None else max(0, min(position, count))
    return Macro(f"Add {kind} to memo", _shift(store, section_id, position, +1) + [
        InsertCommand("", lambda s, insert: insert("memo_items", {
            "section_id": section_id, "position": position, "kind": kind, "ref_id": ref_id, "body": body})),
    ])


def remove_memo_item(store: SqliteStore, item_id: int) -> Macro:
    row = store.get_row("memo_items", item_id)
    if row is None:
        raise ProjectError("memo item no longer exists")
    return Macro("Remove from memo", [DeleteCommand("", "memo_items", [item_id])]
                 + _shift(store, row["section_id"], row["position"] + 1, -1))


def move_memo_item(store: SqliteStore, item_id: int, section_id: int, position: int) -> Macro:
    row = store.get_row("memo_items", item_id)
    if row is None:
        raise ProjectError("memo item no longer exists")
    steps: list[Command] = _shift(store, row["section_id"], row["position"] + 1, -1, exclude=item_id)
    count = store.query("SELECT count(*) AS n FROM memo_items WHERE section_id = ? AND id != ?",
                        (section_id, item_id))[0]["n"]
    position = max(0, min(position, count))
    after = _positions_after_removal(store, row, section_id)
    steps += [UpdateCommand("", "memo_items", i, {"position": p + 1}) for i, p in after if p >= position]
    steps.append(UpdateCommand("", "memo_items", item_id, {"section_id": section_id, "position": position}))
    return Macro("Move memo item", steps)


def set_item_body(item_id: int, body: str) -> UpdateCommand:
    return UpdateCommand("Edit text", "memo_items", item_id, {"body": body})


def set_item_options(item_id: int, *, paraphrase: bool | None = None, cite: bool | None = None) -> UpdateCommand:
    """Mark a quote item as paraphrase (or not) and switch its citation on or off."""
    columns = {k: int(v) for k, v in (("paraphrase", paraphrase), ("cite", cite)) if v is not None}
    if not columns:
        raise ValueError("nothing to change")
    label = "Mark as paraphrase" if paraphrase else "Mark as quotation" if paraphrase is not None else "Change citation"
    return UpdateCommand(label, "memo_items", item_id, columns)


def _shift(store: SqliteStore, section_id: int, from_pos: int, delta: int, exclude: int | None = None) -> list[Command]:
    rows = store.query("SELECT id, position FROM memo_items WHERE section_id = ? AND position >= ? ORDER BY position",
                       (section_id, from_pos))
    return [UpdateCommand("", "memo_items", r["id"], {"position": r["position"] + delta})
            for r in rows if r["id"] != exclude]


def _positions_after_removal(store: SqliteStore, row: Row, section_id: int) -> list[tuple[int, int]]:
    rows = store.query("SELECT id, position FROM memo_items WHERE section_id = ? AND id != ? ORDER BY position",
                       (section_id, row["id"]))
    out = []
    for r in rows:
        p = r["position"]
        if section_id == row["section_id"] and p > row["position"]:
            p -= 1
        out.append((r["id"], p))
    return out


# -- picked by hand in the reader, edited in the panels ------------------------------------

def add_actor(source_id: int, name: str, start: int, end: int, kind: str = "person") -> InsertCommand:
    """An actor named by a selection in the reader (accepted), the selection kept as its mention."""
    name = _actor_name(name, kind)

    def build(store: SqliteStore, insert: Insert) -> int:
        actor_id = insert("actors", {"name": name, "kind": kind, "status": "accepted"})
        insert("mentions", {"actor_id": actor_id, "source_id": source_id, "start": start, "end": end})
        return actor_id

    return InsertCommand("Add actor", build)


def _actor_name(name: str, kind: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ProjectError("an actor needs a name")
    if kind not in ACTOR_KINDS:
        raise ValueError(kind)
    return name


def add_mention(actor_id: int, source_id: int, start: int, end: int) -> InsertCommand:
    """One more place in a source where a known actor is named."""
    return InsertCommand("Add mention", lambda s, insert: insert(
        "mentions", {"actor_id": actor_id, "source_id": source_id, "start": start, "end": end}))


def add_option(source_id: int, text: str, summary: str, start: int, end: int, stance: str = "neutral",
               holder: str | None = None) -> InsertCommand:
    """A policy option picked in the reader: its stance in this source, the selection as evidence."""
    summary = " ".join(summary.split())
    if not summary:
        raise ProjectError("an option needs a summary")
    if stance not in STANCES:
        raise ValueError(stance)

    def build(store: SqliteStore, insert: Insert) -> int:
        option_id = insert("options", {"summary": summary, "status": "accepted"})
        clip_id = insert("clips", {"source_id": source_id, **clip_fields(text, start, end)}) if start < end else None
        insert("option_stances", {"option_id": option_id, "source_id": source_id, "stance": stance,
                                  "holder": holder or None, "clip_id": clip_id})
        return option_id

    return InsertCommand("Add option", build)


def set_quote_speaker(quote_id: int, actor_id: int | None) -> UpdateCommand:
    return UpdateCommand("Change speaker", "quotes", quote_id, {"speaker_id": actor_id})


def set_quote_speaker_new(store: SqliteStore, quote_id: int, name: str, kind: str = "person") -> Macro:
    """A new actor (with the quote's speaker mention, if any) becomes the quote's speaker: one step."""
    name = _actor_name(name, kind)
    quote = store.query("SELECT q.mention_start, q.mention_end, c.source_id FROM quotes q "
                        "JOIN clips c ON c.id = q.clip_id WHERE q.id = ?", (quote_id,))
    if not quote:
        raise ProjectError("quote no longer exists")
    point = UpdateCommand("", "quotes", quote_id, {})

    def build(s: SqliteStore, insert: Insert) -> int:
        actor_id = insert("actors", {"name": name, "kind": kind, "status": "accepted"})
        q = quote[0]
        if q["mention_start"] is not None:
            insert("mentions", {"actor_id": actor_id, "source_id": q["source_id"],
                                "start": q["mention_start"], "end": q["mention_end"]})
        point.fields["speaker_id"] = actor_id  # known only once the actor exists; redo keeps the id
        return actor_id

    return Macro("Change speaker", [InsertCommand("", build), point])


def edit_actor(store: SqliteStore, actor_id: int, aliases: list[str] | None = None, **fields: object) -> Macro:
    """Name, kind, title, affiliation and (when given) the full alias list, as one step."""
    unknown = set(fields) - {"name", "kind", "title", "affiliation", "status"}
    if unknown:
        raise ValueError(f"unknown actor fields {sorted(unknown)}")
    if "name" in fields and not str(fields["name"] or "").strip():
        raise ProjectError("an actor needs a name")
    if "kind" in fields and fields["kind"] not in ACTOR_KINDS:
        raise ValueError(fields["kind"])
    steps: list[Command] = [set_actor_fields(actor_id, **fields)] if fields else []
    if aliases is not None:
        old = store.query("SELECT id, alias FROM actor_aliases WHERE actor_id = ? ORDER BY id", (actor_id,))
        wanted = list(dict.fromkeys(a.strip() for a in aliases if a.strip()))
        if [r["alias"] for r in old] != wanted:
            steps.append(DeleteCommand("", "actor_aliases", [r["id"] for r in old]))
            steps.append(InsertCommand("", lambda s, insert: [
                insert("actor_aliases", {"actor_id": actor_id, "alias": a}) for a in wanted]))
    return Macro("Edit actor", steps)


def edit_option(store: SqliteStore, option_id: int, stances: dict[int, str] | None = None, **fields: object) -> Macro:
    """Summary, description, pros, cons, risks and the stance of each source, as one step."""
    unknown = set(fields) - {"summary", "description", "pros", "cons", "risks", "status"}
    if unknown:
        raise ValueError(f"unknown option fields {sorted(unknown)}")
    if "summary" in fields and not str(fields["summary"] or "").strip():
        raise ProjectError("an option needs a summary")
    steps: list[Command] = [set_option_fields(option_id, **fields)] if fields else []
    for stance_id, stance in (stances or {}).items():
        if stance not in STANCES:
            raise ValueError(stance)
        steps.append(UpdateCommand("", "option_stances", stance_id, {"stance": stance}))
    return Macro("Edit option", steps)

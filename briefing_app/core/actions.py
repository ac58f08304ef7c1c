"""The domain commands: one function per user action, each returning a Command.

These are the only way the CLI and the GUI change a project.
"""
from __future__ import annotations

from collections.abc import Callable

from briefing_app.core.actor_actions import ActorMatcher
from briefing_app.core.actor_actions import split_actor as split_actor
from briefing_app.core.anchoring import clip_fields, normalized_hash
from briefing_app.core.commands import (
    Command,
    DeleteCommand,
    InsertCommand,
    Inserter,
    Macro,
    ReassignCommand,
    UpdateCommand,
)
from briefing_app.core.errors import InvalidEdit, NotFound
from briefing_app.core.memo_actions import (  # the memo commands are part of this module's API
    MEMO_FIELDS as MEMO_FIELDS,
    add_memo_item as add_memo_item,
    create_memo as create_memo,
    move_memo_item as move_memo_item,
    remove_memo_item as remove_memo_item,
    set_item_body as set_item_body,
    set_item_options as set_item_options,
    set_memo_fields as set_memo_fields,
    set_memo_status as set_memo_status,
    touch_sections as touch_sections,
)
from briefing_app.core.model import ACTOR_KINDS, STANCES, STATUSES, Analysis, Metadata, SourceDoc, Span
from briefing_app.core.option_import import insert_options
from briefing_app.core.store import Row, Store

Insert = Callable[[str, Row], int]
METADATA_FIELDS = ("title", "author", "outlet", "published", "url", "genre")
QUOTE_FIELDS = ("kind", "speaker_id", "cue", "venue", "status", "mention_start", "mention_end", "mention_text")


# -- sources ---------------------------------------------------------------------------

def import_source(doc: SourceDoc, analysis: Analysis | None = None, text_hash: str | None = None) -> InsertCommand:
    """Store a source with its boilerplate ranges and the analysers' suggestions, as one step.
    text_hash: normalized_hash(doc.text), if the caller has it already (a duplicate check)."""
    label = doc.metadata.title or (doc.path or "pasted text").rsplit("/", 1)[-1]

    def build(store: Store, insert: Inserter) -> int:
        meta = doc.metadata.merged(analysis.metadata) if analysis else doc.metadata
        source_id = insert("sources", {
            "text": doc.text, **meta.to_json(), "title_guessed": int(meta.title_guessed), "path": doc.path,
            "file_hash": doc.file_hash,
            "media_type": doc.media_type, "text_hash": text_hash or normalized_hash(doc.text),
        })
        found = analysis.boilerplate if analysis else []
        insert.many("boilerplate", [{"source_id": source_id, "start": span.start, "end": span.end}
                                    for span in merge_spans(doc.boilerplate + found, len(doc.text))])
        if analysis:
            _insert_analysis(store, insert, source_id, doc.text, analysis)
        return source_id

    return InsertCommand(f"Import {label}", build)


def _insert_analysis(store: Store, insert: Inserter, source_id: int, text: str, analysis: Analysis) -> None:
    actor_ids: dict[str, int] = {}
    mentions: list[Row] = []
    matcher = ActorMatcher(store, analysis.actors)  # one query for all of the source's actors
    for actor in analysis.actors:
        existing = matcher.existing(actor)  # the same actor named in an earlier source
        if existing is not None:
            actor_id = existing
        else:
            actor_id = insert("actors", {"name": actor.name, "kind": actor.kind, "title": actor.title,
                                         "affiliation": actor.affiliation})
            matcher.added_actor(actor_id, actor.name, actor.kind)
        for alias in actor.aliases:
            if alias not in matcher.aliases(actor_id) and alias != actor.name:
                insert("actor_aliases", {"actor_id": actor_id, "alias": alias})
                matcher.added_alias(actor_id, alias)
        mentions += [{"actor_id": actor_id, "source_id": source_id, "start": m.start, "end": m.end}
                     for m in actor.mentions]
        actor_ids[actor.name] = actor_id
    insert.many("mentions", mentions)  # the many rows of a source go out together
    # an analyser bug must never store a clip that lies about its source
    quotes = [q for q in analysis.quotes if text[q.start : q.end] == q.text]
    clip_ids = insert.many("clips", [{"source_id": source_id, **clip_fields(text, q.start, q.end)} for q in quotes])
    insert.many("quotes", [{  # with the clip's source, which the insert trigger then has no need to set
        "clip_id": clip_id, "source_id": source_id, "kind": q.kind, "speaker_id": actor_ids.get(q.speaker or ""),
        "mention_start": q.mention.start if q.mention else None,
        "mention_end": q.mention.end if q.mention else None,
        "mention_text": q.mention.text if q.mention else None,
        "cue": q.cue, "venue": q.venue,
    } for q, clip_id in zip(quotes, clip_ids)])
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
    """New details for a source; a title set here is the user's, no longer a guess."""
    return UpdateCommand("Edit source details", "sources", source_id,
                         {**{k: getattr(meta, k) for k in METADATA_FIELDS}, "title_guessed": int(meta.title_guessed)})


def delete_source(source_id: int) -> DeleteCommand:
    return DeleteCommand("Delete source", "sources", [source_id])


def add_boilerplate(source_id: int, span: Span) -> InsertCommand:
    return InsertCommand("Hide text", lambda s, insert: insert(
        "boilerplate", {"source_id": source_id, "start": span.start, "end": span.end}))


def restore_boilerplate(store: Store, source_id: int, span: Span) -> Command:
    """Show again every hidden range that overlaps span."""
    return DeleteCommand("Show hidden text", "boilerplate", store.hidden_ranges_overlapping(source_id, span))


# -- quotes and clips ----------------------------------------------------------------

def add_quote(source_id: int, text: str, start: int, end: int, kind: str = "direct",
              speaker_id: int | None = None) -> InsertCommand:
    """A quote picked by hand: accepted from the start."""

    def build(store: Store, insert: Insert) -> int:
        clip_id = insert("clips", {"source_id": source_id, **clip_fields(text, start, end)})
        return insert("quotes", {"clip_id": clip_id, "kind": kind, "speaker_id": speaker_id, "status": "accepted"})

    return InsertCommand("Add quote", build)


def set_quote_status(quote_id: int, status: str, version: int | None = None) -> UpdateCommand:
    """Accept, reject or reset a quote; with `version` (as read), refused if a colleague changed it since."""
    if status not in STATUSES:
        raise ValueError(status)
    verb = {"accepted": "Accept", "rejected": "Reject", "suggested": "Reset"}[status]
    return UpdateCommand(f"{verb} quote", "quotes", quote_id, {"status": status}, version)


def edit_quote(quote_id: int, version: int | None = None, **fields: object) -> UpdateCommand:
    unknown = set(fields) - set(QUOTE_FIELDS)
    if unknown:
        raise ValueError(f"unknown quote fields {sorted(unknown)}")
    return UpdateCommand("Edit quote", "quotes", quote_id, fields, version)


def delete_quote(store: Store, quote_id: int) -> DeleteCommand:
    """Delete a quote with its clip (the quote's words in the source); undo brings both back."""
    clip_id = store.get_quote(quote_id).clip.id  # ProjectError if it no longer exists
    return DeleteCommand("Delete quote", "clips", [clip_id])


# -- actors and options ------------------------------------------------------------

def merge_actors(store: Store, keep_id: int, drop_id: int) -> Macro:
    """Fold actor drop into keep: its quotes, mentions and aliases, its name as an alias."""
    if keep_id == drop_id:
        raise InvalidEdit("cannot merge an actor with itself")
    drop = store.get_row("actors", drop_id)
    if drop is None or store.get_row("actors", keep_id) is None:
        raise NotFound("actor no longer exists")
    return Macro("Merge actors", [
        ReassignCommand("", "quotes", "speaker_id", drop_id, keep_id),
        ReassignCommand("", "mentions", "actor_id", drop_id, keep_id),
        ReassignCommand("", "actor_aliases", "actor_id", drop_id, keep_id),
        ReassignCommand("", "memo_items", "ref_id", drop_id, keep_id, {"kind": "actor"}),
        InsertCommand("", lambda s, insert: insert("actor_aliases", {"actor_id": keep_id, "alias": drop["name"]})),
        DeleteCommand("", "actors", [drop_id]),
    ])


def set_actor_fields(actor_id: int, **fields: object) -> UpdateCommand:
    return UpdateCommand("Edit actor", "actors", actor_id, fields)


def set_option_fields(option_id: int, **fields: object) -> UpdateCommand:
    return UpdateCommand("Edit option", "options", option_id, fields)


# -- picked by hand in the reader, edited in the panels ------------------------------------

def add_actor(source_id: int, name: str, start: int, end: int, kind: str = "person") -> InsertCommand:
    """An actor named by a selection in the reader (accepted), the selection kept as its mention."""
    name = _actor_name(name, kind)

    def build(store: Store, insert: Insert) -> int:
        actor_id = insert("actors", {"name": name, "kind": kind, "status": "accepted"})
        insert("mentions", {"actor_id": actor_id, "source_id": source_id, "start": start, "end": end})
        return actor_id

    return InsertCommand("Add actor", build)


def _actor_name(name: str, kind: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise InvalidEdit("an actor needs a name")
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
        raise InvalidEdit("an option needs a summary")
    if stance not in STANCES:
        raise ValueError(stance)

    def build(store: Store, insert: Insert) -> int:
        option_id = insert("options", {"summary": summary, "status": "accepted"})
        clip_id = insert("clips", {"source_id": source_id, **clip_fields(text, start, end)}) if start < end else None
        insert("option_stances", {"option_id": option_id, "source_id": source_id, "stance": stance,
                                  "holder": holder or None, "clip_id": clip_id})
        return option_id

    return InsertCommand("Add option", build)


def set_quote_speaker(quote_id: int, actor_id: int | None) -> UpdateCommand:
    return UpdateCommand("Change speaker", "quotes", quote_id, {"speaker_id": actor_id})


def set_quote_speaker_new(store: Store, quote_id: int, name: str, kind: str = "person") -> Macro:
    """A new actor (with the quote's speaker mention, if any) becomes the quote's speaker: one step."""
    name = _actor_name(name, kind)
    place = store.quote_mention_place(quote_id)
    if place is None:
        raise NotFound("quote no longer exists")
    mention_start, mention_end, source_id = place
    point = UpdateCommand("", "quotes", quote_id, {})

    def build(s: Store, insert: Insert) -> int:
        actor_id = insert("actors", {"name": name, "kind": kind, "status": "accepted"})
        if mention_start is not None:
            insert("mentions", {"actor_id": actor_id, "source_id": source_id,
                                "start": mention_start, "end": mention_end})
        point.fields["speaker_id"] = actor_id  # known only once the actor exists; redo keeps the id
        return actor_id

    return Macro("Change speaker", [InsertCommand("", build), point])


def edit_actor(store: Store, actor_id: int, aliases: list[str] | None = None, **fields: object) -> Macro:
    """Name, kind, title, affiliation and (when given) the full alias list, as one step."""
    unknown = set(fields) - {"name", "kind", "title", "affiliation", "status"}
    if unknown:
        raise ValueError(f"unknown actor fields {sorted(unknown)}")
    if "name" in fields and not str(fields["name"] or "").strip():
        raise InvalidEdit("an actor needs a name")
    if "kind" in fields and fields["kind"] not in ACTOR_KINDS:
        raise ValueError(fields["kind"])
    steps: list[Command] = [set_actor_fields(actor_id, **fields)] if fields else []
    if aliases is not None:
        old = store.alias_rows(actor_id)
        wanted = list(dict.fromkeys(a.strip() for a in aliases if a.strip()))
        if [alias for _, alias in old] != wanted:
            steps.append(DeleteCommand("", "actor_aliases", [i for i, _ in old]))
            steps.append(InsertCommand("", lambda s, insert: [
                insert("actor_aliases", {"actor_id": actor_id, "alias": a}) for a in wanted]))
    return Macro("Edit actor", steps)


def edit_option(store: Store, option_id: int, stances: dict[int, str] | None = None, **fields: object) -> Macro:
    """Summary, description, pros, cons, risks and the stance of each source, as one step."""
    unknown = set(fields) - {"summary", "description", "pros", "cons", "risks", "status"}
    if unknown:
        raise ValueError(f"unknown option fields {sorted(unknown)}")
    if "summary" in fields and not str(fields["summary"] or "").strip():
        raise InvalidEdit("an option needs a summary")
    steps: list[Command] = [set_option_fields(option_id, **fields)] if fields else []
    for stance_id, stance in (stances or {}).items():
        if stance not in STANCES:
            raise ValueError(stance)
        steps.append(UpdateCommand("", "option_stances", stance_id, {"stance": stance}))
    return Macro("Edit option", steps)

"""Read side of a project: rows turned into records. No writes here."""
from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from briefing_app.core.errors import NotFound
from briefing_app.core.model import Mention, Metadata, Span
from briefing_app.core.records import (
    ActorRecord,
    ClipRecord,
    MemoItemRecord,
    MemoRecord,
    MemoSectionRecord,
    OptionRecord,
    QuoteRecord,
    SourceRecord,
    StanceRecord,
)
from briefing_app.core.store.sql import Dialect, order_sql, source_filter_sql

_LIST_SQL = ("SELECT s.id, '' AS text, s.title, s.author, s.outlet, s.published, s.url, s.genre, s.title_guessed, "
             "s.path, s.file_hash, s.media_type, s.imported_at, s.version, s.created_by FROM sources s")
_QUOTE_SQL = (
    "SELECT q.*, c.source_id, c.start, c.\"end\", c.text, c.prefix, c.suffix, a.name AS speaker "
    "FROM quotes q JOIN clips c ON c.id = q.clip_id LEFT JOIN actors a ON a.id = q.speaker_id"
)


class Queries:
    """Mixed into the project store: every read the commands, CLI, UI and export need."""

    query: Any  # provided by the store the queries are mixed into
    query_tuples: Any
    search_sources: Any
    dialect: Dialect

    # -- sources -------------------------------------------------------------------

    def get_source(self, source_id: int) -> SourceRecord:
        rows = self.query("SELECT * FROM sources WHERE id = ?", (source_id,))
        if not rows:
            raise NotFound(f"source {source_id} does not exist")
        return self._source(rows[0])

    def list_sources(self, *, query: str | None = None, outlet: str | None = None, genre: str | None = None,
                     date_from: str | None = None, date_to: str | None = None, sort: str = "id",
                     descending: bool | None = None, limit: int | None = None, offset: int = 0) -> list[SourceRecord]:
        """The library, without texts: filtered by outlet, genre and published date (ISO,
        inclusive), sorted by id, imported, date, title, outlet or author. With a query, only
        the sources full-text search finds, best first unless another sort is asked for."""
        if query is not None and query.strip():
            hits = self.search_sources(query, limit=limit or 10_000, outlet=outlet, genre=genre, date_from=date_from,
                                       date_to=date_to, sort="rank" if sort == "id" else sort, descending=descending,
                                       snippets=False)
            ids = [i for i, _ in hits][offset:]
            if not ids:
                return []
            marks = ",".join("?" * len(ids))
            listed = {s.id: s for s in _listed(self.query_tuples(_LIST_SQL + f" WHERE s.id IN ({marks})", ids))}
            return [listed[i] for i in ids if i in listed]
        where, params = source_filter_sql(self.dialect, outlet, genre, date_from, date_to)
        sql = _LIST_SQL + (" WHERE " + " AND ".join(where) if where else "")
        sql += f" ORDER BY {order_sql(self.dialect, sort, descending, 's.id')}"
        if limit is not None or offset:
            sql += f" LIMIT {self.dialect.no_limit if limit is None else '?'} OFFSET ?"
            params += ([] if limit is None else [limit]) + [offset]
        with _no_cyclic_gc():
            return _listed(self.query_tuples(sql, params))

    def list_outlets(self) -> list[tuple[str, int]]:
        """Outlets in the library with their source counts, for the filter menu."""
        folded = self.dialect.fold("outlet")
        return [(r[0], r[1]) for r in self.query(
            f"SELECT min(outlet), count(*) FROM sources WHERE outlet IS NOT NULL AND outlet != '' "
            f"GROUP BY {folded} ORDER BY {folded}")]

    def list_months(self) -> list[str]:
        """The months (YYYY-MM) sources were published in, newest first, for the filter menu."""
        return [r[0] for r in self.query(
            "SELECT DISTINCT substr(published, 1, 7) AS m FROM sources "
            "WHERE published IS NOT NULL AND published != '' ORDER BY m DESC")]

    def quote_counts(self, statuses: tuple[str, ...] = ("suggested", "accepted")) -> dict[int, int]:
        """Source id -> number of its quotes with one of `statuses` (sources without any are absent)."""
        return dict(self.query_tuples(  # a row per source: plain tuples; one index read (quotes_source_status)
            f"SELECT source_id, count(*) FROM quotes WHERE status IN ({','.join('?' * len(statuses))}) "
            f"GROUP BY source_id", list(statuses)))

    def find_duplicate(self, url: str | None, text_hash: str | None) -> int | None:
        rows = self.query(
            "SELECT id FROM sources WHERE (url IS NOT NULL AND url = ?) OR (text_hash IS NOT NULL AND text_hash = ?) LIMIT 1",
            (url, text_hash),
        )
        return int(rows[0]["id"]) if rows else None

    def hidden_ranges_overlapping(self, source_id: int, span: Span) -> list[int]:
        """Ids of a source's boilerplate ranges that overlap span."""
        return [r["id"] for r in self.query('SELECT id FROM boilerplate WHERE source_id = ? AND start < ? AND "end" > ?',
                                            (source_id, span.end, span.start))]

    def _source(self, r: Any, with_text: bool = True) -> SourceRecord:
        meta = Metadata(r["title"], r["author"], r["outlet"], r["published"], r["url"], r["genre"], bool(r["title_guessed"]))
        spans = []
        if with_text:
            spans = [Span(b["start"], b["end"]) for b in self.query(
                "SELECT start, \"end\" FROM boilerplate WHERE source_id = ? AND hidden = 1 ORDER BY start", (r["id"],))]
        return SourceRecord(r["id"], r["text"], meta, spans, r["path"], r["file_hash"], r["media_type"], r["imported_at"],
                            r["version"], r["created_by"])

    # -- quotes --------------------------------------------------------------------

    def get_quote(self, quote_id: int) -> QuoteRecord:
        rows = self.query(_QUOTE_SQL + " WHERE q.id = ?", (quote_id,))
        if not rows:
            raise NotFound(f"quote {quote_id} does not exist")
        return _quote(rows[0])

    def list_quotes(self, source_id: int | None = None, statuses: tuple[str, ...] = ("suggested", "accepted")) -> list[QuoteRecord]:
        where = [f"q.status IN ({','.join('?' * len(statuses))})"]
        params: list[Any] = list(statuses)
        if source_id is not None:
            where.append("c.source_id = ?")
            params.append(source_id)
        sql = _QUOTE_SQL + " WHERE " + " AND ".join(where) + " ORDER BY c.source_id, c.start"
        return [_quote(r) for r in self.query(sql, params)]

    def quote_mention_place(self, quote_id: int) -> tuple[int | None, int | None, int] | None:
        """(mention start, mention end, source id) of a quote, or None if it no longer exists."""
        rows = self.query("SELECT q.mention_start, q.mention_end, c.source_id FROM quotes q "
                          "JOIN clips c ON c.id = q.clip_id WHERE q.id = ?", (quote_id,))
        return (rows[0][0], rows[0][1], rows[0][2]) if rows else None

    def get_clip(self, clip_id: int) -> ClipRecord:
        rows = self.query("SELECT * FROM clips WHERE id = ?", (clip_id,))
        if not rows:
            raise NotFound(f"clip {clip_id} does not exist")
        return _clip(rows[0])

    # -- actors --------------------------------------------------------------------

    def get_actor(self, actor_id: int) -> ActorRecord:
        rows = self.query("SELECT * FROM actors WHERE id = ?", (actor_id,))
        if not rows:
            raise NotFound(f"actor {actor_id} does not exist")
        return self._actor(rows[0])

    def list_actors(self) -> list[ActorRecord]:
        return [self._actor(r) for r in self.query("SELECT * FROM actors WHERE status != 'rejected' ORDER BY name")]

    def alias_rows(self, actor_id: int) -> list[tuple[int, str]]:
        """(id, alias) of an actor's aliases in the order they were added."""
        return [(r["id"], r["alias"]) for r in self.query(
            "SELECT id, alias FROM actor_aliases WHERE actor_id = ? ORDER BY id", (actor_id,))]

    def find_actor(self, name: str) -> int | None:
        rows = self.query("SELECT id FROM actors WHERE name = ? ORDER BY id LIMIT 1", (name,))
        return int(rows[0]["id"]) if rows else None

    def actor_forms(self, forms: Sequence[str]) -> list[tuple[int, str, str, bool]]:
        """(actor id, form, the actor's kind, whether form is an alias) for every actor named one of
        `forms` and every alias that is one of them: what an import matches its actors against, in
        one query (chunked past SQLite's old limit of 999 parameters)."""
        out: list[tuple[int, str, str, bool]] = []
        unique = sorted(set(forms))
        for i in range(0, len(unique), 450):
            chunk = unique[i:i + 450]
            marks = ",".join("?" * len(chunk))
            out += [(r["id"], r["form"], r["kind"], bool(r["by_alias"])) for r in self.query(
                f"SELECT id, name AS form, kind, 0 AS by_alias FROM actors WHERE name IN ({marks}) UNION ALL "
                f"SELECT a.id, x.alias, a.kind, 1 FROM actor_aliases x JOIN actors a ON a.id = x.actor_id "
                f"WHERE x.alias IN ({marks})", chunk + chunk)]
        return out

    def actor_mentions(self, actor_id: int) -> list[tuple[int, Span]]:
        return [(r["source_id"], Span(r["start"], r["end"])) for r in self.query(
            "SELECT source_id, start, \"end\" FROM mentions WHERE actor_id = ? ORDER BY source_id, start", (actor_id,))]

    def actor_names(self) -> list[tuple[int, str]]:
        """(id, name) of every actor not rejected, by name: one query, for pick lists."""
        return [(r["id"], r["name"]) for r in self.query(
            "SELECT id, name FROM actors WHERE status != 'rejected' ORDER BY name, id")]

    def source_mentions(self, source_id: int) -> list[tuple[Span, ActorRecord]]:
        """Where actors (not rejected) are named in one source, in text order: one query.
        The records carry no aliases or mention count."""
        rows = self.query("SELECT m.start AS m_start, m.\"end\" AS m_end, a.* FROM mentions m "
                          "JOIN actors a ON a.id = m.actor_id WHERE m.source_id = ? AND a.status != 'rejected' "
                          "ORDER BY m.start, m.\"end\"", (source_id,))
        return [(Span(r["m_start"], r["m_end"]), ActorRecord(r["id"], r["name"], r["kind"], r["title"],
                                                             r["affiliation"], [], r["status"])) for r in rows]

    def _actor(self, r: Any) -> ActorRecord:
        aliases = [a["alias"] for a in self.query("SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY id", (r["id"],))]
        count = self.query("SELECT count(*) AS n FROM mentions WHERE actor_id = ?", (r["id"],))[0]["n"]
        return ActorRecord(r["id"], r["name"], r["kind"], r["title"], r["affiliation"], aliases, r["status"], count,
                           r["version"])

    # -- options -------------------------------------------------------------------

    def get_option(self, option_id: int) -> OptionRecord:
        rows = self.query("SELECT * FROM options WHERE id = ?", (option_id,))
        if not rows:
            raise NotFound(f"option {option_id} does not exist")
        return self._option(rows[0])

    def option_summaries(self, leads: list[str] | None = None) -> list[tuple[int, str]]:
        """(id, summary) of every option not rejected, by id: what a new option is matched against.
        leads: only summaries whose first key word (option_match.lead_word) may be one of these are
        needed; a backend may leave out those that cannot (SQLite does), or return all."""
        if leads is not None and not leads:
            return []
        return [(int(i), str(s)) for i, s in self.query_tuples(
            "SELECT id, summary FROM options WHERE status != 'rejected' ORDER BY id")]

    def list_options(self) -> list[OptionRecord]:
        return [self._option(r) for r in self.query("SELECT * FROM options WHERE status != 'rejected' ORDER BY id")]

    def _option(self, r: Any) -> OptionRecord:
        stances = []
        for s in self.query("SELECT * FROM option_stances WHERE option_id = ? ORDER BY id", (r["id"],)):
            clip = self.get_clip(s["clip_id"]) if s["clip_id"] is not None else None
            stances.append(StanceRecord(s["id"], s["source_id"], s["stance"], s["holder"], clip))
        return OptionRecord(r["id"], r["summary"], r["description"], r["pros"], r["cons"], r["risks"], r["status"], stances,
                            r["version"], r["created_by"], r["changed_by"])

    # -- memos ---------------------------------------------------------------------

    def list_memos(self) -> list[tuple[int, str, str]]:
        return [(r["id"], r["template"], r["title"]) for r in self.query("SELECT id, template, title FROM memos ORDER BY id")]

    def section_version(self, section_id: int) -> int:
        rows = self.query("SELECT version FROM memo_sections WHERE id = ?", (section_id,))
        if not rows:
            raise NotFound("the memo section no longer exists (deleted by someone else?)")
        return int(rows[0]["version"])

    def memo_item_positions(self, section_id: int, from_position: int = 0, exclude: int | None = None) -> list[tuple[int, int]]:
        """(id, position) of a section's items at or after from_position, in order, without `exclude`."""
        rows = self.query("SELECT id, position FROM memo_items WHERE section_id = ? AND position >= ? "
                          "ORDER BY position, id", (section_id, from_position))
        return [(r["id"], r["position"]) for r in rows if r["id"] != exclude]

    def get_memo(self, memo_id: int) -> MemoRecord:
        rows = self.query("SELECT * FROM memos WHERE id = ?", (memo_id,))
        if not rows:
            raise NotFound(f"memo {memo_id} does not exist")
        m = rows[0]
        memo = MemoRecord(m["id"], m["template"], m["title"], m["to_"], m["from_"], m["through"], m["date"], m["subject"], m["marking"],
                          m["citation_style"], [], m["status"], m["approved_by"], m["approved_at"], m["version"])
        for s in self.query("SELECT * FROM memo_sections WHERE memo_id = ? ORDER BY position, id", (memo_id,)):
            items = [MemoItemRecord(i["id"], i["section_id"], i["position"], i["kind"], i["ref_id"], i["body"],
                                    bool(i["paraphrase"]), bool(i["cite"]), i["version"], i["created_by"], i["created_at"])
                     for i in self.query("SELECT * FROM memo_items WHERE section_id = ? ORDER BY position, id", (s["id"],))]
            memo.sections.append(MemoSectionRecord(s["id"], memo_id, s["position"], s["key"], s["heading"], items,
                                                   s["version"]))
        return memo


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """No cyclic garbage collection while the whole library is read: the collections its
    allocations trigger re-scan every record made so far (100,000 sources: 2-3x slower)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _listed(rows: list[tuple[Any, ...]]) -> list[SourceRecord]:
    """Library rows (_LIST_SQL, plain tuples) as records: the whole library is listed on opening,
    and reading 100,000 rows' columns by name costs a third of a second."""
    return [SourceRecord(source_id, text, Metadata(title, author, outlet, published, url, genre, bool(guessed)),
                         [], path, file_hash, media_type, imported_at, version, created_by)
            for (source_id, text, title, author, outlet, published, url, genre, guessed, path, file_hash, media_type,
                 imported_at, version, created_by) in rows]


def _clip(r: Any) -> ClipRecord:
    return ClipRecord(r["id"], r["source_id"], r["start"], r["end"], r["text"], r["prefix"], r["suffix"])


def _quote(r: Any) -> QuoteRecord:
    clip = ClipRecord(r["clip_id"], r["source_id"], r["start"], r["end"], r["text"], r["prefix"], r["suffix"])
    mention = None
    if r["mention_start"] is not None:
        mention = Mention(r["mention_start"], r["mention_end"], r["mention_text"] or "")
    return QuoteRecord(r["id"], clip, r["kind"], r["speaker_id"], r["speaker"], mention, r["cue"], r["venue"], r["status"],
                       r["version"], r["changed_by"], r["changed_at"])

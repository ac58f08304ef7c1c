"""Full-text search on PostgreSQL: English stemming (to_tsvector/plainto_tsquery, ranked by
ts_rank_cd) for Latin-script words, pg_trgm-indexed ILIKE for other scripts (Korean,
Russian), so the same words find the same sources as on SQLite."""
from __future__ import annotations

import re
from typing import Any

from briefing_app.core.store.pg_schema import SEARCH_DOC
from briefing_app.core.store.sql import LATIN, POSTGRES, like_pattern, order_sql, snippet, source_filter_sql, words

_DOC = SEARCH_DOC.replace("title", "s.title").replace("author", "s.author").replace("outlet", "s.outlet") \
    .replace("|| text)", "|| s.text)")
_QUERY = "plainto_tsquery('english', ?)"
_SUFFIXES = ("ing", "ed", "es", "s")
# a page of hits for a query matching more sources than this ranks the first this many the
# index yields (ranking reads each match's stored vector: ~0.1-0.3 ms a source on this machine)
RANK_CAP = 1000
RANK_CAP_TRIGRAM = 200  # Korean/Russian: each match's text is re-read (LIKE recheck, occurrence count)
RANK_CHARS = 4000  # Korean/Russian rank by occurrences in the first this many characters


class PgSearch:
    query: Any

    def search_sources(self, query: str, limit: int = 50, *, outlet: str | None = None, genre: str | None = None,
                       date_from: str | None = None, date_to: str | None = None, sort: str = "rank",
                       descending: bool | None = None, snippets: bool = True) -> list[tuple[int, str]]:
        """(source id, snippet) best first (or in `sort` order); plain words, never query syntax."""
        found = words(query)
        if not found:
            return []
        where, params = source_filter_sql(POSTGRES, outlet, genre, date_from, date_to)
        latin = all(LATIN.fullmatch(w) for w in found)
        # a page of hits without filters ranks a bounded number of matches (a word in every text)
        cap = f" LIMIT {RANK_CAP if latin else RANK_CAP_TRIGRAM}" if not where and limit <= 500 else ""
        source = "sources s"
        if latin:
            terms = " ".join(found)
            source = (f"(SELECT source_id, english FROM source_search WHERE english @@ {_QUERY}{cap}) x "
                      f"JOIN sources s ON s.id = x.source_id")
            params.insert(0, terms)
            rank = f"-ts_rank_cd(x.english, {_QUERY})"
            rank_params: list[object] = [terms]
        else:
            folded = [w.lower() for w in found]
            likes = " AND ".join("x.folded LIKE ?" for _ in folded)
            source = (f"(SELECT source_id, folded FROM source_search x WHERE {likes}{cap}) x "
                      f"JOIN sources s ON s.id = x.source_id")
            params = [like_pattern(w) for w in folded] + params
            # no bm25 here: occurrences of the words per thousand characters (of the first RANK_CHARS)
            head = f"left(x.folded, {RANK_CHARS})"
            rank = "-(" + " + ".join(f"(length({head}) - length(replace({head}, ?, ''))) / {len(w)}.0"
                                     for w in folded) + f") / (1 + length({head}) / 1000.0)"
            rank_params = list(folded)
        order = order_sql(POSTGRES, sort, descending, rank)
        uses_rank = "ts_rank_cd" in order or "replace(" in order  # the sort is by rank
        sql = f"SELECT s.id FROM {source} WHERE {' AND '.join(where) or 'true'} ORDER BY {order} LIMIT ?"
        if not latin:  # the planner guesses LIKE on Korean/Cyrillic text badly and scans every text
            self.query("SELECT set_config('enable_seqscan', 'off', false)")
        try:
            ids = [int(r[0]) for r in self.query(sql, [*params, *(rank_params if uses_rank else []), limit])]
        finally:
            if not latin:
                self.query("SELECT set_config('enable_seqscan', 'on', false)")
        if not snippets or not ids:
            return [(i, "") for i in ids]
        # snippets here, not with ts_headline (which re-parses each text on the server: ~1 ms a hit)
        marks = ",".join("?" * len(ids))
        rows = self.query(f"SELECT id, text FROM sources WHERE id IN ({marks})", ids)
        got = {int(r[0]): _snippet(r[1], found, latin) for r in rows}
        return [(i, got.get(i, "")) for i in ids]


def _snippet(text: str, found: list[str], latin: bool) -> str:
    """The text around the first place a query word (any inflection, for English) occurs."""
    if not latin:
        return snippet(text, found[0])
    stems = [w.lower()[: -len(x)] if len(w) > 4 and w.lower().endswith(x) else w.lower()
             for w in found for x in [next((x for x in _SUFFIXES if w.lower().endswith(x)), "")]]
    at = re.search(r"\b(?:" + "|".join(re.escape(s) for s in stems) + r")\w*", text, re.IGNORECASE)
    return snippet(text, at.group() if at else found[0])

"""Full-text search on PostgreSQL: English stemming (to_tsvector/plainto_tsquery, ranked by
ts_rank_cd) for Latin-script words, pg_trgm-indexed ILIKE for other scripts (Korean,
Russian), so the same words find the same sources as on SQLite."""
from __future__ import annotations

from typing import Any

from briefing_app.core.store.pg_schema import SEARCH_DOC
from briefing_app.core.store.sql import LATIN, POSTGRES, like_pattern, order_sql, snippet, source_filter_sql, words

_DOC = SEARCH_DOC.replace("title", "s.title").replace("author", "s.author").replace("outlet", "s.outlet") \
    .replace("|| text)", "|| s.text)")
_VECTOR = f"to_tsvector('english', {_DOC})"
_HEADLINE = "StartSel=[, StopSel=], MinWords=8, MaxWords=20, ShortWord=2, MaxFragments=1, FragmentDelimiter=…"


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
        if latin:
            terms = " ".join(found)
            where.insert(0, f"{_VECTOR} @@ plainto_tsquery('english', ?)")
            params.insert(0, terms)
            rank = f"-ts_rank_cd({_VECTOR}, plainto_tsquery('english', ?))"
            rank_params: list[object] = [terms]
        else:
            for w in found:
                where.append(f"{_DOC} ILIKE ?")
                params.append(like_pattern(w))
            # no bm25 here: occurrences of the words per thousand characters, most first
            rank = "-(" + " + ".join(f"(length({_DOC}) - length(replace(lower({_DOC}), lower(?), ''))) / {len(w)}.0"
                                     for w in found) + ") / (1 + length(s.text) / 1000.0)"
            rank_params = list(found)
        order = order_sql(POSTGRES, sort, descending, rank)
        uses_rank = "ts_rank_cd" in order or "replace(" in order
        sql = f"SELECT s.id FROM sources s WHERE {' AND '.join(where)} ORDER BY {order} LIMIT ?"
        ids = [int(r[0]) for r in self.query(sql, [*params, *(rank_params if uses_rank else []), limit])]
        if not snippets or not ids:
            return [(i, "") for i in ids]
        marks = ",".join("?" * len(ids))
        if latin:
            rows = self.query(f"SELECT id, ts_headline('english', text, plainto_tsquery('english', ?), ?) "
                              f"FROM sources WHERE id IN ({marks})", [" ".join(found), _HEADLINE, *ids])
            got = {int(r[0]): " ".join(r[1].split()) for r in rows}
        else:
            rows = self.query(f"SELECT id, text FROM sources WHERE id IN ({marks})", ids)
            got = {int(r[0]): snippet(r[1], found[0]) for r in rows}
        return [(i, got.get(i, "")) for i in ids]

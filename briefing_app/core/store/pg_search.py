"""Full-text search on PostgreSQL, over the scored-term index of pg_schema.py (migration 4).

A query is a list of term groups, all of which a source must contain: an English word is its
lexeme (stemmed, as to_tsvector makes it; stop words drop out), a Korean or Russian word is every
indexed non-Latin lexeme it occurs in ("санкци" is in "санкции"), found by the trigram index over
those lexemes. Sources are ranked by BM25 over all matches, as SQLite's FTS5 ranks them:
the sum over groups of idf (FTS5's formula) times the group's saturated count, the document
length normalised against a fixed average (pg_rank.py).
"""
from __future__ import annotations

import time
from typing import Any

from briefing_app.core.store.pg_rank import Groups, idf, rank_sql, top_by_term, top_by_threshold
from briefing_app.core.store.sql import LATIN, POSTGRES, like_pattern, order_sql, source_filter_sql, word_snippet, words

COUNTS_FOR = 300.0  # seconds a document count is reused for idf


class PgSearch:
    query: Any
    query_tuples: Any

    def search_sources(self, query: str, limit: int = 50, *, outlet: str | None = None, genre: str | None = None,
                       date_from: str | None = None, date_to: str | None = None, sort: str = "rank",
                       descending: bool | None = None, snippets: bool = True) -> list[tuple[int, str]]:
        """(source id, snippet) best first (or in `sort` order); plain words, never query syntax."""
        found = words(query)
        if not found:
            return []
        latin = all(LATIN.fullmatch(w) for w in found)
        groups = self._groups(found)
        if groups is None:
            return []
        where, params = source_filter_sql(POSTGRES, outlet, genre, date_from, date_to)
        if all(len(g) == 1 and g[0][1] == 1 for g in groups) and not where and sort == "rank" and not descending:
            terms = [g[0][0] for g in groups]  # best first straight from the index, however many match
            ids = top_by_term(self.query_tuples, terms[0], limit) if len(terms) == 1 else \
                top_by_threshold(self.query_tuples, terms, limit, self._weights(terms))
        else:
            ranked, rank_params = rank_sql(groups, self._total())
            order = order_sql(POSTGRES, sort, descending, "-x.rank")
            sql = (f"{ranked} SELECT s.id FROM ranked x JOIN sources s ON s.id = x.source_id "
                   f"WHERE {' AND '.join(where) or 'true'} ORDER BY {order} LIMIT ?")
            ids = [int(r[0]) for r in self.query(sql, [*rank_params, *params, limit])]
        if not snippets or not ids:
            return [(i, "") for i in ids]
        # snippets here, not with ts_headline (which re-parses each text on the server: ~1 ms a hit)
        marks = ",".join("?" * len(ids))
        rows = self.query(f"SELECT id, text FROM sources WHERE id IN ({marks})", ids)
        got = {int(r[0]): word_snippet(r[1], found, latin) for r in rows}
        return [(i, got.get(i, "")) for i in ids]

    def _groups(self, found: list[str]) -> Groups | None:
        """Each query word's lexemes, with how often the word occurs in each (None: a word is in
        no source). English words become their lexemes; a word of other scripts, every indexed
        lexeme it is part of."""
        groups: Groups = []
        latin = [w for w in found if LATIN.fullmatch(w)]
        if latin:
            rows = self.query("SELECT u.lexeme FROM unnest(to_tsvector('english', ?)) u ORDER BY u.positions[1]",
                              [" ".join(latin)])
            groups += [[(str(r[0]), 1)] for r in rows]  # stop words have no lexeme: they drop out
        for word in dict.fromkeys(w.lower() for w in found if not LATIN.fullmatch(w)):
            rows = self.query("SELECT word FROM search_words WHERE word LIKE ?", [like_pattern(word)])
            if not rows:
                return None
            groups.append([(str(r[0]), str(r[0]).count(word)) for r in rows])
        unique: dict[tuple[tuple[str, int], ...], None] = dict.fromkeys(tuple(sorted(g)) for g in groups)
        return [list(g) for g in unique] or None

    def _weights(self, lexemes: list[str]) -> dict[str, float]:
        """Each lexeme's idf, from document counts made at most COUNTS_FOR seconds ago: counting
        a word in most of 100,000 sources reads as many index rows (~15 ms), and minutes of
        imports move an idf by too little to reorder anything but near-ties. A count stops at
        half the library: from there FTS5's idf is its floor, whatever the exact count."""
        total = self._total()
        cache: dict[str, tuple[float, int]] = self.__dict__.setdefault("_counts", {})
        now = time.monotonic()
        stale = [t for t in lexemes if t not in cache or now - cache[t][0] > COUNTS_FOR]
        if stale:
            if len(cache) > 10_000:
                cache.clear()
            for r in self.query("SELECT t, (SELECT count(*) FROM (SELECT 1 FROM source_terms WHERE lexeme = t "
                                "LIMIT ?) x) FROM unnest(?::text[]) t", [total // 2 + 1, stale]):
                cache[str(r[0])] = (now, int(r[1]))
        return {t: idf(total, cache[t][1]) for t in lexemes}

    def _total(self) -> int:
        """How many sources there are (BM25's N), counted at most COUNTS_FOR seconds ago."""
        got: tuple[float, int] | None = self.__dict__.get("_total_count")
        now = time.monotonic()
        if got is None or now - got[0] > COUNTS_FOR:
            got = self.__dict__["_total_count"] = (now, int(self.query("SELECT count(*) FROM sources")[0][0]))
        return got[1]

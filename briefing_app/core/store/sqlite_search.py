"""Full-text search on SQLite: FTS5 with the porter stemmer for Latin-script words, the
trigram index for other scripts (Korean, Russian), LIKE for words under three characters."""
from __future__ import annotations

import sqlite3

from briefing_app.core.store.sql import LATIN, SQLITE, like_pattern, order_sql, snippet, source_filter_sql, word_snippet, words

# FTS5's snippet() takes time that grows with the square of a text's matches (a 1 MB text of
# many matches: ~0.75 s, 11 MB: two minutes): longer texts get their snippet from the first match
SNIPPET_FTS_MAX = 100_000  # characters


class SqliteSearch:
    conn: sqlite3.Connection

    def search_sources(self, query: str, limit: int = 50, *, outlet: str | None = None, genre: str | None = None,
                       date_from: str | None = None, date_to: str | None = None, sort: str = "rank",
                       descending: bool | None = None, snippets: bool = True) -> list[tuple[int, str]]:
        """(source id, snippet) best first (or in `sort` order), filtered by outlet, genre and
        published date (ISO, inclusive). The query is taken as plain words, not FTS syntax.

        Latin-script words go to the porter index (stemming: "warns" finds "warned"); a query
        with other scripts goes to the trigram index, which finds Korean and Russian words
        inside inflected forms. Words under three characters there are matched with LIKE.
        """
        found = words(query)
        if not found:
            return []
        latin = all(LATIN.fullmatch(w) for w in found)
        table = "sources_fts" if latin else "sources_trigram"
        long_words = found if latin else [w for w in found if len(w) >= 3]
        short_words = [] if latin else [w for w in found if len(w) < 3]
        where, params = source_filter_sql(SQLITE, outlet, genre, date_from, date_to)
        for w in short_words:
            where.append("(s.text LIKE ? ESCAPE '\\' OR s.title LIKE ? ESCAPE '\\')")
            params += [like_pattern(w)] * 2
        order = order_sql(SQLITE, sort, descending, "f.rank" if long_words else "s.id")
        if long_words:
            match = " ".join('"' + w.replace('"', '""') + '"' for w in long_words)
            # ids first, snippets only for them: in one query SQLite builds a snippet for every match
            sql = (f"SELECT s.id FROM {table} f JOIN sources s ON s.id = f.rowid WHERE {table} MATCH ?"
                   + "".join(f" AND {w}" for w in where) + f" ORDER BY {order} LIMIT ?")
            ids = [int(r[0]) for r in self.conn.execute(sql, [match, *params, limit])]
            if not snippets:
                return [(i, "") for i in ids]
            found_snippets: dict[int, str] = {}
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                for rowid, got in self.conn.execute(
                        f"SELECT f.rowid, CASE WHEN length(s.text) > ? THEN NULL "
                        f"ELSE snippet({table}, 3, '[', ']', '…', 12) END FROM {table} f JOIN sources s ON s.id = f.rowid "
                        f"WHERE {table} MATCH ? AND f.rowid IN ({','.join('?' * len(chunk))})",
                        [SNIPPET_FTS_MAX, match, *chunk]):
                    found_snippets[int(rowid)] = got if got is not None else word_snippet(
                        self._text_of(int(rowid)), long_words, latin)
            rows = [(i, found_snippets.get(i, "")) for i in ids]
            if not short_words:
                return rows
            return [(i, snippet(self._text_of(i), short_words[0]) if "[" not in s else s) for i, s in rows]
        sql = ("SELECT s.id, s.text FROM sources s WHERE " + " AND ".join(where)
               + f" ORDER BY {order} LIMIT ?")
        return [(int(r[0]), snippet(r[1], short_words[0])) for r in self.conn.execute(sql, [*params, limit])]

    def _text_of(self, source_id: int) -> str:
        row = self.conn.execute("SELECT text FROM sources WHERE id = ?", (source_id,)).fetchone()
        return row[0] if row else ""

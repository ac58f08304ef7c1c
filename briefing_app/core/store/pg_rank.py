"""Ranking over every match on PostgreSQL, from the scored-term index (pg_schema.py, migration 4).

BM25 as SQLite's FTS5 computes it: a source's rank is the sum over the query's term groups of
idf(group) * count * (k1 + 1) / (count + norm), where idf is FTS5's log((N - n + 0.5) / (n + 0.5))
(at least 1e-6) and norm = k1 * (1 - b + b * length / average length) is stored per source.

- one English word: the index is in weight order, so the first rows are the best sources;
- several English words: the threshold algorithm (Fagin): read each word's best sources
  in index order until the k-th best complete sum beats what any unread source could still reach
  (the sum of the weights at which the lists were left); exact, and reads little of long lists;
- anything else (Korean and Russian words, filters, other sort orders): one aggregate over the
  index rows of the query's lexemes.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from briefing_app.core.store.pg_schema import K1

Groups = list[list[tuple[str, int]]]  # per query word: (lexeme, occurrences of the word in it)
Query = Callable[[str, list[Any]], list[Any]]
_LIST = "SELECT source_id, score FROM source_terms WHERE lexeme = ? ORDER BY score DESC, source_id LIMIT ?"


def idf(total: int, having: int) -> float:
    ratio = (total - having + 0.5) / (having + 0.5)
    return math.log(ratio) if ratio > 1 else 1e-6


def top_by_term(query: Query, lexeme: str, limit: int) -> list[int]:
    """The sources with the highest weight for one lexeme: the first rows of the index."""
    return [int(r[0]) for r in query(_LIST, [lexeme, limit])]


def top_by_threshold(query: Query, lexemes: list[str], limit: int, weight: dict[str, float]) -> list[int]:
    """The `limit` best sources containing every lexeme, best first (ties by id); `weight` is
    each lexeme's idf."""
    depth = max(4 * limit, 512)
    while True:
        lists = {t: [(int(r[0]), float(r[1])) for r in query(_LIST, [t, depth])] for t in lexemes}
        last = {t: rows[-1][1] if len(rows) == depth else None for t, rows in lists.items()}  # None: all read
        scores: dict[int, dict[str, float]] = {}
        for t, rows in lists.items():
            for source_id, score in rows:
                scores.setdefault(source_id, {})[t] = score
        ranked = _ranked(scores, lexemes, weight, limit)
        if len(ranked) < limit and all(v is not None for v in last.values()):
            depth *= 4  # too few sources in every list yet: read on (cheap) before looking any up
            continue
        bar = -ranked[-1][0] if len(ranked) == limit else -math.inf
        # sources seen in some lists only: look up the other weights of those that could still
        # beat the current k-th (a word whose list was read whole is not in the others)
        wanted = [i for i, got in scores.items() if len(got) < len(lexemes) and all(
            last[t] is not None for t in lexemes if t not in got) and _sum(got, weight) + sum(
            weight[t] * (last[t] or 0.0) for t in lexemes if t not in got) >= bar]
        for at in range(0, len(wanted), 2000):
            for t in lexemes:
                for r in query("SELECT source_id, score FROM source_terms WHERE source_id = ANY(?::bigint[]) "
                               "AND lexeme = ?", [wanted[at:at + 2000], t]):
                    scores[int(r[0])].setdefault(t, float(r[1]))
        ranked = _ranked(scores, lexemes, weight, limit)
        if any(v is None for v in last.values()):
            return [i for _, i in ranked]  # a whole list was read: every match was seen
        reachable = sum(weight[t] * (last[t] or 0.0) for t in lexemes)  # the best an unread source can have
        if len(ranked) == limit and -ranked[-1][0] > reachable:
            return [i for _, i in ranked]
        depth *= 4


def _sum(got: dict[str, float], weight: dict[str, float]) -> float:
    return sum(weight[t] * score for t, score in got.items())


def _ranked(scores: dict[int, dict[str, float]], lexemes: list[str], weight: dict[str, float],
            limit: int) -> list[tuple[float, int]]:
    return sorted((-_sum(got, weight), i) for i, got in scores.items() if len(got) == len(lexemes))[:limit]


def rank_sql(groups: Groups, total: int) -> tuple[str, list[Any]]:
    """`WITH … ranked(source_id, rank)`: every source containing all groups, with its BM25 rank."""
    numbers, lexemes, times = [], [], []
    for n, group in enumerate(groups):
        for lexeme, occurs in group:
            numbers.append(n)
            lexemes.append(lexeme)
            times.append(occurs)
    sql = ("WITH q(g, lexeme, occurs) AS (SELECT * FROM unnest(?::int[], ?::text[], ?::int[])), "
           "hits AS (SELECT q.g, t.source_id, sum(t.tf * q.occurs) AS tf, min(t.norm) AS norm "
           "FROM q JOIN source_terms t ON t.lexeme = q.lexeme GROUP BY q.g, t.source_id), "
           "df AS (SELECT g, count(*) AS n FROM hits GROUP BY g), "
           "ranked AS (SELECT h.source_id, sum(greatest(ln(greatest((? - df.n + 0.5) / (df.n + 0.5), 1)), 1e-6) "
           f"* h.tf * {K1 + 1} / (h.tf + h.norm)) AS rank FROM hits h JOIN df USING (g) "
           "GROUP BY h.source_id HAVING count(*) = ?)")
    return sql, [numbers, lexemes, times, total, len(groups)]

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

import heapq
import math
from collections.abc import Callable
from typing import Any

from briefing_app.core.store.pg_schema import K1

Groups = list[list[tuple[str, int]]]  # per query word: (lexeme, occurrences of the word in it)
Query = Callable[[str, list[Any]], list[Any]]
_LIST = "SELECT source_id, score FROM source_terms WHERE lexeme = ? ORDER BY score DESC, source_id LIMIT ?"


def idf(total: int, having: int) -> float:
    """FTS5's inverse document frequency of a term found in `having` of `total` sources (at least 1e-6)."""
    ratio = (total - having + 0.5) / (having + 0.5)
    return math.log(ratio) if ratio > 1 else 1e-6


def top_by_term(query: Query, lexeme: str, limit: int) -> list[int]:
    """The sources with the highest weight for one lexeme: the first rows of the index."""
    return [int(r[0]) for r in query(_LIST, [lexeme, limit])]


def top_by_threshold(query: Query, lexemes: list[str], limit: int, weight: dict[str, float]) -> list[int]:
    """The `limit` best sources containing every lexeme, best first (ties by id); `weight` is
    each lexeme's idf. Lists are read further a doubling step at a time, never twice."""
    read, depth = 0, max(4 * limit, 512)
    last: dict[str, float | None] = {}  # the weight each list was left at (None: read whole)
    found: dict[int, dict[str, float]] = {}  # source -> its weights seen so far
    complete: dict[int, float] = {}  # source -> its rank, once every word's weight is known
    decided: set[int] = set()  # seen in some lists only, and looked up or ruled out

    def note(source_id: int, t: str, score: float) -> None:
        got = found.setdefault(source_id, {})
        got[t] = score
        if len(got) == len(lexemes):
            complete[source_id] = sum(weight[w] * v for w, v in got.items())

    while True:
        reading = [t for t in lexemes if not read or last[t] is not None]
        got_rows: dict[str, int] = dict.fromkeys(reading, 0)
        lowest: dict[str, float] = {}
        # every list's next rows in one round trip (under load a round trip is what costs)
        for t, source_id, score in query(" UNION ALL ".join(
                [f"(SELECT ?::text, source_id, score FROM ({_LIST} OFFSET ?) x)"] * len(reading)),
                [v for w in reading for v in (w, w, depth - read, read)]):
            got_rows[t] += 1
            lowest[t] = min(lowest.get(t, math.inf), float(score))
            note(int(source_id), t, float(score))
        for t in reading:
            last[t] = lowest[t] if got_rows[t] == depth - read else None
        read = depth
        ranked = heapq.nsmallest(limit, ((-v, i) for i, v in complete.items()))
        if len(ranked) < limit and all(v is not None for v in last.values()):
            depth *= 2  # too few sources in every list yet: read on (cheap) before looking any up
            continue
        bar = -ranked[-1][0] if len(ranked) == limit else -math.inf
        # sources seen in some lists only: look up the other weights of those that could still
        # beat the current k-th (a word whose list was read whole is not in the others)
        bound = {t: -math.inf if v is None else weight[t] * v for t, v in last.items()}
        wanted = []
        for i in [i for i in found if i not in complete and i not in decided]:
            got = found[i]
            if sum(weight[t] * v for t, v in got.items()) + sum(bound[t] for t in lexemes if t not in got) >= bar:
                wanted.append(i)
            # else it can never reach the k-th (which only rises, as the bounds only fall)
        decided.update(i for i in found if i not in complete)  # looked up once, or out for good
        for at in range(0, len(wanted), 2000):
            for t in lexemes:
                for source_id, score in query("SELECT source_id, score FROM source_terms WHERE "
                                              "source_id = ANY(?::bigint[]) AND lexeme = ?", [wanted[at:at + 2000], t]):
                    note(int(source_id), t, float(score))
        ranked = heapq.nsmallest(limit, ((-v, i) for i, v in complete.items()))
        if any(v is None for v in last.values()):
            return [i for _, i in ranked]  # a whole list was read: every match was seen
        reachable = sum(bound.values())  # the best an unread source can have
        if len(ranked) == limit and -ranked[-1][0] > reachable:
            return [i for _, i in ranked]
        depth *= 2


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

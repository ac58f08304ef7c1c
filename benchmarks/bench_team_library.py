"""A large library on a PostgreSQL server: open, search and import, each against bare psycopg
operations on the same server in the same run (a throwaway local cluster, Unix socket).

    .venv/bin/python benchmarks/bench_team_library.py              # 5,000 articles
    .venv/bin/python benchmarks/bench_team_library.py --count 100000
Targets (issue 17, at 100,000 articles): open <= 1 s, search p95 <= 50 ms, import >= 150 articles/s.

The base library is bulk-loaded (not what is measured): synthetic articles (benchmarks/synthetic.py)
with their actors, mentions, clips and quotes, written with COPY on two connections while the
search indexes are dropped, then indexed as a whole, as `briefing push` of a big file would leave
it. Search is timed by kind of query (a word in nearly every article, two words, a word in one
article, Russian, Korean), each ranked over all its matches. Import is measured separately:
sources stored through the core command (one transaction and one undo step each, the analysis
done beforehand, as the import workers do it off the storing thread).
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_library import p95, time_open_and_search  # noqa: E402
from benchmarks.synthetic import PEOPLE, article  # noqa: E402

COLUMNS = ("id", "text", "title", "author", "outlet", "published", "genre", "url", "media_type", "text_hash",
           "created_by", "created_at")
LIST_SQL = "SELECT id, title, author, outlet, published, url, genre, path, file_hash, media_type, imported_at FROM sources ORDER BY id"
COUNTS_SQL = "SELECT source_id, count(*) FROM quotes WHERE status IN ('suggested', 'accepted') GROUP BY source_id"
KINDS = {
    "common word": ["said", "officials", "security", "analysts"],
    "two words": ["Kremlin spokesman", "export controls", "trade investment", "missile tests"],
    "rare word": [],  # an article's number, in its title only: filled in per run
    "Russian": ["санкции", "Москва", "оружия", "предупредила"],
    "Korean": ["조약이", "우크라이나에", "북한은", "안보"],
}
QUOTE = re.compile(r"“([^”]+)”")


def _article_rows(n: int) -> tuple[tuple[Any, ...], list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The source row of article n, its mentions (actor, start, end), its quotes (start, end, text, speaker)."""
    from briefing_app.core.anchoring import normalized_hash

    a = article(n)
    text = a["text"]
    source = (n + 1, text, a["title"], a["author"], a["outlet"], a["published"], a["genre"], a["url"], "text/plain",
              normalized_hash(text), "bench", "2026-01-01T00:00:00Z")
    mentions, quotes = [], []
    for actor, (name, _) in enumerate(PEOPLE, 1):
        at = text.find(name)
        while at >= 0:
            mentions.append((actor, at, at + len(name)))
            at = text.find(name, at + 1)
    for m in QUOTE.finditer(text):
        after = text[m.end(): m.end() + 80]
        speaker = next((i for i, (name, _) in enumerate(PEOPLE, 1) if name in after), None)
        quotes.append((m.start(1), m.end(1), m.group(1), speaker))
    return source, mentions, quotes


def _load_range(conninfo: str, schema: str, numbers: range, clip_ids: range) -> None:
    import psycopg

    sources, mentions, clips, quotes = [], [], [], []
    clip_id = iter(clip_ids)
    for n in numbers:
        source, found, said = _article_rows(n)
        sources.append(source)
        mentions += [(actor, n + 1, start, end) for actor, start, end in found]
        for start, end, text, speaker in said:
            cid = next(clip_id)
            clips.append((cid, n + 1, start, end, text))
            quotes.append((cid, "direct", speaker, "said", "suggested", "bench", "2026-01-01T00:00:00Z"))
    with psycopg.connect(conninfo, autocommit=True) as conn, conn.cursor() as cur:
        cur.execute(f'SET search_path TO "{schema}", public')
        for table, columns, rows in (
                ("sources", COLUMNS, sources), ("mentions", ("actor_id", "source_id", "start", '"end"'), mentions),
                ("clips", ("id", "source_id", "start", '"end"', "text"), clips),
                ("quotes", ("clip_id", "kind", "speaker_id", "cue", "status", "created_by", "created_at"), quotes)):
            with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)


def bulk_load(conninfo: str, schema: str, count: int, chunk: int = 2_000) -> float:
    """The base library: COPY on two connections with the search indexes dropped, then indexed."""
    import psycopg

    from briefing_app.core.store.pg_schema import TERM_INDEXES

    t = time.perf_counter()
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'SET search_path TO "{schema}", public')
        for index in re.findall(r"CREATE INDEX (\w+)", TERM_INDEXES):
            conn.execute(f"DROP INDEX {index}")
        with conn.cursor() as cur, cur.copy("COPY actors (id, name, kind, title, status) FROM STDIN") as copy:
            for i, (name, role) in enumerate(PEOPLE, 1):
                copy.write_row((i, name, "person", role, "accepted"))
        ranges = [range(first, min(count, first + chunk)) for first in range(0, count, chunk)]
        todo = list(enumerate(ranges))
        lock = threading.Lock()

        def worker() -> None:
            while True:
                with lock:
                    if not todo:
                        return
                    k, numbers = todo.pop(0)
                _load_range(conninfo, schema, numbers, range(1 + k * chunk * 20, 1 + (k + 1) * chunk * 20))

        threads = [threading.Thread(target=worker) for _ in range(2)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        conn.execute(TERM_INDEXES)
        for table in ("sources", "actors", "clips", "quotes", "mentions"):
            conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                         f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)")
        conn.execute("VACUUM ANALYZE")  # as autovacuum would, a minute later
    return time.perf_counter() - t


def bare_search(conn: Any, q: str) -> None:
    """The index read alone: the first 50 sources holding the query's words, unranked, no snippets."""
    if q.isascii():
        conn.execute("SELECT source_id FROM source_terms WHERE lexeme = ANY(ARRAY(SELECT lexeme FROM "
                     "unnest(to_tsvector('english', %s)))) LIMIT 50", (q,)).fetchall()
    else:
        conn.execute("SELECT source_id FROM source_terms WHERE lexeme IN (SELECT word FROM search_words "
                     "WHERE word LIKE %s) LIMIT 50", (f"%{q.lower()}%",)).fetchall()


def measure_import(url: str, conninfo: str, schema: str, count: int) -> tuple[float, float]:
    """(ours, bare) seconds to store `count` analysed articles, one transaction each."""
    import psycopg

    from briefing_app.core import actions
    from briefing_app.core.history import History
    from briefing_app.core.model import Metadata, SourceDoc
    from briefing_app.core.project import open_project
    from briefing_app.workflow.importing import analyse_doc

    docs = []
    for n in range(10_000_000, 10_000_000 + count):
        a = article(n, words=500)
        doc = SourceDoc(a["text"], Metadata(title=a["title"], author=a["author"], outlet=a["outlet"]), path=f"a{n}.txt")
        docs.append((doc, analyse_doc(doc)))
    rows_per_doc = []
    with open_project(url) as project:
        history = History(project)
        t = time.perf_counter()
        for doc, analysis in docs:
            history.push(actions.import_source(doc, analysis))
            rows_per_doc.append(len(project.touched))
        ours = time.perf_counter() - t
    # bare: the same number of rows per article (a source row, then that many small rows), one transaction each
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'SET search_path TO "{schema}", public')
        t = time.perf_counter()
        for (doc, _), rows in zip(docs, rows_per_doc):
            with conn.transaction():
                sid = conn.execute("INSERT INTO sources (text, title) VALUES (%s, %s) RETURNING id",
                                   (doc.text, doc.metadata.title)).fetchone()[0]  # type: ignore[index]
                with conn.cursor() as cur:
                    cur.executemany("INSERT INTO boilerplate (source_id, start, \"end\") VALUES (%s, %s, %s)",
                                    [(sid, i, i + 1) for i in range(max(0, rows - 1))])
        bare = time.perf_counter() - t
    return ours, bare


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=5_000)
    ap.add_argument("--rounds", type=int, default=40, help="searches per kind of query")
    ap.add_argument("--imports", type=int, default=300)
    args = ap.parse_args()
    import psycopg

    from briefing_app.cli.local_server import LocalServer
    from briefing_app.core.project import open_project
    from briefing_app.core.store import pg_server

    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, LocalServer(tmp) as server:
        url, conninfo, schema = server.url("bench"), server.conninfo(), "bb_bench"
        pg_server.upgrade(url, create=True)
        loaded = bulk_load(conninfo, schema, args.count)
        rng = random.Random(1)
        kinds = {k: v or [str(rng.randrange(args.count)) for _ in range(8)] for k, v in KINDS.items()}
        queries = [(k, rng.choice(qs)) for k, qs in kinds.items() for _ in range(args.rounds)]
        rng.shuffle(queries)

        with psycopg.connect(conninfo, autocommit=True) as conn:  # both timings read from a warm cache
            conn.execute(f'SET search_path TO "{schema}", public')
            conn.execute(LIST_SQL).fetchall()
            conn.execute(COUNTS_SQL).fetchall()
        t = time.perf_counter()
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f'SET search_path TO "{schema}", public')
            listed_bare = len(conn.execute(LIST_SQL).fetchall())
            base_open = time.perf_counter() - t
            t = time.perf_counter()
            conn.execute(COUNTS_SQL).fetchall()
            base_counts = time.perf_counter() - t
            base_search: dict[str, list[float]] = {k: [] for k in kinds}
            for k, q in queries:
                t = time.perf_counter()
                bare_search(conn, q)
                base_search[k].append(time.perf_counter() - t)
        project, listed, ours_open, timed = time_open_and_search(lambda: open_project(url), [q for _, q in queries])
        t = time.perf_counter()
        project.quote_counts()
        ours_counts = time.perf_counter() - t
        project.close()
        ours_search: dict[str, list[float]] = {k: [] for k in kinds}
        for (k, _), seconds in zip(queries, timed):
            ours_search[k].append(seconds)
        ours_import, bare_import = measure_import(url, conninfo, schema, args.imports)

    assert listed == listed_bare == args.count
    rate = args.imports / ours_import
    every = [s for v in ours_search.values() for s in v]
    bare_every = [s for v in base_search.values() for s in v]
    print(f"server library: {args.count} articles of ~800 words with their actors, mentions, clips and quotes, "
          f"bulk-loaded and indexed in {loaded:.1f} s; whole run {time.perf_counter() - started:.0f} s")
    print(f"open + list all:   ours {ours_open * 1000:7.1f} ms | bare psycopg {base_open * 1000:7.1f} ms"
          f" | ratio {ours_open / base_open:.1f}x   target <= 1000 ms: {'PASS' if ours_open <= 1 else 'FAIL'}")
    print(f"quote counts (the library's column, read with the list): ours {ours_counts * 1000:6.1f} ms | bare psycopg "
          f"{base_counts * 1000:6.1f} ms | ratio {ours_counts / base_counts:.1f}x")
    print("search p95 (top 50 of all matches, ranked + snippets) | bare psycopg (first 50 index rows, unranked):")
    for k in kinds:
        ours, bare = p95(ours_search[k]), p95(base_search[k])
        print(f"  {k:12} ours {ours * 1000:6.1f} ms (max {max(ours_search[k]) * 1000:5.1f}) | bare {bare * 1000:5.1f} ms"
              f" | ratio {ours / bare:5.1f}x   e.g. {kinds[k][0]!r}")
    print(f"  {'all':12} ours {p95(every) * 1000:6.1f} ms (max {max(every) * 1000:5.1f}) | bare {p95(bare_every) * 1000:5.1f} ms"
          f" | ratio {p95(every) / p95(bare_every):5.1f}x   target <= 50 ms: {'PASS' if p95(every) <= 0.050 else 'FAIL'}")
    print(f"import (store, one transaction + undo step each): {rate:.0f} articles/s | bare psycopg "
          f"{args.imports / bare_import:.0f} articles/s | ratio {ours_import / bare_import:.1f}x"
          f"   target >= 150 articles/s: {'PASS' if rate >= 150 else 'FAIL'}")


if __name__ == "__main__":
    main()

"""A large library on a PostgreSQL server: open, search and import, each against bare psycopg
operations on the same server in the same run (a throwaway local cluster, Unix socket).

    .venv/bin/python benchmarks/bench_team_library.py              # 5,000 articles
    .venv/bin/python benchmarks/bench_team_library.py --count 100000
Targets (issue 17, at 100,000 articles): open <= 1 s, search p95 <= 50 ms, import >= 150 articles/s.
The library is bulk-loaded with COPY (not what is measured); import is measured separately:
sources stored through the core command (one transaction and one undo step each, the
analysis done beforehand, as the import workers do it off the storing thread).
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_library import QUERIES, p95, time_open_and_search  # noqa: E402
from benchmarks.synthetic import article  # noqa: E402

COLUMNS = ("text", "title", "author", "outlet", "published", "genre", "url", "media_type", "text_hash",
           "created_by", "created_at")
LIST_SQL = "SELECT id, title, author, outlet, published, url, genre, path, file_hash, media_type, imported_at FROM sources ORDER BY id"


def bulk_load(conninfo: str, schema: str, count: int) -> float:
    import psycopg

    from briefing_app.core.anchoring import normalized_hash

    t = time.perf_counter()
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'SET search_path TO "{schema}", public')
        with conn.cursor() as cur, cur.copy(f"COPY sources ({', '.join(COLUMNS)}) FROM STDIN") as copy:
            for n in range(count):
                a = article(n)
                copy.write_row((a["text"], a["title"], a["author"], a["outlet"], a["published"], a["genre"], a["url"],
                                "text/plain", normalized_hash(a["text"]), "bench", "2026-01-01T00:00:00Z"))
        conn.execute("ANALYZE sources")
        conn.execute("ANALYZE source_search")  # autovacuum would, a minute later
    return time.perf_counter() - t


def bare_search(conn, q: str) -> None:  # type: ignore[no-untyped-def]
    """The index lookup alone: no ranking, no snippets, no filters."""
    if q.isascii():
        conn.execute("SELECT source_id FROM source_search WHERE english @@ plainto_tsquery('english', %s) LIMIT 50",
                     (q,)).fetchall()
    else:
        conn.execute("SELECT source_id FROM source_search WHERE folded LIKE %s LIMIT 50", (f"%{q.lower()}%",)).fetchall()


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
    ap.add_argument("--rounds", type=int, default=200)
    ap.add_argument("--imports", type=int, default=300)
    args = ap.parse_args()
    import psycopg

    from briefing_app.cli.local_server import LocalServer
    from briefing_app.core.project import open_project
    from briefing_app.core.store import pg_server

    with tempfile.TemporaryDirectory() as tmp, LocalServer(tmp) as server:
        url, conninfo, schema = server.url("bench"), server.conninfo(), "bb_bench"
        pg_server.upgrade(url, create=True)
        loaded = bulk_load(conninfo, schema, args.count)
        rng = random.Random(1)
        queries = [rng.choice(QUERIES) for _ in range(args.rounds)]

        t = time.perf_counter()
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f'SET search_path TO "{schema}", public')
            listed_bare = len(conn.execute(LIST_SQL).fetchall())
            base_open = time.perf_counter() - t
            base_search = []
            for q in queries:
                t = time.perf_counter()
                bare_search(conn, q)
                base_search.append(time.perf_counter() - t)
        project, listed, ours_open, ours_search = time_open_and_search(lambda: open_project(url), queries)
        project.close()
        ours_import, bare_import = measure_import(url, conninfo, schema, args.imports)

    assert listed == listed_bare == args.count
    rate = args.imports / ours_import
    print(f"server library: {args.count} articles of ~800 words, bulk-loaded with COPY in {loaded:.1f} s")
    print(f"open + list all:   ours {ours_open * 1000:7.1f} ms | bare psycopg {base_open * 1000:7.1f} ms"
          f" | ratio {ours_open / base_open:.1f}x   target <= 1000 ms: {'PASS' if ours_open <= 1 else 'FAIL'}")
    print(f"search p95 (top 50, ranked + snippets): ours {p95(ours_search) * 1000:6.1f} ms (max {max(ours_search) * 1000:.1f})"
          f" | bare psycopg (unranked) {p95(base_search) * 1000:6.1f} ms | ratio {p95(ours_search) / p95(base_search):.1f}x"
          f"   target <= 50 ms: {'PASS' if p95(ours_search) <= 0.050 else 'FAIL'}")
    print(f"import (store, one transaction + undo step each): {rate:.0f} articles/s | bare psycopg "
          f"{args.imports / bare_import:.0f} articles/s | ratio {ours_import / bare_import:.1f}x"
          f"   target >= 150 articles/s: {'PASS' if rate >= 150 else 'FAIL'}")


if __name__ == "__main__":
    main()

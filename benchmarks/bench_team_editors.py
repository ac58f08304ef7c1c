"""Many editors on one team project, for a bounded time, on a throwaway local PostgreSQL server.

    .venv/bin/python benchmarks/bench_team_editors.py                  # 20 editors, 120 s
    .venv/bin/python benchmarks/bench_team_editors.py --seconds 20

Each editor (a thread with its own connection and undo history, as a GUI would have) appends
to an option's notes based on the version it read, accepts/rejects quotes, edits memo text,
and undoes its own last step; a watcher follows the change notifications and re-reads.
Checked afterwards: no lost update (every committed write left a distinct row version and
every committed append is in the text unless its own undo took it out), no constraint
violation, every refused edit reported to its editor; change visibility p95 (commit to a
colleague's re-read). A bare psycopg versioned UPDATE is timed in the same run for the ratio.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import threading
import time
from collections import defaultdict, deque
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_library import p95  # noqa: E402


def seed(url: str) -> None:
    """A project with 5 options, 40 quotes and a memo of 10 text items."""
    from briefing_app.core import actions
    from briefing_app.core.history import History
    from briefing_app.core.model import Analysis, Metadata, Option, Quote, SourceDoc
    from briefing_app.core.project import open_project

    text = " ".join(f'"Statement number {n} about the talks," an official said.' for n in range(40))
    spans, at = [], 0
    for n in range(40):
        q = f'"Statement number {n} about the talks,"'
        at = text.index(q, at)
        spans.append(Quote(at, at + len(q), q, "direct"))
        at += len(q)
    analysis = Analysis(metadata=Metadata(), quotes=spans, actors=[], boilerplate=[],
                        options=[Option(f"Option {k}", "support", 0, 10) for k in range(5)])
    with open_project(url) as p:
        h = History(p)
        h.push(actions.import_source(SourceDoc(text, Metadata(title="Talks")), analysis))
        h.push(actions.create_memo("info-memo", [("background", "Background")]))
        section = p.get_memo(p.list_memos()[0][0]).sections[0].id
        for k in range(10):
            h.push(actions.add_memo_item(p, section, "text", body=f"Paragraph {k}."))


class Stats:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.committed = 0
        self.refused = 0  # StaleEditError: reported to the editor
        self.undone = 0
        self.undo_refused = 0
        self.violations = 0  # the server refused a write (constraint)
        self.other_errors: list[str] = []
        self.versions: dict[tuple[str, int], list[int]] = defaultdict(list)  # row -> versions committed
        self.appended: dict[int, set[str]] = defaultdict(set)  # option -> tokens committed (minus undone)
        self.commits: dict[int, deque[float]] = defaultdict(deque)  # backend pid -> commit times
        self.latencies: list[float] = []

    def wrote(self, touched: dict, pid: int) -> None:
        with self.lock:
            for key, version in touched.items():
                if version is not None:
                    self.versions[key].append(version)
            self.commits[pid].append(time.perf_counter())


def editor(k: int, url: str, until: float, stats: Stats, think: tuple[float, float] = (0.05, 0.25)) -> None:
    from briefing_app.core import actions
    from briefing_app.core.commands import UpdateCommand
    from briefing_app.core.errors import ProjectError, StaleEditError
    from briefing_app.core.history import History
    from briefing_app.core.project import open_project

    rng = random.Random(k)
    project = open_project(url)
    history = History(project)
    options = [o.id for o in project.list_options()]
    quotes = [q.id for q in project.list_quotes()]
    memo = project.get_memo(project.list_memos()[0][0])
    items = [i.id for i in memo.sections[0].items]
    steps: list[tuple[int, str] | None] = []  # per step on this editor's undo stack: the append it made
    n = 0
    while time.perf_counter() < until:
        n += 1
        roll = rng.random()
        try:
            if roll < 0.45:
                option = project.get_option(rng.choice(options))
                token = f"[e{k}.{n}]"
                history.push(UpdateCommand("Edit option", "options", option.id, {"pros": option.pros + token},
                                           option.version))
                with stats.lock:
                    stats.appended[option.id].add(token)
                steps.append((option.id, token))
            elif roll < 0.75:
                quote = project.get_quote(rng.choice(quotes))
                history.push(actions.set_quote_status(quote.id, rng.choice(["accepted", "rejected"]), quote.version))
                steps.append(None)
            elif roll < 0.9:
                item = project.get_row("memo_items", rng.choice(items))
                assert item is not None
                history.push(UpdateCommand("Edit text", "memo_items", item["id"], {"body": f"Paragraph by {k} ({n})."},
                                           item["version"]))
                steps.append(None)
            else:
                if not history.can_undo:
                    continue
                history.undo()
                undone = steps.pop()
                with stats.lock:
                    stats.undone += 1
                    if undone is not None:  # the append it took out is no longer expected
                        stats.appended[undone[0]].discard(undone[1])
                stats.wrote(project.touched, project.backend_pid)
                continue
            with stats.lock:
                stats.committed += 1
            stats.wrote(project.touched, project.backend_pid)
        except StaleEditError:
            with stats.lock:
                if roll >= 0.9:
                    stats.undo_refused += 1
                else:
                    stats.refused += 1
        except ProjectError as exc:
            with stats.lock:
                if "refused the change" in str(exc):
                    stats.violations += 1
                else:
                    stats.other_errors.append(str(exc))
        time.sleep(rng.uniform(*think))  # people think between edits
    project.close()


def watcher(url: str, until: float, stats: Stats) -> None:
    """A colleague's window: on each notification, re-read what changed; the time from the
    sender's commit to the end of this re-read is the visibility latency."""
    import select

    from briefing_app.core.project import open_project

    project = open_project(url)
    feed = project.change_feed()
    while time.perf_counter() < until + 2:
        ready, _, _ = select.select([feed], [], [], 0.5)
        if not ready:
            continue
        changes = feed.poll()
        if changes:
            project.list_options()  # the refresh a panel does
        now = time.perf_counter()
        with stats.lock:
            for pid in feed.senders:
                if stats.commits[pid]:
                    stats.latencies.append(now - stats.commits[pid].popleft())
    feed.close()
    project.close()


def bare_vs_ours(url: str, conninfo: str, schema: str, rounds: int = 200) -> tuple[float, float]:
    """Seconds per versioned edit: one bare psycopg UPDATE … WHERE version = %s vs our step."""
    import psycopg

    from briefing_app.core.commands import UpdateCommand
    from briefing_app.core.history import History
    from briefing_app.core.project import open_project

    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'SET search_path TO "{schema}", public')
        t = time.perf_counter()
        for n in range(rounds):
            v = conn.execute("SELECT version FROM options WHERE id = 1").fetchone()[0]  # type: ignore[index]
            conn.execute("UPDATE options SET description = %s, version = version + 1 WHERE id = 1 AND version = %s",
                         (f"bare {n}", v))
        bare = (time.perf_counter() - t) / rounds
    with open_project(url) as p:
        h = History(p)
        t = time.perf_counter()
        for n in range(rounds):
            o = p.get_option(1)
            h.push(UpdateCommand("Edit option", "options", 1, {"description": f"ours {n}"}, o.version))
        ours = (time.perf_counter() - t) / rounds
    return bare, ours


def run_editors(url: str, editors: int, seconds: float, think: tuple[float, float] = (0.05, 0.25)) -> dict[str, object]:
    from briefing_app.core.project import open_project

    stats = Stats()
    until = time.perf_counter() + seconds
    threads = [threading.Thread(target=watcher, args=(url, until, stats))]
    threads += [threading.Thread(target=editor, args=(k, url, until, stats, think)) for k in range(editors)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    lost_text = lost_versions = 0
    with open_project(url) as p:
        for option in p.list_options():
            lost_text += sum(1 for token in stats.appended[option.id] if token not in option.pros)
        for (table, row_id), versions in stats.versions.items():
            row = p.get_row(table, row_id)
            if len(set(versions)) != len(versions) or (row is not None and row["version"] != max(versions)):
                lost_versions += 1
        orphans = p.query("SELECT count(*) FROM quotes q LEFT JOIN clips c ON c.id = q.clip_id WHERE c.id IS NULL")[0][0]
    return {"committed": stats.committed, "refused": stats.refused, "undone": stats.undone,
            "undo_refused": stats.undo_refused, "violations": stats.violations + int(orphans),
            "lost": lost_text + lost_versions, "lost_text": lost_text, "lost_versions": lost_versions,
            "errors": stats.other_errors, "latencies": stats.latencies}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--editors", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=120)
    args = ap.parse_args()
    from briefing_app.cli.local_server import LocalServer
    from briefing_app.core.store import pg_server

    with tempfile.TemporaryDirectory() as tmp, LocalServer(tmp) as server:
        url = server.url("desk")
        pg_server.upgrade(url, create=True)
        seed(url)
        bare, ours = bare_vs_ours(url, server.conninfo(), "bb_desk")
        r = run_editors(url, args.editors, args.seconds)
    lat = r["latencies"]
    assert isinstance(lat, list)
    print(f"editors: {args.editors} for {args.seconds:.0f} s: {r['committed']} edits committed, {r['refused']} refused as "
          f"stale (each reported to its editor), {r['undone']} undos, {r['undo_refused']} undos refused")
    print(f"lost updates: {r['lost']} ({r['lost_text']} committed appends missing, {r['lost_versions']} rows whose "
          f"committed versions repeat or fall behind)   constraint violations: {r['violations']}   other errors: {len(r['errors'])}"
          f"   target 0/0: {'PASS' if r['lost'] == 0 and r['violations'] == 0 else 'FAIL'}")
    if lat:
        print(f"change visibility (commit -> colleague re-read): p50 {sorted(lat)[len(lat) // 2] * 1000:.0f} ms, "
              f"p95 {p95(lat) * 1000:.0f} ms over {len(lat)} commits   target p95 <= 1000 ms: "
              f"{'PASS' if p95(lat) <= 1 else 'FAIL'}")
    print(f"one versioned edit: ours {ours * 1000:.2f} ms | bare psycopg {bare * 1000:.2f} ms | ratio {ours / bare:.1f}x")
    for e in r["errors"][:5]:  # type: ignore[index]
        print(f"  error: {e}")


if __name__ == "__main__":
    main()

"""Faults on a team project (a throwaway local PostgreSQL server):

1. the server restarts in the middle of a session: every edit is committed or reported;
2. a client is killed in the middle of a transaction: no partial change is left;
3. the connection drops during an import: no file reported as imported is missing.

    .venv/bin/python benchmarks/bench_team_faults.py
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def restart_mid_session(server, url: str, edits: int = 150) -> dict[str, int]:  # type: ignore[no-untyped-def]
    from briefing_app.core import actions
    from briefing_app.core.commands import UpdateCommand
    from briefing_app.core.errors import ProjectError
    from briefing_app.core.history import History
    from briefing_app.core.model import Metadata, SourceDoc
    from briefing_app.core.project import open_project

    with open_project(url) as p:
        History(p).push(actions.create_memo("info-memo", [("notes", "Notes")]))
        History(p).push(actions.import_source(SourceDoc("Fault test.", Metadata(title="f"))))
    committed, reported = [], []
    restarter = threading.Timer(1.0, server.restart)
    with open_project(url) as p:
        h = History(p)
        restarter.start()
        for n in range(edits):
            token = f"<{n}>"
            try:
                row = p.get_row("memos", 1)
                assert row is not None
                h.push(UpdateCommand("Edit", "memos", 1, {"subject": row["subject"] + token}, row["version"]))
                committed.append(token)
            except ProjectError:
                reported.append(token)
            time.sleep(0.02)
        restarter.join()
        final = str(p.get_row("memos", 1)["subject"])  # type: ignore[index]
    lost = sum(1 for t in committed if t not in final)
    return {"edits": edits, "committed": len(committed), "reported": len(reported), "lost": lost}


KILLED = r"""
import sys, time
from briefing_app.core.project import open_project
p = open_project(sys.argv[1])
n = 0
while True:
    n += 1
    with p.transaction():
        p.insert("sources", {"text": f"pair {n}", "title": f"pair {n}"})
        time.sleep(0.01)
        p.insert("options", {"summary": f"pair {n}"})
"""


def kill_mid_transaction(url: str, rounds: int = 5) -> dict[str, int]:
    from briefing_app.core.project import open_project

    partial = 0
    for _ in range(rounds):
        child = subprocess.Popen([sys.executable, "-c", KILLED, url], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
        time.sleep(1.5)
        child.send_signal(signal.SIGKILL)
        child.wait()
        with open_project(url) as p:
            sources = {s.metadata.title for s in p.list_sources() if (s.metadata.title or "").startswith("pair")}
            options = {o.summary for o in p.list_options() if o.summary.startswith("pair")}
            partial = len(sources ^ options)
            pairs = len(sources & options)
    return {"kills": rounds, "pairs": pairs, "partial": partial}


def drop_during_import(url: str, folder: Path, files: int = 40) -> dict[str, int]:
    import psycopg

    from benchmarks.synthetic import write_files
    from briefing_app.core.history import History
    from briefing_app.core.project import open_project
    from briefing_app.core.store.pg_address import parse_address
    from briefing_app.workflow.importing import import_files

    paths = write_files(folder, files, words=300)
    with open_project(url) as p:
        pid = p.backend_pid

        def drop() -> None:
            with psycopg.connect(parse_address(url).conninfo, autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", (pid,))

        timer = threading.Timer(1.0, drop)
        timer.start()
        report = import_files(p, History(p), paths, workers=0)
        timer.join()
        stored = {s.path for s in p.list_sources()}
    ok = [o for o in report.outcomes if not o.error and o.duplicate_of is None]
    missing = sum(1 for o in ok if str(o.path) not in stored)
    failed = sum(1 for o in report.outcomes if o.error)
    not_imported = files - len(ok) - failed if report.stopped else 0
    return {"files": files, "reported_imported": len(ok), "reported_failed": failed, "missing": missing,
            "stopped": not_imported}


def main() -> None:
    from briefing_app.cli.local_server import LocalServer
    from briefing_app.core.store import pg_server

    with tempfile.TemporaryDirectory() as tmp, LocalServer(tmp) as server:
        urls = [server.url(name) for name in ("restart", "kill", "drop")]
        for u in urls:
            pg_server.upgrade(u, create=True)
        r = restart_mid_session(server, urls[0])
        print(f"server restart mid-session: {r['edits']} edits, {r['committed']} committed, {r['reported']} reported "
              f"to the user, {r['lost']} committed but lost   target 0 lost: {'PASS' if r['lost'] == 0 else 'FAIL'}")
        k = kill_mid_transaction(urls[1])
        print(f"client killed mid-transaction ({k['kills']} times): {k['pairs']} whole changes, {k['partial']} partial"
              f"   target 0 partial: {'PASS' if k['partial'] == 0 else 'FAIL'}")
        d = drop_during_import(urls[2], Path(tmp) / "files")
        print(f"connection dropped during import: {d['files']} files, {d['reported_imported']} reported imported, "
              f"{d['reported_failed']} reported failed, {d['stopped']} reported not imported (the import stopped with the "
              f"error), {d['missing']} reported imported but missing"
              f"   target 0 missing: {'PASS' if d['missing'] == 0 else 'FAIL'}")


if __name__ == "__main__":
    main()

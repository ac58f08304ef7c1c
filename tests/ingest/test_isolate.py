"""The worker pool: a file whose reader hangs is refused after the timeout, its worker is killed,
and every other file is still read, in order."""
import threading
import time

from briefing_app.core.errors import Cancelled
from briefing_app.core.progress import Progress
from briefing_app.ingest.isolate import run_ordered
from tests.ingest.slow_reader import echo, grow, read_or_fail, read_or_hang, read_pid


def _files(tmp_path, names):
    paths = []
    for name in names:
        p = tmp_path / name
        p.write_text(f"text of {name}", encoding="utf-8")
        paths.append(str(p))
    return paths


def test_hanging_file_is_refused_and_the_rest_are_read(tmp_path):
    paths = _files(tmp_path, ["a.txt", "hang.txt", "b.txt", "c.txt"])
    started = time.monotonic()
    rows = list(run_ordered(read_or_hang, paths, workers=2, progress=Progress(), timeout=2.0,
                            preload=("tests.ingest.slow_reader",)))
    assert time.monotonic() - started < 30
    assert [r[0] for r in rows] == paths
    by_name = {r[0].rsplit("/", 1)[-1]: r for r in rows}
    assert by_name["hang.txt"][1] is None and "too large or too complex to read within the time limit (2 s)" in by_name["hang.txt"][-1]
    for name in ("a.txt", "b.txt", "c.txt"):
        assert by_name[name][1] == f"text of {name}" and by_name[name][-1] is None


def test_cancel_while_a_worker_hangs_returns_promptly(tmp_path):
    paths = _files(tmp_path, ["hang1.txt", "hang2.txt", "d.txt"])
    progress = Progress()
    rows = run_ordered(read_or_hang, paths, workers=2, progress=progress, timeout=60.0)
    started = time.monotonic()
    try:
        threading.Timer(1.5, progress.cancel).start()
        list(rows)
        raise AssertionError("not cancelled")
    except Cancelled:
        pass
    assert time.monotonic() - started < 15


def test_a_file_that_kills_its_worker_costs_only_that_file(tmp_path):
    """The files sent ahead to the worker that died are read by another, in order."""
    paths = _files(tmp_path, ["a.txt", "crash.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt"])
    rows = list(run_ordered(read_or_hang, paths, workers=2, progress=Progress(), timeout=30.0,
                            preload=("tests.ingest.slow_reader",)))
    assert [r[0] for r in rows] == paths
    by_name = {r[0].rsplit("/", 1)[-1]: r for r in rows}
    assert by_name["crash.txt"][1] is None and "its reader ran out of memory or crashed" in by_name["crash.txt"][-1]
    for name in ("a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt"):
        assert by_name[name][1] == f"text of {name}" and by_name[name][-1] is None


def test_a_worker_that_died_with_files_queued_still_costs_only_its_file(tmp_path):
    """The next file is sent to a worker that already died (while the previous answer was being
    stored): the send must not fail the import; that worker's files go to a fresh one."""
    paths = _files(tmp_path, ["a.txt", "crash.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt", "g.txt"])
    rows = []
    for row in run_ordered(read_or_hang, paths, workers=1, progress=Progress(), timeout=30.0,
                           preload=("tests.ingest.slow_reader",)):
        rows.append(row)
        time.sleep(0.3)  # storing the answer: the worker reads crash.txt and dies meanwhile
    assert [r[0] for r in rows] == paths
    by_name = {r[0].rsplit("/", 1)[-1]: r for r in rows}
    assert by_name["crash.txt"][1] is None and "its reader ran out of memory or crashed" in by_name["crash.txt"][-1]
    for name in ("a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt", "g.txt"):
        assert by_name[name][1] == f"text of {name}" and by_name[name][-1] is None


def test_large_items_and_answers_pass_in_order():
    """Items and answers far larger than a pipe holds (a big paste) neither block nor reorder."""
    items = [chr(0x430 + n) * (300_000 + n) for n in range(7)]
    rows = list(run_ordered(echo, items, workers=2, progress=Progress(), timeout=60.0,
                            preload=("tests.ingest.slow_reader",)))
    assert [(r[1], r[2], r[3]) for r in rows] == [(item, len(item), None) for item in items]


def test_items_sent_ahead_fit_a_small_pipe(monkeypatch):
    """Where a pipe holds 8 KB (macOS's socket pairs, Windows' pipes), a worker sending a large
    answer and the caller sending it the next item must not wait on each other for ever: only an
    item far smaller than that goes to a busy worker."""
    import os
    import socket

    from briefing_app.ingest import workers

    start = workers.Worker.__init__

    def small_pipe(self, *args):
        start(self, *args)
        with socket.socket(fileno=os.dup(self.conn.fileno())) as end:
            end.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 8 << 10)

    monkeypatch.setattr(workers.Worker, "__init__", small_pipe)
    items = [chr(0x61 + n) * 12_000 for n in range(5)]
    rows: list[tuple] = []
    reader = threading.Thread(target=lambda: rows.extend(run_ordered(
        grow, items, workers=1, progress=Progress(), timeout=60.0, preload=("tests.ingest.slow_reader",))), daemon=True)
    reader.start()
    reader.join(30)
    assert not reader.is_alive(), "the caller and the worker wait on each other"
    assert [(r[1], r[2], r[3]) for r in rows] == [(item * 40, len(item), None) for item in items]

def test_a_slow_file_holds_up_only_its_worker(tmp_path):
    """While one worker reads a slow file, the other reads the files after it (their answers wait
    for their turn), not only those sent to it before."""
    paths = _files(tmp_path, ["slow.txt"] + [f"{c}.txt" for c in "abcdef"])
    rows = list(run_ordered(read_pid, paths, workers=2, progress=Progress(), timeout=30.0,
                            preload=("tests.ingest.slow_reader",)))
    assert [r[0] for r in rows] == paths and all(r[-1] is None for r in rows)
    slow_worker = rows[0][1]
    assert sum(r[1] == slow_worker for r in rows) <= 2  # the slow file and at most the one sent with it


def test_idle_workers_end_when_told_not_killed(monkeypatch):
    """At the end each idle worker is told to stop and exits by itself (exit code 0). Waiting for it
    to see its pipe close kept a CLI import 2 s longer: under fork a worker started later holds a
    copy of an earlier one's pipe end, so the earlier one never saw it close and was killed after
    a second's wait (exit code -9)."""
    from briefing_app.ingest import isolate

    started = []
    make = isolate._worker

    def recorded(*args, **kwargs):
        started.append(make(*args, **kwargs))
        return started[-1]

    monkeypatch.setattr(isolate, "_worker", recorded)
    rows = list(run_ordered(echo, [b"a", b"b", b"c"], workers=2, progress=Progress(), timeout=60.0,
                            start_method="fork"))
    assert [r[0] for r in rows] == [b"a", b"b", b"c"]
    assert len(started) == 2
    assert [w.process.exitcode for w in started] == [0, 0]


def test_a_readers_unexpected_exception_costs_only_its_file(tmp_path):
    """A bug in one file's reader (an exception it does not foresee, an answer that cannot be sent
    back) is that file's clear one-line error; the files after it are still read, in order."""
    paths = _files(tmp_path, ["a.txt", "bug.txt", "b.txt", "odd.txt", "c.txt"])
    rows = list(run_ordered(read_or_fail, paths, workers=2, progress=Progress(), timeout=30.0,
                            preload=("tests.ingest.slow_reader",)))
    assert [r[0] for r in rows] == paths
    by_name = {r[0].rsplit("/", 1)[-1]: r for r in rows}
    bug = by_name["bug.txt"][-1]
    assert by_name["bug.txt"][1] is None and bug.startswith("bug.txt: could not be read: the reader failed "
                                                             "unexpectedly (ValueError: unpacked the wrong table)")
    assert "\n" not in bug
    odd = by_name["odd.txt"][-1]
    assert by_name["odd.txt"][1] is None and odd.startswith("odd.txt: could not be read: the reader failed unexpectedly")
    for name in ("a.txt", "b.txt", "c.txt"):
        assert by_name[name][1] == f"text of {name}" and by_name[name][-1] is None

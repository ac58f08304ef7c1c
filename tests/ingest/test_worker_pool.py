"""Import workers kept between imports (ingest/worker_pool.py): the next import with the same
reader and limits reads with them; a worker that grew, is about to end by itself, was started
with other limits, or still had files in flight (a cancel) is not handed out again; an idle
worker ends by itself."""
from __future__ import annotations

import multiprocessing
import threading

import pytest

from briefing_app.core.errors import Cancelled
from briefing_app.core.progress import Progress
from briefing_app.ingest import isolate, worker_pool, workers
from briefing_app.ingest.isolate import default_start_method, run_ordered
from tests.ingest.slow_reader import read_pid

pytestmark = pytest.mark.skipif(default_start_method() != "forkserver", reason="workers are kept only from a server")
PRELOAD = ("tests.ingest.slow_reader",)


def _pids(tmp_path, names: str = "abcd", **kwargs) -> set[int]:
    paths = []
    for name in names:
        p = tmp_path / f"{name}.txt"
        p.write_text(name, encoding="utf-8")
        paths.append(str(p))
    rows = list(run_ordered(read_pid, paths, workers=2, progress=Progress(), timeout=30.0, preload=PRELOAD,
                            keep_workers=True, **kwargs))
    assert [r[0] for r in rows] == paths and all(r[-1] is None for r in rows)
    return {r[1] for r in rows}


@pytest.fixture(autouse=True)
def _empty_pool():
    _drop_kept()
    yield
    _drop_kept()


def _drop_kept() -> None:
    for kept in worker_pool._idle.values():
        for worker, _since in kept:
            worker.stop()
    worker_pool._idle.clear()


def test_the_next_import_reads_with_the_workers_kept(tmp_path):
    first = _pids(tmp_path)
    assert set(worker_pool.kept_pids()) >= first
    assert _pids(tmp_path) <= first


def test_a_worker_with_other_limits_is_not_reused(tmp_path, monkeypatch):
    first = _pids(tmp_path)
    monkeypatch.setattr(isolate, "WORKER_HEADROOM", 256 * 2**20)
    assert not _pids(tmp_path) & first


def test_a_worker_that_grew_is_stopped_not_kept(tmp_path, monkeypatch):
    first = _pids(tmp_path)
    monkeypatch.setattr(worker_pool, "GROWTH", -1)  # now each has "grown" since it was first kept
    assert _pids(tmp_path) <= first  # handed out (not checked then), then stopped at the end
    assert worker_pool.kept_pids() == []
    assert not _pids(tmp_path) & first


def test_a_worker_about_to_end_by_itself_is_not_handed_out(tmp_path, monkeypatch):
    first = _pids(tmp_path)
    kept = [w for ws in worker_pool._idle.values() for w, _ in ws]
    monkeypatch.setattr(worker_pool, "_MARGIN", workers.IDLE_SECONDS)
    assert not _pids(tmp_path) & first
    assert [w.process.exitcode for w in kept] == [0] * len(kept)  # told to stop, not killed


def test_cancelled_workers_are_not_kept(tmp_path):
    progress = Progress()
    paths = []
    for name in ("slow1", "slow2", "slow3"):
        p = tmp_path / f"{name}.txt"
        p.write_text(name, encoding="utf-8")
        paths.append(str(p))
    threading.Timer(0.5, progress.cancel).start()
    with pytest.raises(Cancelled):
        list(run_ordered(read_pid, paths, workers=2, progress=progress, timeout=30.0, preload=PRELOAD,
                         keep_workers=True))
    assert worker_pool.kept_pids() == []


def test_an_idle_worker_ends_by_itself(monkeypatch):
    monkeypatch.setattr(workers, "IDLE_SECONDS", 0.2)
    mine, theirs = multiprocessing.Pipe()
    done = threading.Thread(target=workers.serve, args=(theirs, str, lambda: None, ()), daemon=True)
    done.start()
    done.join(10)
    assert not done.is_alive()
    mine.close()

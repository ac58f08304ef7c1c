"""The one background-work mechanism: Task (progress, partial results, done after the last
partial) and LatestWins (the newest request only)."""
from __future__ import annotations

import threading

from briefing_app.ui.workers import LatestWins, Task


def test_partials_all_arrive_in_order_before_done(qtbot):
    got, ended = [], []
    task = Task(lambda progress, emit: [emit(n) for n in range(500)] and "result")
    task.partial.connect(got.append)
    task.done.connect(lambda result: ended.append((len(got), result)))
    task.start()
    qtbot.waitUntil(lambda: bool(ended), timeout=5000)
    assert got == list(range(500)) and ended == [(500, "result")]


def test_a_failure_arrives_after_the_partials(qtbot):
    got, failed = [], []

    def work(progress, emit):
        emit(1)
        raise RuntimeError("broken")

    task = Task(work)
    task.partial.connect(got.append)
    task.failed.connect(lambda exc: failed.append((list(got), str(exc))))
    task.start()
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert failed == [([1], "broken")]


def test_latest_request_wins(qtbot):
    gate = threading.Event()
    ran, delivered = [], []

    def work(n):
        ran.append(n)
        if n == 1:
            gate.wait(5)
        return n * 10

    latest = LatestWins(work)
    latest.finished.connect(lambda key, out: delivered.append((key, out)))
    latest.request(1, 1)
    qtbot.waitUntil(lambda: ran == [1], timeout=5000)
    latest.request(2, 2)  # waits for 1, then is overtaken by 3 before it starts
    latest.request(3, 3)
    gate.set()
    qtbot.waitUntil(lambda: bool(delivered), timeout=5000)
    assert ran == [1, 3] and delivered == [(3, 30)]  # 1 was overtaken: not delivered
    latest.request(4, 4)
    latest.drop()
    assert latest.wait(5000)
    qtbot.wait(50)
    assert delivered == [(3, 30)]

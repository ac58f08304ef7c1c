"""CPU time of a call, for the tests that check a cost grows linearly with the input (CPU time, not wall
time: a loaded machine must not fail them)."""
from __future__ import annotations

import time
from collections.abc import Callable


def best_cpu(run: Callable[[], object], tries: int = 2) -> float:
    """The least CPU time `run()` took over `tries` calls."""
    best = float("inf")
    for _ in range(tries):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best

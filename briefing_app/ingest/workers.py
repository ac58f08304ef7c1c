"""One worker process of an import and the pipe to it (isolate.py runs them).

Items (a file's path, a paste) go down the pipe, (result, error) pairs come back in the order
the items went, one item read at a time. A worker is a plain process with a pipe, not a
concurrent.futures pool: the calling thread sends and receives itself, so no pool threads wake
twice per file to hand items and results across (they cost more of the storing process's CPU
than unpickling the results).
"""
from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.context import BaseContext
from multiprocessing.reduction import ForkingPickler
from typing import Any

# an item larger than this pickled goes only to a worker with nothing in flight: it then reads
# it whole, never blocked sending a result this process is not reading while sending it the item.
# The items sent ahead ((AHEAD - 1) of them) must fit the smallest pipe buffer there is (8 KB:
# macOS's socket pairs, Windows' pipes) with room to spare; a file's path always does
SEND_AHEAD_BYTES = 1 << 10
# a worker sent nothing for this long ends by itself: one kept between imports (worker_pool.py)
# does not outlive its use; within an import no worker waits this long for its next item
IDLE_SECONDS = 600.0


class WorkerDied(Exception):
    """The worker ended (killed, crashed, out of memory) before answering."""


class Worker:
    """A process that calls `func` on each item it is sent, in a worker started by `init`."""

    def __init__(self, ctx: BaseContext, func: Callable[[Any], Any], init: Callable[..., None],
                 init_args: tuple[Any, ...]) -> None:
        mine, theirs = ctx.Pipe(duplex=True)
        self.process = ctx.Process(target=serve, args=(theirs, func, init, init_args), daemon=True)  # type: ignore[attr-defined]
        self.process.start()
        theirs.close()
        self.conn: Connection = mine
        self.pending: deque[int] = deque()  # what was sent and not yet answered, by number, in order
        self.answered = 0  # items answered in its life (a kept worker reads for several imports)

    def can_take(self, size: int, ahead: int) -> bool:
        return not self.pending or (size <= SEND_AHEAD_BYTES and len(self.pending) < ahead)

    def send(self, number: int, item: bytes) -> None:
        try:
            self.conn.send_bytes(item)
        except OSError:
            pass  # the worker has ended (a file before this one killed it): receive() raises WorkerDied
        self.pending.append(number)

    def receive(self, timeout: float, check: Callable[[], None]) -> Any:
        """The answer to the oldest item sent, waiting up to `timeout` seconds, calling `check`
        every half second; raises TimeoutError, or WorkerDied if the process ended. An exception
        the worker raised (its answer could not be sent) is the answer, as in take()."""
        deadline = time.monotonic() + timeout
        while True:
            check()
            left = deadline - time.monotonic()
            try:
                ready = self.conn.poll(min(0.5, max(left, 0.0)))
                answer = self.conn.recv() if ready else None
            except (EOFError, OSError):
                raise WorkerDied() from None
            if ready:
                self.pending.popleft()
                self.answered += 1
                return answer
            if left <= 0:
                raise TimeoutError()

    def take(self) -> tuple[int, Any]:
        """(number, answer) of the oldest item sent, whose answer has arrived (the pipe is ready);
        raises WorkerDied if the process ended instead. An exception the worker raised is the answer."""
        try:
            answer = self.conn.recv()
        except (EOFError, OSError):
            raise WorkerDied() from None
        self.answered += 1
        return self.pending.popleft(), answer

    def kill(self) -> None:
        try:
            self.process.kill()
            self.process.join(5)
        except (OSError, ValueError, AssertionError):
            pass
        self.conn.close()

    def stop(self) -> None:
        """End an idle worker: told so (STOP), not left to see its pipe close, which it may never
        see in time: a worker forked later holds a copy of this pipe's end."""
        try:
            self.conn.send_bytes(STOP)
        except OSError:
            pass  # already ended
        self.conn.close()
        self.process.join(1)
        if self.process.exitcode is None:
            self.kill()


def pickled(item: Any) -> bytes:
    return bytes(ForkingPickler.dumps(item))


STOP = b""  # an empty message, which no pickled item is: the worker's loop ends


def serve(conn: Connection, func: Callable[[Any], Any], init: Callable[..., None], init_args: tuple[Any, ...]) -> None:
    """The worker's loop: answer each item until the pipe closes, it is told to stop, or it is
    sent nothing for IDLE_SECONDS."""
    init(*init_args)
    while True:
        try:
            if not conn.poll(IDLE_SECONDS):
                return
            message = conn.recv_bytes()
        except (EOFError, OSError):
            return
        if message == STOP:
            return
        item = ForkingPickler.loads(message)
        try:
            answer = func(item)
        except Exception as exc:  # noqa: BLE001 - handed to the caller, which raises it
            answer = exc  # (read_one answers a reader's exceptions itself)
        try:
            conn.send(answer)
        except Exception as exc:  # noqa: BLE001 - an answer that cannot be pickled: say why instead
            conn.send(RuntimeError(f"the worker's answer could not be sent back: {exc}"))

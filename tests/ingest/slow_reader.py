"""A reader for the isolation tests: hangs on files named hang*, takes its worker down with it on
files named crash*, reads the others (spawned workers import it)."""
import os
import time


def read_or_hang(path: str) -> tuple[str, int]:
    if os.path.basename(path).startswith("hang"):
        time.sleep(3600)
    if os.path.basename(path).startswith("crash"):
        os._exit(3)
    with open(path, encoding="utf-8") as fh:
        return fh.read(), 0


def echo(item: str) -> tuple[str, int]:
    return item, len(item)


def grow(item: str) -> tuple[str, int]:
    """An answer far larger than the item: a worker sending it blocks until the caller reads."""
    return item * 40, len(item)

def read_pid(path: str) -> tuple[int, int]:
    """Which worker read the file; a file named slow* takes two seconds."""
    if os.path.basename(path).startswith("slow"):
        time.sleep(2)
    return os.getpid(), 0

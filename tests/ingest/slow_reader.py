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


def read_or_fail(path: str) -> tuple[object, int]:
    """A reader with a bug: files named bug* raise an exception it does not foresee; files named
    odd* give an answer that cannot be sent back (a lambda does not pickle)."""
    name = os.path.basename(path)
    if name.startswith("bug"):
        raise ValueError("unpacked the wrong table\nsecond line")
    if name.startswith("odd"):
        return (lambda: None), 0
    with open(path, encoding="utf-8") as fh:
        return fh.read(), 0

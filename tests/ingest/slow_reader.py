"""A reader for the isolation tests: hangs on files named hang*, reads the others (spawned workers import it)."""
import os
import time


def read_or_hang(path: str) -> tuple[str, int]:
    if os.path.basename(path).startswith("hang"):
        time.sleep(3600)
    with open(path, encoding="utf-8") as fh:
        return fh.read(), 0

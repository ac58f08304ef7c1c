"""Writing the compiled-pattern cache's file (core/pattern_cache.py): what a save keeps, the file
replaced in one step, and the litter of other copies and unfinished saves removed. The bounds
come from pattern_cache (MAX_BYTES, KEEP_DAYS, MAX_OTHER_FILES), passed in at each save."""
from __future__ import annotations

import contextlib
import marshal
import os
import tempfile
import time
from pathlib import Path
from typing import Any


def kept(entries: dict[Any, Any], max_bytes: int, oldest_day: int) -> dict[Any, Any]:
    """What a save writes: entries used since oldest_day, the most recently used last (by day, then
    as `entries` orders them: the caller puts this process's own last), as many of the newest as
    fit in max_bytes. An entry is a compiled pattern (6 fields, its code as bytes) or a pattern's
    text (2 fields), its last field the day it was last used; any other shape is dropped."""
    recent = [(k, e) for k, e in entries.items() if isinstance(e, tuple) and e and isinstance(e[-1], int)
              and e[-1] >= oldest_day
              and (len(e) == 6 and isinstance(e[1], bytes) or len(e) == 2 and isinstance(e[0], str))]
    recent.sort(key=lambda item: item[1][-1])  # stable: the order given within a day
    out: list[tuple[Any, Any]] = []
    size = 0
    for item in reversed(recent):
        try:
            size += len(marshal.dumps(item))
        except ValueError:  # not marshallable (a key of a foreign type): not kept
            continue
        if size > max_bytes:
            break
        out.append(item)
    return dict(reversed(out))


def write(path: Path, entries: dict[Any, Any], max_other_files: int, keep_days: int) -> None:
    """Replace the file in one step (a temporary file renamed over it); never raises."""
    try:
        data = marshal.dumps(entries)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        drop_litter(path, max_other_files, keep_days)
    except Exception:  # noqa: BLE001 - a cache that cannot be written: the next process compiles again
        pass


def drop_litter(path: Path, max_other_files: int, keep_days: int) -> None:
    """Remove temporary files of saves that never finished (a worker killed while saving), once
    they are an hour old (a save still under way takes milliseconds), and the cache files of
    other copies of the app or other Pythons that no process wrote for keep_days, or that are
    not among the max_other_files most recently written (temporary copies of the app come and go)."""
    others: list[tuple[float, str]] = []
    for entry in os.scandir(path.parent):
        with contextlib.suppress(OSError):
            if entry.name.startswith(path.name) and entry.name.endswith(".tmp"):
                if entry.stat().st_mtime < time.time() - 3600:
                    os.unlink(entry.path)
            elif (entry.name.startswith("patterns-") and entry.name.endswith(".marshal") and entry.name != path.name
                  and not os.environ.get("BRIEFING_PATTERN_CACHE")):  # only in our own folder
                others.append((entry.stat().st_mtime, entry.path))
    others.sort(reverse=True)
    for n, (written, other) in enumerate(others):
        if n >= max_other_files or written < time.time() - keep_days * 86400:
            with contextlib.suppress(OSError):
                os.unlink(other)

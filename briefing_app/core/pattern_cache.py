"""Compiled regular expressions kept across processes: the analysis compiles about 350 patterns
when it loads, about 150 ms of CPU in every process that analyses (the CLI, each import worker's
server), most of it in the `re` module's pure-Python parser. Inside `cached_patterns()` a
pattern's compiled form (what `re` hands to `_sre.compile`) comes from a file written the first
time, keyed by the pattern and its flags, in a file named after the Python build and its regex
engine version, so another Python never reads it.

It is only a cache: an unreadable, stale or foreign file is ignored (`_sre.compile` checks the
code it is given) and rewritten; a file that cannot be written leaves everything as it was;
entries no process used for KEEP_DAYS (patterns an update changed) are dropped. A
pattern always compiles to the same thing, so what uses it cannot tell a hit from a miss.
BRIEFING_PATTERN_CACHE names the file instead, or "off" turns the cache off.
"""
from __future__ import annotations

import contextlib
import importlib
import marshal
import os
import sys
import tempfile
import threading
import time
from array import array
from collections.abc import Iterator
from pathlib import Path
from re import _compiler  # type: ignore[attr-defined]
from types import ModuleType
from typing import Any

import _sre  # type: ignore[import-not-found]
import platformdirs

from briefing_app.core.paths import APP_NAME

MAX_ENTRIES = 3000  # past this, a save keeps the most recently used
FORMAT = "v2"  # of the file's entries (in its name: another format is another file)
KEEP_DAYS = 14  # an entry no process used for this long is dropped (a pattern the app changed)
Key = tuple[Any, int]  # (pattern, flags as given)
# what re hands to _sre.compile, but for the pattern (in the key), with the code as bytes (one
# object to read, not thousands of ints), and the day it was last used
Entry = tuple[int, bytes, int, dict[str, int], tuple[Any, ...], int]
_CODE = next((t for t in "ILQ" if array(t).itemsize == _sre.CODESIZE), "")  # the engine's code unit

_lock = threading.RLock()
_depth = 0
_path: Path | None = None  # the cache file of the open context, read at its first pattern
_loaded: dict[Key, Entry] | None = None
_used: dict[Key, Entry] = {}
_dirty = False


def cache_file() -> Path | None:
    override = os.environ.get("BRIEFING_PATTERN_CACHE", "")
    if override.lower() == "off" or not _CODE:
        return None
    if override:
        return Path(override)
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-sre{_sre.MAGIC}"
    return Path(platformdirs.user_cache_dir(APP_NAME)) / f"patterns-{FORMAT}-{tag}.marshal"


def _today() -> int:
    return int(time.time() // 86400)


class _Recorder:
    """Stands in for `_sre` while `re` compiles a new pattern, to keep what it passes to compile()
    for that pattern (a thread that was already inside `re` when the recorder went in compiles
    its own through it too: that is passed on, not kept)."""

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern
        self.entry: Entry | None = None

    def compile(self, pattern: Any, flags: int, code: list[int], groups: int, groupindex: dict[str, int],
                indexgroup: tuple[str | None, ...]) -> Any:
        if pattern is self.pattern and self.entry is None:
            self.entry = (int(flags), array(_CODE, code).tobytes(), int(groups),
                          {str(k): int(v) for k, v in groupindex.items()}, tuple(indexgroup), _today())
        return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)

    def __getattr__(self, name: str) -> Any:
        return getattr(_sre, name)


_original = _compiler.compile


def _compile(pattern: Any, flags: int = 0) -> Any:
    global _dirty, _loaded
    key = (pattern, int(flags))
    with _lock:
        if _loaded is None:
            _loaded = _read(_path) if _path is not None else {}
        entry = _used.get(key) or _loaded.get(key)
        if entry is not None:
            try:
                flags2, code, groups, groupindex, indexgroup, day = entry
                compiled = _sre.compile(pattern, flags2, array(_CODE, code).tolist(), groups, groupindex, indexgroup)
            except Exception:  # noqa: BLE001 - a damaged entry (_sre checks the code): compile anew below
                _loaded.pop(key, None)
            else:
                if day != _today():  # keep it in the file: it is still used
                    entry, _dirty = (*entry[:5], _today()), True
                _used[key] = entry
                return compiled
        if not isinstance(pattern, (str, bytes)) or flags & _compiler.SRE_FLAG_DEBUG:
            return _original(pattern, flags)
        recorder = _Recorder(pattern)
        _compiler._sre = recorder
        try:
            compiled = _original(pattern, flags)
        finally:
            _compiler._sre = _sre
        if recorder.entry is not None:
            _used[key] = recorder.entry
            _dirty = True
        return compiled


def _read(path: Path) -> dict[Key, Entry]:
    try:
        data = marshal.loads(path.read_bytes())
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError, EOFError, TypeError):
        return {}


def _kept(entries: dict[Key, Entry]) -> dict[Key, Entry]:
    """What a save writes: entries used in the last KEEP_DAYS, at most MAX_ENTRIES of the newest."""
    recent = [(k, e) for k, e in entries.items() if isinstance(e, tuple) and len(e) == 6
              and isinstance(e[1], bytes) and isinstance(e[5], int) and e[5] >= _today() - KEEP_DAYS]
    recent.sort(key=lambda item: -item[1][-1])
    return dict(recent[:MAX_ENTRIES])


def _write(path: Path, entries: dict[Key, Entry]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(marshal.dumps(entries))
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, ValueError):
        pass  # a cache that cannot be written: the next process compiles again


@contextlib.contextmanager
def cached_patterns() -> Iterator[None]:
    """Patterns compiled inside come from (and new ones go to) the cache file, read at the first
    pattern compiled inside (a context in which nothing compiles costs nothing). Re-entrant."""
    global _depth, _dirty, _loaded, _path
    path = cache_file()
    if path is None:
        yield
        return
    with _lock:
        if _depth == 0:
            _path, _loaded = path, None
            _compiler.compile = _compile
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                _compiler.compile = _original
                if _dirty:
                    _write(path, _kept({**(_loaded or {}), **_used}))
                _path, _loaded = None, None
                _used.clear()
                _dirty = False


def import_cached(name: str) -> ModuleType:
    """importlib.import_module, with the patterns of a module not yet loaded from the cache."""
    module = sys.modules.get(name)
    if module is not None:
        return module
    with cached_patterns():
        return importlib.import_module(name)

"""Compiled regular expressions kept across processes: the analysis compiles about 350 patterns
when it loads, about 150 ms of CPU in every process that analyses (the CLI, each import worker's
server), most of it in the `re` module's pure-Python parser. Inside `cached_patterns()` a
pattern's compiled form (what `re` hands to `_sre.compile`) comes from a file written the first
time, keyed by the pattern and its flags, in a file named after the Python build and its regex
engine version, so another Python never reads it.

It is only a cache, and never in the way of a compile: an unreadable, stale, foreign or damaged
file or entry is ignored (`_sre.compile` checks the code it is given) and rewritten; a file that
cannot be written (read-only folder, full disk) leaves everything as it was; a Python whose `re`
internals differ (another `_sre.compile` signature) compiles as if there were no cache.

Each installed copy of the app (each checkout) has a file of its own, so copies whose patterns
differ never evict each other's. A file holds at most MAX_BYTES: a save writes the patterns this
process used last, after what others saved, and drops the least recently saved beyond that (the
patterns of an earlier version of the app, once the current one has saved its own), and entries
no process used for KEEP_DAYS. A file no process wrote for KEEP_DAYS (an uninstalled copy, another
Python) is removed. A save merges what other processes wrote meanwhile and replaces the file in
one step, so a reader never sees half a file.
A pattern always compiles to the same thing, so what uses it cannot tell a hit from a miss. Like
Python's own __pycache__, the file is trusted as the user's: who can write it can change the code.
BRIEFING_PATTERN_CACHE names the file instead, or "off" turns the cache off.
"""
from __future__ import annotations

import contextlib
import hashlib
import importlib
import marshal
import os
import re
import sys
import threading
import time
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path
from re import _compiler  # type: ignore[attr-defined]
from types import FrameType, ModuleType
from typing import Any

import _sre  # type: ignore[import-not-found]
import platformdirs

from briefing_app.core import pattern_file
from briefing_app.core.paths import APP_NAME

MAX_BYTES = 6 << 20  # what a save keeps, most recently used first (the app's patterns took ~2.8 MB in session 14)
MAX_FILE_BYTES = 32 << 20  # a larger file is not ours: ignored
FORMAT = "v2"  # of the file's entries (in its name: another format is another file)
KEEP_DAYS = 14  # an entry no process used for this long is dropped (a pattern the app changed)
UNSTABLE_MODULES = frozenset({"reportlab.lib.rl_safe_eval"})  # build a pattern from a set: its text per hash seed
MAX_OTHER_FILES = 12  # other copies' cache files kept beside this one's, most recently written first
Key = tuple[Any, Any]  # (pattern, flags as given), or ("text", fingerprint) for a text (cached_text)
# what re hands to _sre.compile, but for the pattern (in the key), with the code as bytes (one
# object to read, not thousands of ints), and the day it was last used
Entry = tuple[int, bytes, int, dict[str, int], tuple[Any, ...], int]
TextEntry = tuple[str, int]  # a pattern's text built from word lists (cached_text), and the day it was last used
Stored = Entry | TextEntry
# the engine's code unit, "" (no cache) where this Python's re is not the one this module knows
_CODE = next((t for t in "ILQ" if array(t).itemsize == getattr(_sre, "CODESIZE", 0)), "")
_original = getattr(_compiler, "compile", None)

_lock = threading.RLock()
_depth = 0
_threads: dict[int, int] = {}  # the threads inside a context (their depth): only their patterns are cached
_replaced: Any = None  # re's compile while a context is open (put back when the last one closes)
_replaced_re: Any = None  # re.compile while a context is open (likewise)
_PASS_ON = int(re.DEBUG) | int(getattr(re, "TEMPLATE", 0))  # flags re must see itself (it prints, or warns)
_path: Path | None = None  # the cache file of the open context, read at its first pattern
_loaded: dict[Key, Stored] | None = None
_used: dict[Key, Stored] = {}
_dirty = False
_last_read: tuple[tuple[str, int, int, int], dict[Key, Stored]] | None = None  # the file as read last, by its stamp


def cache_file() -> Path | None:
    override = os.environ.get("BRIEFING_PATTERN_CACHE", "")
    if override.lower() == "off" or not _CODE or _original is None or not hasattr(_compiler, "_sre"):
        return None
    if override:
        return Path(override)
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-sre{getattr(_sre, 'MAGIC', 0)}"
    return Path(platformdirs.user_cache_dir(APP_NAME)) / f"patterns-{FORMAT}-{tag}-{_install_id()}.marshal"


def _install_id() -> str:
    """Which copy of the app this is: its folder, hashed (a checkout, a virtual environment)."""
    return hashlib.sha256(str(Path(__file__).resolve().parents[1]).encode()).hexdigest()[:12]


def _today() -> int:
    return int(time.time() // 86400)


class _Recorder:
    """Stands in for `_sre` while `re` compiles a new pattern, to keep what it passes to compile()
    for that pattern. Every call goes on to `_sre` as it came; only the recording thread's call
    for its pattern, in the shape this module knows, is kept (another thread already inside `re`
    when the recorder went in compiles its own through it too)."""

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern
        self.thread = threading.get_ident()
        self.entry: Entry | None = None

    def compile(self, *args: Any, **kwargs: Any) -> Any:
        compiled = _sre.compile(*args, **kwargs)
        if (self.entry is None and not kwargs and len(args) == 6 and args[0] is self.pattern
                and threading.get_ident() == self.thread):
            with contextlib.suppress(Exception):  # an unexpected shape: nothing kept
                _, flags, code, groups, groupindex, indexgroup = args
                self.entry = (int(flags), array(_CODE, code).tobytes(), int(groups),
                              {str(k): int(v) for k, v in groupindex.items()}, tuple(indexgroup), _today())
        return compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(_sre, name)


def _compile(pattern: Any, flags: int = 0) -> Any:
    global _dirty
    assert _original is not None  # cache_file() is None without it, so no context installs this
    if (threading.get_ident() not in _threads or not isinstance(pattern, (str, bytes))
            or flags & re.DEBUG):  # another thread's pattern (a one-off of an article, say): compiled as ever
        return _original(pattern, flags)
    with _lock:
        key = (pattern, int(flags))
        compiled = _from_cache(key)
        if compiled is not None:
            return compiled
        recorder, engine = _Recorder(pattern), _compiler._sre
        _compiler._sre = recorder
        try:
            compiled = _original(pattern, flags)
        finally:
            _compiler._sre = engine
        if recorder.entry is not None and not _from_unstable_module():
            _used[key], _dirty = recorder.entry, True
        return compiled


def _re_compile(pattern: Any, flags: Any = 0) -> Any:
    """re.compile inside a context: a pattern in the cache comes straight from it, without re's
    own cache and its checks of the flags (enum arithmetic on re.I and the like), which cost as
    much as the cached compile itself: a tenth of loading the rules. Anything else goes to re."""
    if (threading.get_ident() in _threads and type(pattern) is str
            and isinstance(flags, int) and not int(flags) & _PASS_ON):
        with _lock:
            compiled = _from_cache((pattern, int(flags)))
        if compiled is not None:
            return compiled
    return _replaced_re(pattern, flags)


def _from_unstable_module() -> bool:
    """A pattern of UNSTABLE_MODULES (a few frames up), never kept: it would add one entry and a save in every process."""
    frame: FrameType | None = sys._getframe(2)  # re._compile, re.compile, the module compiling
    for _ in range(4):
        if frame is None or frame.f_globals.get("__name__") in UNSTABLE_MODULES:
            return frame is not None
        frame = frame.f_back
    return False


def _from_cache(key: Key) -> Any:
    """The compiled pattern from the cache, or None (not there, or an entry the engine refuses)."""
    global _dirty
    loaded = _entries()
    entry = _used.get(key) or loaded.get(key)
    if not isinstance(entry, tuple) or len(entry) != 6:  # none, or a text's (cached_text)
        return None
    try:
        flags, code, groups, groupindex, indexgroup, day = entry
        compiled = _sre.compile(key[0], flags, array(_CODE, code).tolist(), groups, groupindex, indexgroup)
    except Exception:  # noqa: BLE001 - a damaged or foreign entry (_sre checks the code): compiled anew
        loaded.pop(key, None)
        return None
    if day != _today():  # keep it in the file: it is still used
        entry, _dirty = (*entry[:5], _today()), True
    _used[key] = entry
    return compiled


def _entries() -> dict[Key, Stored]:
    """The open context's cache file, read at its first use."""
    global _loaded
    if _loaded is None:
        _loaded = _read(_path) if _path is not None else {}
    return _loaded


def cached_text(fingerprint: bytes, build: Callable[[], str]) -> str:
    """A pattern's text built from word lists (analysis/trie.py): inside a context, from the cache
    file, `build()` called only when it is not there. The fingerprint must change with whatever
    decides the text (the words, the builder's code): the text is not checked against them."""
    global _dirty
    if threading.get_ident() not in _threads:
        return build()
    with _lock:
        key = ("text", fingerprint)
        entry = _used.get(key) or _entries().get(key)
        if isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[0], str) and isinstance(entry[1], int):
            text = entry[0]
            _dirty = _dirty or entry[1] != _today()  # keep it in the file: it is still used
        else:
            text, _dirty = build(), True
        _used[key] = (text, _today())
        return text


def _read(path: Path) -> dict[Key, Stored]:
    """The file's entries; the same dict again while the file is the one read last (a process opens a context for each
    part it loads, the CLI's draft three: each read of the ~3 MB file costs ~10 ms). A save replaces the file, so
    another process's save is read anew."""
    global _last_read
    try:
        st = path.stat()
        if st.st_size > MAX_FILE_BYTES:
            return {}
        stamp = (str(path), st.st_ino, st.st_size, st.st_mtime_ns)
        if _last_read is not None and _last_read[0] == stamp:
            return _last_read[1]
        data = marshal.loads(path.read_bytes())
        entries = data if isinstance(data, dict) else {}
        _last_read = stamp, entries
        return entries
    except Exception:  # noqa: BLE001 - missing, unreadable or not marshal data: an empty cache
        return {}


@contextlib.contextmanager
def cached_patterns() -> Iterator[None]:
    """Patterns this thread compiles inside come from (and new ones go to) the cache file, read at
    the first pattern compiled inside (a context in which nothing compiles costs nothing).
    Re-entrant and thread-safe: the first context to open installs the cache, the last to close
    saves it; other threads meanwhile compile as if there were no cache."""
    global _depth, _dirty, _loaded, _path, _replaced, _replaced_re
    path = cache_file()
    if path is None:
        yield
        return
    with _lock:
        if _depth == 0:
            _path, _loaded = path, None
            _used.clear()
            _dirty = False
            _replaced, _compiler.compile = _compiler.compile, _compile
            _replaced_re, re.compile = re.compile, _re_compile
        _depth += 1
        me = threading.get_ident()
        _threads[me] = _threads.get(me, 0) + 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _threads[me] == 1:
                del _threads[me]
            else:
                _threads[me] -= 1
            if _depth == 0:
                _compiler.compile, re.compile = _replaced, _replaced_re
                if _dirty:  # with what other processes wrote since this one read the file; its own last
                    others = {**(_loaded or {}), **_read(path)}
                    kept = pattern_file.kept({**{k: e for k, e in others.items() if k not in _used}, **_used},
                                             MAX_BYTES, _today() - KEEP_DAYS)
                    pattern_file.write(path, kept, MAX_OTHER_FILES, KEEP_DAYS)
                _path, _loaded = None, None
                _used.clear()
                _dirty = False


def _after_fork_in_child() -> None:
    """A forked child has one thread: the lock and the contexts of the parent's others are not its own."""
    global _depth, _lock
    _lock = threading.RLock()  # another thread of the parent may have held it
    mine = _threads.get(threading.get_ident(), 0)
    _threads.clear()
    if mine:
        _threads[threading.get_ident()] = mine
    elif _depth:  # only other threads were inside a context
        _compiler.compile, re.compile = _replaced, _replaced_re
    _depth = mine


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


def import_cached(name: str) -> ModuleType:
    """importlib.import_module, with the patterns of a module not yet loaded from the cache."""
    module = sys.modules.get(name)
    if module is not None:
        return module
    with cached_patterns():
        return importlib.import_module(name)

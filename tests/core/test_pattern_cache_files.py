"""The compiled-pattern cache's file (core/pattern_cache.py): damaged or hostile, too large,
unwritable, written by several processes at once — the cache only ever costs its speed-up."""
from __future__ import annotations

import errno
import marshal
import os
import re
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest

from briefing_app.core import pattern_cache, pattern_file
from tests.core.test_pattern_cache import ROOT, _closed_cleanly, _compile_all, _patterns, _same


def _hostile(tag: str) -> list[bytes]:
    today = pattern_cache._today()
    key = _patterns(tag)[0]
    good = marshal.dumps({("x", 0): (0, b"\x01\x00\x00\x00", 0, {}, (), today)})
    return [
        marshal.dumps([1, 2, 3]),  # not a dict
        good[: len(good) // 2],  # cut short
        marshal.dumps({key: "x"}),
        marshal.dumps({key: (1, 2)}),
        marshal.dumps({key: (0, "code", 0, {}, (), today)}),
        marshal.dumps({key: (0, b"\x01\x00\x00", 0, {}, (), today)}),  # code of no whole units
        marshal.dumps({key: (0, b"\x01\x00\x00\x00" * 4, 0, "groups", (), today)}),
        marshal.dumps({key: (0, b"\x01\x00\x00\x00", 2**40, {}, (), "today")}),
        marshal.dumps({key: (0, b"", 0, {}, (), today), (1, 2): None, "k": 3}),
        b"\xe3" + b"\xff" * 64,
    ]


@pytest.mark.parametrize("case", range(10))
def test_hostile_file_is_ignored_and_rewritten(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: int) -> None:
    cache = tmp_path / "patterns.marshal"
    monkeypatch.setenv("BRIEFING_PATTERN_CACHE", str(cache))
    tag = "x" + uuid.uuid4().hex[:8]
    cache.write_bytes(_hostile(tag)[case])
    with pattern_cache.cached_patterns():
        got = _compile_all(tag)
    _closed_cleanly()
    for a, b in zip(_compile_all(tag), got):
        _same(a, b)
    entries = marshal.loads(cache.read_bytes())
    assert {k for k in entries if tag in k[0]} == set(_patterns(tag))
    assert all(isinstance(e, tuple) and isinstance(e[1], bytes) for e in entries.values())


def test_a_file_far_too_large_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "patterns.marshal"
    monkeypatch.setenv("BRIEFING_PATTERN_CACHE", str(cache))
    tag = "l" + uuid.uuid4().hex[:8]
    with pattern_cache.cached_patterns():
        _compile_all(tag)
    monkeypatch.setattr(pattern_cache, "MAX_FILE_BYTES", cache.stat().st_size - 1)
    assert pattern_cache._read(cache) == {}


def test_the_file_is_read_once_while_it_stays_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "patterns.marshal"
    monkeypatch.setenv("BRIEFING_PATTERN_CACHE", str(cache))
    tag = "o" + uuid.uuid4().hex[:8]
    with pattern_cache.cached_patterns():
        _compile_all(tag)
    reads: list[int] = []

    class Counted:
        dumps = staticmethod(marshal.dumps)

        @staticmethod
        def loads(data: bytes) -> Any:
            reads.append(len(data))
            return marshal.loads(data)

    monkeypatch.setattr(pattern_cache, "marshal", Counted)
    for _ in range(3):  # one context after another, as a process loads its parts
        with pattern_cache.cached_patterns():
            got = _compile_all(tag)
    assert len(reads) == 1
    for a, b in zip(_compile_all(tag), got):
        _same(a, b)
    pattern_file.write(cache, marshal.loads(cache.read_bytes()), 12, 14)  # another process saved: read anew
    with pattern_cache.cached_patterns():
        _compile_all(tag)
    assert len(reads) == 2


@pytest.mark.parametrize("failure", ["read-only folder", "replace refused", "disk full"])
def test_a_save_that_fails_loses_nothing_and_leaves_no_litter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               failure: str) -> None:
    cache = tmp_path / "patterns.marshal"
    monkeypatch.setenv("BRIEFING_PATTERN_CACHE", str(cache))
    tag = "f" + uuid.uuid4().hex[:8]

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, "read-only")

    real_fdopen, written = os.fdopen, []

    class Full:
        def __init__(self, fd: int, mode: str) -> None:
            self.fh = real_fdopen(fd, mode)

        def __enter__(self) -> Full:
            return self

        def __exit__(self, *exc: object) -> None:
            self.fh.close()

        def write(self, data: bytes) -> int:
            written.append(self.fh.write(data[:100]))
            raise OSError(errno.ENOSPC, "No space left on device")

    with pattern_cache.cached_patterns():
        got = _compile_all(tag)
        if failure == "read-only folder":
            monkeypatch.setattr(pattern_file.tempfile, "mkstemp", refuse)
        elif failure == "replace refused":
            monkeypatch.setattr(pattern_cache.os, "replace", refuse)
        else:
            monkeypatch.setattr(pattern_cache.os, "fdopen", Full)
    monkeypatch.undo()
    _closed_cleanly()
    assert written == ([100] if failure == "disk full" else [])
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no half-written file, no temporary one
    for a, b in zip(_compile_all(tag), got):
        _same(a, b)
    monkeypatch.setenv("BRIEFING_PATTERN_CACHE", str(cache))
    with pattern_cache.cached_patterns():  # the next process writes it
        _compile_all(tag)
    assert {k for k in marshal.loads(cache.read_bytes()) if tag in k[0]} == set(_patterns(tag))


def test_a_save_keeps_what_another_process_wrote_meanwhile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache, other = tmp_path / "patterns.marshal", tmp_path / "other.marshal"
    first, mine, theirs = ("m" + uuid.uuid4().hex[:8] for _ in range(3))
    monkeypatch.setenv("BRIEFING_PATTERN_CACHE", str(other))
    with pattern_cache.cached_patterns():
        _compile_all(theirs)  # what the other process will have written
    monkeypatch.setenv("BRIEFING_PATTERN_CACHE", str(cache))
    with pattern_cache.cached_patterns():
        _compile_all(first)
    with pattern_cache.cached_patterns():
        _compile_all(mine)  # reads the file (first) ...
        os.replace(other, cache)  # ... another process replaces it meanwhile (theirs)
    keys = set(marshal.loads(cache.read_bytes()))
    for tag in (first, mine, theirs):
        assert {k for k in keys if tag in k[0]} == set(_patterns(tag)), tag


def test_processes_writing_at_once(tmp_path: Path) -> None:
    cache = tmp_path / "patterns.marshal"
    shared = "p" + uuid.uuid4().hex[:8]
    code = ("import re, sys; from briefing_app.core.pattern_cache import cached_patterns\n"
            "with cached_patterns():\n"
            "    for i in range(40):\n"
            "        re.compile(rf'{sys.argv[1]}{i}(?:a|b(?:c|d))\\w+'); re.compile(rf'{sys.argv[2]}{i}[xy]+')\n")
    env = {"BRIEFING_PATTERN_CACHE": str(cache), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-c", code, "w" + uuid.uuid4().hex[:8], shared], env=env, cwd=ROOT,
                              stderr=subprocess.PIPE) for _ in range(4)]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    assert [p.name for p in tmp_path.iterdir()] == ["patterns.marshal"]  # whole, no temporary file left
    entries = marshal.loads(cache.read_bytes())
    assert sum(shared in k[0] for k in entries) == 40  # every process compiled these: whoever wrote last has them
    for (pattern, flags), entry in entries.items():  # every entry one the engine takes, the same as compiled
        compiled = pattern_cache._sre.compile(pattern, entry[0], list(pattern_cache.array(pattern_cache._CODE, entry[1])),
                                              *entry[2:5])
        assert compiled.pattern == pattern and compiled.groups == re.compile(pattern, flags).groups


def test_a_save_removes_temporary_files_of_saves_that_never_finished(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "patterns.marshal"
    monkeypatch.setenv("BRIEFING_PATTERN_CACHE", str(cache))
    old, fresh, other = (tmp_path / "patterns.marshalab12.tmp", tmp_path / "patterns.marshalcd34.tmp",
                         tmp_path / "notes.tmp")
    for litter in (old, fresh, other):
        litter.write_bytes(b"half a file")
    os.utime(old, (1_000_000, 1_000_000))  # a process killed while saving, long ago
    os.utime(other, (1_000_000, 1_000_000))  # not ours
    with pattern_cache.cached_patterns():
        _compile_all("c" + uuid.uuid4().hex[:8])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.tmp", "patterns.marshal", "patterns.marshalcd34.tmp"]


def _entries(path: Path) -> dict[Any, Any]:
    return marshal.loads(path.read_bytes())


def test_a_save_keeps_the_most_recently_used_within_the_byte_bound(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Bounded by bytes, not entries: the patterns of an earlier version (saved before) go first,
    what this process used stays, even what it only read from the file."""
    cache = tmp_path / "patterns.marshal"
    monkeypatch.setenv("BRIEFING_PATTERN_CACHE", str(cache))
    old, current, new = ("v" + uuid.uuid4().hex[:8] for _ in range(3))
    with pattern_cache.cached_patterns():
        _compile_all(old)  # an earlier version's patterns
    with pattern_cache.cached_patterns():
        _compile_all(current)
    sizes = [len(marshal.dumps(item)) for item in _entries(cache).items()]  # two versions' entries
    monkeypatch.setattr(pattern_cache, "MAX_BYTES", sum(sizes) + min(sizes) // 2)  # room for two, not three
    with pattern_cache.cached_patterns():
        _compile_all(current)  # read from the file, used again
        _compile_all(new)  # and something new: a save
    keys = set(_entries(cache))
    assert {k for k in keys if current in k[0]} == set(_patterns(current))
    assert {k for k in keys if new in k[0]} == set(_patterns(new))
    assert not any(old in k[0] for k in keys)  # saved first, used by no one since: dropped
    assert cache.stat().st_size <= pattern_cache.MAX_BYTES


def test_a_huge_pattern_is_not_kept_beyond_the_bound(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "patterns.marshal"
    monkeypatch.setenv("BRIEFING_PATTERN_CACHE", str(cache))
    monkeypatch.setattr(pattern_cache, "MAX_BYTES", 64 << 10)
    tag = "h" + uuid.uuid4().hex[:8]
    huge = tag + "(?:" + "|".join(f"w{i}x" for i in range(20_000)) + ")"
    re.purge()
    with pattern_cache.cached_patterns():
        re.compile(huge)
        _compile_all(tag)
    keys = set(_entries(cache))
    assert keys == set(_patterns(tag)) and cache.stat().st_size <= 64 << 10


def test_each_copy_of_the_app_has_its_own_file_and_forgotten_ones_are_removed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEFING_PATTERN_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    mine = pattern_cache.cache_file()
    assert mine is not None and mine.parent.parent == tmp_path
    monkeypatch.setattr(pattern_cache, "_install_id", lambda: "another-copy")
    theirs = pattern_cache.cache_file()
    monkeypatch.undo()
    monkeypatch.delenv("BRIEFING_PATTERN_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert theirs is not None and theirs != mine and theirs.parent == mine.parent
    folder = mine.parent
    folder.mkdir(parents=True)
    forgotten, recent, notes = folder / "patterns-v2-cpython-39-old.marshal", theirs, folder / "notes.marshal"
    for path in (forgotten, recent, notes):
        path.write_bytes(marshal.dumps({}))
    for path in (forgotten, notes):
        os.utime(path, (1_000_000, 1_000_000))
    with pattern_cache.cached_patterns():
        _compile_all("f" + uuid.uuid4().hex[:8])
    assert sorted(p.name for p in folder.iterdir()) == sorted([mine.name, recent.name, notes.name])


def test_only_the_most_recently_written_copies_files_are_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Temporary copies of the app (a checkout's snapshot script, say) each leave a file: beyond
    MAX_OTHER_FILES the least recently written go, whatever their age."""
    monkeypatch.delenv("BRIEFING_PATTERN_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(pattern_cache, "MAX_OTHER_FILES", 3)
    mine = pattern_cache.cache_file()
    assert mine is not None
    mine.parent.mkdir(parents=True)
    copies = [mine.parent / f"patterns-v2-copy{n}.marshal" for n in range(5)]
    for n, path in enumerate(copies):
        path.write_bytes(marshal.dumps({}))
        os.utime(path, (pattern_cache.time.time() - 100 + n, pattern_cache.time.time() - 100 + n))
    with pattern_cache.cached_patterns():
        _compile_all("m" + uuid.uuid4().hex[:8])
    assert sorted(p.name for p in mine.parent.iterdir()) == sorted([mine.name] + [p.name for p in copies[2:]])


def test_a_pattern_built_from_a_set_is_compiled_but_never_saved(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """reportlab's rl_safe_eval joins a frozenset into its pattern: another text in every process, so
    keeping it added one entry and a save of the whole file to every `draft` (the file grew ~7 KB a run)."""
    cache = tmp_path / "patterns.marshal"
    monkeypatch.setenv("BRIEFING_PATTERN_CACHE", str(cache))
    tag = "u" + uuid.uuid4().hex[:8]
    names = frozenset(f"{tag}{n}" for n in ("open", "eval", "exec"))
    module = {"__name__": "reportlab.lib.rl_safe_eval", "re": re, "names": names}
    with pattern_cache.cached_patterns():
        exec(r"unsafe = re.compile(r'\b(?:%s)' % '|'.join(names), re.M)", module)  # as rl_safe_eval does
    assert module["unsafe"].search(f"x {tag}eval(") and not cache.exists()  # compiled as ever; nothing to save
    with pattern_cache.cached_patterns():
        exec(r"unsafe = re.compile(r'\b(?:%s)' % '|'.join(names), re.M)", module)
        ours = _compile_all(tag)  # in the same context: kept
    saved = marshal.loads(cache.read_bytes())
    assert set(saved) == set(_patterns(tag)) and ours
    _closed_cleanly()

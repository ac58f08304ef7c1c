"""The compiled-pattern cache (core/pattern_cache.py): same patterns out, faster, never in the way."""
from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
import threading
import uuid
from pathlib import Path
from typing import Any

import pytest

from briefing_app.core import pattern_cache

ROOT = Path(__file__).resolve().parents[2]


def _patterns(tag: str) -> list[tuple[str, int]]:
    # unique per test, so re's own in-process cache never answers for ours
    return [(rf"(?P<word>\b{tag}\w+)\s+(?:said|says)\b", 0), (rf"^{tag}(?:[а-я]+|[가-힣]+)$", re.M | re.I),
            (rf"(?<![\w.]){tag}(?:A|B(?:C|D))(?=\d)", re.X)]


def _compile_all(tag: str) -> list[re.Pattern[str]]:
    re.purge()
    return [re.compile(p, f) for p, f in _patterns(tag)]


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    for text in ("xyzfoo said", "xyzКот", "xyzB D1 xyzBD1", "nothing"):
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]


def test_written_then_read_back_without_compiling(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "sub" / "patterns.marshal"
    monkeypatch.setenv("BRIEFING_PATTERN_CACHE", str(cache))
    tag = "t" + uuid.uuid4().hex[:8]
    plain = _compile_all(tag)
    with pattern_cache.cached_patterns():
        first = _compile_all(tag)
    assert cache.is_file()
    assert re._compiler.compile is pattern_cache._original  # type: ignore[attr-defined]

    original = pattern_cache._original

    def refuse(pattern: str, flags: int = 0) -> re.Pattern[str]:
        assert tag not in pattern, f"compiled anew: {pattern}"
        return original(pattern, flags)  # someone else's pattern (pytest's, say)

    monkeypatch.setattr(pattern_cache, "_original", refuse)
    with pattern_cache.cached_patterns():
        second = _compile_all(tag)
    for a, b, c in zip(plain, first, second):
        _same(a, b)
        _same(a, c)


def test_damaged_or_foreign_file_is_ignored_and_rewritten(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "patterns.marshal"
    monkeypatch.setenv("BRIEFING_PATTERN_CACHE", str(cache))
    cache.write_bytes(b"\x00not marshal at all")
    tag = "d" + uuid.uuid4().hex[:8]
    with pattern_cache.cached_patterns():
        got = _compile_all(tag)
    for a, b in zip(_compile_all(tag), got):
        _same(a, b)
    # an entry whose code the engine refuses (a damaged or another Python's file) is compiled anew
    entries = marshal.loads(cache.read_bytes())
    key = next(k for k in entries if tag in k[0])
    flags, code, *rest = entries[key]
    entries[key] = (flags, b"\xff\xff\xff\x7f" * (len(code) // 4), *rest)
    cache.write_bytes(marshal.dumps(entries))
    with pattern_cache.cached_patterns():
        again = _compile_all(tag)
    for a, b in zip(got, again):
        _same(a, b)


def test_off_and_unwritable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_PATTERN_CACHE", "off")
    assert pattern_cache.cache_file() is None
    with pattern_cache.cached_patterns():
        assert re._compiler.compile is pattern_cache._original  # type: ignore[attr-defined]
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("BRIEFING_PATTERN_CACHE", str(blocker / "patterns.marshal"))  # its folder is a file
    tag = "u" + uuid.uuid4().hex[:8]
    with pattern_cache.cached_patterns():
        got = _compile_all(tag)
    for a, b in zip(_compile_all(tag), got):
        _same(a, b)


def test_analysis_output_same_with_and_without_the_cache(tmp_path: Path) -> None:
    """The analysis in fresh processes: cache off, cache written, cache read — one result."""
    code = ("import json, sys; from briefing_app.analysis import analyse; "
            "a = analyse(sys.stdin.read()); "
            "print(json.dumps([[q.start, q.end, q.kind, q.speaker] for q in a.quotes]"
            " + [[x.name, x.title] for x in a.actors] + [[o.summary] for o in a.options]))")
    text = ROOT / "tests" / "data" / "actors" / "articles" / "en02-broadsheet-senate.txt"
    outs = []
    for setting in ("off", str(tmp_path / "p.marshal"), str(tmp_path / "p.marshal")):
        env = {"BRIEFING_PATTERN_CACHE": setting, "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
        proc = subprocess.run([sys.executable, "-c", code], input=text.read_text(encoding="utf-8"), env=env,
                              capture_output=True, text=True, cwd=ROOT, timeout=120)
        assert proc.returncode == 0, proc.stderr
        outs.append(proc.stdout)
    assert (tmp_path / "p.marshal").is_file()
    assert outs[0] == outs[1] == outs[2] and '"direct"' in outs[0]


def test_entries_unused_for_long_are_dropped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "patterns.marshal"
    monkeypatch.setenv("BRIEFING_PATTERN_CACHE", str(cache))
    old_tag, new_tag = "o" + uuid.uuid4().hex[:8], "n" + uuid.uuid4().hex[:8]
    with pattern_cache.cached_patterns():
        _compile_all(old_tag)
    entries = marshal.loads(cache.read_bytes())
    stale = pattern_cache._today() - pattern_cache.KEEP_DAYS - 1
    entries = {k: (*e[:5], stale) if old_tag in k[0] else e for k, e in entries.items()}
    cache.write_bytes(marshal.dumps(entries))
    with pattern_cache.cached_patterns():
        _compile_all(new_tag)  # something new: the file is written again, without the stale ones
    kept = marshal.loads(cache.read_bytes())
    assert any(new_tag in k[0] for k in kept) and not any(old_tag in k[0] for k in kept)
    assert all(e[-1] == pattern_cache._today() for e in kept.values())


def _closed_cleanly() -> None:
    assert re._compiler.compile is pattern_cache._original  # type: ignore[attr-defined]
    assert re._compiler._sre is pattern_cache._sre  # type: ignore[attr-defined]
    assert pattern_cache._depth == 0 and not pattern_cache._used and not pattern_cache._dirty
    assert not pattern_cache._threads


class _Engine:
    """An `_sre` whose compile takes whatever it is given (as another Python's might)."""

    def __init__(self) -> None:
        self.calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []

    def compile(self, *args: Any, **kwargs: Any) -> str:
        self.calls.append((args, kwargs))
        return "compiled"

    def __getattr__(self, name: str) -> Any:
        return getattr(pattern_cache._sre, name)


@pytest.mark.parametrize("args, kwargs", [
    ((0, [1, 2], 0, {}, (), None), {"extra": True}),  # a newer re handing the engine more
    ((0, [1, 2], 0, {}), {}),  # fewer
    ((0, [-1, 2**70], 0, {}, ()), {}),  # code the recorder cannot store
    ((0, [1, 2], 0, None, ()), {}),  # a group index of another type
])
def test_another_engine_signature_never_breaks_a_compile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    cache = tmp_path / "patterns.marshal"
    monkeypatch.setenv("BRIEFING_PATTERN_CACHE", str(cache))
    engine = _Engine()
    monkeypatch.setattr(pattern_cache, "_sre", engine)
    monkeypatch.setattr(re._compiler, "_sre", engine)  # type: ignore[attr-defined]
    pattern = "s" + uuid.uuid4().hex

    def other_re(p: str, flags: int = 0) -> Any:  # re of a Python whose _sre.compile differs
        return re._compiler._sre.compile(p, *args, **kwargs)  # type: ignore[attr-defined]

    monkeypatch.setattr(pattern_cache, "_original", other_re)
    with pattern_cache.cached_patterns():
        assert pattern_cache._compile(pattern, 0) == "compiled"
    assert engine.calls == [((pattern, *args), kwargs)]  # passed on as it came
    assert not cache.exists()  # nothing kept in a shape this module does not know
    assert re._compiler._sre is engine  # type: ignore[attr-defined]


def test_recorder_keeps_only_its_own_threads_call(monkeypatch: pytest.MonkeyPatch) -> None:
    engine = _Engine()
    monkeypatch.setattr(pattern_cache, "_sre", engine)
    pattern = "r" + uuid.uuid4().hex
    recorder = pattern_cache._Recorder(pattern)
    other = threading.Thread(target=recorder.compile, args=(pattern, 32, [1, 2], 0, {}, ()))
    other.start()
    other.join()
    assert recorder.entry is None and len(engine.calls) == 1  # passed on, not kept
    assert recorder.compile(pattern, 32, [1, 2], 0, {"w": 1}, (None, "w")) == "compiled"
    assert recorder.entry is not None and recorder.entry[:5] == (32, pattern_cache.array(
        pattern_cache._CODE, [1, 2]).tobytes(), 0, {"w": 1}, (None, "w"))


def test_threads_compiling_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_PATTERN_CACHE", str(tmp_path / "patterns.marshal"))
    tags = ["h" + uuid.uuid4().hex[:8] for _ in range(6)]
    plain = {tag: _compile_all(tag) for tag in tags}
    got: dict[str, list[re.Pattern[str]]] = {}
    barrier = threading.Barrier(len(tags))

    def work(tag: str) -> None:
        barrier.wait()
        with pattern_cache.cached_patterns():  # contexts of several threads open and close at once
            got[tag] = [re.compile(p, f) for p, f in _patterns(tag)]

    re.purge()
    threads = [threading.Thread(target=work, args=(tag,)) for tag in tags]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    _closed_cleanly()
    entries = marshal.loads((tmp_path / "patterns.marshal").read_bytes())
    assert {k for k in entries if any(tag in k[0] for tag in tags)} == {k for tag in tags for k in _patterns(tag)}
    for tag in tags:
        for a, b in zip(plain[tag], got[tag]):
            _same(a, b)
    re.purge()
    with pattern_cache.cached_patterns():  # and read back, every one
        for tag in tags:
            for a, b in zip(plain[tag], [re.compile(p, f) for p, f in _patterns(tag)]):
                _same(a, b)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="a platform without fork")
def test_a_child_forked_while_another_thread_holds_the_lock_can_compile(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import time
    import warnings

    monkeypatch.setenv("BRIEFING_PATTERN_CACHE", str(tmp_path / "patterns.marshal"))
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with pattern_cache._lock:
            held.set()
            release.wait(30)

    holder = threading.Thread(target=hold)
    holder.start()
    assert held.wait(10)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # "multi-threaded, fork() may deadlock": the point
        pid = os.fork()
    if pid == 0:  # the child: its copy of the lock was held by a thread it does not have
        status = 1
        try:
            with pattern_cache.cached_patterns():
                re.compile("k" + uuid.uuid4().hex + r"\d+")
            status = 0
        finally:
            os._exit(status)
    release.set()
    holder.join()
    deadline = time.monotonic() + 30
    while (done := os.waitpid(pid, os.WNOHANG))[0] == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    if done[0] == 0:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    assert done[0] == pid and os.waitstatus_to_exitcode(done[1]) == 0, "the child hung or failed"


def test_only_the_threads_inside_a_context_are_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another thread compiling meanwhile (an article's one-off patterns, say) compiles as ever."""
    cache = tmp_path / "patterns.marshal"
    monkeypatch.setenv("BRIEFING_PATTERN_CACHE", str(cache))
    mine, theirs = "i" + uuid.uuid4().hex[:8], "t" + uuid.uuid4().hex[:8]
    got: list[re.Pattern[str]] = []
    re.purge()
    with pattern_cache.cached_patterns():
        _compile_all(mine)
        other = threading.Thread(target=lambda: got.extend(re.compile(p, f) for p, f in _patterns(theirs)))
        other.start()
        other.join()
    _closed_cleanly()
    for a, b in zip(_compile_all(theirs), got):
        _same(a, b)
    keys = set(marshal.loads(cache.read_bytes()))
    assert {k for k in keys if mine in k[0]} == set(_patterns(mine)) and not any(theirs in k[0] for k in keys)


def test_a_cached_pattern_skips_re_and_its_flag_checks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Inside a context re.compile of a cached pattern comes straight from the cache (re's own
    cache and flag arithmetic skipped: a tenth of loading the rules), the same pattern as re's;
    DEBUG still goes to re (it prints), and re.compile is re's own again after the context."""
    monkeypatch.setenv("BRIEFING_PATTERN_CACHE", str(tmp_path / "patterns.marshal"))
    tag = "f" + uuid.uuid4().hex[:8]
    plain = _compile_all(tag)
    with pattern_cache.cached_patterns():
        _compile_all(tag)  # written
    own_compile = re.compile
    seen: list[str] = []
    real = re._compile  # type: ignore[attr-defined]

    def watched(pattern: Any, flags: Any) -> Any:
        seen.append(str(pattern))
        return real(pattern, flags)

    monkeypatch.setattr(re, "_compile", watched)
    with pattern_cache.cached_patterns():
        again = [re.compile(p, re.RegexFlag(f)) for p, f in _patterns(tag)]
        assert not any(tag in s for s in seen), "a cached pattern went through re"
        re.compile(rf"{tag}debug", re.DEBUG)
    assert any(f"{tag}debug" in s for s in seen)
    assert re.compile is own_compile
    _closed_cleanly()
    for a, b in zip(plain, again):
        _same(a, b)

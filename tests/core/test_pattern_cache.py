"""The compiled-pattern cache (core/pattern_cache.py): same patterns out, faster, never in the way."""
from __future__ import annotations

import re
import subprocess
import sys
import uuid
from pathlib import Path

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
    import marshal

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
    text = (ROOT.parent / "shared" / "samples" / "articles" / "washington-times-russia-warns-seoul.txt")
    if not text.is_file():
        pytest.skip("the seed articles (../shared/samples) are not here")
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
    import marshal

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

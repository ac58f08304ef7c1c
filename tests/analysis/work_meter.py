"""Counts of work that a loaded machine does not move, for the tests that check a cost grows linearly with the input
(a CPU-time ratio read 6.4-6.7x on loaded CI machines where a quiet one read 4.8x).

ScanMeter: how many characters the analysis's patterns read. Every compiled pattern at the top of an analysis
module imported so far (run one analysis first), alone or in a tuple or frozenset there (nested too), is swapped, for the test
only, for a counting stand-in (one a pattern, whichever modules import it: `rx is X_RE` still holds) that adds,
for each search, the characters from where it began to where its match ended (to the end of the range when none),
for each finditer the characters up to its last match (to the range's end when run out), for match and fullmatch
the match's length (1 when none), and for findall, sub and split the whole range. A scan that reads the rest of a
sentence for each of its cues shows as characters read per character of text growing with the text. Not counted:
str.find/rfind, patterns made inside functions or kept in lists and dicts, loops in Python. A match's `m.re` is the
pattern itself, not its stand-in: analysis code that asked `m.re is SOME_RE` would read differently under the meter
(none does; test_linear_lookups checks that a metered run's output is analyse()'s).

StepMeter: how many Python functions start and how many jumps run (a loop's every turn) while the analysis runs
(sys.monitoring): a loop over everything found so far for each new mention shows as steps per word growing with
the text. Not counted: the work inside C (patterns, str methods)."""
from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import briefing_app.analysis as analysis_package


class _Counting:
    """A compiled pattern's stand-in that adds what each call reads to meter.chars."""

    def __init__(self, pattern: re.Pattern[str], meter: ScanMeter) -> None:
        self._p, self._meter = pattern, meter

    def __getattr__(self, name: str) -> Any:
        return getattr(self._p, name)  # pattern, flags, groupindex, groups

    def search(self, s: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        m = self._p.search(s, pos, endpos)
        self._meter.chars += max(0, (m.end() if m else min(endpos, len(s))) - pos)
        return m

    def match(self, s: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        m = self._p.match(s, pos, endpos)
        self._meter.chars += m.end() - pos if m else 1
        return m

    def fullmatch(self, s: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        m = self._p.fullmatch(s, pos, endpos)
        self._meter.chars += m.end() - pos if m else 1
        return m

    def finditer(self, s: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        last = pos
        for m in self._p.finditer(s, pos, endpos):
            self._meter.chars += max(0, m.end() - last)
            last = m.end()
            yield m
        self._meter.chars += max(0, min(endpos, len(s)) - last)

    def findall(self, s: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        self._meter.chars += max(0, min(endpos, len(s)) - pos)
        return self._p.findall(s, pos, endpos)

    def sub(self, repl: Any, s: str, count: int = 0) -> str:
        self._meter.chars += len(s)
        return self._p.sub(repl, s, count)

    def subn(self, repl: Any, s: str, count: int = 0) -> tuple[str, int]:
        self._meter.chars += len(s)
        return self._p.subn(repl, s, count)

    def split(self, s: str, maxsplit: int = 0) -> list[Any]:
        self._meter.chars += len(s)
        return self._p.split(s, maxsplit)


class ScanMeter:
    chars = 0

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        prefix = analysis_package.__name__ + "."
        stand_ins: dict[int, _Counting] = {}  # one a pattern, whichever modules import it (`rx is X_RE` holds)

        def stand_in(value: Any) -> Any:
            if isinstance(value, re.Pattern):
                return stand_ins.setdefault(id(value), _Counting(value, self))
            if type(value) in (tuple, frozenset):  # ("for rx in (A_RE, B_RE)", "rx in NAMED", "for rx, first in
                inner = [stand_in(v) for v in value]  # ((A_RE, None), (B_RE, True))": nested tuples too)
                if any(n is not v for n, v in zip(inner, value)):
                    return type(value)(inner)
            return value

        for module in [m for name, m in list(sys.modules.items()) if name.startswith(prefix)]:
            for name, value in list(vars(module).items()):
                if (new := stand_in(value)) is not value:
                    monkeypatch.setattr(module, name, new)

    def per_char(self, run: Callable[[str], object], text: str) -> float:
        """Characters read by the patterns per character of text while run(text) runs."""
        self.chars = 0
        run(text)
        return self.chars / len(text)


class StepMeter:
    """Python calls and jumps while run(text) runs (a tool id of sys.monitoring's, given back after each run)."""

    TOOL = sys.monitoring.PROFILER_ID  # (no profiler runs during the tests)

    def __init__(self) -> None:
        self.steps = 0

    def _count(self, *_: object) -> None:
        self.steps += 1

    def per_word(self, run: Callable[[str], object], text: str) -> float:
        """Steps per word of text while run(text) runs."""
        mon = sys.monitoring
        mon.use_tool_id(self.TOOL, "step meter")
        try:
            for event in (mon.events.PY_START, mon.events.JUMP):
                mon.register_callback(self.TOOL, event, self._count)
            self.steps = 0
            mon.set_events(self.TOOL, mon.events.PY_START | mon.events.JUMP)
            try:
                run(text)
            finally:
                mon.set_events(self.TOOL, 0)
        finally:
            mon.free_tool_id(self.TOOL)
        return self.steps / len(text.split())


def growth(monkeypatch: pytest.MonkeyPatch, run: Callable[[str], object], small: str, large: str) -> tuple[float, float]:
    """How much more work a word of `large` costs than a word of `small` (1.0: the same): Python steps per word, then
    characters read by the patterns per character (metered apart: the patterns' stand-ins make steps of their own).
    Run `run` once before, so that its modules are imported."""
    steps = StepMeter()
    step_growth = steps.per_word(run, large) / steps.per_word(run, small)
    scan = ScanMeter(monkeypatch)
    try:
        return step_growth, scan.per_char(run, large) / scan.per_char(run, small)
    finally:
        monkeypatch.undo()

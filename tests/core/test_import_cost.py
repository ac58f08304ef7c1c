"""What loading the analysis (and the `briefing draft` command's modules) costs a process, bounded against a bare
baseline measured in the same run, so that a step added at import is seen before a benchmark finds it: an O(n²)
reduction of a word list at import (c2d2ecd: ~250,000 generator steps, 18 ms in every process) or a pattern whose
text changes with the hash seed (fc6b5dd: compiled anew in every process, the whole pattern-cache file rewritten,
~25 ms a `briefing draft`).

Counted, not timed: the Python calls a child process makes while it loads (generator steps count as calls), which
do not move with the load of a shared machine; and the patterns compiled in a process after another one, with
another hash seed, filled the pattern cache (the same few each time, none built from a set)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# a child: run one of the loads below under a profile hook counting calls and the patterns `re` compiles (a digest
# of each pattern's text, with the package module that asked for it, the cache's own code passed over)
CHILD = r'''
import hashlib, json, sys
calls, compiled = 0, []
def hook(frame, event, arg):
    global calls
    if event != "call":
        return
    calls += 1
    code = frame.f_code
    if code.co_name == "compile" and code.co_filename.endswith("_compiler.py"):
        pattern = frame.f_locals.get("p")
        text = pattern if isinstance(pattern, (str, bytes)) else repr(pattern)
        digest = hashlib.blake2b(text.encode() if isinstance(text, str) else text, digest_size=6).hexdigest()
        f, where = frame, "-"
        while f is not None and ("briefing_app" not in f.f_code.co_filename
                                 or f.f_code.co_filename.endswith("pattern_cache.py")):
            f = f.f_back
        if f is not None:
            where = f.f_code.co_filename.replace("\\", "/").split("briefing_app/")[-1]
        compiled.append(f"{where} {digest}")
which = sys.argv[1]
sys.setprofile(hook)
if which == "bare":  # the standard library the analysis loads, alone
    import argparse, bisect, collections, dataclasses, functools, hashlib, json, pathlib, re, sqlite3, typing
elif which == "analysis":  # the pipeline and, at the first analysis, the rule sets
    from briefing_app.analysis import analyse
    analyse("Senator Jane Holloway said on Tuesday that the plan should be scrapped.")
else:  # what `briefing draft` loads before it drafts (cli/main.py's cmd_draft)
    import briefing_app.cli.main
    from briefing_app.core.pattern_cache import cached_patterns
    with cached_patterns():
        from briefing_app.workflow.drafting import draft_command, plan_draft
sys.setprofile(None)
print(json.dumps({"calls": calls, "compiled": sorted(compiled)}))
'''
# calls of a load over the bare baseline's, with a margin (at this commit: analysis ~10.3, draft ~3.9; the O(n²)
# reduction of c2d2ecd read ~37): a load may grow by half before this fails
MAX_RATIO = {"analysis": 15.0, "draft": 6.0}
MAX_COMPILED = 40  # patterns compiled in a process after the cache was filled (at this commit 18 and 12: the standard
# library's and a few the rules build in their functions)


def _run(which: str, seed: str, cache: Path, profiled: bool = True) -> dict[str, object]:
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(ROOT), BRIEFING_PATTERN_CACHE=str(cache))
    args = [sys.executable, "-c", CHILD, which] if profiled else \
        [sys.executable, "-c", CHILD.replace("sys.setprofile(hook)", ""), which]
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=True, cwd=ROOT)
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_loading_the_analysis_and_the_draft_command_stays_cheap(tmp_path: Path) -> None:
    cache = tmp_path / "patterns.marshal"
    for which in ("analysis", "draft"):  # fill the pattern cache, as the first process after an install does
        _run(which, "1", cache, profiled=False)
    bare = _run("bare", "2", cache)["calls"]
    assert isinstance(bare, int) and bare > 1000
    for which, limit in MAX_RATIO.items():
        calls = _run(which, "2", cache)["calls"]
        assert isinstance(calls, int)
        assert calls / bare <= limit, f"loading {which}: {calls} calls, {calls / bare:.1f}x the bare baseline's {bare}"


def test_a_process_after_the_cache_is_filled_compiles_the_same_few_patterns(tmp_path: Path) -> None:
    """A pattern built from a set has another text under another hash seed, so each process compiles it (and saves
    the cache file): after a first process, two with other seeds must compile the same patterns, and few."""
    cache = tmp_path / "patterns.marshal"
    for which in ("analysis", "draft"):
        _run(which, "1", cache, profiled=False)
    for which in ("analysis", "draft"):
        second, third = (_run(which, seed, cache)["compiled"] for seed in ("2", "3"))
        assert isinstance(second, list) and isinstance(third, list)
        assert second == third, f"loading {which}: a pattern's text depends on the hash seed, so each process compiles " \
            f"it: {sorted(set(second) ^ set(third))}"
        assert len(second) <= MAX_COMPILED, f"loading {which}: {len(second)} patterns compiled with a filled cache"

"""Patterns built from sets read the same in every process: the compiled-pattern cache keys a pattern by
its text, and a set's order changes with the hash seed (such a pattern was compiled anew in each process
and added to the cache file again by each)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CODE = ("from briefing_app.analysis import local, segment\n"
        "from briefing_app.analysis.lang import ko\n"
        "from briefing_app.analysis.options import modals\n"
        "print(segment.ABBREV_RE.pattern, local.STATE_RE.pattern, local.STATE_HOUSE_RE.pattern,\n"
        "      modals.ACTS_ON_SUBJECT_RE.pattern, ko.KO_SAY_END_RE.pattern)\n")


def test_set_built_patterns_do_not_depend_on_the_hash_seed() -> None:
    outs = set()
    for seed in ("1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(ROOT), BRIEFING_PATTERN_CACHE="off")
        done = subprocess.run([sys.executable, "-c", CODE], env=env, capture_output=True, text=True, check=True, cwd=ROOT)
        outs.add(done.stdout)
    assert len(outs) == 1

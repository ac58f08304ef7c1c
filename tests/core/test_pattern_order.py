"""Patterns built from sets read the same in every process: the compiled-pattern cache keys a pattern by
its text, and a set's order changes with the hash seed (such a pattern was compiled anew in each process
and added to the cache file again by each, with a save of the whole file: ~25 ms a `briefing draft`)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# every pattern a module of the package holds at its top level (alone or in a tuple, list, set or dict), after
# the analysis pipeline is loaded: a new set-built pattern anywhere fails this without being named here
CODE = ("import re, sys\n"
        "import briefing_app.analysis.pipeline\n"
        "def held(v):\n"
        "    items = (v.values() if isinstance(v, dict) else v if isinstance(v, (tuple, list, frozenset, set))\n"
        "             else [v])\n"
        "    return [x.pattern for x in items if isinstance(x, re.Pattern)]\n"
        "found = sorted(f'{name}.{attr}={p!r}' for name, mod in list(sys.modules.items()) if name.startswith('briefing_app')\n"
        "               for attr, v in vars(mod).items() for p in held(v))\n"
        "print(len(found)); print('\\n'.join(found))\n")


def test_set_built_patterns_do_not_depend_on_the_hash_seed() -> None:
    outs = set()
    for seed in ("1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(ROOT), BRIEFING_PATTERN_CACHE="off")
        done = subprocess.run([sys.executable, "-c", CODE], env=env, capture_output=True, text=True, check=True, cwd=ROOT)
        outs.add(done.stdout)
    lines = [set(o.splitlines()) for o in outs]
    assert len(outs) == 1, "a pattern's text depends on the hash seed: " + "; ".join(
        sorted(set.union(*lines) - set.intersection(*lines))[:3])[:600]
    assert int(next(iter(outs)).split("\n", 1)[0]) > 500  # the walk reached the package's patterns

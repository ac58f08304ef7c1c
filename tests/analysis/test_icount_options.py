"""scripts/icount.sh's options (checked before valgrind runs) and icount_run.py's fast mode outside callgrind."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _icount(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", str(ROOT / "scripts" / "icount.sh"), *args], capture_output=True, text=True,
                          timeout=60, cwd=ROOT)


def test_unknown_options_and_bad_warm_ups_stop_before_valgrind():
    out = _icount("en", "3", "--quick")
    assert out.returncode == 2 and "unknown option --quick" in out.stderr
    for warm in ("0", "two"):
        out = _icount("en", "3", "--warm", warm)
        assert out.returncode == 2 and "--warm takes a number" in out.stderr
    out = _icount("en", "--gc", "sometimes")
    assert out.returncode == 2 and "--gc takes on, freeze or off" in out.stderr


def test_the_fast_mode_refuses_to_run_outside_callgrind(tmp_path):
    env = dict(os.environ, ICOUNT_FAST="1", ICOUNT_WARM="1", BRIEFING_PATTERN_CACHE=str(tmp_path / "patterns"))
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "icount_run.py"), "1", "en"], capture_output=True,
                         text=True, timeout=300, cwd=ROOT, env=env)
    assert out.returncode == 1
    assert "is this process under callgrind?" in out.stderr

"""Hypothesis profiles for the reliability tests.

ci (the default): a short run, 60 examples per format, the same ones every run.
long: 10,000 examples per format, freshly drawn:
    HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest tests/reliability/test_fuzz.py -k "txt"
(about 1-2 minutes per text format, longer for pdf/docx/the template renderer). The
examples actually run per format are printed in the terminal summary.
"""
from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_COMMON = dict(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                      HealthCheck.function_scoped_fixture],
               print_blob=True)
# ci: the same examples every run (a red CI run is a change in the code, not luck of the draw);
# long: fresh random examples each time, to find what ci does not
settings.register_profile("ci", max_examples=60, deadline=5000, derandomize=True, **_COMMON)
settings.register_profile("long", max_examples=10_000, deadline=5000, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

import pytest  # noqa: E402 - after the Hypothesis profiles, which must load first

# examples actually run per format, filled in by test_fuzz.py and printed at the end of the run
COUNTS: dict[str, dict[str, int]] = {}


# hostile inputs tried by test_hostile.py
HOSTILE: list[str] = []


@pytest.fixture(scope="session")
def hostile_counts() -> list[str]:
    return HOSTILE


@pytest.fixture(scope="session")
def fuzz_counts() -> dict[str, dict[str, int]]:
    return COUNTS


def pytest_terminal_summary(terminalreporter):
    if HOSTILE:
        terminalreporter.write_line(f"hostile inputs tried: {len(HOSTILE)}")
    if COUNTS:
        profile = os.environ.get("HYPOTHESIS_PROFILE", "ci")
        terminalreporter.write_sep("-", f"fuzz cases per format (profile {profile}, "
                                        f"at most {settings().max_examples} each)")
        for fmt, c in sorted(COUNTS.items()):
            terminalreporter.write_line(f"{fmt:14} {c['cases']:6} cases  ({c['ok']} read, {c['refused']} refused "
                                        f"with a clear error, {c.get('known-bug', 0)} known bugs)")

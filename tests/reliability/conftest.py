"""Hypothesis profiles for the reliability tests.

ci (the default): a short run, ~60 examples per format.
long: 10,000 examples per format: `HYPOTHESIS_PROFILE=long pytest tests/reliability -m 'slow or not slow'`.
"""
from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_COMMON = dict(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                      HealthCheck.function_scoped_fixture],
               derandomize=False, print_blob=True)
settings.register_profile("ci", max_examples=60, deadline=5000, **_COMMON)
settings.register_profile("long", max_examples=10_000, deadline=5000, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

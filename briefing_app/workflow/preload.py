"""What every import worker loads before its first file (ingest/isolate.py preloads this module
by name): the readers, the analysis pipeline and its English rules, their regular expressions
from the compiled-pattern cache (core/pattern_cache.py) rather than compiled anew in each process.
Russian and Korean rules load the first time a text needs them (analysis/lang), also cached.
"""
from __future__ import annotations

from briefing_app.core.pattern_cache import cached_patterns

with cached_patterns():  # (the language table too: analysis/lang compiles patterns as it loads)
    from briefing_app.analysis.lang import RULE_SET_MODULES
    from briefing_app.analysis import pipeline  # noqa: F401
    from briefing_app.workflow import reading  # noqa: F401
    from briefing_app.core.pattern_cache import import_cached

    import_cached(RULE_SET_MODULES[0])

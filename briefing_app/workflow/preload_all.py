"""What the import workers' server loads (ingest/isolate.py, start method "forkserver"): what
every worker needs (preload.py) and the Russian and Korean rules too. The server lives as long
as the app and forks every worker of every import; a rule set it loaded once is in each of them
from the start, where a worker would otherwise load it for its first Russian or Korean text, in
every worker of every import. A one-off process (the CLI forks its workers itself) loads
preload.py only.
"""
from __future__ import annotations

from briefing_app.core.pattern_cache import cached_patterns, import_cached

with cached_patterns():  # (the language table too: analysis/lang compiles patterns as it loads)
    from briefing_app.analysis.lang import RULE_SET_MODULES
    from briefing_app.workflow import preload  # noqa: F401

    for _name in RULE_SET_MODULES[1:]:
        import_cached(_name)

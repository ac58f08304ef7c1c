"""Qt-free text analysis: quotations and their speakers, reported speech, actors, policy
options, boilerplate lines and metadata of one plain text. Pure Python + `re`.

    analyse(text, metadata=None) -> Analysis

The text is parsed once (document.py) and passed through the stages of pipeline.py, with
per-language rule sets (lang/) plugged into them. Every offset is a Python str index into
`text`; for every quote text[start:end] == quote.text.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefing_app.analysis.pipeline import analyse as analyse


def __getattr__(name: str) -> Any:
    """`analyse` loads the pipeline, and with it every rule, on first use: compiling their
    patterns takes a while (core/pattern_cache.py keeps them compiled across processes), and a
    process that only stores what import workers analysed (the GUI) or imports a helper module
    (segment, lang) never needs them."""
    if name == "analyse":
        from briefing_app.core.pattern_cache import import_cached

        return import_cached("briefing_app.analysis.pipeline").analyse
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["analyse"]

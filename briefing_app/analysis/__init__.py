"""Qt-free text analysis: quotations and their speakers, reported speech, actors, policy
options, boilerplate lines and metadata of one plain text. Pure Python + `re`.

    analyse(text, metadata=None) -> Analysis

The text is parsed once (document.py) and passed through the stages of pipeline.py, with
per-language rule sets (lang/) plugged into them. Every offset is a Python str index into
`text`; for every quote text[start:end] == quote.text.
"""
from __future__ import annotations

from briefing_app.analysis.pipeline import analyse

__all__ = ["analyse"]

"""Briefing Builder: turn news articles into briefing memos."""

__version__ = "0.1.0"

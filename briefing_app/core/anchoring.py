"""Anchoring clips to source text the way web annotators do: offsets + exact text + context.

A source's text is stored once and never rewritten (a re-import replaces the source with its
quotes), so the offsets stay true; the exact text and its context are kept with each clip so
the export's verbatim check can prove it.
"""
from __future__ import annotations

import hashlib

CONTEXT = 32


def clip_fields(text: str, start: int, end: int) -> dict[str, object]:
    """The columns of a clip row for text[start:end]."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span {start}-{end} outside a text of {len(text)} characters")
    return {
        "start": start,
        "end": end,
        "text": text[start:end],
        "prefix": text[max(0, start - CONTEXT) : start],
        "suffix": text[end : end + CONTEXT],
    }


def normalized_hash(text: str) -> str:
    """Same article imported twice: the same hash after collapsing whitespace and case."""
    norm = " ".join(text.split()).casefold()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()

"""Anchoring clips to source text the way web annotators do: offsets + exact text + context.

If a source's text changes, `reanchor` finds the clip again: the same offsets if the text
is still there, else the exact text nearest the old place (context breaks ties), else a
fuzzy match good enough to trust. Otherwise it returns None and the clip is flagged.
"""
from __future__ import annotations

import hashlib
import re

from rapidfuzz import fuzz

from briefing_app.core.model import Span

CONTEXT = 32
FUZZY_MIN = 90.0


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


def reanchor(text: str, exact: str, start: int, prefix: str = "", suffix: str = "") -> Span | None:
    if not exact:
        return None
    if text[start : start + len(exact)] == exact:
        return Span(start, start + len(exact))
    hits = [m.start() for m in re.finditer(re.escape(exact), text)]
    if hits:
        def score(pos: int) -> tuple[int, int]:
            ctx = (text[max(0, pos - len(prefix)) : pos] == prefix) + (text[pos + len(exact) : pos + len(exact) + len(suffix)] == suffix)
            return (-ctx, abs(pos - start))

        best = min(hits, key=score)
        return Span(best, best + len(exact))
    found = fuzz.partial_ratio_alignment(exact, text, score_cutoff=FUZZY_MIN)
    if found is None:
        return None
    start, end = found.dest_start, found.dest_end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def normalized_hash(text: str) -> str:
    """Same article imported twice: the same hash after collapsing whitespace and case."""
    norm = " ".join(text.split()).casefold()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()

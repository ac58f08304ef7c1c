"""Reported speech that opens with the speaker's quoted words and goes on unquoted: 'Sanders says
“the wind is at our backs” despite his loss', 'McConnell has said "the next president" should
choose'. PolNeAR marks the whole clause as one content opening with a quotation mark, a mixed
direct quote; its text keeps the inner marks, so a reader still sees which words are verbatim.
The quotation it opens with (and any other inside it) is part of it, not a quote of its own."""
from __future__ import annotations

import re

from briefing_app.core.model import Quote

OPENING_RE = re.compile(r"''|``|[“\"‘'„«]")
CLOSING_RE = re.compile(r"''|[”\"’'»“]")
REST_WORDS = 2  # unquoted words after the opening quotation: fewer, and it is a plain quotation
QUOTED = ("direct", "scare", "title")


SINGLE_CLOSE_RE = re.compile(r"[’'](?!\w)")


def _opening_close(r: Quote, quotes: list[Quote]) -> int | None:
    """Where, in r.text, the quotation that opens r's content ends (past its closing mark), or None when r
    does not open with a quotation: one the quote finder found, or a headline's single-marked words."""
    mark = OPENING_RE.match(r.text)
    if mark is None:
        return None
    first = next((q for q in quotes if q.kind in QUOTED and q.start == r.start + mark.end()), None)
    if first is not None:
        close = CLOSING_RE.match(r.text, first.end - r.start)
        return close.end() if close else first.end - r.start
    if mark.group() not in ("‘", "'"):
        return None
    # "Sidney Blumenthal: ‘No Idea’ If I Would Have Told Hillary ...": a single-marked phrase no quote holds
    close = SINGLE_CLOSE_RE.search(r.text, mark.end() + 1)
    return close.end() if close else None


def opening_quotation(quotes: list[Quote], reported: list[Quote]) -> None:
    """Make each reported content that opens with a quotation and goes on a direct (mixed) quote, and drop
    the quotations inside it from `quotes`."""
    for r in reported:
        if r.kind != "indirect":
            continue
        close = _opening_close(r, quotes)
        if close is None or len(r.text[close:].split()) < REST_WORDS:
            continue
        r.kind = "direct"
        quotes[:] = [q for q in quotes if not (q.kind in QUOTED and r.start <= q.start and q.end <= r.end)]

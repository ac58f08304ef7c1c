"""The text the analysers read, as a map over the stored text — never a rewrite of it.

`analysis_view` hides boilerplate (blanked to spaces, so offsets hold), joins the soft line
breaks of PDF paragraphs (a newline becomes a space) and joins words hyphenated at a line
end when the joined word occurs elsewhere in the document (the "-\\n" is dropped from the
view and recorded). `to_stored` maps every offset the analysers return back to the stored
text, so clips always point at what the source said.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace

from briefing_app.core.model import Analysis, Mention, Quote, SourceDoc, Span

HYPHENATED = re.compile(r"(\w+)-\n(\w+)")
SOFT_BREAK = re.compile(r"(?<=[^\n])\n(?=[^\n])")


@dataclass
class TextView:
    text: str
    cuts: list[int] = field(default_factory=list)  # view offsets where two stored chars ("-\n") were dropped

    def to_stored(self, offset: int, *, end: bool = False) -> int:
        before = bisect_left(self.cuts, offset) if end else bisect_right(self.cuts, offset)
        return offset + 2 * before


def analysis_view(doc: SourceDoc) -> TextView:
    text = doc.text
    if doc.boilerplate:
        chars = list(text)
        for s in doc.boilerplate:
            for i in range(max(0, s.start), min(len(chars), s.end)):
                if chars[i] != "\n":
                    chars[i] = " "
        text = "".join(chars)
    if doc.media_type != "application/pdf":
        return TextView(text)
    words = set(re.findall(r"\w+", text.lower()))
    pieces: list[str] = []
    cuts: list[int] = []
    last = dropped = 0
    for m in HYPHENATED.finditer(text):
        if (m.group(1) + m.group(2)).lower() not in words:
            continue
        cut = m.start(2) - 2
        pieces.append(text[last:cut])
        cuts.append(cut - dropped)
        dropped += 2
        last = cut + 2
    pieces.append(text[last:])
    view = "".join(pieces)
    return TextView(SOFT_BREAK.sub(" ", view), cuts)


def to_stored(analysis: Analysis, view: TextView, stored: str) -> Analysis:
    """The analysis with every offset and text taken back to the stored text."""
    if not view.cuts and len(view.text) == len(stored):
        return _retext(analysis, stored)

    def span(s: int, e: int) -> tuple[int, int]:
        return view.to_stored(s), view.to_stored(e, end=True)

    quotes = []
    for q in analysis.quotes:
        s, e = span(q.start, q.end)
        mention = None
        if q.mention:
            ms, me = span(q.mention.start, q.mention.end)
            mention = Mention(ms, me, stored[ms:me])
        quotes.append(replace(q, start=s, end=e, text=stored[s:e], mention=mention))
    actors = [replace(a, mentions=[Span(*span(m.start, m.end)) for m in a.mentions]) for a in analysis.actors]
    options = [replace(o, start=view.to_stored(o.start), end=view.to_stored(o.end, end=True),
                       positions=[replace(p, start=view.to_stored(p.start), end=view.to_stored(p.end, end=True))
                                  for p in o.positions]) for o in analysis.options]
    boiler = [Span(*span(b.start, b.end)) for b in analysis.boilerplate]
    return Analysis(quotes, actors, options, boiler, analysis.metadata)


def _retext(analysis: Analysis, stored: str) -> Analysis:
    """Same offsets; quote and mention texts read from the stored text (blanked view != stored)."""
    quotes: list[Quote] = []
    for q in analysis.quotes:
        mention = Mention(q.mention.start, q.mention.end, stored[q.mention.start:q.mention.end]) if q.mention else None
        quotes.append(replace(q, text=stored[q.start:q.end], mention=mention))
    return Analysis(quotes, list(analysis.actors), list(analysis.options), list(analysis.boilerplate), analysis.metadata)


"""Qt-free text analysis: quotations and their speakers, reported speech, actors, policy
options, boilerplate lines and metadata of one plain text. Pure Python + `re`.

    analyse(text, metadata=None) -> Analysis

Every offset is a Python str index into `text`; for every quote text[start:end] == quote.text.
"""
from __future__ import annotations

from briefing_app.analysis import boilerplate as _boilerplate
from briefing_app.analysis import foreign as _foreign
from briefing_app.analysis import indirect as _indirect
from briefing_app.analysis import kinds as _kinds
from briefing_app.analysis import metadata as _metadata
from briefing_app.analysis import options as _options
from briefing_app.analysis.actors import ActorTable
from briefing_app.analysis.attribution import Sentences, attribute
from briefing_app.analysis.quotes import find_quotes, mask
from briefing_app.analysis.segment import paragraphs, sentence_spans
from briefing_app.core.model import Analysis, Metadata, Span

__all__ = ["analyse"]


def _blank(text: str, spans: list[Span]) -> str:
    """text with the given spans replaced by spaces (same length, so offsets hold)."""
    if not spans:
        return text
    chars = list(text)
    for s in spans:
        chars[s.start:s.end] = " " * (s.end - s.start)
    return "".join(chars)


def analyse(text: str, metadata: Metadata | None = None) -> Analysis:
    boiler = _boilerplate.find(text)
    hidden = {(s.start, s.end) for s in boiler}
    paras = [p for p in paragraphs(text) if p not in hidden]
    spans = find_quotes(text, paras)
    for q in spans:
        q.kind = _kinds.classify(text, q.start, q.end, q.open_at)
    masked = mask(text, spans)
    sents = Sentences([s for ps, pe in paras for s in sentence_spans(masked, ps, pe)])
    caption_spans = set(_boilerplate.captions(text, boiler))
    table = ActorTable(_blank(text, [b for b in boiler if b not in caption_spans]))
    quotes = attribute(text, masked, spans, sents, paras, table)
    reported = _indirect.find(text, masked, paras, sents, spans, table)
    if _foreign.applies(text):
        _foreign.attribute(text, quotes)
        reported.extend(_foreign.indirect(text, paras, quotes + reported))
        for q in quotes:  # a mixed quote inside reported speech shares its speaker
            if q.kind == "direct" and q.speaker is None:
                r = next((r for r in reported if r.start <= q.start and q.end <= r.end + 1 and r.speaker), None)
                if r is not None:
                    q.speaker, q.mention, q.cue = r.speaker, r.mention, r.cue
    _indirect.upgrade_mixed(quotes, reported)
    for q in quotes:
        if q.kind in ("scare", "title"):
            q.end = _kinds.trimmed_end(text, q.start, q.end)
            q.text = text[q.start:q.end]
            q.speaker = q.mention = q.cue = q.venue = None
    quotes.extend(reported)
    actors = table.actors()
    by_name = {a.name: a for a in actors}
    for q in quotes:
        if q.speaker in by_name and by_name[q.speaker].kind == "person" and q.mention and q.mention.text.lower() not in ("he", "she"):
            aliases = by_name[q.speaker].aliases
            if q.mention.text != q.speaker and q.mention.text not in aliases:
                aliases.append(q.mention.text)
    meta = _metadata.extract(text, paras, boiler, quotes)
    if metadata is not None:
        meta = metadata.merged(meta)
    options = _options.find(text, paras, sents, meta)
    speakers = {q.speaker for q in quotes if q.speaker}
    actors = [a for a in actors if a.kind != "person" or a.title or len(a.mentions) > 1 or a.name in speakers
              or a.name == meta.author]
    return Analysis(quotes=quotes, actors=actors, options=options, boilerplate=boiler, metadata=meta)

"""One parsed text, computed once and shared by every stage of the pipeline: paragraphs
(boilerplate hidden), quotation spans, the masked copy (quotations blanked), sentences,
the text the actor table reads (boilerplate other than captions blanked) and its name
hits. Stages add their layers (quotes, reported speech, actors, metadata, options).
"""
from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefing_app.analysis import boilerplate as _boilerplate
from briefing_app.analysis.genre_ru_ko import language
from briefing_app.analysis.quotes import QuoteSpan, find_quotes, headline_quotes, mask
from briefing_app.analysis.segment import blank_spans, letter_words, paragraphs, sentence_spans
from briefing_app.core.model import Actor, Metadata, Option, Quote, Span

if TYPE_CHECKING:
    from briefing_app.analysis.actors import ActorTable
    from briefing_app.analysis.lang import RuleSet


class Sentences:
    """Sentence spans of the masked text, with a lookup of the sentence holding an offset."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.starts = [s for s, _ in spans]

    def of(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, pos) - 1
        return self.spans[max(i, 0)] if self.spans else (0, pos)

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The sentences that start in [start, end) (a paragraph's, for one of the paragraphs split)."""
        return self.spans[bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)]


def blank(text: str, spans: list[Span]) -> str:
    """text with the given spans replaced by spaces (same length, so offsets hold)."""
    return blank_spans(text, [(s.start, s.end) for s in spans])


@dataclass
class Document:
    text: str
    metadata_in: Metadata | None = None
    boilerplate: list[Span] = field(default_factory=list)
    lines: list[tuple[int, int]] = field(default_factory=list)  # every paragraph, boilerplate too
    paras: list[tuple[int, int]] = field(default_factory=list)
    spans: list[QuoteSpan] = field(default_factory=list)
    masked: str = ""
    sentences: Sentences = field(default_factory=lambda: Sentences([]))
    actor_text: str = ""  # boilerplate blanked, photo captions kept (they name people)
    rule_sets: list[RuleSet] = field(default_factory=list)
    # layers the stages add
    table: ActorTable | None = None
    quotes: list[Quote] = field(default_factory=list)
    reported: list[Quote] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    metadata: Metadata = field(default_factory=Metadata)
    options: list[Option] = field(default_factory=list)

    @functools.cached_property
    def words(self) -> list[str] | None:
        """The words of the masked text (segment.LETTER_WORD_RE's), read once for the English rules that look words
        up (the genre's counts, the speech verbs reported speech is read from); None for a text another rule set
        reads too (Russian, Korean): it holds few English words, and their scan would cost more than it saves."""
        return letter_words(self.masked) if len(self.rule_sets) <= 1 else None

    @functools.cached_property
    def language(self) -> str:
        """"ru" or "ko" for a text whose Cyrillic or Hangul letters outnumber its Latin ones, else "en" (an English
        text quoting Russian or Korean is English): the stages whose rules read English words only skip the others."""
        return (len(self.rule_sets) > 1 and language(self.text, limit=None)) or "en"

    @property
    def actor_table(self) -> ActorTable:
        assert self.table is not None, "the actors stage has not run"
        return self.table

    def text_sentences(self, ps: int, pe: int) -> list[tuple[int, int]]:
        """The sentences of the unmasked text in the paragraph (ps, pe), one of self.paras, as
        sentence_spans(self.text, ps, pe) finds them: where no quotation was masked in the paragraph
        the masked text's sentences, split already, are the same."""
        if self.masked.startswith(self.text[ps:pe], ps):
            return self.sentences.within(ps, pe)
        return sentence_spans(self.text, ps, pe)


def parse(text: str, metadata: Metadata | None, rule_sets: list[RuleSet]) -> Document:
    """Paragraphs, boilerplate, quotation spans (with their kinds), masked text and sentences."""
    doc = Document(text, metadata, rule_sets=rule_sets)
    doc.lines = paragraphs(text)
    doc.boilerplate = _boilerplate.find(text, doc.lines)
    hidden = {(s.start, s.end) for s in doc.boilerplate}
    doc.paras = [p for p in doc.lines if p not in hidden]
    doc.spans = headline_quotes(text, doc.paras, find_quotes(text, doc.paras))
    for q in doc.spans:
        q.kind = classify(doc, q)
    doc.masked = mask(text, doc.spans)
    doc.sentences = Sentences([s for ps, pe in doc.paras for s in sentence_spans(doc.masked, ps, pe)])
    captions = set(_boilerplate.captions(text, doc.boilerplate))
    doc.actor_text = blank(text, [b for b in doc.boilerplate if b not in captions])
    return doc


def classify(doc: Document, q: QuoteSpan) -> str:
    """The most specific rule set with an opinion on a quotation's kind decides it (Korean,
    then Russian, then English, whose rules always give an answer)."""
    for rules in reversed(doc.rule_sets):
        kind = rules.kind(doc.text, q.start, q.end, q.open_at)
        if kind:
            return kind
    return "direct"

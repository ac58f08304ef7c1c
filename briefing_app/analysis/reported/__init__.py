"""Reported speech (PolNeAR conventions) as a table of small named rules: "S said (that)
CONTENT", "CONTENT, S said", "according to S, CONTENT", "CONTENT, according to S",
", warning that CONTENT" participles that share the main clause's speaker, "X called
for ...", "X urged Y to ...", "Name: words". Content excludes the recipient ("told
reporters"), manner phrases ("on Sunday", "in a statement") and the final stop.

Sentence rules run in order on each sentence until one takes it (cue_rules.py holds the
rules for one speech verb); then the document rules run over what is left.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from briefing_app.analysis.document import Document
from briefing_app.analysis.reported.follow import follow_reported
from briefing_app.analysis.reported.passive import drop_empty_it, said_to
from briefing_app.analysis.reported import asides, call_rules, document_rules, noun_rules, promise_rules, sentence_rules
from briefing_app.analysis.reported.spoken_objects import spoken_objects
from briefing_app.analysis.reported.mixed import opening_quotation, relayed_words
from briefing_app.analysis.reported.scare import speakers_words
from briefing_app.analysis.reported.context import Context
from briefing_app.analysis.spans import SpansByStart
from briefing_app.core.model import Quote

SentenceRule = Callable[[Context, int, int], bool]
DocumentRule = Callable[[Context], None]
SENTENCE_RULES: tuple[tuple[str, SentenceRule], ...] = (
    ("headline-says", sentence_rules.headline_says),
    ("asked", sentence_rules.asked),
    ("as-reported", sentence_rules.as_reported),
    ("according-start", sentence_rules.according_start),
    ("according-mid", sentence_rules.according_mid),
    ("according-end", sentence_rules.according_end),
    ("reports-end", sentence_rules.reports_end),
    ("reported-by-end", sentence_rules.reported_by_end),
    ("participle-opening", sentence_rules.participle_opening),
    ("cue-verbs", sentence_rules.cue_verbs),
)
DOCUMENT_RULES: tuple[tuple[str, DocumentRule], ...] = (
    ("calls", call_rules.calls),
    ("requests", call_rules.requests),
    ("warnings-of", call_rules.warnings_of),
    ("participle-aside", asides.participle_asides),
    ("quoted-as", call_rules.quoted_as),
    ("object-cues", document_rules.object_cues),
    ("passive-asked", document_rules.passive_asked),
    ("said-to", said_to),
    ("announcements", document_rules.announcements),
    ("spoken-objects", spoken_objects),
    ("speaker-lines", document_rules.speaker_lines),
    ("block-quotes", document_rules.block_quotes),
    ("noun-cues", noun_rules.noun_cues),
    ("made-arguments", noun_rules.made_arguments),
    ("promises", promise_rules.promises),
)
LETTERS_RE = re.compile(r"[A-Za-z]{3}")


def run(doc: Document, sentence: Sequence[tuple[str, SentenceRule]] = SENTENCE_RULES,
        document: Sequence[tuple[str, DocumentRule]] = DOCUMENT_RULES) -> Context:
    """Apply the rules; the context holds the quotes and, in ctx.trace, the rule behind each."""
    ctx = Context(doc)
    for ss, se in doc.sentences.spans:
        sent = doc.masked[ss:se]
        if "•" in sent and not LETTERS_RE.search(sent.replace("•", "")):
            continue  # nothing but a quotation
        for name, rule in sentence:
            ctx.rule = name
            if rule(ctx, ss, se):
                break
    for name, drule in document:
        ctx.rule = name
        drule(ctx)
    return ctx


def find(doc: Document) -> list[Quote]:
    return run(doc).out


def finish(doc: Document) -> None:
    """After the reported speech is found: quotations inside it, then scare quotes a speaker governs."""
    drop_empty_it(doc.text, doc.reported)  # "It was announced that ...": no speaker called "It"
    upgrade_mixed(doc.quotes, doc.reported)
    follow_reported(doc)  # "Wolf said the state would not negotiate. “Q”": the quotation goes on with his words
    speakers_words(doc, doc.quotes)
    relayed_words(doc)  # "According to Yonhap, quoting KCNA, ... a “quasi-state of war”": KCNA's words


def upgrade_mixed(quotes: list[Quote], reported: list[Quote]) -> None:
    """A short quotation inside reported speech is the speaker's words: a mixed direct quote; a
    direct quote whose speaker was not found there gets the reported speech's ('Comey called her
    handling of the information “extremely careless,”'). (The reported speech holding a quotation is looked up among
    that near it, spans.SpansByStart, not in all of it.)"""
    held: SpansByStart[int] | None = None  # each reported speech's start, end + 1 and place in the list

    def holding(q: Quote) -> list[Quote]:
        """The reported speech that holds q (its end one character further), in the list's order."""
        nonlocal held
        if held is None:
            held = SpansByStart((r.start, r.end + 1, i) for i, r in enumerate(reported))
        return [reported[i] for i in sorted(i for _, _, i in held.holding(q.start, q.end))]

    for q in quotes:
        if q.kind == "direct" and q.mention is None:
            for r in holding(q):
                if r.mention is not None:
                    q.speaker, q.mention, q.cue = r.speaker, r.mention, r.cue
                    break
            continue
        if q.kind != "scare":
            continue
        for r in holding(q)[:1]:
            q.kind, q.speaker, q.mention, q.cue = "direct", r.speaker, r.mention, r.cue
            if q.start - r.start <= 2 and r.end - q.end <= 2:
                reported.remove(r)  # "what X called ''Q''": the reported speech is the quotation itself
                held = None
    opening_quotation(quotes, reported)  # 'says “the wind is at our backs” despite ...': one mixed direct quote

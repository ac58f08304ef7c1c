"""What a draft takes from the sources: each source's lede (for the bottom line) and the quotes
most worth printing, in order of importance.

A quote's importance is its speaker's prominence (how often the sources mention the speaker; a
named speaker before an unnamed one), whether it says something no quote already picked says,
whether it is short enough to print as a quotation (a whole paragraph is not a key quote) and
whether it is a whole statement rather than words from inside a sentence — never its length as
such. Every speaker's first quote comes before anyone's second, and an analyst's accepted quotes
before suggestions.
"""
from __future__ import annotations

import re

from briefing_app.analysis.datelines import opening_end
from briefing_app.analysis.kinds import is_title_case
from briefing_app.analysis.lang import HANGUL_RE
from briefing_app.analysis.metadata import BY_RE
from briefing_app.analysis.segment import paragraphs, sentence_spans
from briefing_app.core.records import QuoteRecord, SourceRecord

MAX_QUOTES = 6
MIN_WORDS = 6  # shorter quotes are phrases, not statements
PRINT_WORDS = 60  # longer ones print as a block of five lines or more: kept only after every shorter one
SAME_CONTENT = 0.6  # a quote sharing this share of its words with one picked already says the same
PER_SPEAKER = 2
MIN_LEDE_WORDS = 12  # shorter lines are headlines, bylines, credits
MIN_LEDE_WORDS_KO = 6  # a Korean word carries its particles: a lede has about half as many

_BIO = re.compile(r"(The|This) (author|writer|columnist)\b|[A-Z][\w.]+ [A-Z][\w.]+ is (a|an|the) ")
_WORD = re.compile(r"\w+")


def lede(source: SourceRecord) -> str:
    """The first statement of the article body, without the dateline it opens with (boilerplate,
    headline, byline and bio lines, the title repeated as the first paragraph and an opening
    question skipped)."""
    text = source.text
    title = _plain(source.metadata.title or "")
    for start, end in paragraphs(text):
        if any(b.start <= start < b.end for b in source.boilerplate):
            continue
        content = opening_end(text, start, end)  # a wire story's dateline is not the lede's content
        para = text[content:end]
        short = len(para.split()) < (MIN_LEDE_WORDS_KO if HANGUL_RE.search(para) else MIN_LEDE_WORDS)
        if short or para[-1:] not in ".!?”\"’" or _BIO.match(para) or BY_RE.match(para) or _plain(para) == title \
                or is_title_case(para):
            continue  # headlines (also one set as a sentence, or in title case), bylines, photo credits, "The author is …"
        for s, e in sentence_spans(text, content, end):
            sentence = text[s:e].strip()
            if not sentence.rstrip("”\"’").endswith("?"):  # a rhetorical question opens, the answer informs
                return sentence
    return ""


def _plain(text: str) -> str:
    return " ".join(text.split()).rstrip(".!").casefold()


def _fragment(text: str) -> bool:
    """Words quoted from inside a sentence ("damning that …"): a whole statement prints better."""
    first = text.lstrip("\"'“‘«„「『([ ")[:1]
    return first.islower()


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _repeats(words: set[str], picked: list[set[str]]) -> bool:
    return any(len(words & other) >= SAME_CONTENT * min(len(words), len(other)) for other in picked)


def pick_quotes(quotes: list[QuoteRecord], prominence: dict[int, int] | None = None,
                limit: int = MAX_QUOTES) -> list[QuoteRecord]:
    """Direct quotes not rejected, most important first (see the module's note); `prominence`:
    speaker id -> how often the sources mention the speaker."""
    prominence = prominence or {}
    usable = [q for q in quotes if q.kind == "direct" and q.status != "rejected" and len(q.text.split()) >= MIN_WORDS]
    usable.sort(key=lambda q: (q.status != "accepted", q.speaker is None,
                               -prominence.get(q.speaker_id or 0, 0), len(q.text.split()) > PRINT_WORDS,
                               _fragment(q.text), q.source_id, q.clip.start))
    picked: list[tuple[int, int, QuoteRecord]] = []
    said: list[set[str]] = []
    per_speaker: dict[str | None, int] = {}
    for q in usable:
        words = _words(q.text)
        if per_speaker.get(q.speaker, 0) >= PER_SPEAKER or _repeats(words, said):
            continue
        per_speaker[q.speaker] = per_speaker.get(q.speaker, 0) + 1
        picked.append((per_speaker[q.speaker], len(picked), q))
        said.append(words)
        if len(picked) >= limit:
            break
    return [q for *_, q in sorted(picked, key=lambda p: p[:2])]


def in_text_order(quotes: list[QuoteRecord]) -> list[QuoteRecord]:
    return sorted(quotes, key=lambda q: (q.source_id, q.clip.start))

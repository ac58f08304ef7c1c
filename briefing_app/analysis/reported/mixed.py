"""Reported speech that opens with the speaker's quoted words and goes on unquoted: 'Sanders says
“the wind is at our backs” despite his loss', 'McConnell has said "the next president" should
choose'. PolNeAR marks the whole clause as one content opening with a quotation mark, a mixed
direct quote; its text keeps the inner marks, so a reader still sees which words are verbatim.
The quotation it opens with (and any other inside it) is part of it, not a quote of its own.

Words a report relays from its own source: 'According to Yonhap, quoting North Korea's Korean Central News
Agency (KCNA), the military has been told to prepare a “quasi-state of war”'. The reported speech stays the
reporting outlet's (Yonhap reported it), but the words in quotation marks inside it are the quoted source's:
Yonhap took them from KCNA. So a quotation inside reported speech whose cue is followed by ", quoting|citing
SOURCE," takes SOURCE as its speaker. SOURCE must end like somebody who speaks (a name, an acronym or a noun such
as "official"): 'said, citing low growth, that' and 'citing Trump's appeal' give nobody."""
from __future__ import annotations

import re

from briefing_app.analysis.attribution import resolve
from briefing_app.analysis.document import Document
from briefing_app.core.model import Mention, Quote

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

# the relay between the speaker's mention and the content ("Yonhap, quoting KCNA, CONTENT", "Yonhap reported,
# citing the ministry, that CONTENT", "Yonhap, quoting KCNA, said CONTENT") or after it ("CONTENT, Yonhap reported, quoting KCNA.")
SOURCE = r"(?P<source>[^,;:“”\"\n]{2,90}?)"
BETWEEN_RE = re.compile(r",[ \t]+(?:quoting|citing)[ \t]+" + SOURCE + r"[ \t]*,[ \t]*(?:[a-z]+[ \t]+){0,3}$")
AFTER_RE = re.compile(r"(?:[ \t]+[a-z]+){0,2},[ \t]+(?:quoting|citing)[ \t]+" + SOURCE + r"[ \t]*[.;,]")
ACRONYM_RE = re.compile(r"[ \t]*\([A-Z][\w.&-]*\)$")  # "Korean Central News Agency (KCNA)"
NAME_TAIL_RE = re.compile(r"(?:[A-Z][\w.&’'-]*[ \t]+(?:(?:of|for|and|the)[ \t]+)*)*[A-Z][\w.&’'-]*$")
# a source that is a thing cited, not somebody quoted: "citing data from the Labor Department", "citing concerns
# raised by"
NOT_A_SOURCE_RE = re.compile(r"\b(?:from|by|about|over|with|and|data|figures|reports?|concerns?|statistics|"
                             r"documents?|records?|polls?|surveys?)\b")
SOURCE_NOUNS = frozenset("""official officials source sources spokesman spokeswoman spokesperson ministry agency
    minister diplomat diplomats aide aides adviser advisers officer officers""".split())


def _source(raw: str, at: int) -> Mention | None:
    """The mention of the quoted source in raw (found at offset at), or None when it names no speaker."""
    text = ACRONYM_RE.sub("", raw)
    if NOT_A_SOURCE_RE.search(text):
        return None
    name = NAME_TAIL_RE.search(text)
    if name is not None:  # "North Korea's main news agency Korean Central News Agency": the name at its end
        return Mention(at + name.start(), at + name.end(), name.group())
    if text.split()[-1].lower() in SOURCE_NOUNS:  # "an anonymous Republican official"
        return Mention(at, at + len(text), text)
    return None


def relayed_words(doc: Document) -> None:
    """Give each quotation inside reported speech relayed from another source that source (the module's note)."""
    text = doc.text
    if "quoting " not in text and "citing " not in text:
        return
    for r in doc.reported:
        if r.mention is None:
            continue
        inside = [q for q in doc.quotes if q.kind == "direct" and q.mention is not None
                  and q.mention.start == r.mention.start and r.start <= q.start and q.end <= r.end + 1]
        if not inside:
            continue
        source = _relay(text, r)
        if source is None:
            continue
        speaker = resolve(text, source.text, source.start, doc.actor_table, None, doc.sentences)
        for q in inside:
            q.mention, q.speaker = source, speaker


def _relay(text: str, r: Quote) -> Mention | None:
    """The source r's speaker quotes, named around r's mention, or None."""
    assert r.mention is not None
    if r.mention.end <= r.start:
        m = BETWEEN_RE.search(text, r.mention.end, r.start)
    else:
        m = AFTER_RE.match(text, r.mention.end, r.mention.end + 120)
    if m is None:
        return None
    return _source(m.group("source"), m.start("source"))

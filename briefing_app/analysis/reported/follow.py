"""'Wolf said the state would not negotiate. “The law is clear and we will enforce it.”': a quotation that is a
sentence of its own, with no cue, right after a sentence of reported speech in the same paragraph goes on with that
speaker's words. Only when the reported speech is the last thing before it (no other quotation between) and its
speaker is a person's mention (a name, a pronoun, a description), not a document ("the report said")."""
from __future__ import annotations

import bisect
import re

from briefing_app.analysis.cues import CUE_RE
from briefing_app.analysis.document import Document
from briefing_app.analysis.speaker_checks import LEAD_WORDS

# a document, a poll or a body of text speaks for no one who goes on talking
NOT_A_TALKER_RE = re.compile(r"(?i:(?:the|a|an|this|that|its|his|her|their)\s+)?(?:[\w’'-]+\s+){0,3}?(?:report|poll|survey|"
                             r"study|statement|letter|document|memo|filing|complaint|lawsuit|suit|ruling|order|data|"
                             r"figures|records|analysis|article|story|release|website|ad|video|book|email|tweet|post)s?$")
OPENING_MARKS = " \t“\"'‘«„"
LETTER_RE = re.compile(r"[A-Za-z]")  # a word after the quotation in its sentence: a tag of its own
LOWER_RE = re.compile(r"[a-z]")
# a quotation that opens with its speaker's label ("Chris Matthews: ...", "TAPPER: ...")
LABEL_OPENING_RE = re.compile(r"[ \t]*[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3}:")
# requests and questions are not words the next quotation goes on with ("called for a vote. “Call the roll,” came ...")
NOT_SAYINGS = frozenset("call calls called calling urge urges urged urging ask asks asked asking".split())


def follow_reported(doc: Document) -> None:
    """Give a speakerless direct quotation that opens a sentence right after reported speech that speaker."""
    said = sorted((r for r in doc.reported if r.mention is not None), key=lambda r: r.end)
    if not said:
        return
    ends = [r.end for r in said]
    masked, sentences = doc.masked, doc.sentences
    quotes = sorted(doc.quotes, key=lambda q: q.start)
    last_direct_end = -1
    for q in quotes:
        if q.kind != "direct":
            continue
        if q.mention is None:
            s0, s1 = sentences.of(q.start)
            if s0 > 0 and not masked[s0:q.start].strip(OPENING_MARKS) and not LETTER_RE.search(masked, q.end, max(q.end, s1)):
                p0, _ = sentences.of(s0 - 1)
                k = bisect.bisect_right(ends, s0) - 1
                r = said[k] if k >= 0 else None
                if r is not None and r.start >= p0 and r.end > last_direct_end \
                        and ("\n" not in masked[p0:s0] or _a_quotation_paragraph(doc, q.start, q.end)) \
                        and r.mention is not None and _a_talker(r.mention.text) and _a_saying(r.cue):
                    q.mention, q.speaker, q.cue = r.mention, r.speaker, r.cue
        last_direct_end = q.end


def _a_quotation_paragraph(doc: Document, start: int, end: int) -> bool:
    """Is the quotation text[start:end] a paragraph of its own ('Schoen wrote that delegates may reconsider.' + a
    paragraph that is only “Q”: the quotation goes on with the report that ends the paragraph before), one that does
    not name its own speaker ("Chris Matthews: ...") nor is a heading in capitals?"""
    k = bisect.bisect_right(doc.paras, (start, len(doc.text))) - 1
    if k < 0:
        return False
    p0, p1 = doc.paras[k]
    return not doc.masked[p0:start].strip(OPENING_MARKS) and not LETTER_RE.search(doc.masked, end, p1) \
        and not LABEL_OPENING_RE.match(doc.text, start) and LOWER_RE.search(doc.text, start, min(end, start + 40)) is not None


def _a_talker(mention: str) -> bool:
    """A mention that names someone who goes on talking: not a document, not a run of words cut off at a
    preposition ("Bolton distanced himself from the movement by")."""
    words = mention.split()
    return 0 < len(words) <= 12 and words[-1].lower() not in LEAD_WORDS and NOT_A_TALKER_RE.match(mention) is None


def _a_saying(cue: str | None) -> bool:
    """A cue of speech or writing ("said", "promised", "argues"), not a request or a question."""
    return bool(cue) and CUE_RE.fullmatch(cue or "") is not None and (cue or "").split()[0].lower() not in NOT_SAYINGS

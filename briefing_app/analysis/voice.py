"""The author's own voice: the text of a piece minus what it reports others as saying.

Genre cues (first person, evaluation, argument) only speak for the author when the author
wrote them. Besides quotations (already blanked in the masked text) this also blanks:

- the content of reported speech ("Clinton said [that the deal was a mistake]");
- transcript turns ("TAPPER: ...", "Q: ...", "A: ...", "Matthews: ...", a paragraph opened by a
  dialogue dash "— ..." as in Russian interviews): with three or more turns
  the piece is an interview or a transcript, and from its first turn on everything is the
  speakers' words (an answer often runs on over several paragraphs);
- block quotations: the paragraph after a line that introduces one ("..., Wallnau wrote:"), and a
  paragraph that opens a quotation without closing it (the convention for quotes running on
  over several paragraphs);
- a headline that gives the floor to a speaker ("Cruz: ‘Trump Would Put ...’"), after its colon.

Every blanked character becomes a space, so offsets hold.
"""
from __future__ import annotations

import re

from briefing_app.analysis.segment import blank_spans

TURN_RE = re.compile(
    r"(?:(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}|Q|A)\s?:\s"
    r"|Q(?=[A-Z][a-z])"  # "QWhy did you ...": a bold Q whose colon was lost
    r"|[—–]\s)"  # "— Будет ли сокращение?": a dialogue dash opens an interview's turn (Russian convention)
)
TRANSCRIPT_TURNS = 3
INTRO_RE = re.compile(
    r"\b(?:said|says|wrote|writes|writing|told|reads|read|stated|following|follows|statement|transcript|added"
    r"|tweeted|posted)\b[^.!?]{0,60}:$", re.I)
OPENING_MARKS = "\"“‘'"
CLOSING_MARKS = "\"”"
SPEAKER_HEADLINE_RE = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*:\s+[‘“\"']")


def author_voice(text: str, masked: str, paras: list[tuple[int, int]],
                 reported: list[tuple[int, int]]) -> tuple[str, int]:
    """The masked text with other people's words blanked too, and the number of transcript turns."""
    spans = list(reported)
    turns = [i for i, (s, _) in enumerate(paras) if TURN_RE.match(text, s)]
    if len(turns) >= TRANSCRIPT_TURNS:
        spans.append((paras[turns[0]][0], len(text)))
    else:
        spans.extend(paras[i] for i in turns)
    for i, (s, e) in enumerate(paras):
        if text[s] in OPENING_MARKS and not any(c in text[s + 1:e] for c in CLOSING_MARKS):
            spans.append((s, e))
        if i + 1 < len(paras) and text[e - 1] == ":" and INTRO_RE.search(text, max(s, e - 90), e):
            spans.append(paras[i + 1])
    if paras and SPEAKER_HEADLINE_RE.match(text, paras[0][0]):
        s, e = paras[0]
        spans.append((text.index(":", s), e))
    return blank_spans(masked, spans), len(turns)

"""'It was announced on Monday that the plant would close': a passive cue with an empty "it" names no speaker; the
words are still reported, their source unknown (not a speaker called "It")."""
from __future__ import annotations

import re

from briefing_app.analysis.mentions import subject_before
from briefing_app.analysis.reported.context import Context
from briefing_app.core.model import Quote

# after "It": a passive of the cue verb ("was announced", "has been reported", "is said", "had been widely expected")
PASSIVE_AFTER_IT_RE = re.compile(r"[ \t\u00a0]+(?:was|is|were|are|has[ \t\u00a0]+been|have[ \t\u00a0]+been|had[ \t\u00a0]+been|"
                                 r"will[ \t\u00a0]+be|would[ \t\u00a0]+be|could[ \t\u00a0]+be|may[ \t\u00a0]+be|might[ \t\u00a0]+be)"
                                 r"(?:[ \t\u00a0]+\w+ly)?[ \t\u00a0]+(?:[a-z]+ed|said|told|written|known|understood|thought)\b")


# a mention that is only auxiliaries ("It has been said that": "has been") names no one
AUX_ONLY_RE = re.compile(r"(?i:(?:has|have|had|been|was|were|is|are|be|will|would)(?:[ \t\u00a0]+|$))+")


def drop_empty_it(text: str, reported: list[Quote]) -> None:
    """Reported speech whose speaker mention is an "it" before a passive cue (or only the passive's auxiliaries)
    keeps its words and loses the mention."""
    for r in reported:
        m = r.mention
        if m is not None and (m.text in ("It", "it") and PASSIVE_AFTER_IT_RE.match(text, m.end)
                              or AUX_ONLY_RE.fullmatch(m.text)):
            r.mention, r.speaker = None, None


# "Priebus was said to be “furious” with Trump", "Some advisers are said to be urging the governor to ...", "who is said
# to have pressed for ...": hearsay with no named source; the whole clause, its subject too, is what was said (PolNeAR)
# (any adverb in -ly, and a perfect: "who was reportedly said to be ill", "has long been said to favour")
SAID_TO_RE = re.compile(r"\b(?:is|are|was|were|(?:has|have|had)(?:[ \t]+(?:also|long|often|\w+ly))?[ \t]+been)[ \t]+"
                        r"(?:(?:also|long|often|now|still|once|even|\w+ly)[ \t]+)?(?P<cue>said)[ \t]+to[ \t]+(?:be|have)\b")
RELATIVE_RE = re.compile(r"who|which")


def passive_said(masked: str, said: int, floor: int) -> bool:
    """The "said" at `said` is a hearsay passive ("X was said to be ..."): said_to's, X is not its speaker."""
    if masked[said + 4:said + 7] not in (" to", "\tto"):
        return False  # (one look at the next word: the pattern itself read ~0.1 M of an English analysis)
    m = SAID_TO_RE.search(masked, max(floor, said - 40), said + 16)
    return m is not None and m.start("cue") == said


def said_to(ctx: Context) -> None:
    """'X is said to have done Y': the clause from its subject (or its relative pronoun) on, no speaker."""
    masked = ctx.masked
    if " said to " not in masked:
        return
    done = ctx.done()
    for m in SAID_TO_RE.finditer(masked):
        if done.covers(m.start("cue")):
            continue
        ss, se = ctx.doc.sentences.of(m.start())
        subj = subject_before(masked, m.start(), ss)
        if subj is None or masked[subj[0]:subj[1]].endswith(("what", "What")):
            continue  # "a trip to what was said to be the front line": a free relative, no clause of its own
        start, end = subj[0], se
        if RELATIVE_RE.fullmatch(masked, start, subj[1]) and masked.endswith(", ", ss, start):
            comma = masked.find(",", m.end(), se)  # "X, who is said to have A, and Y agree": the relative ends at its comma
            end = se if comma == -1 else comma
        ctx.emit(start, end, None, "said")

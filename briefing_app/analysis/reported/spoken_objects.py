"""A noun phrase as what was said: "Trump explained his reasoning", "He recalled Ali's generosity", "Patrick predicted
a Cruz win", "He later denied his opposition", "CNN noted the sparse attendance", "Sexton tweeted his observations",
"The Times wrote about the account" (PolNeAR marks the 3 tuned "wrote (to X) about NP").
PolNeAR marks the object of a verb of speech as its content (20 of 28 such objects the other rules leave in the tuned
texts); a clause after the same verbs is the cue rules'. The object ends before a setting ("in an appearance on CBS",
"on Monday", "during the debate") or the clause's next part; a time ("tweeted the day after"), an inverted speaker
("..., noted a report for Oxfam"), a pointer ("tweeted the following:"), a relative "that"/"which" or a demonstrative
subject ("That explains the gap") and a progressive ("was explaining") are left."""
from __future__ import annotations

import re

from briefing_app.analysis.cues import stem_matches, stem_positions
from briefing_app.analysis.mentions import subject_before
from briefing_app.analysis.reported.clauses import DAYS, MANNER_RE, TIME_NP
from briefing_app.analysis.reported.context import Context, det_before
from briefing_app.analysis.reported.call_rules import PROGRESSIVE_RE
from briefing_app.analysis.reported.cue_rules import DOCUMENT_OBJECT_RE
from briefing_app.analysis.subjects import clause_subject

OBJECT_VERB_RE = re.compile(
    r"(?<![\w’'-])(?P<cue>explain(?:ed|s|ing)|recall(?:ed|s|ing)|predict(?:ed|s|ing)|acknowledg(?:ed|es|ing)|"
    r"denied|denies|denying|noted|notes|noting|stated|tweeted|tweeting|conceded|concedes|conceding)(?![\w’'-])"
    # "wrote (to Mrs. Clinton) about a visit to Ukraine": what was written about (not a habit: "who writes about the
    # credit industry" names a trade)
    r"|(?<![\w’'-])(?P<wrote>wrote)(?:\s+to\s+(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*)?\s+about(?=\s)")
OBJECT_STEMS = ("explain", "recall", "predict", "acknowledg", "denie", "denying", "noted", "notes", "noting", "stated",
                "tweet", "conced", "wrote")
# the object opens with a determiner, a possessive or a name's possessive, not with a time ("the day after", "a few days
# later", "this week") nor a clause (a subject and its verb: the cue rules')
OBJECT_START_RE = re.compile(
    r"(?!" + TIME_NP + r")(?!(?:an?|one|two|three|several|a\s+few|\d+)\s+(?:few\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)\b)"
    r"(?!the\s+following\b)"
    r"(?:(?:a|an|the|his|her|their|its|our|my|this|these|those)\s|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}(?:’s|'s)\s)")
# where the object ends: a setting, a time, the clause's next part
OBJECT_END_RE = re.compile(
    r"[,;:(]|\s+(?:-|--|—|–)\s|\s+(?:and|but)\s+(?:[a-z]+ed|said|says|he|she|they|it)\b|"
    r"\s+(?:after|before|because|as|when|while|by\s+[a-z]+ing|to\s+(?:reporters|the\s+crowd))\b|"
    r"\s+(?:on\s+|last\s+|early\s+|late\s+)?" + DAYS + r"\b|\s+(?:last|this|next)\s+(?:week|month|year|night)\b|"
    r"\s+(?:earlier|later)\b|\s+(?:in|on|at|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:statement|interview|speech|letter|post|tweet|op-ed|call|briefing|conference|appearance|release|email|"
    r"hearing|rally|debate|event|show|meeting|address|remarks|video|column|article|book|blog|piece|memo|memoir|essay|"
    r"editorial)\b|\s+on\s+(?:Twitter|Facebook|X|Instagram)\b")
NO_SPEAKER_WORDS = frozenset(("that", "which", "this", "these", "those"))
INVERTED_BEFORE_RE = re.compile(r"(?:,|[”\"]|'')\s*$")


def spoken_objects(ctx: Context) -> None:
    """'X explained / recalled / predicted / acknowledged / denied / noted / stated / tweeted / conceded NP': the noun
    phrase is the content, the verb's subject (or, for a participle after a comma, the clause's) the source."""
    masked = ctx.masked
    at = stem_positions(masked, OBJECT_STEMS)
    if not at:
        return
    done = ctx.done()
    for c in stem_matches(OBJECT_VERB_RE, at, masked):  # (only where a stem is, not every sentence)
        ss, se = ctx.doc.sentences.of(c.start())
        if c.end() > se:
            continue
        cue = c.group("cue") or c.group("wrote")
        start = MANNER_RE.match(masked, c.end(), se)
        pos = start.end() if start else c.end()
        while pos < se and masked[pos].isspace():
            pos += 1
        if pos == c.end() or not OBJECT_START_RE.match(masked, pos, se) or done.covers(c.start()) \
                or done.covers(pos) or det_before(masked, ss, c.start()) \
                or INVERTED_BEFORE_RE.search(masked, max(ss, c.start() - 4), c.start()) and not cue.endswith("ing") \
                or PROGRESSIVE_RE.search(masked, max(ss, c.start() - 30), c.start()) and not cue.endswith("ing"):
            continue
        if cue.startswith("tweet") and DOCUMENT_OBJECT_RE.match(masked, c.end(), se):
            continue  # "tweeted a YouTube video", "tweeted a link": the thing posted (cue_rules' WRITING_FORMS)
        if cue.endswith("ing"):
            if not masked.endswith(", ", ss, c.start()):
                continue  # "after explaining his plan", "is noting": no participle of the clause's subject
            subj = clause_subject(masked, ss, c.start())
        else:
            subj = subject_before(masked, c.start(), ss)
        if subj is None or masked[subj[0]:subj[1]].split()[0].lower() in NO_SPEAKER_WORDS:
            continue  # "a speech that explains ...", "That explains the shortfall": no one's words
        end = OBJECT_END_RE.search(masked, pos, se)
        ctx.emit(pos, end.start() if end else se, subj, cue, min_words=2)

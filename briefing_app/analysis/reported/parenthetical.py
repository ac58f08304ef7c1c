"""The parenthetical cue: "CONTENT, Mr. Furman argued, CONTENT." (both parts are what he argued) and
"CONTENT, X said in a telephone interview from Ohio, CONTENT", "CONTENT, X told reporters, CONTENT"; not an introductory phrase ("In the early
1990s, X said, ...") nor an asked question's answer. Inverted: "SUBJECT, said X, a professor at Yale, VERB ...".
"""
from __future__ import annotations

import re

from briefing_app.analysis.reported.clauses import DAYS, NOT_CONTENT_RE, TELL_RE
from briefing_app.analysis.reported.context import Context
from briefing_app.analysis.reported.cue import DONE, INVERTED_FORMS, MARKED_COMMA_END_RE, TELLS, Cue, Step
from briefing_app.analysis.reported.ends import CONTRAST_SAID_START_RE
from briefing_app.analysis.time_after import SETTING_AFTER

# "CONTENT, X said (on Monday), CONTENT" or "CONTENT, X said in a telephone interview from Ohio, CONTENT" (a
# setting, not a time alone, before ", noting ...": that is a second act, which content_before reads)
_NOT_AFTER_COMMA = r"(?:(?:and|but)\s+(?=(?:also|not|rather|still|you|he|she|they|we|I|it)\b)|(?!and\b|but\b|who\b|which\b"
PARENTHETICAL_RE = re.compile(r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
                              r"tonight))?,\s+" + _NOT_AFTER_COMMA + r"))|" + SETTING_AFTER + r",\s+" + _NOT_AFTER_COMMA
                              + r"|[a-z]+ing\b))")
INTRO_PHRASE_RE = re.compile(r"(?:(?:\w+|A\s+few)\s+(?:days|weeks|months|years|decades)\s+ago\b|"  # "Six months ago, X said, ..."
                             r"In|On|At|During|After|Before|Since|For|By|From|Over|Earlier|Later|Then|(?:Last|This|Next)\s+"
                             r"(?:week|month|year|time|morning|afternoon|evening|night|spring|summer|fall|autumn|winter|\w+day))\b")
COMMA_END_RE = re.compile(r",\s*$")
# before "X said, “Q”" the words are a setting ("Tuesday at Baldwin Wallace, Kasich said, “Q”"), but a question
# put to X is an attribution of its own ("Asked whether ..., X said, “Q”")
ASKED_HEAD_RE = re.compile(r"(?:When\s+|After\s+being\s+)?[Aa]sked\b")
# the words that open a question put to the speaker, before the question itself: "Asked", "Asked by a host",
# "Asked Tuesday", "When asked" ("Asked a direct question about this, Clinton said, “Q”")
ASKED_LEAD_RE = re.compile(r"(?:When\s+|After\s+being\s+)?[Aa]sked(?:\s+by\s+(?P<by>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|reporters|"
                           r"(?:a|an|the)\s+(?:[a-z]+\s+)?[a-z]+))?(?:\s+(?:on\s+)?" + DAYS +
                           r"|\s+(?:again|later|recently|specifically|directly|repeatedly))*\s+")


# "CONTENT, two officials said, speaking on condition of anonymity because ...", "..., citing internal documents",
# "..., declining to give details": how the speaker spoke, no second part of the content
MANNER_PARTICIPLE_RE = re.compile(r"(?:speaking|citing|requesting|declining|referring|asking|standing|sitting|appearing|"
                                  r"talking|reading|gesturing|shrugging|smiling|laughing)\b")


def asked_question(ctx: Context, start: int, stop: int) -> bool:
    """'Asked a direct question about this, Clinton said, “Q”': the words before the speaker are a question put to
    her, not her words. The question is an attribution of its own (to its asker when named), once (not again when
    the asked rule took it); True when masked[start:stop] is such a question."""
    lead = ASKED_LEAD_RE.match(ctx.masked, start, stop)
    if lead is None:
        return False
    if not any(start <= q.start < stop for q in ctx.out):
        by = (lead.start("by"), lead.end("by")) if lead.group("by") else None
        ctx.emit(lead.end(), stop, by, "asked", min_words=2)
    return True


def parenthetical(ctx: Context, cue: Cue) -> Step:
    """'CONTENT, Mr. Furman argued, CONTENT.': both parts (not an introductory phrase)."""
    par = PARENTHETICAL_RE.match(ctx.masked, cue.c.end(), cue.se)
    if par is None and cue.word.lower() in TELLS:  # "CONTENT, Rubio told reporters, CONTENT": past the one told
        told = TELL_RE.match(ctx.masked, cue.c.end(), cue.se)
        par = PARENTHETICAL_RE.match(ctx.masked, told.end(), cue.se) if told else None
        if par and ctx.masked[par.end():par.end() + 1] in "“\"«„•'":
            par = None  # ('Sooner or later, the governor told reporters, "it starts to pay off"': content_before's)
    head = ctx.masked[cue.ss:cue.subj[0]]
    if not par or not COMMA_END_RE.search(head):
        return None
    quoted = ctx.masked[par.end():par.end() + 1] in "“\"«„•" or ctx.masked.startswith("''", par.end())  # NYT's ''Q
    head_end = cue.ss + len(head.rstrip()) - 1
    # a question put to the speaker before "X said, “Q”" is its own attribution (emitted there, once), not X's words
    asked = quoted and asked_question(ctx, cue.ss, head_end)
    setting = INTRO_PHRASE_RE.match(head) and len(head.split()) <= 6 or quoted and not ASKED_HEAD_RE.match(head) or asked
    # "This campaign, he says, is different": two short parts make one content
    n_head, n_tail = len(head[:head_end - cue.ss].split()), len(ctx.masked[par.end():cue.se].split())
    short = n_head >= 2 and n_tail >= 2 and not NOT_CONTENT_RE.match(head) and not re.match(r"(?:It|That|What)\b", head)
    if not setting:  # "In the early 1990s, X said, ..."
        ctx.emit(cue.ss, head_end, cue.subj, cue.word, min_words=1 if short else 3)
    # (a participle of speech stays the second part with its verb: "..., a top Kremlin official said Sunday, warning
    # that such a step would ...", as the shared samples' reference has it)
    if not MANNER_PARTICIPLE_RE.match(ctx.masked, par.end(), cue.se) \
            and not CONTRAST_SAID_START_RE.match(ctx.masked, par.end(), cue.se):  # (", while critics said Y": theirs)
        ctx.emit(par.end(), cue.se, cue.subj, cue.word, min_words=1 if short and not setting else 3)
    return DONE


# "The plan, said Ann Lee, a professor at Yale, would cost $2 million.": an inverted tag inside a clause, between its
# subject and its verb (an auxiliary or a modal right after the tag's comma); the speaker is the name or the noun
# phrase after the verb, with its description
INVERTED_MID_RE = re.compile(r"[ \t]+(?P<np>(?:the|a|an)[ \t][^,;:•“”\"()\n]{1,60}?|[A-Z][\w’'.-]*(?:[ \t]+(?:[A-Z][\w’'.-]*|"
                             r"and|of|de|van|von))*?(?:[ \t]+and[ \t]+others)?)(?:,[ \t]+(?P<desc>[^,;:•“”\"()\n]{2,120}?))?,[ \t]+"
                             r"(?=(?:would|will|is|are|was|were|has|have|had|could|should|can|may|might|must|does|did)\b)")


def inverted_mid(ctx: Context, cue: Cue) -> Step:
    """'The plan, said Ann Lee, a professor at Yale, would cost $2 million.': the clause around the tag is what she
    said ('The plan' and 'would cost $2 million'), her name the speaker (not 'The plan', the subject before the verb)."""
    if cue.word.lower() not in INVERTED_FORMS or not MARKED_COMMA_END_RE.search(ctx.masked, max(cue.ss, cue.c.start() - 4),
                                                                               cue.c.start()):
        return None
    m = INVERTED_MID_RE.match(ctx.masked, cue.c.end(), cue.se)
    head = ctx.masked[cue.ss:cue.c.start()]
    if m is None or len(head.split()) < 2 or head[:1] in "“\"«„•'" or NOT_CONTENT_RE.match(head):
        return None
    np = (m.start("np"), m.end("np"))
    ctx.emit(cue.ss, cue.ss + len(head.rstrip()) - 1, np, cue.word, min_words=1)
    ctx.emit(m.end(), cue.se, np, cue.word, min_words=2)
    return DONE

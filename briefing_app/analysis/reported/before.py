"""'CONTENT, S said.': the content before the speaker, and what may follow the verb for the words
before it to still be the whole content: a setting ("during his speech", "on MSNBC's “Morning Joe”"),
the recipient of "told"/"wrote" ("told POLITICO", "wrote Linick", "told his closest advisers as ..."),
then a participle (", noting that ...") or ", and" with the reporter's next clause."""
from __future__ import annotations

import re

from briefing_app.analysis.next_match import NextMatch
from briefing_app.analysis.reported.clauses import SETTING_AFTER_RE, SUBORDINATE_RE
from briefing_app.analysis.reported.context import PARTICIPLE_RE, Context
from briefing_app.analysis.reported.cue import DONE, Cue, Step
from briefing_app.analysis.reported.parenthetical import asked_question

TAIL_WINDOW = 80
COMMA_MARKS_END_RE = re.compile(r",[”\"’']*\s*$")
# "..., current and former officials said": the subject found is the last conjunct; the comma is before the first
COORDINATED_SUBJECT_RE = re.compile(r",[”\"’']*\s+(?:[\w’'-]+\s+){1,3}(?:and|or)\s+$")
QUOTED_TITLE_RE = re.compile(r"(?:[“\"]|'')•[•\s]*[,.]?(?:[”\"]|'')")  # MSNBC's “Morning Joe” (masked)
QUOTATION_CHARS = " \t\n“”\"'‘’`•.,!?…—–-"
TAIL_STRIP = ".!?;:,\"”’')• \t\n"
WRITES = frozenset(("told", "tell", "tells", "wrote", "writes", "write"))
# the recipient after "told"/"wrote" when nothing but a setting follows: "POLITICO", "Linick", "his closest
# advisers", "the Paris daily Libération", "reporters"
_WORD = r"(?!(?:as|in|on|at|during|after|before|while|from|with|via|that|about|of)\b)[\w’'.&-]+"
RECIPIENT_RE = re.compile(r"\s+(?:(?:his|her|their|the|its|our|my|a|an)\s+(?:" + _WORD + r"\s+){0,3}" + _WORD + r"|"
                          r"(?:[A-Z][\w’'.&!-]*\s+){0,3}[A-Z][\w’'.&!-]*|him|her|them|us|me|reporters|lawmakers|"
                          r"supporters|colleagues|staff|members|donors|voters|followers)(?=[\s.,;!?)]|$)")
# after ", and": the speaker's words go on with a quotation or a verb of the content's subject ("and are steering
# away from ..."); a new subject is the reporter's ("and with the aides chastened, it's safe to assume ...")
GOES_ON_RE = re.compile(r"(?:[“\"•]|''|(?:also\s+)?(?:are|is|was|were|has|have|had|will|would|can|could)\b|[a-z]{3,}(?:ed|s)\b)")
HEAD_NP_RE = re.compile(r"(?:''|[”\"])\s+(?P<np>(?:his|her|their|its|the|a|an)\s+[\w’'-]+(?:\s+[\w’'-]+)?),\s*$")
DASH_RE = re.compile(r"\s+(?:—|–|--?)\s+")
AND_AFTER_RE = re.compile(r",\s+(?:and|but)\s+(?!(?:said|says|added|noted|told|warned|argued)\b)")
# after the verb (and a short setting: "in a statement"), a colon or a comma and a quotation opening with a capital: the
# quotation is what was said, the words before the speaker an introduction ("A few minutes later, he added: “Q”")
QUOTATION_NEXT_RE = re.compile(r"[^.;:!?“”\"\n]{0,60}?[:,][ \t]*(?:''|``|[“\"«„])(?=[ \t]*[A-Z])")
# ... when the words before hold no verb of their own: an opening phrase ("A few minutes later", "Contrasting her with
# Trump", "Clinton's campaign chairman"), not a clause ("Corporations are part of ..., she said: “Q”")
FINITE_RE = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|did|"
                       r"[a-z]{2,}ed|[a-z]+n[’']t)\b|[“”\"•]|''|\b[Aa]sk", re.I)
_NEXT_PARTICIPLE, _NEXT_AND, _NEXT_DASH = NextMatch(PARTICIPLE_RE), NextMatch(AND_AFTER_RE), NextMatch(DASH_RE)


def _setting_only(rest: str) -> bool:
    """Nothing in `rest` (the words after the verb, quotations masked to T) but stops, or a short setting (also
    after a content that opens with "But", "As", "In ...": "But while ..., Cruz will ..., Henson said at a rally")."""
    if not rest.strip(TAIL_STRIP):
        return True
    body = QUOTED_TITLE_RE.sub("T", rest).rstrip(TAIL_STRIP).strip()
    return bool(SETTING_AFTER_RE.fullmatch(body) and len(body.split()) <= 15)


def _rest_end(ctx: Context, cue: Cue) -> int:
    """Where the words that may only be a setting end: at a participle (", noting that ...") or at ", and"
    opening the reporter's next clause (", Hennessey said, and with the aides chastened, ...")."""
    end = cue.se
    part = _NEXT_PARTICIPLE.search(ctx.masked, cue.c.end(), end)  # (a sentence of many cues is read once)
    end = part.start() if part else end
    conj = _NEXT_AND.search(ctx.masked, cue.c.end(), end)
    end = conj.start() if conj else end
    dash = _NEXT_DASH.search(ctx.masked, cue.c.end(), end)  # "..., Clinton said this week in Wyoming — an apparent reversal"
    return dash.start() if dash else end


def _last_dash_end(masked: str, start: int, stop: int) -> int:
    """The end of the last DASH_RE match in masked[start:stop] (start if none), read back from stop: each
    look starts at the last word before a dash character (no match spans a word), so a long sentence of
    dashed asides costs each cue only the words after its own last dash."""
    hi = stop
    while True:
        last = max(masked.rfind("—", start, hi), masked.rfind("–", start, hi), masked.rfind("-", start, hi))
        if last == -1:
            return start
        lo = last
        while lo > start and (masked[lo - 1].isspace() or masked[lo - 1] in "—–-"):
            lo -= 1
        ends = [m.end() for m in DASH_RE.finditer(masked, lo, hi)]
        if ends:
            return ends[-1]
        hi = lo  # (no match spans masked[lo - 1], a word's last letter)


def content_before(ctx: Context, cue: Cue) -> Step:
    """'CONTENT, S said.' and 'The strategy is a "welcome tack," he said.' (comma inside the mark)."""
    masked = ctx.masked
    start, stop = cue.ss, cue.subj[0]  # the content is masked[start:stop], trimmed
    if not COMMA_MARKS_END_RE.search(masked, max(start, stop - 8), stop):
        # each end pattern reads only the last words before the subject; a conjunction is looked for first
        near = max(start, stop - TAIL_WINDOW)
        coordinated = COORDINATED_SUBJECT_RE.search(masked, near, stop) if (
            masked.find(" and ", near, stop) != -1 or masked.find(" or ", near, stop) != -1) else None
        if coordinated is None:
            return None
        stop = coordinated.start() + 1
    end = _rest_end(ctx, cue)
    paren = masked.rfind("(", start, stop)
    if paren > masked.rfind(")", start, stop):  # "her ratings (at one point as low as 19%, Gutin says) hurt her": the aside
        close = masked.find(")", cue.c.end(), cue.se)
        end = close if close != -1 else end
        start = paren + 1
    elif end < cue.se and DASH_RE.match(masked, end, cue.se):
        # "Neither was impressed - ''Born with a silver spoon,'' Mr. Elkins said - but ...": the dashed aside only
        start = _last_dash_end(masked, start, stop)
    head = HEAD_NP_RE.search(masked, max(start, stop - TAIL_WINDOW), stop)
    if head:  # '"Q," his wife, Gabriela Lazar, wrote': the subject is the appositive of the words after the quotation
        stop = head.start("np")
    before = masked[start:stop]
    if SUBORDINATE_RE.fullmatch(before.rstrip(TAIL_STRIP)) and " asked " not in before:
        return None  # "As the crowd cheered, Obama said ...": a clause of time or condition alone is no content (but
        # "When asked whether ..., he said": the question)
    if end < cue.se and not before.strip(QUOTATION_CHARS):
        return None  # '"Q," she said, adding that ...': only a quotation before, the participle rule's
    if QUOTATION_NEXT_RE.match(ctx.text, cue.c.end(), cue.se) and not FINITE_RE.search(before):
        return None  # 'Contrasting her with Trump, Garin said: “Q”': the quotation is the content (quote-follows)
    if asked_question(ctx, start, stop):
        return None  # 'Asked what it might look like, she said: “Q”': a question put to her (once), no words of hers
    if cue.has_that and ":" in masked[cue.c.end():cue.pos]:
        # "CONTENT, insiders said: CONTENT": both sides are the speaker's (complement reads the second)
        ctx.emit(start, stop, cue.subj, cue.word, whole=True)
        return None
    rest = masked[cue.pos:end] if cue.pos <= end else ""
    if not _setting_only(rest) and not _setting_only(masked[cue.c.end():end]):
        recipient = RECIPIENT_RE.match(masked, cue.c.end(), end) if cue.word.lower() in WRITES else None
        if recipient is None or not _setting_only(masked[recipient.end():end]):
            return None
    ctx.emit(start, stop, cue.subj, cue.word, whole=True)  # (emit trims the comma and the marks at the end)
    conj = AND_AFTER_RE.match(masked, end, cue.se)
    if conj and GOES_ON_RE.match(masked, conj.end(), cue.se):
        ctx.emit(conj.start() + 1, cue.se, cue.subj, cue.word)  # '..., he said, and “everyone started running.”'
    ctx.participles(cue.c.end(), cue.se, cue.subj)
    return DONE

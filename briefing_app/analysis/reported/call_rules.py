"""'X called for a ban on ...', 'X called on Y to resign', 'X called the plan "a disaster"', 'X described Y as
Z', 'X urged ...': a document rule run after the sentence rules, skipping what is already taken."""
from __future__ import annotations

import re

from briefing_app.analysis.cues import stem_matches, stem_positions
from briefing_app.analysis.mentions import subject_before
from briefing_app.analysis.reported.clauses import DAYS
from briefing_app.analysis.reported.context import Context, det_before
from briefing_app.analysis.subjects import clause_subject

CALL_RE = re.compile(r"(?<![\w’'-])(?P<cue>call(?:s|ed|ing)?|describ(?:e|es|ed)|urg(?:e|es|ed))(?:\s+" + DAYS + r")?(?:\s+(?P<prep>for|on|upon))?\s+")
CALL_NOT_RE = re.compile(r"(?:it\s+quits|off|up|back|out|in\b|attention|into|him\s+back|her\s+back|to\s+(?:say|ask|tell|complain))\b")
CALL_OBJ_RE = re.compile(r"(?:the|a|an|him|her|them|it|his|their|its|this|that|these|those|both|all|himself|herself|"
                         r"themselves|itself|myself|ourselves|[A-Z][\w’'.-]*)\b")
# "called him a political opportunist who ...", "called the incident a reason for ...": an object, then "a/an"
# and what it is called; such a characterisation may run longer than a bare "called X Y"
CHARACTERISED_RE = re.compile(r"(?:him|her|them|it|himself|herself|themselves|itself|(?:the|his|her|their|its|this|that)"
                              r"(?:\s+[\w’'-]+){1,2}|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+(?:a|an)\s")
CALL_END_RE = re.compile(r",\s+(?:adding|saying|noting|arguing|[a-z]+ing|said|says)\b|\s+(?:and|but)\s+(?:[a-z]+ed|said|says)\b|"
                         r"\s+(?:following|during|at\s+a|in\s+a|in\s+an)\b")



WHAT_CALLED_RE = re.compile(r"\b(?:what|which)\s+(?P<np>(?:Mr\.|Mrs\.|Ms\.|Dr\.)?\s*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}|"
                            r"he|she|they)\s+$")
QUOTED_NEXT_RE = re.compile(r"\s*(?:''|``|[“\"])(?P<body>•[•\s]*[.,!?]*)(?:''|[”\"])")
# "called anti-Trump protestors “illegals”": an object of a few words, then the quoted name for it
QUOTED_SOON_RE = re.compile(r"[^“\"•.;:!?]{1,40}?(?:''|``|[“\"])•")
PROGRESSIVE_RE = re.compile(r"\b(?:is|are|was|were|been|be|am)\s+(?:(?:now|also|still|again|already|\w+ly)\s+)?$")
NAME_BEFORE_RE = re.compile(r"(?<![\w’'.-])(?:[A-Z][\w’'.-]*[ \t]+)?(?!(?:The|A|An|This|That|It|He|She|They)\b)[A-Z][\w’'-]+[ \t]+$")
GERUND_LEAD_RE = re.compile(r"\b(?:and|by|in|while|also|after|before)[ \t]+(?:also[ \t]+)?$")
COORD_VERB_RE = re.compile(r"\b[a-z]+(?:ed|s)\b[^,;:•“”\"]{0,40}?\s+and\s+(?:then\s+|also\s+)?$")
AUX_BEFORE_RE = re.compile(r"\b(?:has|have|had|will|would|also|repeatedly|publicly)[ \t]+$")


CALL_STEMS = ("call", "describ", "urg")


# a real sentence reports a few calls at most; every one is taken up to this many (each costs a look back to the
# sentence's start, so thousands in one sentence would cost quadratic time)
MAX_CALLS_PER_SENTENCE = 8


def calls(ctx: Context) -> None:
    """'X called for a ban on ...', 'X called on Y to resign', 'X called the plan "a disaster"':
    the demand or the characterisation is the content (PolNeAR counts both)."""
    masked, emit, done = ctx.masked, ctx.emit, ctx.done()
    call_at = stem_positions(masked, CALL_STEMS)
    for ss, se in ctx.doc.sentences.spans:
        taken = 0
        for c in stem_matches(CALL_RE, call_at, masked, ss, se):
            if taken == MAX_CALLS_PER_SENTENCE:
                break  # degenerate input ("calls for ... calls for ..." thousands of times): stay linear
            if done.covers(c.start()):
                continue
            if det_before(masked, ss, c.start()) or CALL_NOT_RE.match(masked, c.end(), se):
                continue
            gerund = participle = c.group("cue").endswith("ing")
            named = None
            if participle and PROGRESSIVE_RE.search(masked, max(ss, c.start() - 30), c.start()):
                participle = False  # "Clinton is calling for ...", "was now calling on ..."
            elif participle and not re.search(r",\s*$", masked[ss:c.start()]):
                # "with Martin O’Malley calling Trump a fascist": a name right before the gerund; "... and calling
                # for a revolution", "by calling for a no-fly zone": the main clause's subject
                named = NAME_BEFORE_RE.search(masked, max(ss, c.start() - 80), c.start())
                if not named and not (c.group("prep") and GERUND_LEAD_RE.search(masked, max(ss, c.start() - 20), c.start())):
                    continue
                participle = not named
            what = WHAT_CALLED_RE.search(masked, ss, c.start())
            if what and c.group("cue").startswith("call") and not c.group("prep"):
                # "what Mr. Hedge called ''the prior economy model''", "which Mr. Trump called ''a disgrace''":
                # the quoted words are the named speaker's
                q = QUOTED_NEXT_RE.match(masked, c.end(), se)
                if q:
                    emit(q.start("body"), q.end("body"), (what.start("np"), what.end("np")), c.group("cue"))
                    break
            if not gerund and re.search(r"\b(?:was|were|is|are|be|been|being)\s+$", masked[ss:c.start()]) \
                    or re.search(r"\bwhat\s+(?:[\w’'-]+\s+){0,3}$", masked[ss:c.start()]):
                continue  # passives and naming ("he was called a liar", "what critics call X"), not "is calling for"
            quoted_soon = QUOTED_SOON_RE.match(masked, c.end(), se) is not None
            if not c.group("prep") and not (CALL_OBJ_RE.match(masked, c.end(), se) or quoted_soon) or \
                    c.group("prep") and not c.group("cue").startswith("call"):
                continue
            # "Trump defended the incident, calling the protester “a troublemaker”": the main clause's subject
            subj = clause_subject(masked, ss, c.start()) if participle else subject_before(masked, c.start(), ss)
            if subj is None and COORD_VERB_RE.search(masked, max(ss, c.start() - 60), c.start()):
                subj = clause_subject(masked, ss, c.start())  # "the former president showed restraint and described"
            if named is not None:  # "with Trump calling for ...": the name, not the preposition before it
                subj = named.start(), named.end() - len(named.group()) + len(named.group().rstrip())
            # "a group called X" names; "a few lawmakers have called for X", "a newspaper called on Y" speak
            indefinite = re.match(r"(?:an?|one|some|another)\s", masked[subj[0]:subj[1]], re.I) if subj else None
            if subj is not None and indefinite and (
                    AUX_BEFORE_RE.search(masked, max(ss, c.start() - 12), c.start())
                    or c.group("prep") and len(masked[subj[0]:subj[1]].split()) >= 3):  # not "a wake-up call for"
                indefinite = None
            if subj is None or indefinite \
                    or masked[subj[0]:subj[1]].lower() in ("which", "that"):
                continue
            if c.group("cue").startswith("call") and not c.group("prep") and not re.search(r"[“\"«„•]", masked[c.end():se]):
                # bare "called X Y" needs a quoted or short characterisation
                words = masked[c.end():se].split()
                if len(words) > 8 and not CHARACTERISED_RE.match(masked, c.end(), se):
                    continue
            end = CALL_END_RE.search(masked, c.end(), se)
            emit(c.end(), end.start() if end else se, subj, c.group("cue") + (" " + c.group("prep") if c.group("prep") else ""),
                 min_words=2 if c.group("cue").startswith("call") else 3)
            taken += 1

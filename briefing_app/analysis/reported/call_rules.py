"""'X called for a ban on ...', 'X called on Y to resign', 'X called the plan "a disaster"', 'X described Y as
Z', 'X urged ...', 'X was quoted as saying ...': document rules run after the sentence rules, skipping what is
already taken."""
from __future__ import annotations

import re
from collections.abc import Callable

from briefing_app.analysis.cues import stem_matches, stem_positions
from briefing_app.analysis.mentions import subject_before
from briefing_app.analysis.reported.clauses import DAYS, SUBORDINATE_RE
from briefing_app.analysis.reported.context import Context, Span2, det_before
from briefing_app.analysis.reported.cue import infinitive_subject
from briefing_app.analysis.subjects import clause_subject

CALL_RE = re.compile(r"(?<![\w’'-])(?P<cue>call(?:s|ed|ing)?|describ(?:e|es|ed)|describing(?=[^,;.•“”\"]{1,80}?[ \t]as[ \t])|urg(?:e|es|ed))"
                     r"(?:\s+(?:" + DAYS + r"|again|once\s+again|also|repeatedly|publicly|openly))?(?:\s+(?P<prep>for|on|upon))?\s+")
CALL_NOT_RE = re.compile(r"(?:it\s+quits|off|up|back|out|in\b|attention|into|him\s+back|her\s+back|to\s+(?:say|ask|tell|complain))\b")
CALL_OBJ_RE = re.compile(r"(?:the|a|an|him|her|them|it|his|their|its|this|that|these|those|both|all|himself|herself|"
                         r"themselves|itself|myself|ourselves|[A-Z][\w’'.-]*)\b")
# "called him a political opportunist who ...", "called the incident a reason for ...": an object, then "a/an"
# and what it is called; such a characterisation may run longer than a bare "called X Y"
CHARACTERISED_RE = re.compile(r"(?:him|her|them|it|this|that|himself|herself|themselves|itself|(?:the|his|her|their|its|this|that)"
                              r"(?:\s+[\w’'-]+){1,2}|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+(?:a|an)\s")
CALL_END_RE = re.compile(r",(?:''|[”\"’'])?\s+(?:adding|saying|noting|arguing|[a-z]+ing|said|says)\b|"
                         r"\s+(?:and|but)\s+(?:(?:later|also|then|again|[a-z]+ly)\s+)?(?:[a-z]+ed|said|says)\b|"
                         r"\s+(?:following|during|at\s+a|in\s+a|in\s+an)\b|\s+(?:before|after|while)\s+[a-z]+ing\b")



WHAT_CALLED_RE = re.compile(r"\b(?:what|which)\s+(?P<np>(?:Mr\.|Mrs\.|Ms\.|Dr\.)?\s*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}|"
                            r"he|she|they)\s+$")
QUOTED_NEXT_RE = re.compile(r"\s*(?:''|``|[“\"])(?P<body>•[•\s]*[.,!?]*)(?:''|[”\"])")
# "called anti-Trump protestors “illegals”": an object of a few words, then the quoted name for it
QUOTED_SOON_RE = re.compile(r"[^“\"•.;:!?]{1,40}?(?:''|``|[“\"])•")
PROGRESSIVE_RE = re.compile(r"\b(?:is|are|was|were|been|be|am)\s+(?:(?:now|also|still|again|already|\w+ly)\s+)?$")
NAME_BEFORE_RE = re.compile(r"(?<![\w’'.-])(?P<np>(?:[A-Z][\w’'.-]*[ \t]+)?(?!(?:The|A|An|This|That|It|He|She|They|Monday|Tuesday|"
                            r"Wednesday|Thursday|Friday|Saturday|Sunday)\b)"  # (not "sent a letter on Monday calling on")
                            r"[A-Z][\w’'-]+)[ \t]+(?:(?:repeatedly|publicly|openly|also|again|even)[ \t]+)?$")
COMMA_BEFORE_RE = re.compile(r",(?:''|[”\"’'])?\s*$")  # '..., calling', '... “Morning Joe,” calling'
# (also plural, and with when: "started a petition this week calling on", "launched petitions calling on", "sent letters
# on Monday calling for", "posted a video calling for")
STATEMENT_BEFORE_RE = re.compile(r"\b(?:statement|letter|petition|resolution|message|tweet|post|ad|email|video|op-ed)s?"
                                 r"(?:[ \t]+(?:(?:this|last)[ \t]+(?:week|month|year|morning|weekend)|(?:on[ \t]+)?" + DAYS + r"))?"
                                 r"[ \t]+$")
# '"Q," Hillary Clinton said in a statement, calling on ...': the speaker of the verb before the participle (an adverb
# or an auxiliary before it: "later said", "has said", "also wrote")
SAID_BEFORE_RE = re.compile(r"(?P<np>(?:[A-Z][\w’'.-]*[ \t]+){0,3}[A-Z][\w’'.-]*|he|she|they)[ \t]+"
                            r"(?:(?:[a-z]+ly|later|also|then|once|again|has|had|have)[ \t]+){0,2}"
                            r"(?:said|says|wrote|writes|added|tweeted)\b[^,;•“”\"]{0,40},[ \t]*$")
GERUND_LEAD_RE = re.compile(r"\b(?:and|by|in|while|also|after|before)[ \t]+(?:also[ \t]+)?$")
TRAILING_ADVERB_RE = re.compile(r"(?:[ \t]+(?:immediately|quickly|soon|also|then|now|again|repeatedly|publicly|openly|"
                                r"loudly|swiftly|promptly|increasingly))+$")
ASPECT_BEFORE_RE = re.compile(r"\b(?:began|begun|begin|begins|started|starts|start|kept|keeps|keep|continued|continues|"
                              r"continue|resumed|stopped)[ \t]+(?:\w+ly[ \t]+)?$")
COORD_VERB_RE = re.compile(r"\b[a-z]+(?:ed|s)\b[^,;:•“”\"]{0,40}?\s+and\s+(?:then\s+|also\s+)?$")
AND_BEFORE_RE = re.compile(r"[\w’'”\")][,;]?\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$")  # "..., but described"
AUX_BEFORE_RE = re.compile(r"\b(?:has|have|had|will|would|also|repeatedly|publicly)[ \t]+$")


CALL_STEMS = ("call", "describ", "urg")


# a real sentence reports a few calls at most; every one is taken up to this many (each costs a look back to the
# sentence's start, so thousands in one sentence would cost quadratic time)
MAX_CALLS_PER_SENTENCE = 8


def _gerund_lead(masked: str, ss: int, c: re.Match[str], object_ok: bool) -> tuple[bool, Span2 | None] | None:
    """Who speaks through a gerund with no comma before it: (participle, named), or None when it is no cue.
    "with Martin O’Malley calling Trump a fascist", "with Cruz repeatedly calling Trump his friend": the name
    right before; "... and calling for a revolution", "by calling Alwaleed “dopey”", "issued a statement calling
    on ...": the main clause's subject."""
    named = NAME_BEFORE_RE.search(masked, max(ss, c.start() - 80), c.start())
    if named:
        return False, (named.start(), named.start() + len(named.group("np")))
    lead = GERUND_LEAD_RE.search(masked, max(ss, c.start() - 20), c.start())
    if lead and (c.group("prep") or object_ok) or c.group("prep") and (STATEMENT_BEFORE_RE.search(
            masked, max(ss, c.start() - 20), c.start()) or ASPECT_BEFORE_RE.search(masked, max(ss, c.start() - 30), c.start())):
        return True, None  # (and "began calling for", "kept calling on": the clause's subject calls)
    return None


def _subject(masked: str, ss: int, c: re.Match[str], participle: bool) -> Span2 | None:
    """The speaker of a call: the main clause's subject for a participle (or, as in '"Q," Mr. Axelrod said,
    calling the chief “brilliant”', the speaker of the verb before its comma), else the verb's own subject."""
    subj = clause_subject(masked, ss, c.start()) if participle else subject_before(masked, c.start(), ss)
    if subj is None and not participle and masked.endswith("to ", ss, c.start()) and (
            c.group("prep") or c.group("cue").startswith("urg")):  # (not "decided to call the meeting off")
        subj = infinitive_subject(masked, ss, c.start())  # "used his acceptance speech to call for ..."
    if subj is not None and participle:  # "The community immediately began calling for": not the adverb
        subj = subj[0], subj[0] + len(TRAILING_ADVERB_RE.sub("", masked[subj[0]:subj[1]]))
    if subj is None and participle:
        said = SAID_BEFORE_RE.search(masked, max(ss, c.start() - 120), c.start())
        subj = (said.start("np"), said.end("np")) if said else None
    if subj is None and (COORD_VERB_RE.search(masked, max(ss, c.start() - 60), c.start())
                         or AND_BEFORE_RE.search(masked, max(ss, c.start() - 14), c.start())):
        subj = clause_subject(masked, ss, c.start())  # "the former president showed restraint and described"
        lead = SUBORDINATOR_RE.match(masked, ss) if subj is None else None
        if lead and SUBORDINATE_RE.match(masked, ss, c.start()):  # "When Cruz knocked Rubio and called him a moderate,"
            subj = clause_subject(masked, lead.end(), c.start())
    return subj


SUBORDINATOR_RE = re.compile(r"[ \t]*(?:(?:But|And|Yet|So)[ \t]+)?(?:When|After|Before|While|As|If|Once|Since|Because|"
                             r"Although|Though|Until|Unless)[ \t]+")


OPENING_LEAD_RE = re.compile(r"[ \t\"“‘']*(?:(?:In|By|While|After|When|Before|Since|Instead[ \t]+of)[ \t]+)?(?:\w+ly[ \t]+)?")
INDEFINITE_RE = re.compile(r"(?:an?|one|some|another)\s", re.I)


def _indefinite(masked: str, ss: int, c: re.Match[str], subj: Span2) -> bool:
    """'a group called X' names; 'a few lawmakers have called for X', 'a newspaper called on Y' speak."""
    if not INDEFINITE_RE.match(masked[subj[0]:subj[1]]):
        return False
    return not (AUX_BEFORE_RE.search(masked, max(ss, c.start() - 12), c.start())
                or c.group("prep") and len(masked[subj[0]:subj[1]].split()) >= 3)  # not "a wake-up call for"


def _what_called(ctx: Context, ss: int, se: int, c: re.Match[str]) -> bool:
    """'what Mr. Hedge called “the prior economy model”', 'which Mr. Trump called “a disgrace”': the quoted
    words are the named speaker's (True when emitted)."""
    what = WHAT_CALLED_RE.search(ctx.masked, ss, c.start())
    if what and c.group("cue").startswith("call") and not c.group("prep"):
        q = QUOTED_NEXT_RE.match(ctx.masked, c.end(), se)
        if q:
            ctx.emit(q.start("body"), q.end("body"), (what.start("np"), what.end("np")), c.group("cue"))
            return True
    return False


# "joined a resistance movement called X", "oppose an inflation formula called the “chained CPI”": the words before a bare
# "called" end in the object of another verb (a verb, then a determiner's noun phrase): the participle names that object
NAMED_OBJECT_RE = re.compile(r"\b(?!(?:of|for|in|at|on|with|from|to|by|and|or|as|than|that|is|was|are|were|be|been|also|"
                             r"[a-z]+ly)\b)"
                             r"[a-z][\w’'-]*\s+(?:a|an|the|this|that|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*$")
PRONOUN_OBJECT_RE = re.compile(r"\s*(?:him|her|them|it|us|me|himself|herself|themselves|itself)\b")  # ("... called themselves")


# a bare "called" whose object is a person and then "to" and a verb ("called Sanders to congratulate him", "called
# her to ask"), or only a name ("Mr. Obama called Naghmeh Abedini."): a telephone call, not a characterisation
PHONED_RE = re.compile(r"(?:him|her|them|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+to\s+(?!be\b)[a-z]{3,}\b")
NAME_ONLY_RE = re.compile(r"(?:Mr\.|Mrs\.|Ms\.|Dr\.)?\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'.-]*){0,3}[\s.,;!?]*")


# "describe foreign political parties as covered under the law", "described the DLC during a Tuesday interview as “a
# remnant”": "as" after the object (of any form) and a setting, within the clause
DESCRIBED_AS_RE = re.compile(r"[^,;:.!?•“”\"]{1,80}?[ \t]as[ \t]")
WHAT_BEFORE_RE = re.compile(r"\bwhat\s+(?:[\w’'-]+\s+){0,3}$")
BE_BEFORE_RE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+$")


def _call(ctx: Context, ss: int, se: int, c: re.Match[str]) -> bool | None:
    """One call verb: True when emitted, False when it is no cue here, None to stop reading the sentence."""
    masked = ctx.masked
    if det_before(masked, ss, c.start()) or CALL_NOT_RE.match(masked, c.end(), se):
        return False
    quoted_soon = QUOTED_SOON_RE.match(masked, c.end(), se) is not None
    characterised = CHARACTERISED_RE.match(masked, c.end(), se) is not None
    gerund = participle = c.group("cue").endswith("ing")
    if gerund and OPENING_LEAD_RE.fullmatch(masked, ss, c.start()):
        return False  # "In describing the plan as reckless, Lee broke ...": the opening participle rule's
    named = None
    if participle and PROGRESSIVE_RE.search(masked, max(ss, c.start() - 30), c.start()):
        participle = False  # "Clinton is calling for ...", "was now calling on ..."
    elif participle and not COMMA_BEFORE_RE.search(masked, max(ss, c.start() - 6), c.start()):
        lead = _gerund_lead(masked, ss, c, quoted_soon or characterised)
        if lead is None:
            return False
        participle, named = lead
    if _what_called(ctx, ss, se, c):
        return None
    if not gerund and BE_BEFORE_RE.search(masked[ss:c.start()]) \
            or WHAT_BEFORE_RE.search(masked[ss:c.start()]):
        return False  # passives and naming ("he was called a liar", "what critics call X"), not "is calling for"
    described_as = DESCRIBED_AS_RE.match(masked, c.end(), se) if c.group("cue").startswith("describ") else None
    if not c.group("prep") and not (CALL_OBJ_RE.match(masked, c.end(), se) or quoted_soon or described_as) or \
            c.group("prep") and not c.group("cue").startswith("call"):
        return False
    subj = named or _subject(masked, ss, c, participle)
    if subj is None or _indefinite(masked, ss, c, subj) or masked[subj[0]:subj[1]].lower() in ("which", "that"):
        return False
    if not gerund and not c.group("prep") and c.group("cue").startswith("call") \
            and NAMED_OBJECT_RE.search(masked, subj[0], subj[1]) \
            and not PRONOUN_OBJECT_RE.match(masked, c.end(), se):
        return False  # "his two older sisters joined a resistance movement called X": a name, not a call
    end_m = CALL_END_RE.search(masked, described_as.end() if described_as else c.end(), se)  # (a setting before "as" stays)
    end = clause_end(masked, ss, c, end_m.start() if end_m else se)
    if c.group("cue").startswith("call") and not c.group("prep") and not quoted_soon and not characterised and (
            PHONED_RE.match(masked, c.end(), end) or NAME_ONLY_RE.fullmatch(masked, c.end(), end)):
        return False  # "Mr. Obama called Naghmeh Abedini.", "she called Sanders to congratulate him": a telephone call
    if c.group("cue").startswith("call") and not c.group("prep") and not re.search(r"[“\"«„•]", masked[c.end():end]) \
            and len(masked[c.end():end].split()) > 8 and not characterised:
        return False  # bare "called X Y" needs a quoted or short characterisation (up to where the call ends)
    one_word = c.group("prep") == "for" and ONE_NOUN_RE.fullmatch(masked, c.end(), end) is not None \
        and not POSSESSIVE_BEFORE_RE.search(masked, max(ss, c.start() - 4), c.start())  # "called for calm", not "IS's call for jihad"
    ctx.emit(c.end(), end, subj, c.group("cue") + (" " + c.group("prep") if c.group("prep") else ""),
             min_words=1 if one_word else 2 if c.group("cue").startswith("call") else 3)
    return True


def clause_end(masked: str, ss: int, c: re.Match[str], end: int) -> int:
    """Where a call inside a fronted clause of time or condition ends: at the clause's comma ("When Cruz called the
    plan a disaster, the crowd cheered": not "the plan a disaster, the crowd cheered"), as cue_rules.complement
    ends a said-clause there."""
    if not SUBORDINATE_RE.match(masked, ss, c.start()):
        return end
    comma = CLAUSE_COMMA_RE.search(masked, c.end(), end)  # (also inside a closing mark: 'him a “moderate,” the ...')
    return comma.start() if comma else end  # (emit keeps a mixed quote's closing mark)


CLAUSE_COMMA_RE = re.compile(r",(?:''|[”\"’'])?[ \t]")


def calls(ctx: Context) -> None:
    """'X called for a ban on ...', 'X called on Y to resign', 'X called the plan "a disaster"':
    the demand or the characterisation is the content (PolNeAR counts both)."""
    masked, done = ctx.masked, ctx.done()
    call_at = stem_positions(masked, CALL_STEMS)
    for ss, se in ctx.doc.sentences.spans:
        taken = 0
        for c in stem_matches(CALL_RE, call_at, masked, ss, se):
            if taken == MAX_CALLS_PER_SENTENCE:
                break  # degenerate input ("calls for ... calls for ..." thousands of times): stay linear
            if done.covers(c.start()):
                continue
            step = _call(ctx, ss, se, c)
            if step is None:
                break
            taken += step


# "counsel asked for a sentence of three years", "Obama asked for $1.9 billion": a request without a person
# asked (object_cues takes "asked him to ..."); "asked to VERB" is as often an invitation or a plan as a request
REQUEST_RE = re.compile(r"(?<![\w’'-])(?P<cue>ask(?:s|ed)?|request(?:s|ed)?)\s+(?:(?:again|also|repeatedly|formally|"
                        r"publicly)\s+)?for\s+(?=(?:a|an|the|his|her|their|its|more)\b|[$\d])")
REQUEST_STEMS = ("ask", "request")


def requests(ctx: Context) -> None:
    """'X asked for NP': the request is the content, X its source (not a passive 'was asked for ...')."""
    _np_content(ctx, REQUEST_RE, REQUEST_STEMS, lambda masked, ss, c: subject_before(masked, c.start(), ss))


def _np_content(ctx: Context, pattern: re.Pattern[str], stems: tuple[str, ...],
                subject: Callable[[str, int, re.Match[str]], Span2 | None]) -> None:
    """'X VERB-ed for / of NP ...': the first hit of a sentence not taken, after no determiner or passive auxiliary,
    whose subject (found by `subject`) is no relative pronoun gives the rest of the sentence up to where the call
    ends as the content, X its source."""
    masked = ctx.masked
    hits = list(stem_matches(pattern, stems, masked))  # (each hit's sentence looked up, not every sentence)
    done = ctx.done() if hits else None
    taken: set[int] = set()  # the sentences that gave one already
    for c in hits:
        ss, se = ctx.doc.sentences.of(c.start())
        if done is None or ss in taken or done.covers(c.start()) or det_before(masked, ss, c.start()) \
                or PASSIVE_BEFORE_RE.search(masked, max(ss, c.start() - 30), c.start()):
            continue
        subj = subject(masked, ss, c)
        if subj is None or masked[subj[0]:subj[1]].lower() in ("who", "which", "that"):
            continue
        end = CALL_END_RE.search(masked, c.end(), se)
        ctx.emit(c.end(), end.start() if end else se, subj, c.group("cue"))
        taken.add(ss)  # one a sentence: the first one's content runs over the rest


POSSESSIVE_BEFORE_RE = re.compile(r"(?:’s|'s|’|')[ \t]+$")
# one noun a call is for ("called for calm", "calling for change"), not a person or a time ("called for him", "for Tuesday")
ONE_NOUN_RE = re.compile(r"(?!(?:him|her|them|it|me|us|you|now|today|tomorrow|tonight|years|months|weeks|days|more|that|this)\b)"
                         r"[a-z]{3,}[\s.,;:!?]*")


PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|is|are|be|been|being|am)\s+(?:\w+ly\s+)?$")



# "Hollande warned of the global implications ...", "warning against allowing in the refugees": the danger named
WARN_OF_RE = re.compile(r"(?<![\w’'-])(?P<cue>warn(?:s|ed|ing)?)\s+(?:of|about|against)\s+(?=(?:a|an|the|his|her|their|its|"
                        r"[a-z]+ing)\b)")
WARN_STEMS = ("warn",)


def warnings_of(ctx: Context) -> None:
    """'X warned of NP', 'X warned against doing ...': the warning is the content, X (or the main clause's subject
    for a participle after a comma) its source."""
    _np_content(ctx, WARN_OF_RE, WARN_STEMS, _warning_subject)


def _warning_subject(masked: str, ss: int, c: re.Match[str]) -> Span2 | None:
    participle = c.group("cue").endswith("ing") and COMMA_BEFORE_RE.search(masked, max(ss, c.start() - 6), c.start())
    subj = clause_subject(masked, ss, c.start()) if participle else subject_before(masked, c.start(), ss)
    if subj is None and AND_BEFORE_RE.search(masked, max(ss, c.start() - 14), c.start()):
        subj = clause_subject(masked, ss, c.start())
    return subj


# "quoted", then the one quoted (an active verb's object) or "by" the one who quotes (a passive), then "as saying"
QUOTED_AS_RE = re.compile(r"(?<![\w’'-])(?P<cue>quot(?:ed|es|ing))[ \t]+(?:(?P<obj>(?!by\b|as\b)[^,;:•“”\"()]{1,60}?)[ \t]+)?"
                          r"(?:by[ \t]+[^,;:•“”\"()]{1,60}?[ \t]+)?as[ \t]+saying[ \t]+(?:that[ \t]+)?(?![“\"•]|'')")
QUOTED_PASSIVE_RE = re.compile(r"\b(?:was|were|is|are|been|being)[ \t]+(?:(?:also|later|widely|once)[ \t]+)?$")
# the object names someone: a name, a determiner's noun phrase or a pronoun ("the Bible", a lower-case thing, is none)
PERSON_OBJECT_RE = re.compile(r"(?:[A-Z]|(?:an?|the|one|another|his|her|their|its)[ \t]+[\w’'.-]+|him|her|them)")
# the content ends at a participle or a conjunction after a comma, or where the main clause goes on ("The agency,
# quoting an official as saying talks had stalled, gave no details")
QUOTED_END_RE = re.compile(r",(?:''|[”\"’'])?[ \t]+(?:adding|saying|noting|and|but|while|which|who|(?:[a-z]+ly[ \t]+)?(?:[a-z]{2,}ed|"
                    r"gave|took|went|made|said|told|wrote|is|was|has|had|will|would)\b)|;")


def quoted_as(ctx: Context) -> None:
    """'X was quoted (by Y) as saying CONTENT' gives X's words; 'Y quoted X as saying CONTENT' X's too."""
    masked = ctx.masked
    at = masked.find("as saying")
    if at == -1:
        return
    done = ctx.done()
    while at != -1:
        ss, se = ctx.doc.sentences.of(at)
        m = next((m for m in QUOTED_AS_RE.finditer(masked, max(ss, at - 140), min(se, at + 20)) if m.end() > at), None)
        at = masked.find("as saying", at + 9)
        if m is None or done.covers(m.end()):
            continue
        if QUOTED_PASSIVE_RE.search(masked, max(ss, m.start() - 20), m.start()):
            subj = subject_before(masked, m.start(), ss)  # (what stands between is a setting: "in the paper")
        elif m.group("obj") and PERSON_OBJECT_RE.match(m.group("obj")):
            subj = m.start("obj"), m.end("obj")
        else:
            continue
        if subj is None:
            continue
        end = QUOTED_END_RE.search(masked, m.end(), se)
        ctx.emit(m.end(), end.start() if end else se, subj, "quoted as saying")

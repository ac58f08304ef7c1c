"""Rules that read one sentence: "Asked whether ...", the three places of "according to",
and the cue verbs (whose own rules are in cue_rules.py). Each returns True when the
sentence is taken and no later rule may read it."""
from __future__ import annotations

import re

from briefing_app.analysis.cues import indirect_matches
from briefing_app.analysis.reported.clauses import NP_VERB_RE
from briefing_app.analysis.roles import ROLE_WORDS
from briefing_app.analysis.reported.context import Context
from briefing_app.analysis.reported.cue_rules import cue_verb

DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)"
ASKED_RE = re.compile(r"(?:When\s+)?[Aa]sked(?:\s+by\s+(?P<by>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|reporters|"
                      r"(?:a|an|the)\s+(?:[a-z]+\s+)?[a-z]+))?"
                      r"(?:\s+(?:in|on|at|during|after)\s+[^,]{1,40}?|\s+" + DAYS + r"|\s+(?:again|later|recently|specifically|directly))*"
                      r"\s+(?P<q>(?:about|if|whether|what|how|why|who|whom|when|where|which)\b|to\s+[a-z])")
QUESTION_END_RE = re.compile(r",(?:''|[”\"’'])?\s")
# a comma inside the question ("Asked whether his experience in the business, which friends described as miserable,
# contributed to the drinking, Mr. Trump said ...") is no end: the question ends at the first comma followed by the
# main clause, a subject (a name, a determiner's or a pronoun's noun phrase, no comma in it) and its verb; not a list's
# next names ("Asked if Clinton, Sanders or Trump would win, she said": when no later comma has the main clause, the
# first comma is the end, as before)
MAIN_CLAUSE_NEXT_RE = re.compile(r"(?![A-Z][\w’'.-]*\s+(?:or|and)\s)(?:[A-Z][\w’'.-]*|the|a|an|his|her|their|its|he|she|they|we|I|it)(?:\s+[\w’'.-]+){0,9}?\s+"
                                 r"(?:(?:also|then|later|again|\w+ly)\s+)?(?:[“\"]|'')?(?:said|says|told|tells|replied|responded|answered|"
                                 r"added|noted|wrote|insisted|argued|declined|refused|shrugged|laughed|paused|smiled|"
                                 r"[a-z]{3,}ed|is|was|were|are|has|had|have|would|will|did|does|could|can)\b")
# ... and only when a part after a comma goes on with the question's own clause (a verb in it, or a "that" clause: "...,
# contributed to the drinking", "..., could be the next occupant", "..., that the report list the sites"); a relative
# or an appositive alone after the first comma ("Asked about her vote if Clinton faces Trump, who has insulted women,
# she replied") leaves the question at that comma
QUESTION_GOES_ON_RE = re.compile(r"(?!(?:who|which|whose|whom)\b)(?:that\b|[^,;•“”\"]*?\b(?:would|could|should|will|can|may|"
                                 r"might|must|is|are|was|were|has|have|had|did|does|do|[a-z]{3,}ed)\b)")
ACCORDING_START_RE = re.compile(r"(?:(?:But|And|Yet|So|Still|Also|Now|However),?\s+(?=[Aa]ccording))?[Aa]ccording to\s+")
COMMA_RE = re.compile(r",\s*")
# a source NP may hold abbreviations and dotted names: "Ms. Epstein", "the F.A.A.", "Tchadinfos.com"
# (a title's abbreviation keeps its stop: "according to former Sen. Scott Reed", "Lt. Gen. Ann Lee")
_NP = (r"(?:[^,.;]|\.(?=\w)|(?<=\b(?:Mr|Ms|Dr|St|Jr|Sr|Lt))\.|(?<=\b(?:Mrs|Sen|Rep|Gov|Gen|Col|Sgt|Adm|Rev|Maj))\.|"
       r"(?<=\b(?:Capt|Prof|Sens|Reps|Atty|Cmdr))\.|(?<=\b(?:Jan|Feb|Aug|Oct|Nov|Dec))\.(?=\s+\d)|(?<=\bSept)\.(?=\s+\d)|(?<=\b[A-Z])\.)+?")
# "..., according to Dennis B. Ross, another former American special envoy, was ...": the appositive is the source's
ACCORDING_MID_RE = re.compile(r",\s+according to\s+(?P<np>" + _NP + r"(?:,\s+(?:a|an|another|the|one|his|her|its|their)\s"
                              r"[^,;•“”\"]{1,80}?(?=,\s+(?:[a-z]|\$|\d)))?),\s+(?=[a-z]|\$|\d|[A-Z][\w’'.-]*\s+[a-z])")
# (and a lawmaker's party and state after the name: "according to Sen. Ann Lee, R-Ohio."; a name after a description
# with a role word: "according to the governor's spokesman, John Doe.")
ACCORDING_END_RE = re.compile(r",?\s+according to\s+(?P<np>" + _NP + r")(?:,\s+[RDI]-[A-Z][A-Za-z.]*?|"
                              r",\s+(?P<name>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*))?\s*[.;]?\s*$")


HEADLINE_SAYS_RE = re.compile(
    r"(?P<src>[A-Z][\w’'.-]*(?:[ \t]+(?:[A-Z][\w’'.-]*|of|the|for)){0,5}?)[ \t]+"
    r"(?P<cue>Says|Say|Tells|Told|Warns|Warned|Claims|Claimed|Asks|Asked|Explains|Explained|Explain|Admits|Admitted|"
    r"Announces|Announced|Promises|Promised|Vows|Vowed|Urges|Urged|Denies|Denied|Predicts|Predicted|Describes|"
    r"Described|Insists|Argues|Suggests|Declares|Declared|(?:Calls|Call|Called)[ \t]+(?:[Ff]or|[Oo]n))[ \t]+"
    r"(?=[A-Z‘“'\"•])")
HEADLINE_SAYS_END_RE = re.compile(r",[ \t]+(?P<src>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,4})[ \t]+(?P<cue>Says|Say)[.!?]?[ \t]*$")


def headline_says(ctx: Context, ss: int, se: int) -> bool:
    """A title-case headline 'Bernie Sanders Says He’s Already Started Writing His Inaugural Address'
    or '‘CONTENT’, Trevor Noah Says': the capitalised cue's complement is reported speech."""
    second = ctx.masked.find(" ", ss, min(se, ss + 40)) + 1
    m = HEADLINE_SAYS_RE.match(ctx.masked, ss, se) if second and ctx.masked[second:second + 1].isupper() else None
    if m:  # (a title-case headline: its second word is capitalised)
        ctx.emit(m.end(), se, (m.start("src"), m.end("src")), m.group("cue").lower())
        return True
    e = HEADLINE_SAYS_END_RE.search(ctx.masked, ss, se)
    if e:
        ctx.emit(ss, e.start(), (e.start("src"), e.end("src")), e.group("cue").lower())
        return True
    return False


def asked(ctx: Context, ss: int, se: int) -> bool:
    """'Asked (by NP) whether CONTENT, X said ...': the question is an attribution of its own."""
    m = ASKED_RE.match(ctx.masked, ss, se)
    if m:
        # the question ends at its comma, also one inside closing marks ('on "CBS This Morning," Sanders said')
        cm = QUESTION_END_RE.search(ctx.masked, m.end(), se)
        comma = cm.start() if cm else -1
        later, goes_on = cm, False
        while later is not None and not MAIN_CLAUSE_NEXT_RE.match(ctx.masked, later.end(), se):
            goes_on = goes_on or QUESTION_GOES_ON_RE.match(ctx.masked, later.end(), se) is not None
            later = QUESTION_END_RE.search(ctx.masked, later.end(), se)
        comma = later.start() if later is not None and goes_on else comma
        if comma != -1:
            by = m.group("by")
            ctx.emit(m.start("q"), comma, (m.start("by"), m.end("by")) if by else None, "asked")
    return False


AS_REPORTED_RE = re.compile(
    r"(?:(?:But|And|So)\s+)?As\s+(?:(?:first\s+)?(?P<cue1>reported|noted|explained)\s+by\s+(?P<by>[^,;:•“”\"]{2,60}?)"
    r"|(?P<np>(?:[A-Z][\w’'.&-]*|the|a)(?:\s+[\w’'.&-]+){0,5}?)\s+(?:has\s+|had\s+|first\s+|previously\s+)?"
    r"(?P<cue2>reported|noted|explained|wrote|said|put\s+it|pointed\s+out|argued|observed))"
    r"(?:\s+(?:on|in|last)\s+[^,]{1,30}?)?,\s+(?=[a-z]|[A-Z][\w’'.-]*\s+[a-z])")


def as_reported(ctx: Context, ss: int, se: int) -> bool:
    """'As reported by Western Journalism, CONTENT.' / 'As Breitbart News reported, CONTENT.'"""
    m = AS_REPORTED_RE.match(ctx.masked, ss, se)
    if not m:
        return False
    src = (m.start("by"), m.end("by")) if m.group("by") else (m.start("np"), m.end("np"))
    ctx.emit(m.end(), se, src, (m.group("cue1") or m.group("cue2")).split()[0])
    return True


# "According to Yonhap, quoting North Korea's news agency KCNA, CONTENT": the source's own source, not content
CITING_RE = re.compile(r"(?:quoting|citing)\s[^,;•“”\"]{1,120}?,\s*")


# after "According to NP,": the source's name ("Paul Green,") or its description with a role word ("a
# spokesman for the city,", "the finance director,"), then a comma: an appositive of the source, not content
NAME_APPOSITIVE_RE = re.compile(r"(?:[A-Z][\w’'.-]*[ \t]+){0,3}[A-Z][\w’'.-]*,\s+")
LIST_GOES_ON_RE = re.compile(r"(?:[A-Z][\w’'.-]*[ \t]+){0,3}[A-Z][\w’'.-]*(?:,|[ \t]+(?:and|or)[ \t])")  # "Smith, Jones and Brown"
DESC_APPOSITIVE_RE = re.compile(r"(?:a|an|the|his|her|its|their)\s+(?P<words>[^,;:•“”\"]{1,80}?),\s+")


WORD_RE = re.compile(r"[A-Za-z][\w-]*")


def _role(words: str) -> bool:
    return any(w.lower() in ROLE_WORDS for w in WORD_RE.findall(words))


def _appositive(masked: str, src: int, pos: int, se: int) -> int | None:
    """Where the content starts after an appositive of the source masked[src:pos] (which ends at a comma), or
    None when there is none: a name after a description with a role word ("the city's finance director, Paul
    Green,"), or a description with a role word after a name ("Paul Green, the finance director,")."""
    name = NAME_APPOSITIVE_RE.match(masked, pos, se)
    if name and name.end() < se and not LIST_GOES_ON_RE.match(masked, name.end(), se) and _role(masked[src:pos]):
        return name.end()
    desc = DESC_APPOSITIVE_RE.match(masked, pos, se)
    if desc and _role(" ".join(desc.group("words").split()[:4])) and not NP_VERB_RE.search(desc.group("words")):
        return desc.end()
    return None


# "The plan passed easily: According to NP, CONTENT": the phrase opens a clause after a colon or semicolon
INNER_START_RE = re.compile(r"[:;]\s+[Aa]ccording to\s+")


def according_start(ctx: Context, ss: int, se: int) -> bool:
    """'According to NP, CONTENT.'; 'According to NP, quoting NP2, CONTENT.'"""
    m = ACCORDING_START_RE.match(ctx.masked, ss, se)
    return _according_from(ctx, m, se, True) if m else False


def _according_from(ctx: Context, m: re.Match[str], se: int, taken: bool) -> bool:
    """The content and source after an opening 'according to' that ends at m.end()."""
    cm = COMMA_RE.search(ctx.masked, m.end(), se)
    appos = _appositive(ctx.masked, m.end(), cm.end(), se) if cm else None
    if cm and appos is not None:  # "According to the city's finance director, Paul Green, CONTENT"
        ctx.emit(appos, se, (m.end(), ctx.masked.rfind(",", cm.end(), appos)), "according to")
        return taken
    citing = CITING_RE.match(ctx.masked, cm.end(), se) if cm else None
    relative = RELATIVE_AFTER_SOURCE_RE.match(ctx.masked, cm.end(), se) if cm else None
    if cm and relative:  # "According to Smith, who spoke on condition of anonymity, CONTENT": the relative is Smith's
        ctx.emit(relative.end(), se, (m.end(), cm.start()), "according to")
    elif cm and citing:
        ctx.emit(citing.end(), se, (m.end(), cm.start()), "according to")
    elif cm:
        ctx.emit(cm.end(), se, (m.end(), cm.start()), "according to")
    return taken


# a relative clause describing the source of an opening "according to", up to its comma
RELATIVE_AFTER_SOURCE_RE = re.compile(r"(?:who|which|whose)\s[^,;:•“”\"]{1,150}?,\s+")
DESCRIPTION_START_RE = re.compile(r"(?:which|who|whose|including|a|an|one\s+of|where|"
                                  r"the\s+(?:[\w’'-]+\s+){0,4}?(?:that|which|who)\s)\b")  # "the agency that regulates"
# what follows "according to NP," continues the content only if it starts with a verb ("The storm,
# according to the agency, will reach ..."); else it describes NP ("..., according to Crowdpac, a start-up
# that tracks donations", "..., according to Jason Delisle, who was an adviser")
VERB_START_RE = re.compile(
    r"(?!(?:which|who|whose|including|a|an)\b)(?:[\w’'.$%-]+\s+){0,6}?"  # a verb, or a subject and its verb
    r"(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|must|do|does|did|"
    r"left|said|told|made|took|gave|came|went|found|thought|saw|ran|won|lost|held|kept|sent|led|paid|put|set|cut|"
    r"fell|rose|grew|began|became|spent|sold|built|brought|bought|stood|met|(?!including\b)[a-z]+ed|"
    r"(?<!\bthe )(?<!\ba )(?<!\ban )[a-z]{3,}(?<![su])s)\b")


# "Smith won, according to projections by NBC News, and will face Jones in June": the main clause's next verb phrase
# (no subject of its own), not what the source said ("..., according to the agency, and there were only eight ..."
# and "..., according to X, but the party says ..." open clauses of their own)
COORDINATED_VP_RE = re.compile(r"(?:and|but)\s+(?:(?:also|then|later|now|still|has|have|had)\s+)?"
                               r"(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|must|did|does|"
                               r"[a-z]{2,}ed)\b")
# a head that ends in a copula waits for its complement: "That was, according to aides, a mistake.", "The plan is,
# according to two officials, a gamble." (what follows is the predicate, not a description of the source)
COPULA_HEAD_END_RE = re.compile(r"\b(?:is|was|are|were|be|been|remains|remained|seems|seemed|became|becomes)$")
OPEN_HEAD_END_RE = re.compile(r"\b(?:that|after|before|because|when|while|if|since|as|though|although|until|unless|"
                              r"whether|reported|reports|said|says|wrote|writes|told)$")


# "The deal – according to two aides – was never put in writing": the phrase between dashes inside the content
DASHED_MID_RE = re.compile(r"\s+(?:--|—|–|-)\s+according to\s+(?P<np>[^—–;:•“”\"]{2,150}?)\s+(?:--|—|–|-)\s+")
# "(93 percent were white, according to exit polls)": a parenthesis holds both the content and its source
PAREN_RE = re.compile(r"\((?P<c>[^()•“”\"]{8,300}?),?\s+according to\s+(?P<np>[^()•“”\"]{2,120}?)\)")
# "CONTENT according to NP, but ...": no comma before the phrase, a coordinated clause after the source's; not a
# manner ("voted according to the rules", "went according to plan")
BARE_MID_RE = re.compile(r"(?<=[\w%)])\s+according to\s+(?P<np>(?!plan\b|schedule\b|law\b|tradition\b|custom\b|"
                         r"(?:the|their|his|her|its|party)\s+(?:rules?|law|plan|schedule|script|lines?|instructions)\b)"
                         + _NP + r"),\s+(?=(?:but|and|while|whereas|yet|though|although)\s)")


def according_mid(ctx: Context, ss: int, se: int) -> bool:
    """'CONTENT, according to NP, CONTENT.': both parts; 'CONTENT, according to NP, a description.':
    the first; '(CONTENT, according to NP)': the parenthesis; 'CONTENT according to NP, but ...': the first;
    '...: According to NP, CONTENT.': the clause after the colon."""
    pos = ctx.masked.find("ccording to", ss, se)
    if pos == -1:
        return False
    inner = INNER_START_RE.search(ctx.masked, max(ss, pos - 6), pos + 12)
    if inner:  # "X said ...: according to Y, ...": X's reading stays
        return _according_from(ctx, inner, se, OTHER_CUE_RE.search(ctx.masked, ss, inner.start()) is None)
    p = PAREN_RE.search(ctx.masked, ss, se)
    if p:
        ctx.emit(p.start("c"), p.end("c"), (p.start("np"), p.end("np")), "according to")
        return True
    dashed = DASHED_MID_RE.search(ctx.masked, ss, se)
    if dashed and dashed.start() > ss:  # "The deal – according to two aides – was never put in writing."
        source = (dashed.start("np"), dashed.end("np"))
        if not OPEN_HEAD_END_RE.search(ctx.masked, max(ss, dashed.start() - 12), dashed.start()):
            ctx.emit(ss, dashed.start(), source, "according to", min_words=2)
        ctx.emit(dashed.end(), se, source, "according to", min_words=2)  # ("... while — according to X — knowing ...")
        return True
    m = ACCORDING_MID_RE.search(ctx.masked, ss, se)
    if not m:
        bare = BARE_MID_RE.search(ctx.masked, ss, se)
        if bare:
            ctx.emit(ss, bare.start(), (bare.start("np"), bare.end("np")), "according to", min_words=4)
            return True
    if not m or m.start() <= ss:
        return False
    source = (m.start("np"), m.end("np"))
    # the rest of the sentence is the content's second fragment ('G4S receives, according to one report, $234
    # million ...'), unless it describes the source ('..., according to WKOW, the ABC affiliate in Madison.')
    short_head = len(ctx.masked[ss:m.start()].split()) <= 3
    # '... after, according to him, CONTENT', 'The AP reported that, according to X, CONTENT': the phrase stands
    # inside a clause that opens after it; the words before are no content
    open_head = OPEN_HEAD_END_RE.search(ctx.masked, max(ss, m.start() - 12), m.start()) is not None
    copula_head = COPULA_HEAD_END_RE.search(ctx.masked, max(ss, m.start() - 8), m.start()) is not None
    rest = open_head or copula_head or not DESCRIPTION_START_RE.match(ctx.masked, m.end(), se) and not COORDINATED_VP_RE.match(
        ctx.masked, m.end(), se) and (
        short_head or VERB_START_RE.match(ctx.masked, m.end(), se) is not None)
    if not open_head:
        ctx.emit(ss, m.start(), source, "according to", min_words=2 if rest else 3)
    if rest:
        ctx.emit(m.end(), se, source, "according to", min_words=2)
    return True


# "CONTENT, the Chicago Tribune reports.": an outlet's report named after its content
REPORTS_END_RE = re.compile(r",[”\"’']?\s+(?P<np>(?:the\s+)?(?:[A-Z][\w’'.&-]*\s+){0,4}[A-Z][\w’'.&-]*)\s+(?:reports|reported)"
                            r"\s*[.!?]?\s*$")


OTHER_CUE_RE = re.compile(r"\b(?:said|says|told|tells|reported|reports|saying|according\s+to|wrote|writes)\b")


def reports_end(ctx: Context, ss: int, se: int) -> bool:
    """'CONTENT, the Chicago Tribune reports.'"""
    if ctx.masked.find("report", max(ss, se - 12), se) == -1:
        return False
    m = REPORTS_END_RE.search(ctx.masked, max(ss, se - 120), se)
    if not m or OTHER_CUE_RE.search(ctx.masked, ss, m.start()):
        return False  # "The campaign said ..., CNN reported": the inner speaker's words are left to the cue rules
    ctx.emit(ss, m.start(), (m.start("np"), m.end("np")), "reports")
    return True


# "CONTENT, as first reported by the Miami Herald on Tuesday." and "The mayor's decision was first reported by the
# Daily Herald.": the outlet's report, after its content or of the sentence's subject (a passive of "reported by")
_OUTLET = r"(?P<np>(?:the\s+|The\s+)?(?:[A-Z][\w’'.&-]*\s+){0,4}[A-Z][\w’'.&-]*)"
_FIRST = r"(?:(?:first|initially|originally|previously|earlier)\s+)?"
_END = r"(?:\s+(?:on|in|last|earlier)\s+[^,.;:•“”\"]{1,30}?)?\s*[.!?]?\s*$"
AS_REPORTED_BY_END_RE = re.compile(r",[”\"’']?\s+as\s+" + _FIRST + r"reported\s+by\s+" + _OUTLET + _END)
PASSIVE_REPORTED_RE = re.compile(r"\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+" + _FIRST + r"reported\s+"
                                 r"(?:first\s+|earlier\s+)?by\s+" + _OUTLET + _END)


QUOTE_MARK_RE = re.compile(r"[“”\"•]|''")


def reported_by_end(ctx: Context, ss: int, se: int) -> bool:
    """'CONTENT, as first reported by the Daily Herald.' and 'SUBJECT was first reported by the Daily Herald.' (a
    subject of a few words that opens the sentence, no clause before it)."""
    at = ctx.masked.find("reported ", max(ss, se - 120), se)
    if at == -1 or ctx.masked.find(" by ", at, se) == -1:
        return False
    m = AS_REPORTED_BY_END_RE.search(ctx.masked, max(ss, at - 30), se)
    if m and not OTHER_CUE_RE.search(ctx.masked, ss, m.start()) and not QUOTE_MARK_RE.search(ctx.masked, ss, m.start()):
        ctx.emit(ss, m.start(), _outlet(ctx.masked, m), "reported")  # (not a quotation and its tag: the sieves')
        return True
    m = PASSIVE_REPORTED_RE.search(ctx.masked, max(ss, at - 30), se)
    head = ctx.masked[ss:m.start()] if m else ""
    if m is None or not head[:1].isupper() or any(c in head for c in ",;:•“”\"") or len(head.split()) > 12:
        return False
    ctx.emit(ss, m.start(), _outlet(ctx.masked, m), "reported", min_words=2)
    return True


def _outlet(masked: str, m: re.Match[str]) -> tuple[int, int]:
    """The outlet's span, without the sentence's stop ("the Daily Herald."; not the stop of "the U.S.")."""
    end = m.end("np")
    return m.start("np"), end - (masked[end - 1] == "." and masked[end - 3] != ".")


def according_end(ctx: Context, ss: int, se: int) -> bool:
    """'CONTENT, according to NP.'"""
    if ctx.masked.find("according", ss, se) == -1:
        return False  # the search below is slow on a sentence without the phrase
    m = ACCORDING_END_RE.search(ctx.masked, ss, se)
    if not m or m.group("name") and not _role(m.group("np")):
        return False  # (a list's last names are no appositive: "according to Smith, Jones")
    pro = PRO_FORM_HEAD_RE.fullmatch(ctx.masked, ss, m.start())
    if pro:  # "That’s according to fundraising reports ...": the pro-form stands for what was just said (PolNeAR)
        ctx.emit(ss, pro.end("pro"), (m.start("np"), m.end("np")), "according to", min_words=1)
        return True
    # the whole clause before the source ("X served as counsel, and he clerked for a judge, according to his biography")
    ctx.emit(ss, m.start(), (m.start("np"), m.end("np")), "according to", whole=True)
    return True


PRO_FORM_HEAD_RE = re.compile(r"(?P<pro>That|This)(?:[’']s|\s+is|\s+was)")


_OPENING_VERBS = (r"[Nn]oting|[Ss]aying|[Aa]rguing|[Ii]nsisting|[Ww]arning|[Ee]xplaining|[Cc]laiming|[Ss]tating|"
                  r"[Aa]cknowledging|[Aa]dmitting|[Ss]uggesting|[Ss]tressing|[Dd]eclaring|[Pp]redicting|[Rr]ecalling|"
                  r"[Cc]onceding|[Pp]romising|[Dd]escribing|[Ee]mphasizing|[Aa]nnouncing|[Dd]enying|[Aa]sking")
# "Noting that ...", and after a preposition "After initially saying ...", "In describing ...", "Instead of calling ..."
OPENING_PARTICIPLE_RE = re.compile(r"(?:(?:(?:One|Two|Three|A|Days|Weeks|Months|Hours|Minutes)\s+(?:day|week|month|year|hour)?s?\s*)?"
                                   r"(?:After|Before|While|When|In|By|Since|Despite|Instead\s+of|Even\s+after|"
                                   r"Shortly\s+after|Just\s+after|after|before|since)\s+(?:(?:first|initially|\w+ly)\s+)?)?"
                                   r"(?P<cue>" + _OPENING_VERBS + r")(?:\s+on\s+" + DAYS + r")?\s+(?:that\s+)?")
COMMA_SPACE_RE = re.compile(r",\s+")
OPENING_WORDS = ("One ", "Two ", "Three ", "A ", "Days ", "Weeks ", "Months ", "Hours ", "Minutes ", "After ", "Before ",
                 "While ", "When ", "In ", "By ", "Since ", "Despite ", "Instead ", "Even ", "Shortly ", "Just ", "Noting",
                 "Saying", "Arguing", "Insisting", "Warning", "Explaining", "Claiming", "Stating", "Acknowledging",
                 "Admitting", "Suggesting", "Stressing", "Declaring", "Predicting", "Recalling", "Conceding", "Promising",
                 "Describing", "Emphasizing", "Announcing", "Denying", "Asking")
MAIN_CLAUSE_RE = re.compile(r"(?P<subj>(?:he|she|they|we|I|(?:[Tt]he\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|"
                            r"(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?[a-z]+))\s+"
                            r"(?:(?:\w+ly|only|also|again|still|never|later|then|once|soon)\s+){0,2}(?:(?:has|had|have|was|is|will|would)\s+[a-z]+|"
                            r"[a-z]{2,}ed|[a-z]{3,}s|said|told|wrote|went|made|took|gave)\b")


def participle_opening(ctx: Context, ss: int, se: int) -> bool:
    """'Noting that Obama's policy has been to ..., Trump said ...', 'After initially saying he would ..., the man
    ...': the participle's content is the main clause's subject's; the main clause is left to the other rules."""
    if not ctx.masked.startswith(OPENING_WORDS, ss):
        return False  # (a plain prefix test before the pattern: most sentences open otherwise)
    m = OPENING_PARTICIPLE_RE.match(ctx.masked, ss, se)
    if not m:
        return False
    for comma in COMMA_SPACE_RE.finditer(ctx.masked, m.end(), se):
        main = MAIN_CLAUSE_RE.match(ctx.masked, comma.end(), se)
        if main:
            ctx.emit(m.end(), comma.start(), (main.start("subj"), main.end("subj")), m.group("cue").lower())
            break
    return False


# the sentence's last verb is a tag after its content: ", a spokesman said.", ", the company said on Tuesday.", ",
# Smith told reporters." (a comma, a subject of a few words with no comma or mark, the verb, a short setting, the end)
TAG_END_RE = re.compile(r",[”\"’']*\s+(?!(?:who|which|that|and|but|or|as|while|when|because|if)\b)[^,;:•“”\"()]{1,60}?\s+$")
TAG_REST_RE = re.compile(r"(?:\s+(?:(?:on|in|at|during|last|this|earlier|later|late|recently|Monday|Tuesday|Wednesday|Thursday|"
                         r"Friday|Saturday|Sunday|yesterday|today|reporters|[a-z]+ly)\b[^,;:•“”\"()]{0,40}?))?[.!?]?[”\"’']*\s*$")


def cue_verbs(ctx: Context, ss: int, se: int) -> bool:
    """Each speech verb of the sentence in turn, until one of the cue rules takes the sentence; but a tag that ends
    the sentence first ("Dillard's Inc. reported higher sales, a spokesman said.": the spokesman's words, not
    Dillard's report of "higher sales, a spokesman said"); an outlet's report at the end ("The campaign said X, CNN
    reported.") leaves the sentence to the inner speaker, as reports_end does."""
    cues = list(indirect_matches(ctx.masked, ctx.indirect_at, ss, se))
    if len(cues) > 1:
        last = cues[-1]
        tag = TAG_END_RE.search(ctx.masked, max(ss, last.start() - 62), last.start())
        if tag and not last.group().startswith("report") and TAG_REST_RE.fullmatch(ctx.masked, last.end(), se) \
                and cue_verb(ctx, ss, se, last):  # (not an outlet's ", CNN reported": reports_end's convention)
            for c in cues[:-1]:  # and the words reported inside ("The campaign said X, CNN reported": X is the campaign's)
                if c.end() <= tag.start() and cue_verb(ctx, ss, tag.start(), c):
                    break
            return True
    for i, c in enumerate(cues):
        n = len(ctx.out)
        if cue_verb(ctx, ss, se, c):
            if i + 1 < len(cues):
                _later_clauses(ctx, cues[i + 1:], max([q.end for q in ctx.out[n:]] + [c.end()]), se)
            return True
    return False


# '..., saying X, though Mrs. Fiorina said she doubted ...', '"Q," Trump said, after Becky Quick said the ...', '"Q,"
# she said, but she added that ...': a later verb opens a clause of its own (a conjunction, then its subject) after all
# the first verb took
LATER_CLAUSE_RE = re.compile(r"[,—–]\s+(?:though|although|even\s+though|after|while|because|since|whereas|and|but)"
                             r"\s+(?P<subj>[^,;:•“”\"()—–]{1,60}?)\s+$")


def _later_clauses(ctx: Context, rest: list[re.Match[str]], taken: int, se: int) -> None:
    for c in rest:
        if c.start() <= taken:
            continue
        lo = max(taken, c.start() - 70)
        mark = max(ctx.masked.rfind(",", lo, c.start()), ctx.masked.rfind("—", lo, c.start()), ctx.masked.rfind("–", lo, c.start()))
        m = LATER_CLAUSE_RE.match(ctx.masked, mark, c.start()) if mark != -1 else None
        if m and cue_verb(ctx, m.start("subj"), se, c):
            return

"""Short quoted words that are somebody's: 'Trump blasted Disney for its “outrageous practices”',
'Clinton supports "appropriate pay raises"', 'referred to immigrants as “rapists”', 'Clinton’s
broadside against “printing money”'. A scare quote becomes a direct quote of a speaker when it
sits, a few words on, in the object of a verb of speaking, judging or naming whose subject is a
name or a personal pronoun, or after a speaker's possessive noun of speech. Words the author
puts in marks ('a “pre-agreement”', 'the “opt-out” movement') have no such verb or owner."""
from __future__ import annotations

import re
from collections.abc import Callable

from briefing_app.analysis.attribution import resolve
from briefing_app.analysis.document import Document
from briefing_app.analysis.mentions import subject_before
from briefing_app.analysis.reported.cue import infinitive_subject
from briefing_app.analysis.speaker_before import IN_WORDS_RE
from briefing_app.core.model import Mention, Quote

# verbs whose object can be the speaker's own words: speaking, judging, promising (not bare naming: "dubbed it
# the “comeback of the season”" is the author's name for it)
VERBS = (r"call(?:s|ed)?|describ(?:e|es|ed)|portray(?:s|ed)?|refer(?:s|red)\s+to|tout(?:s|ed)?|"
         r"decr(?:y|ies|ied)|derid(?:e|es|ed)|"
         r"mock(?:s|ed)?|denounc(?:e|es|ed)|condemn(?:s|ed)?|criticiz(?:e|es|ed)|criticis(?:e|es|ed)|"
         r"blast(?:s|ed)?|slam(?:s|med)?|attack(?:s|ed)?|oppos(?:e|es|ed)|support(?:s|ed)?|back(?:s|ed)?|"
         r"endors(?:e|es|ed)|prais(?:e|es|ed)|hail(?:s|ed)?|cit(?:e|es|ed)|invok(?:e|es|ed)|us(?:e|es|ed)|"
         r"talk(?:s|ed)?\s+(?:about|of)|spok(?:e)\s+(?:about|of)|speak(?:s)?\s+(?:about|of)|introduc(?:e|es|ed)|"
         r"promis(?:e|es|ed)|pledg(?:e|es|ed)|vow(?:s|ed)?|urg(?:e|es|ed)|demand(?:s|ed)?|warn(?:s|ed)?|"
         r"accus(?:e|es|ed)|dismiss(?:es|ed)?|reject(?:s|ed)?|den(?:y|ies|ied)|fear(?:s|ed)?|"
         r"cr(?:y|ies|ied)|tweet(?:s|ed)?|wr(?:ite|ites|ote)|declar(?:e|es|ed)|predict(?:s|ed)?|"
         r"insist(?:s|ed)?|claim(?:s|ed)?|argu(?:e|es|ed)|complain(?:s|ed)?|lament(?:s|ed)?|push(?:es|ed)?|"
         # the progressive: "are crying “fraud”", "is already talking about “a fierce urgency”"
         r"(?:call|describ|portray|tout|decry|derid|mock|denounc|condemn|criticiz|blast|slam|attack|oppos|"
         r"prais|hail|cit|invok|us|promis|pledg|vow|urg|demand|warn|accus|dismiss|reject|deny|cry|tweet|writ|"
         r"declar|predict|insist|claim|argu|complain|lament|push)ing|talking\s+(?:about|of)|speaking\s+(?:about|of)")
# what each of VERBS starts with, for a cheap test before the search
VERB_STEMS = ("call", "describ", "portray", "refer", "tout", "decr", "derid", "mock", "denounc", "condemn", "critici",
              "blast", "slam", "attack", "oppos", "support", "back", "endors", "prais", "hail", "cit", "invok", "us",
              "talk", "spok", "speak", "introduc", "promis", "pledg", "vow", "urg", "demand", "warn", "accus",
              "dismiss", "reject", "den", "fear", "cr", "tweet", "wr", "declar", "predict", "insist", "claim", "argu",
              "complain", "lament", "push")
# the verb, then a few words of its object (no clause break, no other quotation) up to the mark
VERB_BEFORE_RE = re.compile(r"(?<![\w’'-])(?P<verb>" + VERBS + r")(?P<obj>(?:[ \t]+[^\s,;:.!?“”\"•—–]+){0,6}?)"
                            r"[ \t]+(?:''|``|[“\"‘'])$")  # lower-case: not a headline's "BOSS BLASTS REF AFTER 'X'"
# "Clinton’s broadside against “printing money”", "Carson’s mangling of “Hamas”", "Romney’s “47 percent” comment"
NOUN_OWNER_RE = re.compile(r"(?<![\w’'.-])(?!(?:But|And|So|Yet)\b)(?:(?P<owner>(?:[A-Z][\w.-]*[ \t]+){0,2}[A-Z][\w.-]*)(?:’s|'s|’)"
                           r"|(?P<pronoun>his|her|their))[ \t]+(?:[\w-]+,?[ \t]+){0,2}?"
                           r"(?P<noun>broadside|attack|criticism|rejection|embrace|call|calls|demand|promise|pledge|vow|"
                           r"description|mangling|mispronunciations?|use|invocation|defen[cs]e|denunciation|dismissal|"
                           r"praise|warning|claim|talk|references?|argument)[ \t]+(?:of|against|on|for|to|in[ \t]+favou?r[ \t]+of)[ \t]+"
                           r"(?:''|``|[“\"‘'])$")
COMMENT_AFTER_RE = re.compile(r"(?:''|[”\"’'])[ \t]+(?:comments?|remarks?|line|quip|jab|slogan|label|claim|charge)\b")
OWNER_BEFORE_RE = re.compile(r"(?<![\w’'.-])(?!(?:But|And|So|Yet)\b)(?P<owner>(?:[A-Z][\w.-]*[ \t]+){0,2}[A-Z][\w.-]*)(?:’s|'s|’)[ \t]+(?:''|``|[“\"‘'])$")
PRONOUNS = frozenset("he she they we i".split())
NOT_SPEAKERS = frozenset("it this that there what which these those once but and".split())
# a subject that names a speaker ends in a name, a pronoun or a noun for people who speak
SPEAKER_NOUNS = frozenset("""president candidate nominee senator governor mayor spokesman spokeswoman spokesperson
    chairman chairwoman chair leader leaders official officials supporters critics aides adviser advisers campaign
    committee minister secretary director group party administration government man woman voters protesters""".split())
SUBJECT_WORDS = 6
WHAT_RE = re.compile(r".*\b(?:what|which)\s+")
WINDOW = 90  # characters before the quotation that the verb and its object may take


def _speaker_like(masked: str, span: tuple[int, int]) -> bool:
    """A name or a personal pronoun ("Trump", "Sanders supporters", "he"), not "It" or "This"."""
    words = masked[span[0]:span[1]].split()
    if not words or len(words) > SUBJECT_WORDS or words[0].lower() in NOT_SPEAKERS:
        return False
    last = words[-1]
    return last[:1].isupper() or last.lower() in PRONOUNS or last.lower() in SPEAKER_NOUNS


Finder = Callable[[str, int, int, int], "tuple[tuple[int, int], str] | None"]


# 'dismissed the “local forces” idea': the quotation names a kind of what the noun after it heads
MODIFIER_AFTER_RE = re.compile(r"[•\s]*(?:''|[”\"’'])[ \t]+(?!(?:and|or|but|in|on|at|to|for|from|with|by|of|as|that|which|"
                               r"who|when|while|is|are|was|were|has|have|had|will|would|the|a|an|over|about|against|into|"
                               r"toward|towards|after|before|during|because|since|through|without|within|among|until|"
                               r"if|than|so|then|again|instead)\b)[a-z][\w-]*")


def verb_object(masked: str, floor: int, mark: int, ss: int) -> tuple[tuple[int, int], str] | None:
    """'Trump blasted Disney for its “...”': the verb's subject and the verb."""
    if MODIFIER_AFTER_RE.match(masked, masked.find("•", mark)):
        return None
    window = masked[floor:mark]
    if not any(stem in window for stem in VERB_STEMS):
        return None  # no verb of the list before the quotation: the pattern would search in vain
    m = VERB_BEFORE_RE.search(masked, floor, mark + 1)
    if m is None:
        return None
    subj = subject_before(masked, m.start(), ss)
    if subj is None and masked.endswith("to ", ss, m.start()):  # "Trump continued to portray “illegal” immigrants"
        subj = infinitive_subject(masked, ss, m.start())
    if subj is not None:  # "led to what aide Kevin Phillips called": the words after "what"
        what = WHAT_RE.search(masked, subj[0], subj[1])
        subj = (what.end(), subj[1]) if what else subj
    if subj is None or not _speaker_like(masked, subj):
        return None
    return subj, m.group("verb")


def noun_owner(masked: str, floor: int, mark: int, ss: int) -> tuple[tuple[int, int], str] | None:
    """'Clinton’s broadside against “...”' and 'Romney’s “...” comment': the owner and the noun."""
    m = NOUN_OWNER_RE.search(masked, floor, mark + 1)
    if m is not None:
        group = "owner" if m.group("owner") else "pronoun"
        return (m.start(group), m.end(group)), m.group("noun")
    o = OWNER_BEFORE_RE.search(masked, floor, mark + 1)
    close = masked.find("•", mark)
    after = COMMENT_AFTER_RE.search(masked, close, close + 40) if o is not None and close != -1 else None
    if o is not None and after is not None and "•" not in masked[after.start() + 2:after.start() + 3]:
        return (o.start("owner"), o.end("owner")), after.group().split()[-1]
    return None


def in_words(masked: str, floor: int, mark: int, ss: int) -> tuple[tuple[int, int], str] | None:
    """'Clinton was, in the words of a senior adviser, “the torchbearer”' and 'in Forbes’ words, “...”'."""
    m = IN_WORDS_RE.search(masked, floor, mark)
    if m is None:
        return None
    group = "np" if m.group("np") else "np2"
    return (m.start(group), m.end(group)), "in the words of"


FINDERS: tuple[tuple[str, Finder], ...] = (("verb-object", verb_object), ("noun-owner", noun_owner), ("in-words", in_words))


def speakers_words(doc: Document, quotes: list[Quote]) -> None:
    """Give each scare quote that a speaker's verb or noun governs its speaker and make it direct."""
    masked, text = doc.masked, doc.text
    for q in quotes:
        if q.kind != "scare":
            continue
        mark = q.start - 1
        while mark > 0 and masked[mark - 1] in "'`":  # NYT ''
            mark -= 1
        ss, _ = doc.sentences.of(q.start)
        floor = max(ss, mark - WINDOW)
        for _, finder in FINDERS:
            found = finder(masked, floor, mark, ss)
            if found is None:
                continue
            (ms, me), cue = found
            mt = text[ms:me]
            q.kind, q.cue, q.mention = "direct", cue, Mention(ms, me, mt)
            q.speaker = resolve(text, mt, ms, doc.actor_table, None, doc.sentences)
            break

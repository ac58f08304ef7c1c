"""What a bill, an initiative or a proposal would do, told as its content: "The bill would exempt veterans from the
mandate", "The party's initiative seeks to outlaw face coverings", "he co-sponsored legislation that would repeal the law",
"Holt's bill will ban X", "Holt's proposal would ban X". The course is the policy verb's phrase, held by the measure's
owner ("Holt's bill", "the mayor's proposal") in anyone's words ("Critics said Holt's bill would ban X": Holt's) or by
the subject of a verb of sponsoring or backing it ("co-sponsored legislation that would"); a measure no one in the
sentence owns or backs gives none, and the author never holds it by these words alone. ("plan" and "measure" are left
out: with "will" in the gate they sent many news sentences to the pattern for ~0.1 M instructions an analysis; "will"
is a key after bill(s), legislation and proposal(s) only.) A sponsor named as the subject of the sponsoring verb holds
the course in anyone's words ("Clinton said Sanders introduced a bill that would X": Sanders'). Not a measure's effect ("the bill would cost jobs", "would hurt farmers":
no policy verb), not what it would have done ("a bill that would have raised taxes": history), not a negated content
("the bill would not ban X")."""
from __future__ import annotations

import re

from briefing_app.analysis.gazetteer import trie_pattern
from briefing_app.analysis.options.action_hits import vp_hit
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.lexicon import POLICY_VERBS
from briefing_app.analysis.options.modals import subject_of
from briefing_app.analysis.options.keys import holds_any, keys
from briefing_app.analysis.options.made_by import TIMES
from briefing_app.analysis.options.phrases import summary
from briefing_app.analysis.subject_content import verb_after_infinitive

NOUNS = ("bill", "bills", "legislation", "initiative", "initiatives", "amendment", "amendments", "ordinance", "ordinances",
         "proposal", "proposals")
# a measure's noun, then the verb of its content (an optional closing quotation mark, comma and "that"/"which" between),
# then a policy verb
BILL_RE = re.compile(
    r"\b(?P<noun>(?i:bills?|legislation|initiatives?|amendments?|ordinances?|proposals?|motions?|petitions?|referendum|"
    r"resolutions?))[”\"’]?,?\s+"
    r"(?:(?:that|which)\s+)?(?:also\s+)?"
    r"(?:would|will|(?:seeks?|aims?)\s+to|(?:is|are)\s+(?:designed|intended)\s+to|(?P<to>(?<![,”\"’]\s)to))\s+(?:also\s+|effectively\s+)?"
    r"(?=(?:" + trie_pattern(POLICY_VERBS) + r")\b)")
# the measure named as the sentence's subject, with no owner ("The bill", "The proposed amendment", "A new ordinance",
# "The draft legislation") and its purpose told ("seeks to", "aims to", "is designed to"): the measure holds what it is
# for, as a report holds what it recommends; not what it "would" do (an effect told, `PURPOSE_RE`), not "Such
# legislation", "Any bill" (none in particular), nor a measure after a clause ("If passed, the bill seeks to ...")
MEASURE_SUBJECT_RE = re.compile(r"\s*(?:[“\"‘]\s*)?(?:The|This|That|A|An)\s+(?:(?!(?:such|any|which|that|who)\b)[\w-]+\s+){0,2}?"
                                r"(?:[“\"][^“”\"]{1,60}[”\"]\s+)?(?i:bills?|legislation|initiatives?|amendments?|ordinances?|proposals?)")
PURPOSE_RE = re.compile(r"\b(?:seeks?|aims?|designed|intended)\s+to\b")  # what the measure is for, not what it would do
# the measure's owner just before its noun: "The SVP's “Ban on Face Coverings” initiative", "Holt's bill"
# ("the mayor's plan", "the governing party's initiative": a described owner)
OWNER_RE = re.compile(r"(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}|\b[Tt]he(?:\s+[a-z][\w-]*){1,3})(?:[’']s|(?<=s)[’'])\s+(?:[“\"][^“”\"]{1,60}[”\"]\s+)?"
                      r"(?:[\w-]+\s+){0,3}$")
# a verb of sponsoring or backing right before the measure ("co-sponsored legislation that would", "proposed a
# constitutional amendment that would", "introducing a bill which would"): its subject holds the course
SPONSOR_RE = re.compile(r"\b(?:(?:co-?)?sponsor|introduc|propos|tabl|fil|unveil|draft|author|back|support|champion|"
                        r"push|pushing|wr[io]t|launch|plan|prepar|start|circulat|organi[sz])\w*\s+(?:(?:a|an|the|new|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# the sponsoring verb's subject when it names someone: a name of up to four capitalised words or a described holder
# ("Sanders has", "Senator Mary Holt", "the council"; not a pronoun: the reported-speech reading decides "he")
NAMED_SUBJECT_RE = re.compile(r"(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|[Tt]he(?:\s+[a-z][\w-]*){1,3})"
                              r"(?:\s+(?:has|had|have|also|jointly|recently|quietly))*")
DETERMINER_END_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+$")
# a pronoun right before the sponsoring verb ("-- he's recently co-sponsored", "she has introduced")
PRONOUN_SUBJECT_RE = re.compile(r"(?:^|\s)(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)(?:[’'](?:s|ve|d))?(?:\s+(?:has|have|had|\w+ly|also|just))*$")
# a negation right before the sponsoring verb ("did not introduce", "has never backed", "didn't co-sponsor")
NEGATED_BEFORE_RE = re.compile(r"(?:\b(?:not|never)|n[’']t)\s+(?:(?:yet|once|even|ever)\s+)?$", re.I)
# the measure's next predicate after its course: "seeks to outlaw face coverings and is aimed at delinquents"
TAIL_RE = re.compile(r",?\s+and\s+(?:is|are|was|were|has|have|had|would|will|could)\b")
NOUN_KEYS = keys("bill", "legislation", "initiative", "amendment", "ordinance", "proposal", "motion", "petition", "referendum",
                 "resolution")  # the gate: both a noun
# (and a measure's noun before "to", its purpose: "introduced a bill to ban X", "launched a petition to save X")
TO_CUES = tuple(f"{n} to " for n in ("bill", "bills", "legislation", "initiative", "amendment", "ordinance", "motion", "petition",
                                     "referendum", "resolution"))
VERB_KEYS = keys(*TO_CUES, " would ", "bill will", "bills will", "legislation will", "proposal will", "proposals will", "seek", " aim",
                 "designed to", "intended to")
# the sentence's cues (cues.CUES): a measure's noun before "would", or a content verb of a measure's kind alone
CUES = (*(f"{n}{sep}would" for n in NOUNS for sep in (" ", " that ", " which ", ", which ")), "bill will", "bills will",
        "legislation will", "proposal will", "proposals will",
        "seeks to", "seek to", " aims to", *TO_CUES,
        " aim to", "designed to", "intended to")


def bill_hits(text: str, s: int, e: int, low: str) -> list[Hit]:
    """What a measure named in the sentence text[s:e] (low: lower-cased) would do, held by its backers (module doc)."""
    if not holds_any(low, NOUN_KEYS) or not holds_any(low, VERB_KEYS):
        return []
    out: list[Hit] = []
    for m in BILL_RE.finditer(text, s, e):
        end = verb_after_infinitive(text, m.end(), e) if m.group("to") else e  # "Holt's bill to ban X passed the
        hit = vp_hit(text, m.end(), end, "support", m.start())  # Senate": the course ends at the sentence's own verb
        if hit is not None:
            hit.reported = True  # the measure's backers hold it, never the author by these words
            tail = TAIL_RE.search(text, hit.start, hit.end)
            if tail is not None:
                hit.end, hit.summary = tail.start(), summary(text[hit.start:tail.start()])
            owner = OWNER_RE.search(text, max(s, m.start() - 90), m.start())
            sponsor = SPONSOR_RE.search(text, max(s, m.start() - 60), m.start()) if owner is None else None
            if sponsor is not None and DETERMINER_END_RE.search(text, max(s, sponsor.start() - 8), sponsor.start()):
                sponsor = None  # "The proposed legislation", "a drafted bill": a participle as the measure's adjective
            measure = MEASURE_SUBJECT_RE.fullmatch(text, s, m.start() + len(m.group("noun"))) \
                if owner is None and sponsor is None and PURPOSE_RE.search(text, m.start(), m.end()) else None
            if owner is None and sponsor is None and measure is None:
                continue  # "he would take a look at such legislation, which would X": nobody said to back it
            if sponsor is not None and NEGATED_BEFORE_RE.search(text, max(s, sponsor.start() - 30), sponsor.start()):
                continue  # "Sanders did not introduce / never backed a bill that would X": no one's course
            hit.who = owner.group("owner") if owner is not None else None
            hit.owned = owner is not None
            if measure is not None:  # "The bill seeks to ban X": the measure, the sentence's subject, holds its content
                hit.who, hit.owned = text[s:m.start() + len(m.group("noun"))].strip(), True
            subject = subject_of(text, s, sponsor.start()) if sponsor is not None else ""
            if sponsor is not None and not PRONOUN_SUBJECT_RE.search(subject):  # the sponsoring verb's subject holds it
                hit.at = sponsor.start()  # ("led a group in introducing": the leader; a pronoun is read as before)
                named = NAMED_SUBJECT_RE.fullmatch(subject)
                if named is not None and named.group("who").lower() not in TIMES:  # (not "on Wednesday, prompting X to")  # a name or a described body, in anyone's words ("Clinton said Sanders introduced
                    hit.who, hit.owned = named.group("who"), True  # a bill that would X": Sanders')
            out.append(hit)
    return out

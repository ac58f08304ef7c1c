"""The action a verdict is passed on, before the verdict: "Arming the rebels would be a mistake",
"To cut the aid budget now is wrong", "A carbon tax would be a disaster"."""
from __future__ import annotations

import re

from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.lexicon import BACK_REFERENCE_RE, POLICY_NOUN_RE, PROPOSAL_TO_RE
from briefing_app.analysis.options.phrases import decapitalised, is_concrete, summary

CLAUSE_START_RE = re.compile(r"[,;:—–(]\s*|^\s*|\b(?:say|says|said|argue|argues|argued|warn|warns|warned|insist|insists|"
                             r"insisted|claim|claims|claimed|contend|contends|fear|fears|feared|think|thinks|thought|believe|believes|"
                             r"believed)\s+(?:that\s+)?")


# a control named by what it controls, opening the sentence ("Rent control would ...", "Price controls are ..."): the
# policy noun's match starts at "control" (lexicon.POLICY_NOUN_RE), a common noun all the same
CONTROLS_RE = re.compile(r"[A-Z][a-z]+\s+controls?\b")


# a conjunction opening the sentence before the subject: "But a legal cap would be a mistake" (the course is "a legal cap")
OPENER_RE = re.compile(r"\s*(?:But|And|Yet|So|Still|Rather|Instead|Indeed)\s+(?=[\w“\"‘])")


# an aside between a subject and its verb: "A windfall tax, paid into a fund for bills, is the answer", "Military
# intervention, however tempting, would only deepen ...", "Cutting the budget, as some propose, would ..."
ASIDE_RE = re.compile(r",\s*(?:[a-z]+ed|[a-z]+ing|paid|made|built|run|held|set|sold|given|taken|known|led|kept|brought|"
                      r"bought|sent|spent|put|left|won|shown|drawn|written|however|as\s|rather\s+than|instead\s+of|not\s|whatever|if\s|though|"
                      r"and\s+(?:perhaps|probably|arguably))[^,;:]*,\s*$")


# a first predicate joined to the verdict's by "and"/"but": "The move would help balance the budget and is long overdue",
# "The ban has wide support but remains unworkable" (the verdict's subject ends before the first verb)
JOINED_PREDICATE_RE = re.compile(r"\s+(?:would|will|could|can|should|must|might|may|is|are|was|were|has|have|had)\s[^,;:]*?"
                                 r"\s(?:and|but)\s*$")


def subject_hit(text: str, s: int, at: int, stance: str = "oppose", *, nouns: bool = True,
                any_stance_nouns: bool = False) -> Hit | None:
    """'Arming the rebels would be a mistake': the gerund, infinitive or policy noun before the verdict."""
    aside = ASIDE_RE.search(text, s, at)
    if aside is not None and aside.start() > s:
        at = aside.start()  # the subject ends where the aside begins
    start, who = s, None
    for m in CLAUSE_START_RE.finditer(text, s, at):
        start = m.end()
        who = text[s:m.start()] if m.group(0)[:1].isalpha() and m.start() > s else None  # "Critics say X would ..."
    if start == s and (opener := OPENER_RE.match(text, s, at)) is not None:
        start = opener.end()
    subj = text[start:at]
    joined = JOINED_PREDICATE_RE.search(subj) if subj.endswith(("and ", "but ", "and", "but")) else None
    if joined is not None:  # "The move would help balance the budget and is long overdue": the subject is "The move"
        subj = subj[:joined.start()]
        at = start + len(subj)
    lead = subj.split(" ", 1)[0].lower()
    first = text[s:at].lstrip().split(" ", 1)[0]
    if not lead.endswith("ing") and first.endswith("ing") and first[:1].isupper():  # "Centring X, instead of Y, would"
        start = s + len(text[s:at]) - len(text[s:at].lstrip())
        cut = text.find(",", start, at)
        subj, lead = text[start:cut if cut > 0 else at], first.lower()
        at = start + len(subj)
    if lead in ("it", "this", "that", "which", "one", "they", "he", "she", "what") or PROPOSAL_TO_RE.match(subj) \
            or re.search(r"\bdecisions?\s+to\b", subj) or lead.endswith("thing"):
        return None  # "the plan to X is ...": framing reads X itself; "Everything we're doing is wrong": no gerund
    if lead == "to" or lead.endswith("ing"):
        return Hit(stance, start, at, summary(subj), at, who, reported=bool(who)) if is_concrete(summary(subj)) else None
    if nouns and (stance == "oppose" or any_stance_nouns) and POLICY_NOUN_RE.search(subj) and is_concrete("adopt " + subj) \
            and not BACK_REFERENCE_RE.match(subj.strip()):
        np = decapitalised(subj, text)
        if np[:1].isupper() and not np.split()[0].isupper() and (POLICY_NOUN_RE.match(np) or CONTROLS_RE.match(np)):
            np = np[:1].lower() + np[1:]  # "Dialogue is the only way ...": a common noun that opened the sentence
        return Hit(stance, start, at, summary(np, verb_first=False), at, who, reported=bool(who))
    return None

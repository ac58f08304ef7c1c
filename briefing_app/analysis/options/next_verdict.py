"""The author's verdict in the sentence after a course: a short sentence whose subject refers back to it (it, this,
that, such a move, the idea, the plan, doing so) and whose predicate judges it: "Some lawmakers want to ban cars
from the centre. That makes sense." (support), "... This proposal deserves to fail." (oppose), "... It would do more
harm than good." (oppose), "... That cannot be right." (oppose: a denied good word turns the side), "... The plan
deserves a hearing." (support). A sentence that reports someone's words ("That is the right approach, Smith said"),
holds a quotation or judges something else ("It was a bad year", "It is a good idea to ask the voters first") gives
none. Read after `VERDICT_RE`'s fixed forms, on the options of the sentence before that have no author's side yet."""
from __future__ import annotations

import re

# what refers back to the course just named: a pronoun, "such a move", "the/this/their idea", "doing so"
COURSE_NOUN = (r"(?:idea|plan|proposal|move|step|measure|policy|approach|course|change|scheme|demand|call|request|"
               r"suggestion|recommendation|option|strategy|law|bill|ban|tax|cut|reform|deal|decision|initiative|solution)s?")
SUBJECT = (r"(?:(?:But|And|Yet|Still|Sadly|Frankly|Surely|Clearly|Unfortunately|Fortunately|Alas),?\s+)?"
           r"(?P<subject>It|That|This|Doing\s+so|Such\s+an?\s+(?:\w+\s+)?" + COURSE_NOUN
           + r"|(?:The|This|That|Their|His|Her|Its)\s+(?:[\w-]+\s+)?" + COURSE_NOUN + r")\b")
SUBJECT_RE = re.compile(r"\s*" + SUBJECT)
SUBJECT_LOWER_RE = re.compile(r"\s*" + SUBJECT, re.I)  # after the author's own opener ("We think that ...")
# the author's own voice opening a verdict: "We think that would be a mistake.", "I believe they are right.", "In our view,
# it is long overdue." (an editorial's "we", a column's "I"); the verdict after it is read as if it opened the sentence
_THAT = r"(?:that\s+(?!(?:would|will|is|was|makes|could|can|deserves|seems|sounds|might|may)\b))?"  # a complementiser, not
# the subject "that" ("We think that would be a mistake")
OWN_VOICE_RE = re.compile(r"\s*(?:(?:But|And|Yet|So|Frankly|Still),?\s+)?(?:(?:We|I)\s+(?:(?:still|also|firmly|strongly|honestly|"
                          r"really|do|would)\s+)?(?:think|believe|fear|suspect|reckon|feel|argue|maintain)\s+" + _THAT + "|"
                          r"(?:We|I)\s+(?:are|am)\s+(?:(?:still|also|firmly)\s+)?(?:convinced|sure|certain)\s+" + _THAT + "|"
                          r"In\s+(?:our|my)\s+(?:view|opinion|judge?ment),?\s+|To\s+(?:us|me),\s+)(?=\w)")
# a predicate that judges with a fixed phrase, before the single words are looked at
BAD_PHRASE_RE = re.compile(r"\b(?:more\s+harm\s+than\s+good|deserves?\s+to\s+(?:fail|die|be\s+(?:rejected|defeated|scrapped|"
                           r"dropped|buried))|should\s+be\s+(?:rejected|resisted|opposed|dropped|scrapped|abandoned|shelved)|"
                           r"(?:a\s+)?step\s+(?:back|backwards?|in\s+the\s+wrong\s+direction)|(?:a\s+)?non-?starter|"
                           r"(?:a\s+)?dead\s+end|(?:would|will|could)\s+(?:only\s+)?backfire|recipe\s+for\s+(?:disaster|chaos|failure)|"
                           r"(?:the\s+)?wrong\s+(?:answer|approach|way|direction|call|choice|move|step|idea|solution|"
                           r"medicine|prescription|priority))\b", re.I)
GOOD_PHRASE_RE = re.compile(r"\b(?:makes?\s+(?:no\s+|little\s+|good\s+|perfect\s+|a\s+lot\s+of\s+|eminent\s+|(?:a\s+)?great\s+deal\s+of\s+)?sense|"
                            r"deserves?\s+(?:\w+\s+)?(?:support|backing|a\s+hearing|a\s+chance|a\s+try|consideration|a\s+look|"
                            r"praise|applause)|(?:is|are)\s+worth\s+(?:a\s+try|trying|considering|pursuing|doing|a\s+look|"
                            r"the\s+(?:cost|effort|price|risk))|should\s+be\s+(?:welcomed|supported|backed|adopted|"
                            r"embraced|heeded|applauded)|(?:a\s+)?step\s+(?:forward|in\s+the\s+right\s+direction)|"
                            r"(?:is|was)\s+(?:exactly\s+|just\s+|precisely\s+)?what\s+(?:the|this|our|we)\b[^.;]{0,30}?\bneeds?\b|"
                            r"long\s+overdue|about\s+time|(?:a\s+)?no-?brainer|the\s+way\s+forward|(?:a|the)\s+(?:right|best|"
                            r"only)\s+(?:answer|approach|way|call|choice|move|step|thing\s+to\s+do|solution|course))\b", re.I)
BAD_WORDS = frozenset("""mistake mistakes error blunder folly disaster catastrophe fiasco wrong unwise reckless misguided
    foolish dangerous counterproductive futile pointless self-defeating irresponsible bad terrible awful dreadful absurd
    unworkable unrealistic naive harmful ill-advised ill-conceived short-sighted shortsighted unfair unjust unacceptable
    outrageous ludicrous ridiculous nonsense unconscionable overreach wrongheaded wrong-headed cynical senseless
    indefensible destructive""".split())
GOOD_WORDS = frozenset("""sensible wise right good welcome prudent overdue smart reasonable sound fair justified
    improvement necessary essential promising commonsense common-sense helpful worthwhile laudable admirable
    better best answer solution""".split())
# the word a judging adjective may qualify: the course itself or a word for a course ("a bad idea"), not a thing
# ("It was a bad year")
JUDGED_NOUNS = frozenset("""idea move step thing way approach one call answer solution choice option policy plan
    decision start bet compromise course measure proposal change reform response remedy path route fix deal
    strategy priority precedent""".split())
# a judging noun stands alone ("a costly blunder"); a word after it may be anything; an adjective may be followed by a
# preposition or "and" ("good for the city", "wise and fair")
NOUN_VERDICTS = frozenset("mistake mistakes error blunder folly disaster catastrophe fiasco nonsense improvement answer "
                          "solution overreach".split())
MAY_FOLLOW = JUDGED_NOUNS | BAD_WORDS | GOOD_WORDS | frozenset("for to in of and at on by with".split())
NEGATION_RE = re.compile(r"\b(?:not|no|never|hardly|scarcely|nothing|far\s+from|no\s+longer)\b|n[’']t\b|\bcannot\b", re.I)
REPORTED_RE = re.compile(r"\b(?:said|says|say|argued|argues|argue|told|tells|according\s+to|added|adds|wrote|writes|"
                         r"insisted|insists|claimed|claims|believe|believes|believed|think|thinks|thought|warned|warns)\b",
                         re.I)
QUOTE_MARKS = "\"“”«»"
CLAUSE_END_RE = re.compile(r"[,;:(—–]|\s-\s|\b(?:because|since|as|but|although|though|while|if|unless|when)\b")
# "It is right to ask ...", "It is a good idea that ...": "it" stands for the clause after, not the course before ...
EXTRAPOSED_RE = re.compile(r"\b(?:to|that|for|whether|how|when)\s+(?!do\s+so\b|so\b|it\b|this\b|that\b)")
# ... unless that clause names the course again: "It would be a mistake to go down that road", "to do so"
BACK_INFINITIVE_RE = re.compile(r"\bto\s+(?:do|go|try|follow|take)\s+(?:so|it|this|that|down\s+th(?:at|is))\b")
NO_GOOD_RE = re.compile(r"\b(?:no|little)\s+sense\b", re.I)
MAX_WORDS = 18  # a verdict is a short sentence; a longer one argues something of its own
WORD_RE = re.compile(r"[A-Za-z][\w-]*")


def verdict_after(text: str, s: int, e: int) -> str | None:
    """The author's side ("support" / "oppose") the sentence text[s:e] gives the course of the sentence before it,
    or None when it gives none."""
    own = OWN_VOICE_RE.match(text, s, e)
    m = SUBJECT_RE.match(text, s, e) if own is None else SUBJECT_LOWER_RE.match(text, own.end(), e)
    if m is None:
        return None
    sentence = text[m.end():e]
    if len(sentence.split()) > MAX_WORDS or any(q in text[s:e] for q in QUOTE_MARKS) or REPORTED_RE.search(sentence):
        return None
    clause = CLAUSE_END_RE.split(sentence, maxsplit=1)[0]
    if m.group("subject").lower() == "it" and EXTRAPOSED_RE.search(clause) and not BACK_INFINITIVE_RE.search(clause):
        return None  # "It is a good idea to ask the voters first": a new course, judged in its own sentence
    side = _side(clause)
    if side is None:
        return None
    before = clause[:side[1]]
    denied = NEGATION_RE.search(before) is not None
    if side[0] == "good" and NO_GOOD_RE.search(clause, side[1]):
        denied = not denied  # "That makes no sense", "It makes little sense"
    bad = (side[0] == "bad") != denied
    return "oppose" if bad else "support"


def _side(clause: str) -> tuple[str, int] | None:
    """("bad"|"good", where the judging words start in `clause`), or None."""
    bad, good = BAD_PHRASE_RE.search(clause), GOOD_PHRASE_RE.search(clause)
    if bad is not None or good is not None:
        first = min((x for x in (bad, good) if x is not None), key=lambda x: x.start())
        return ("bad" if first is bad else "good", first.start())
    words = list(WORD_RE.finditer(clause))
    for i, w in enumerate(words):
        low = w.group().lower()
        side = "bad" if low in BAD_WORDS else "good" if low in GOOD_WORDS else None
        if side is None:
            continue
        after = words[i + 1].group().lower() if i + 1 < len(words) else ""
        if after and not clause[w.end():words[i + 1].start()].strip() and low not in NOUN_VERDICTS \
                and after not in MAY_FOLLOW:
            return None  # "It was a bad year": the word judges a thing, not the course
        return side, w.start()
    return None

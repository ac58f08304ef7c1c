"""The subject of a clause before a cue verb, without a parser: after its introductory phrases
and its last comma ("In an interview later that day, Trump went further"), or the noun phrase
right before the verb when it is one (`verb_subject`). Used by the speaker sieves and the
reported-speech rules."""
from __future__ import annotations

import re

from briefing_app.analysis.mentions import REACH, subject_before
from briefing_app.analysis.roles import MODIFIERS, ROLE_WORDS

_INTRO_WORDS = (r"In|At|On|During|After|Before|Later|Earlier|Asked|When|While|Speaking|Since|"
                r"From|For|Last|This|Then|But|And|Yet|Still|However|Meanwhile|Instead|Here|There|Back|Alongside|"
                r"Amid|Despite|Following|Under|With|Without|Unlike|Like|Although|Though|As|Because|If|Once|Until|"
                r"Upon|Within|Throughout|Across|Outside|Inside|Now|Today|Yesterday|Additionally|Also|Indeed|"
                r"Moreover|Separately|Finally|Afterward|Afterwards|Ever|Only|Soon|Shortly|Almost|Nearly|Just")
# a participle opens only the first phrase ("Walking to the next address, Ebeling reminisced ...": the
# name "Ebeling" after it is the subject, not a second participle)
INTRO_RE = re.compile(r"^(?:(?:" + _INTRO_WORDS + r"|[A-Z][a-z]+ing)\b[^,]{0,80},\s*)(?:(?:" + _INTRO_WORDS
                      + r")\b[^,]{0,80},\s*)*")
ADVERB_RE = re.compile(r"(?:even|also|then|now|still|later|earlier|again|once)\s+")
_VERBS = (r"(?:has|had|have|was|is|were|are|went|put|made|took|gave|got|did|will|would|also|then|said|told|"
          r"wrote|spoke|thought|felt|saw|began|ran|won|lost|left|kept|held|brought|sent|led|came|stood|met|found|heard|drew|knew|"
          r"became|fell|rose|grew|sat|[a-z]+ed|"
          # a past the same as its present or noun, before its object: "The firm cut 200 jobs", "The bank set a
          # record" (not "The budget cut hurt ...")
          r"(?:cut|set|hit|let|quit|shut|cost|spread|bid|split)(?=\s+(?:\d|\$|the\b|a\b|an\b|its\b|his\b|her\b|their\b|"
          r"off\b|back\b|down\b))|"
          r"[a-z]*[a-rt-z]s)\b")  # (not a noun in "-ss": "The senator's press aide, X, was")
_VERB_AHEAD = r"(?=\s+" + _VERBS + r")"
# the lower-case words of a title before a name ("campaign chairman", "presidential hopeful", "press secretary")
_TITLE_WORD = "|".join(sorted(w for w in ROLE_WORDS | MODIFIERS | {"hopeful", "front-runner", "frontrunner", "son-in-law"}
                              if w.isalpha() or "-" in w))
CLAUSE_SUBJ_RE = re.compile(
    # "The Donald Trump campaign’s national spokeswoman, Katrina Pierson, doubled down": a description and the name
    # after it between commas, then the verb
    r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w’'.-]+\s+){0,6}?[\w’'-]+,\s+(?:[A-Z][\w’'.-]*\s+){0,3}"
    r"[A-Z][\w’'.-]*(?=,\s+" + _VERBS + r")|"
    # "A spokesman for Mayor Frank G. Jackson of Cleveland defended": up to nine words before the verb
    # (not "a week after council members called": a subordinator ends the noun phrase)
    r"(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?!(?:after|before|when|while|since|until|because|if|than)\b)"
    r"[\w’'.-]+\s+){0,8}?[\w’'-]+" + _VERB_AHEAD +
    # "Hillary Clinton’s right-hand woman rallied": a name's possessed noun
    r"|(?:[A-Z][\w.-]*[ \t]+){0,3}[A-Z][\w.-]*(?:’s|'s)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?[a-z][\w-]*" + _VERB_AHEAD +
    # "about 200 protesters congregated": a counted group
    r"|(?:[Aa]bout|[Nn]early|[Ss]ome|[Mm]ore\s+than|[Hh]undreds\s+of|[Dd]ozens\s+of|[Tt]housands\s+of)\s+(?:\d[\d,]*\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*s(?=\s+(?:had\s+|have\s+|were\s+)?[a-z]+ed\b)"
    # "Clinton supporters responded", "Sanders aides said": a name, then a plural noun, then the verb
    r"|(?:[A-Z][\w’'.-]*[ \t]+){1,3}(?!(?:has|was|is|does|says|as|us|his|its|this|thus|always|also)\b)[a-z][\w-]*s"
    r"(?=[ \t]+(?:[a-z]{3,}ed|said|told|were|are|have|had)\b)"
    # "Clinton's campaign chairman John Podesta was blunt", "Campaign chairman John Podesta had this to say": a title
    # in lower case between a possessor (or its own capital) and the name, when a verb follows the name
    r"|(?:[A-Z][\w’'.-]*[ \t]+){0,2}[A-Z][\w’'.-]*(?:’s|'s)?[ \t]+(?:(?:" + _TITLE_WORD + r")[ \t]+){1,3}"
    r"(?:[A-Z][\w’'.-]*[ \t]+){0,2}[A-Z][\w’'-]*" + _VERB_AHEAD +
    # (a name's words, joined by "of" or "of the": "Former Secretary of State Hillary Clinton"; by a name's particles:
    # "Carlos de la Fuente", "Ursula von der Leyen", "Ahmed bin Salman", "Khalid al-Faisal")
    r"|he|she|they|we|I|it|(?:\d{1,3}-year-old[ \t]+)?(?:[A-Z][\w’'.-]*|(?:[A-Z]\.)+)"
    r"(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?|(?:(?:de|la|del|della|di|da|dos|du|van|von|der|den|bin|ibn)[ \t]+){1,2})?"
    r"(?:[A-Z][\w’'.-]*|(?:al|el)-[A-Z][\w’'.-]*|(?:[A-Z]\.)+))*)(?=[\s,])"
)
CONJ_RE = re.compile(r"(?:[Aa]nd|[Bb]ut|[Ss]o|[Tt]hen|[Aa]nd then|[Yy]et)\s+")


def clause_subject(masked: str, floor: int, limit: int) -> tuple[int, int] | None:
    """The subject of the clause masked[floor:limit]: after its last comma when three words or
    more follow it ("In an interview later that day, Trump went further"), else after the
    introductory phrases ("Here in Columbia, Sanders stepped up ..."); "even" before it is skipped."""
    clause = masked[floor:limit]
    dateline = DATELINE_RE.match(clause)  # "WASHINGTON, Dec. 8 (UPI) — In response to ..., Clinton's aide rallied"
    base = dateline.end() if dateline else 0
    intro = INTRO_RE.match(clause[base:])
    off = base + intro.end() if intro and clause[base + intro.end():].strip() else base  # "And then Trump went on, saying"
    starts = [off]
    last_comma = clause.rfind(", ")
    if last_comma > off and len(clause[last_comma:].split()) >= 3:
        starts.insert(0, last_comma + 2)
    # then each later comma: "On Thursday, after remaining neutral, Warren endorsed Clinton, saying"
    # last, after a dash, the nearest first: "... how tempting that can be!— Cruz called them on it:"
    # (those in the last REACH characters: a sentence the splitter cannot split costs the same per call)
    near = max(off, len(clause) - REACH)
    for start in starts + [m.end() for m in COMMA_SPACE_RE.finditer(clause, near)] + \
            [m.end() for m in DASH_SPACE_RE.finditer(clause, near)][::-1]:
        start = _skip_lead(clause, start)
        sm = CLAUSE_SUBJ_RE.match(clause, start)
        if sm and sm.end() > start and sm.group().split()[0] not in NOT_SUBJECTS and sm.group() not in DETERMINERS \
                and not ((STATE_ABBREVIATION_RE.fullmatch(sm.group()) or SENTENCE_ADVERB_RE.fullmatch(sm.group()))
                         and clause.startswith(",", sm.end())):
            return floor + sm.start(), floor + sm.end()
    return None


# "WASHINGTON, Dec. 8 (UPI) — ", "ORLANDO, Fla. (Reuters) - " (the splitter may start a sentence at "(Reuters)")
DATELINE_RE = re.compile(r"(?:[A-Z][A-Z .'-]{2,40}(?:,[^\n,—–()]{1,20})?[ \t]*(?:\([A-Za-z ]+\)[ \t]*)?|\([A-Z][A-Za-z ]{1,20}\)[ \t]*)"
                         r"(?:[—–]+|-{1,2}(?=[ \t]))[ \t]*")
STATE_ABBREVIATION_RE = re.compile(r"(?:[A-Z]\.){2}|[A-Z][a-z]{1,4}\.")  # "in Concord, N.H., 14-year-old ..."
# "Repeatedly, the complex filled with chants of “Q”": a sentence adverb (not "Kelly," "Emily,") is no subject
SENTENCE_ADVERB_RE = re.compile(r"[A-Z][a-z]+(?:edly|ally|ately|ously|ively|ently|antly|fully|ingly)")
DETERMINERS = frozenset("The A An His Her Their Its".split())  # alone, a capitalised word before a verb we do not know


COMMA_SPACE_RE = re.compile(r",\s+")
DASH_SPACE_RE = re.compile(r"[—–][ \t]*")
NOT_SUBJECTS = frozenset("""But And So Yet Then Even Its Any Each One That This These Those What Which Who When Where
    While If Although Though As After Before Since Until Because However Meanwhile Still Also Now Here There""".split()) \
    | frozenset(_INTRO_WORDS.split("|"))  # "In response to ... , X rallied": no subject starts with "In"


def _skip_lead(clause: str, off: int) -> int:
    """Past blanks, "and then", "but", "even" before a subject (', but he gave the Texan a compliment:')."""
    while off < len(clause) and clause[off] in " \t":
        off += 1
    for lead in (CONJ_RE, ADVERB_RE, CONJ_RE):
        m = lead.match(clause, off)
        off = m.end() if m else off
    return off


NOT_AN_NP_RE = re.compile(r"(?:in|on|at|for|with|from|by|during|after|before|about|into|over|to)\s|"
                          r"[a-z]+ed\s+(?:a|an|the|his|her|their|its|our|my|your)\s")


# "a White House official who spoke anonymously to discuss internal strategy said": a relative clause
# without commas between the subject and its verb
WHO_SUBJECT_RE = re.compile(r"(?:^|(?<=[,;:(]\s)|(?<=\band\s)|(?<=\bbut\s))(?P<np>(?:(?:[Aa]n?|[Tt]he|[Oo]ne)\s+[^,;•“”\"]{1,60}?"
                            r"|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}))\s+who\s+[^,;•“”\"]{1,120}?\s+$")


# a noun phrase that can be a speaker: a name, a pronoun, a determiner, or a title before a name ("pollster Frank Luntz")
PLAUSIBLE_NP_RE = re.compile(r"[A-Z]|(?:he|she|they|we|it|who|a|an|the|one|his|her|their|its|this|that|some|many|several)\b"
                             r"|[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)?[A-Z]")


def verb_subject(masked: str, verb_start: int, floor: int) -> tuple[int, int] | None:
    """subject_before, unless what it found starts like a prepositional phrase or a verb with its
    object ('in his memo to employees explaining', 'issued a statement Tuesday saying',
    'thanked her adopted home state and then boomed'): then the clause's own subject. Before a
    relative clause without commas ('a White House official who spoke anonymously ... said') its head."""
    s = subject_before(masked, verb_start, floor)
    if (s is None or not PLAUSIBLE_NP_RE.match(masked, s[0], s[1])) and "who" in masked[max(floor, verb_start - 200):verb_start]:
        who = WHO_SUBJECT_RE.search(masked, max(floor, verb_start - 200), verb_start)
        if who:
            return who.start("np"), who.end("np")
    if s is None or not NOT_AN_NP_RE.match(masked, s[0], s[1] + 1):
        return s
    subj = clause_subject(masked, floor, verb_start)
    return subj if subj and not NOT_AN_NP_RE.match(masked, subj[0], subj[1] + 1) else None


_SUB_NP_WORD = r"(?!(?:as|than|that|had|has|have|was|were|is|are|would|will|could|also|then)\b)[\w’'.-]+"
# "..., when Sanders protesters interrupted her speech, shouting", "even as he defended Melania Trump, saying": the
# participle after a subordinate clause goes with that clause's subject (a pronoun, or a noun phrase before a
# past-tense verb), which PolNeAR marks as the source
SUBORDINATE_SUBJECT_RE = re.compile(
    r"(?<!such )(?<!well )(?<!much )(?<!soon )(?<!long )(?<!far )(?<!just )(?<!same )\b(?:when|where|as|while|after|"
    r"before|because|since|until|once)[ \t]+(?:(?P<pron>he|she|they|we|I)[ \t]+(?:\w+ly[ \t]+)?[a-z]{2,}"
    r"|(?P<np>(?:" + _SUB_NP_WORD + r"[ \t]+){0,4}?" + _SUB_NP_WORD + r")[ \t]+(?:\w+ly[ \t]+)?"
    r"(?:(?:had|have|has|were|was)[ \t]+)?(?:[a-z]{2,}ed|came|stood|spoke|took|made|gave|rose|sang|held|began|ran)"
    r")\b[^,;:.!?•]*,[ \t]*$")


# "about 50 protesters", "council members": a group with no determiner
GROUP_NP_RE = re.compile(r"(?:about|some|nearly|\d)[^,]*|[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,2}s")


def subordinate_subject(masked: str, floor: int, limit: int) -> tuple[int, int] | None:
    """The subject of a subordinate clause that ends right before limit (at a comma), or None."""
    m = SUBORDINATE_SUBJECT_RE.search(masked, floor, limit)
    if m is None:
        return None
    if m.group("pron") == "they":
        return None  # "apologized for the columns after they came out, saying ...": a thing as often as people
    group = "pron" if m.group("pron") else "np"
    np = masked[m.start(group):m.end(group)]
    if group == "np" and not PLAUSIBLE_NP_RE.match(np) and not GROUP_NP_RE.fullmatch(np):
        return None
    return m.start(group), m.end(group)


# "Mrs. Clinton drew cheers as she thanked the state and then boomed, “Q”", "Wilkerson started it when he brought up the
# bombing and later said": a verb coordinated inside a subordinate clause with a pronoun subject is that clause's second
# verb (PolNeAR's gold gives the pronoun, 5 of 6 tuned uses); no comma or other mark between the pronoun and "and"
SUBORDINATE_AND_RE = re.compile(r"\b(?:as|when|while|after|before|because|since|where)[ \t]+(?P<pron>he|she|they|we|I)[ \t]+"
                                r"(?:[\w’'-]+[ \t]+){1,20}?and[ \t]+(?:(?:then|later|also|[a-z]+ly)[ \t]+)?$")


def coordinated_subject(masked: str, floor: int, limit: int) -> tuple[int, int] | None:
    """The subject of a verb at limit coordinated with one before it ("... and said"): the pronoun of a subordinate
    clause the two verbs share, else the clause's subject (clause_subject)."""
    m = SUBORDINATE_AND_RE.search(masked, max(floor, limit - 200), limit) if " and " in masked[max(floor, limit - 40):limit] else None
    return (m.start("pron"), m.end("pron")) if m else clause_subject(masked, floor, limit)

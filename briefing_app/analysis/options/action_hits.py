"""Hits from an action phrase: a verb phrase ("impose sanctions on X"), a policy noun phrase ("a
ceasefire in Gaza", "calls for sanctions") or a passive infinitive ("called for the minister to be
sacked"), each only when it names a concrete course of action."""
from __future__ import annotations

import re

from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.lexicon import MEASURE_CONTENT_RE, POLICY_NOUN_RE, PROPOSAL_TO_RE
from briefing_app.analysis.options.phrases import (
    ACTION_OF_RE,
    AVERSIVE_RE,
    IRREGULAR,
    action_end,
    base_form,
    is_concrete,
    objective,
    summary,
)


# a policy noun asked for in more or less of it ("tougher regulations", "higher taxes", "fewer visas"): a change of degree
# names the course in two words (a policy noun is still needed: "greater ethics", "a higher oil price" are none); not
# "better" or "best" ("backs better laws": a wish)
COMPARATIVE_NP_RE = re.compile(r"(?:(?:a|an|the)\s+)?(?:much\s+|far\s+|even\s+)?(?:higher|lower|tougher|stricter|stronger|bigger|"
                               r"larger|smaller|fewer|greater|wider|broader|deeper|tighter|looser|cheaper|longer|shorter|"
                               r"harsher|heavier|lighter)\s+(?!than\b)[\w’'-]", re.I)
# a measure named in one or two words with no article that points back ("called for an inquiry", "demanded early
# elections", "backs sanctions", "opposed an increase"): new, so complete; "opposed the deal" (which deal is said
# elsewhere) and "called for change" (no measure) stay out. Read after a call or position verb only (`short`).
SHORT_MEASURE_RE = re.compile(r"(?:(?:an?|new|early|fresh|more|immediate|further|independent|full|urgent)\s+)?"
                              r"(?:" + POLICY_NOUN_RE.pattern + r")", re.I)
# an amount alone ("calls for $275 billion"): money to be spent
AMOUNT_RE = re.compile(r"[$£€]\s?\d[\d.,]*\s*(?:billion|million|trillion|bn)\b", re.I)
# the first word of what a cue reads as a noun phrase when it is none
NOT_A_NOUN_PHRASE_RE = re.compile(r"(?:at|for|to|in|on|with|by|from|of|about|into|is|are|was|were|be|been|has|have|had|will|"
                                  r"would|that|he|she|it|they|we|I|you|him|them|us|me)\s")  # (lower case: "US proposals" is a noun phrase)


# Where a noun course ends when a comma closes its clause ("The committee, which supported Kloppenburg, spent $345,430
# on ads": "spent ..." is the main clause's predicate; a noun phrase never goes on with ", <finite verb>"; a
# participle modifying the noun, "a tax, backed by the unions", is none)
# the comma, an optional adverb, then a finite verb: a regular past (not followed by a preposition, so not a
# participle "backed by", "passed in"; "spent at least" is a verb), an irregular past, a verb of saying, or an auxiliary
MAIN_VERB_AFTER_COMMA_RE = re.compile(
    r",\s+(?:(?:also|then|later|now|still|quickly|recently|previously|reportedly)\s+)?"
    r"(?:(?:[a-z]+ed|spent|made|took|gave|won|lost|wrote|sent|met|led|held|kept|left|began|broke|chose|drew|sold|stood|"
    r"ran|saw|came|went|got|paid|brought|bought|thought|found|became|told|said)"
    r"(?!\s+(?:by|in|on|to|from|with|for|under|after|as|into|over|through|during|since|before|against|upon)\b)"
    r"|(?:says|argues|warns|adds|notes|insists|has|have|had|is|was|were|are|will|would|could|can|may|might|must)\b)")


# a quotation that opens after a comma ('a ban on overtime, "because our members are exhausted," its leader said'), or a
# quoted phrase that opens the object and closes with a comma or a full stop inside its marks ('called for "a review
# of the tax code," saying ...'): the object ends there (the comma's words are the speaker's aside or another clause)
QUOTE_AFTER_COMMA_RE = re.compile(r",\s*[“\"‘]")
QUOTED_OBJECT_RE = re.compile(r"(?:[“\"]|‘(?!\w+’))[^“”\"]{3,}?(?=[,.;:]\s*[”\"’]\s)")


def quoted_end(np: str) -> int:
    """The length of `np` up to a quotation it runs into ('a ban, "because ..."'), or up to the closing mark of a quoted
    object that ends with a comma inside the marks ('"a review of the tax code," saying'); or all of it."""
    if not any(q in np for q in "“\"‘"):
        return len(np)
    m = QUOTED_OBJECT_RE.match(np)
    if m is not None:
        return m.end()
    m = QUOTE_AFTER_COMMA_RE.search(np)
    return m.start() if m is not None else len(np)


def clause_end(np: str) -> int:
    """The length of `np` up to a comma that opens the main clause's predicate, or all of it."""
    if "," not in np:
        return len(np)
    m = MAIN_VERB_AFTER_COMMA_RE.search(np)
    return m.start() if m else len(np)


# "Russia to increase ...", "Turks of Circassian origin to boycott ...": an agent, then what it should do
AGENT_TO_RE = re.compile(r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[\w’'.-]+){0,4}?\s+to\s+(?=(?!the\b|a\b|an\b|\d)[a-z]+\b)")


def vp_hit(text: str, start: int, end: int, stance: str, at: int, who: str | None = None, *,
            causative: bool = False) -> Hit | None:
    """causative: "let's have the Greens in the room" is concrete as "include the Greens ..." is."""
    averse = AVERSIVE_RE.match(text, start, end)
    if averse is not None:  # "urged the council to abandon its plan to close X": closing X opposed
        hit = vp_hit(text, averse.end(), end, "oppose" if stance == "support" else "support", at, who)
        if hit is not None:
            hit.start = start
            return hit
    opened = opening_quote(text, start)
    mark = start - (negation_before(text, start) if opened else 0)  # ('vowed to "never raise taxes" on X', 'vowed "never
    vend = action_end(text, mark - opened, end)  # to raise taxes" on X'; from the mark: a quotation closing inside goes on)
    if opened and (closed := CLOSED_THEN_AND_RE.search(text, start, vend)) is not None:
        vend = closed.end()  # ('urged X to “stop Y” and call on Z to resign': the course ends with the quotation; a
        # further course after it is the list reader's, coordinated.ITEM_LATER_RE)
    vp = unquoted(text, start, vend)
    concrete = is_concrete("include " + vp[5:]) if causative else is_concrete(vp)
    return Hit(stance, start, vend, summary(vp), at, who) if concrete else None


# a quotation's opening mark right before a verb phrase ('vowed to "rip up" the deal', "promised to ''build the wall''
# on day one", "pledged to ‘scrap’ the levy", "vowed to 'rip up' the deal"): the speaker's words quoted inside the course;
# the course goes on after the closing mark and reads without the marks
QUOTE_MARKS_RE = re.compile(r"[“”\"]|''")
SINGLE_CLOSE_RE = re.compile(r"[’'](?!\w)")
# a quotation's closing mark, then a conjunction ('calling on X to “stop Y” and call on Z to resign')
CLOSED_THEN_AND_RE = re.compile(r"(?:[”\"’]|'')(?=,?\s+(?:and|but|or)\s)")


def unquoted(text: str, start: int, end: int) -> str:
    """The phrase text[start:end] without the marks of a quotation that opens right before it (a single mark's closing
    twin, not an apostrophe: "to ‘rip up’ the city’s treaty")."""
    opened = opening_quote(text, start)
    if not opened:
        return text[start:end]
    vp = text[start:end]
    mark = start - negation_before(text, start)
    return SINGLE_CLOSE_RE.sub("", vp, count=1) if text[mark - 1] in "‘'" and opened == 1 else QUOTE_MARKS_RE.sub("", vp)


# a call's negation inside the marks ('vowed to "never raise taxes" on X', 'vowed "never to raise taxes"', 'vowed to "not
# raise taxes"'): the course opens after it
NEGATIONS = ("never to ", "not to ", "never ", "not ")


def negation_before(text: str, start: int) -> int:
    """The length of a negation of NEGATIONS that ends right at `start`, or 0."""
    return next((len(n) for n in NEGATIONS if text.startswith(n, start - len(n))), 0)


def opening_quote(text: str, start: int) -> int:
    """The length of the quotation mark that opens right before `start` (after a space), or 0; also before a negation
    right before `start` ('to "never raise taxes"', '"never to raise taxes"', 'to "not raise taxes"')."""
    start -= negation_before(text, start)
    if start >= 3 and text[start - 2:start] == "''" and text[start - 3].isspace():
        return 2
    return 1 if start >= 2 and text[start - 1] in "“\"‘'" and text[start - 2].isspace() else 0


def gerund_hit(text: str, start: int, end: int, stance: str, at: int) -> Hit | None:
    """The gerund phrase at `start` ("releasing the report") as an action, its verb in the bare form."""
    hit = vp_hit(text, start, end, stance, at)
    if hit is not None:
        hit.summary = summary(text[hit.start:hit.end])  # summary() turns the -ing verb to its bare form
    return hit


# a noun for a claim about the world and its "that" clause ("his claim that the plan is working", "the argument that
# tariffs protect jobs", "reports that the army had withdrawn"); not a call ("his suggestion that", "demands that")
CLAIM_THAT_RE = re.compile(r"(?:[\w’'.-]+\s+){0,3}?(?:claims?|assertions?|arguments?|allegations?|contentions?|accusations?|"
                           r"charges?|beliefs?|notions?|views?|reports?|rumou?rs?|predictions?|forecasts?|findings?|"
                           r"theor(?:y|ies)|premises?|assumptions?|narratives?|insinuations?)\s+that\b", re.I)
# a call's noun before what it calls for ("calls for a ban on X", "growing demands for an inquiry"): the course is X
CALLS_FOR_RE = re.compile(r"(?:[\w’'.-]+\s+){0,2}?(?:calls?|demands?|appeals?|pleas?|clamou?r|pressure|push(?:es)?)\s+for\s+"
                          r"(?=\w)", re.I)
# not a time after "by" ("a push by the end of the week to X", "plans by 2030 to X", "a bid by Friday to X"): a deadline
NOT_A_TIME = (r"(?!(?:the\s+)?(?:end|start|beginning|middle|close|turn|time|next|this|last|early|late|mid|spring|summer|autumn|"
              r"fall|winter|january|february|march|april|may|june|july|august|september|october|november|december|monday|"
              r"tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|\d)\b|\d)")
# a noun of proposal with its proposer between it and its course ("a push by the mayor to privatise the buses", "plans by
# the Home Office to deport X", "a proposal from the council to close the library"): the course is the verb phrase
PROPOSED_BY_TO_RE = re.compile(r"(?:[\w’'.-]+\s+){0,3}?(?:proposals?|plans?|calls?|demands?|bids?|efforts?|attempts?|moves?|"
                               r"push|pushes|schemes?|requests?)\s+(?:by|from)\s+" + NOT_A_TIME +
                               r"(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+(?:,\s+(?:the|a|an|its|his|her|their)\s+[^,;:()]{2,60}?,)?\s+to\s+(?=[a-z])", re.I)


def participle_cut(text: str, hit: Hit | None) -> Hit | None:
    """The hit's course cut before a participle clause after a comma, which tells what the main verb did ("rejected a
    proposal from EU governments to delay parts of the Act by two years, setting up a fight")."""
    told = PARTICIPLE_AFTER_RE.search(text, hit.start, hit.end) if hit is not None else None
    if hit is not None and told is not None:
        hit.end, hit.summary = told.start(), summary(text[hit.start:told.start()])
    return hit


PARTICIPLE_AFTER_RE = re.compile(r",\s+(?!including\b|excluding\b)[a-z]+ing\b")  # a participle clause of the main verb's
END_TO_RE = re.compile(r"(?:an?\s+)?(?P<verb>end|halt|stop)\s+to\s+", re.I)


def np_hit(text: str, start: int, end: int, stance: str, at: int, who: str | None = None, *,
            any_noun: bool = False, short: bool = False) -> Hit | None:
    """any_noun: the cue itself says the noun phrase is a course of action ("the priority must be X"); short: the object
    of a call or position verb, where a measure in one or two words is whole ("called for an inquiry")."""
    vend = action_end(text, start, end)
    if "," in text[start:vend]:  # "which supported X, spent $1m on ads": the object ends at "X"
        vend = start + clause_end(text[start:vend])
        vend = start + quoted_end(text[start:vend])
    np = text[start:vend]
    if NOT_A_NOUN_PHRASE_RE.match(np):
        return None  # "chanted back at him", "a vocal advocate of trade deals", "what people want to see is their ...":
        # a preposition, a verb or a pronoun where the noun phrase should open
    if np.split(" ", 1)[0].lower().endswith("ing") and not np.split(" ", 1)[0].lower().endswith("thing"):  # ("something")
        return Hit(stance, start, vend, summary(np), at, who) if is_concrete(np) else None
    if CLAIM_THAT_RE.match(np):
        return None  # "rejected his claim that the plan is working": a claim about the world, no course (a course
        # argued inside it, "... that the state should pay", is the modal's)
    called = CALLS_FOR_RE.match(np)
    if called:  # "rejected calls for a ban on fracking": the ban
        return np_hit(text, start + called.end(), end, stance, at, who, any_noun=any_noun)
    proposed = PROPOSED_BY_TO_RE.match(np)
    if proposed:  # "rejected a push by the mayor to privatise the buses": the verb phrase, read from its verb
        return participle_cut(text, vp_hit(text, start + proposed.end(), end, stance, at, who))
    to_vp = PROPOSAL_TO_RE.match(np)
    if to_vp:  # "rejected US proposals to accept prisoners": the action is the verb phrase
        vp = np[to_vp.end():]
        return Hit(stance, start + to_vp.end(), vend, summary(vp), at, who) if is_concrete(vp) else None
    content = MEASURE_CONTENT_RE.match(np) if " would " in np or " will " in np else None
    if content:  # "opposes a bill that would ban X": the course is what the measure would do
        vp = np[content.end():]
        return Hit(stance, start + content.end(), vend, summary(vp), at, who) if is_concrete(vp) else None
    agent_to = AGENT_TO_RE.match(np)
    if agent_to and is_concrete(np[agent_to.end():]):  # "calls for Russia to increase its presence": Russia's action
        return Hit(stance, start + agent_to.end(), vend, summary(np[agent_to.end():]), at, who)
    end_to = END_TO_RE.match(np)
    if end_to:  # "calling for an end to Greek life"
        phrase = end_to.group("verb") + " " + np[end_to.end():]
        return Hit(stance, start, vend, summary(phrase), at, who) if is_concrete(phrase) else None
    if any_noun:  # at least a noun and what it is of or for: "money" alone says nothing
        ok = len(np.split()) >= 2 and is_concrete("adopt " + np) and np.split()[-1].lower() not in ("one", "ones")
        return Hit(stance, start, vend, summary(np, verb_first=False), at, who) if ok else None
    amount = AMOUNT_RE.fullmatch(np.rstrip(" .,;:")) is not None
    if short and SHORT_MEASURE_RE.fullmatch(np.rstrip(" .,;:!?\"”’)")) is not None:
        return Hit(stance, start, vend, summary(np, verb_first=False), at, who)
    if not (amount or POLICY_NOUN_RE.search(np) or ACTION_OF_RE.match(np)) or not is_concrete("adopt " + np) or len(
            re.findall(r"\w+", np)) < (2 if amount or COMPARATIVE_NP_RE.match(np) else 3):  # ("the abolition of tuition
        return None  # fees": the noun of an act names the course) "opposed the deal": which deal is said elsewhere
    return Hit(stance, start, vend, summary(np, verb_first=False), at, who)


PASSIVE_INF_RE = re.compile(r"(?P<np>(?:[\w’'-]+\s+){1,6}?)(?:to\s+)?be\s+(?P<part>[a-z]+(?:ed|en)|" + "|".join(IRREGULAR) + r")\b")



def passive_with(be: str) -> re.Pattern[str]:
    """PASSIVE_INF_RE with `be` ("isn't ") in place of "(to) be"."""
    return re.compile(PASSIVE_INF_RE.pattern.replace(r"(?:to\s+)?be\s+", re.escape(be)))


def passive_hit(text: str, start: int, end: int, stance: str, at: int, be: str = "") -> Hit | None:
    """'calling for public servants to be held to a different standard': hold public servants to ...;
    'demanded that the soldier be turned over': turn the soldier over"""
    m = (passive_with(be) if be else PASSIVE_INF_RE).match(text, start, end)
    if m is None:
        return None
    vend = action_end(text, m.end(), end)
    phrase = f"{base_form(m.group('part'))} {objective(m.group('np').strip())}{text[m.end():vend]}"
    return Hit(stance, start, vend, summary(phrase), at) if is_concrete(phrase) else None


OBJECT_START_RE = re.compile(r"\s*(?:[,.;:!?]|$|(?:the|a|an|his|her|its|their|our|this|that|these|those|to|up|down|out|off|"
                             r"all|any|more|no|it|them|him|her|[A-Z][\w’'.-]*|\w+ing|\d)\b)")


def verb_after_subject(text: str, at: int, end: int) -> int:
    """Where the subjunctive verb starts when the lazy subject stopped too early: the first word
    that an object, a particle or the clause's end follows ("the local high school stop reciting")."""
    for n, word in enumerate(re.finditer(r"[a-z][\w’'-]*", text[at:end][:40])):
        if n and OBJECT_START_RE.match(text, at + word.end(), end):
            return at + word.start()
        if n == 3 or not re.match(r"\s+[a-z]", text[at + word.end():end]):
            break
    return at

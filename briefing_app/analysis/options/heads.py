"""Whether an action phrase's object names something a body can act on, judged by the object's head noun:
"face the truth about our history", "tackle extremist ideology in many ways", "adopt a response to these
atrocities", "have an honest conversation about race" name a stance, a goal or a talk, not a course of action,
whatever the words after the head add; "examine these events" is a call to think, not a procedure."""
from __future__ import annotations

import re

from briefing_app.analysis.options.lexicon import POLICY_NOUN_RE, TIME_WORDS

# nouns for a goal, an attitude, a way of going about things or an event: the phrase names no act on them
ABSTRACT_HEADS = frozenset("""truth dignity problems problem response responses consequences ideology ideologies extremism
    radicalism racism bigotry hatred intolerance dissent tolerance events way ways methods method approach approaches
    attitude attitudes culture mindset relationship relationships path role illusions illusion lessons values principles
    ideas thoughts notions vision narrative tone breath example observations remarks image reputation brand
    propaganda emphasis question questions liberty liberties speech democracy urges habits
    instincts feelings words labels terms language challenges loyalty respect trust confidence faith unity solidarity
    resilience patience courage calm vigilance perseverance resolve determination optimism compassion empathy humility
    honesty sincerity goodwill reality realities cooperation co-operation""".split())
# an amount or a collection of something: the head is what it holds ("a crammed portfolio of European problems",
# "a raft of issues"); "a set of genuine commitments" stays a course
AMOUNT_HEADS = frozenset("portfolio host raft array range deal plenty amount number bundle list kind kinds sort sorts type "
                         "types".split())  # "prevent these kinds of events": the events
VAGUE_CONTENT = frozenset("work effort efforts things stuff issues difficulties troubles".split())
# a goal named by the harm it ends, with no means ("control gun violence", "fight homegrown terrorism", "stop this
# epidemic"): a vague goal (convention v2: "defeat extremism"); "denounce terrorism", "ban assault weapons to cut gun
# violence" and a means named by a gerund ("tackle crime by hiring more police") stay courses
GOAL_VERBS = frozenset("control fight combat prevent stop end tackle curb reduce address confront defeat eliminate eradicate "
                       "counter".split())
HARM_HEADS = frozenset("violence terrorism crime extremism epidemic scourge".split())
# talk, which is a course of action only when a named body holds it ("a debate within our Congress")
TALK_HEADS = frozenset("discussion discussions debate debates conversation conversations".split())  # dialogue: talks
EVENT_TALK = frozenset("tv televised election leaders leaders' presidential parliamentary live".split())
# "a change of culture", "a shift in attitude": the change is as vague as what changes
CHANGE_HEADS = frozenset("change changes shift shifts".split())
# calls to think again, not a procedure ("examine these events", "rethink our strategy")
THINK_VERBS = frozenset("examine re-examine reexamine rethink reconsider reassess re-evaluate reevaluate ponder "
                        "contemplate discuss view regard".split())
PROCEDURE_RE = re.compile(r"\b(?:inquiry|inquiries|hearings?|review|audit|commission|panel|investigation|vote)\b", re.I)
BODY_AT_RE = re.compile(r"\b(?:in|within|at|inside)\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:[A-Z][\w-]*|parliament|congress|"
                        r"senate|assembly|council|cabinet|legislature)\b")
REFLEXIVES = frozenset("ourselves themselves itself himself herself yourself yourselves myself".split())
# "focus on the climate": a focus names no act unless an act follows ("focus on building schools")
FOCUS_VERBS = frozenset("focus focusing focussing concentrate concentrating".split())
# what may stand between the verb and "on": "focus more on", "focus all of our energy on", "concentrate its efforts on"
FOCUS_FILLERS = frozenset("""more less much instead again squarely solely only entirely exclusively firmly all of our their
    its his her your the this that my own energy energies attention effort efforts mind minds thoughts time""".split())
# gerunds after "focus on" that still name no act: "being a better father", "helping the families", "doing better"
FOCUS_NO_ACT = frozenset("be do help improve serve work have make get feel think take".split())
PARTICLES = frozenset("in on with along to into for about up down out off over back".split())
STOPS = frozenset("""of in on about to for with against into from over at by within between among across through towards
    toward under upon via as that which who whose where wherever when while because if than so without
    we they he she it i you""".split())
NEXT_OBJECT = frozenset("the a an in on to our their its his her this that these those some all".split())
WORD_RE = re.compile(r"[\w’'-]+")
# a party's or a government's policy in general, named by whose it is only: "The Republican policy is wrong"
WHOSE_POLICY_RE = re.compile(r"^adopt\s+[\"“‘']?(?:the|their|its|our)\s+(?:(?:current|present|existing|old|new)\s+)?"
                             r"(?:republican|democratic|democrat|gop|labour|tory|conservative|liberal|government[’']s|"
                             r"administration[’']s|party[’']s|white\s+house)\s+(?:policy|policies|approach|strategy|agenda|line|"
                             r"position)[\"”’']?$", re.I)


def object_head(words: list[str]) -> tuple[str, int]:
    """The head noun of the object after the verb `words[0]` (lower-case words) and its index: the last
    word before the first preposition, conjunction or pronoun ("a frank discussion on torture": discussion)."""
    i = 2 if len(words) > 2 and words[1] in PARTICLES else 1  # "engage in a debate", "move along the path"
    head, at = "", 0
    for j in range(i, len(words)):
        if words[j] in STOPS or words[j] in ("and", "or") and j + 2 < len(words) and words[j + 2] in NEXT_OBJECT:
            break  # "call an election and let the voters decide": the second verb's object is its own
        head, at = words[j], j
    return head, at


def _harm(words: list[str]) -> bool:
    """Whether a goal verb's first object (before "and", without a time word after it) is a harm: "control gun
    violence and fight ...", "stop gun violence now"."""
    cut = words[:words.index("and")] if "and" in words else words
    while len(cut) > 1 and cut[-1] in TIME_WORDS:
        cut = cut[:-1]
    return object_head(cut)[0] in HARM_HEADS


def _focus_names_no_act(words: list[str]) -> bool | None:
    """'focus on the climate', 'focus more on what is important', 'focus all of its attention on X', 'focus on being
    a better father', 'focus on helping the families': where to look, no act; 'focus on building schools' names the
    act; None when no 'on' follows the fillers ('focus its spending on the poorest districts' is read as any phrase)."""
    i = 1
    while i < min(len(words), 8) and words[i] in FOCUS_FILLERS:
        i += 1
    if i + 1 >= len(words) or words[i] != "on":
        return None
    nxt = words[i + 1]
    return not nxt.endswith("ing") or nxt[:-3] in FOCUS_NO_ACT or nxt[:-3] + "e" in FOCUS_NO_ACT


COMMA_SPLIT_RE = re.compile(r"[,;:(—]")


# "lay the groundwork for X", "lay the foundations for X", "pave the way for X": preparing what X names (convention,
# seventeenth session, README): a course when X is a measure or a course ("a carbon tax", "talks with Iran", "a treaty",
# "sanctions"), an aim when X is a state of affairs ("peace", "recovery", "a better future")
PREPARE_RE = re.compile(r"(?:lay|laying|laid|prepare|preparing)\s+(?:the|a|an)\s+(?:\w+\s+)?(?:groundwork|foundations?|basis|"
                        r"ground)|(?:pave|paving|paved|clear|clearing|cleared)\s+the\s+way", re.I)
PREPARE_VERBS = frozenset("lay laying laid prepare preparing pave paving paved clear clearing cleared".split())
PREPARED_FOR_RE = re.compile(r"\s+(?:for|to|towards?)\s+(?=\w)", re.I)


def prepared(phrase: str) -> bool | None:
    """For a phrase that prepares something ("lay the groundwork for X", "pave the way for X"): whether X names a
    measure or a course (True) or a state of affairs (False); None for any other phrase."""
    m = PREPARE_RE.match(phrase)
    after = PREPARED_FOR_RE.match(phrase, m.end()) if m is not None else None
    if after is None:
        return None
    return POLICY_NOUN_RE.search(phrase, after.end()) is not None


def vague_object(phrase: str) -> bool:
    """Whether the action phrase (verb first) acts on nothing concrete: a goal, an attitude, a talk with no
    body holding it, a call to think. A gerund after the head names the act ("a tougher approach in getting
    abusers to court") and keeps it."""
    words = [w.lower() for w in WORD_RE.findall(phrase)]
    if len(words) < 2:
        return False
    if words[0] in PREPARE_VERBS:
        measure = prepared(phrase)
        if measure is not None:
            return not measure  # "pave the way for sanctions": a course; "pave the way for peace": an aim
    if words[0] in THINK_VERBS:
        return not PROCEDURE_RE.search(phrase)
    if words[0] == "adopt" and WHOSE_POLICY_RE.match(phrase.strip()):
        return True
    if words[0] in FOCUS_VERBS:
        on = _focus_names_no_act(words)
        if on is not None:
            return on
    head, at = object_head(words[:len(WORD_RE.findall(COMMA_SPLIT_RE.split(phrase, maxsplit=1)[0]))])  # the head is before a comma
    if head in REFLEXIVES and at + 2 < len(words) and words[at + 1] in ("of", "from"):
        head, sub = object_head(["", *words[at + 2:]])  # "disabuse ourselves of the illusion": the illusion
        at += 1 + sub
    if at + 2 < len(words) and words[at + 1] in ("in", "by", "to", "for") and words[at + 2].endswith("ing"):
        return False  # "a tougher approach in getting abusers to court": the act is named
    if head in AMOUNT_HEADS and at + 2 < len(words) and words[at + 1] == "of":
        head, sub = object_head(["", *words[at + 2:]])  # "manage a portfolio of problems": the problems
        if head in VAGUE_CONTENT:
            return True
        at += 1 + sub
    if head in ABSTRACT_HEADS or words[0] in GOAL_VERBS and _harm(words):
        return True
    if head in TALK_HEADS:  # "a debate within our Congress", "TV election debates": an event a body holds
        return not BODY_AT_RE.search(phrase) and not (at > 1 and words[at - 1] in EVENT_TALK)
    if head in CHANGE_HEADS and at + 2 < len(words) and words[at + 1] in ("of", "in"):
        what, _ = object_head(["", *words[at + 2:]])
        return what in ABSTRACT_HEADS or what in ("thinking", "mentality", "heart", "hearts", "direction", "course", "tack")
    return False

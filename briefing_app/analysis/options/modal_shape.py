"""The course of action a modal's verb phrase states, and its stance: "should be careful not to
raise taxes" (raising them opposed), "X should be banned" (ban X), "the sanctions should stay in
place" (keep them), "the retirement age should rise to 67" (raise it), "we must be on guard
against X" (X opposed); None when the phrase is no course of action."""
from __future__ import annotations

import re

from briefing_app.analysis.options.doers import acted_on
from briefing_app.analysis.options.lexicon import ABANDON_VERBS, DO_VAGUE_RE, NON_AGENTS, NOT_ACTION, STATE_PARTICIPLES, WRAPPER_RE
from briefing_app.analysis.options.phrases import IRREGULAR, aversive, base_form, is_concrete, names_a_measure, objective, summary

PARTICIPLE_RE = re.compile(r"^be\s+(?:(?!only\b)\w+ly\s+)?(?P<part>\w+(?:ed|en)|" + "|".join(IRREGULAR) + r")\b\s*(?P<rest>.*)$", re.I | re.S)
PROGRESSIVE_RE = re.compile(r"^be\s+(?=\w+ing\b)", re.I)
GIVEN_TO_RE = re.compile(r"^(?:serious\s+|careful\s+|urgent\s+)?(?:consideration|thought|priority|attention)$", re.I)
# the participles a bare "they" may take as the subject of a course: what is granted to a body named before
EMPOWERED = frozenset("give allow permit grant empower enable encourage".split())
PERMIT_VERBS = frozenset("allow permit let enable force compel oblige require encourage".split())
STAY_RE = re.compile(r"\w+\s+(?:in\s+(?:place|force)|closed|open|shut|frozen|suspended|banned|in\s+public\s+hands)\b")
# a verb whose subject is what is acted on when it stands alone: "the library should reopen" (reopen it)
ERGATIVE_VERBS = frozenset("reopen close shut resume".split())
# when it should: "the mine should close by 2030", "the library must reopen next week", "immediately", "for good"
WHEN_RE = re.compile(r"(?:(?:by|before|in|within|until|from|after)\s+(?:(?:the|a|an|next|this)\s+)?[\w-]+(?:\s+[\w-]+)?|"
                     r"(?:next|this)\s+\w+|immediately|now|soon|at\s+once|permanently|for\s+good|temporarily)", re.I)
# what a policy sets, so that "X should rise / fall" is a course of action: raise or lower X
QUANTITIES = frozenset("age wage wages tax taxes duty duties fee fees fares budget spending pension "
                       "pensions benefit benefits limit cap threshold allowance allowances quota quotas tariff tariffs".split())
GUARD_RE = re.compile(r"be\s+(?:on\s+(?:our|their|its|the)?\s*guard|wary|vigilant|careful)\s+(?:against|of)\s+"
                      r"(?:the\s+)?(?:(?:already|increasingly|growing|new)\s+)*(?:\w+\s+)?(?:attempts?|efforts?|moves?|calls?)?"
                      r"\s*(?:to\s+(?:justify|impose|push|bring\s+in|introduce)\s+)?", re.I)
RISE_FALL = frozenset(("rise", "increase", "fall", "drop"))  # a quantity's change a policy makes: raise or lower it
PRONOUNS = frozenset("he she they we it this that them him her us".split())
DO_MORE_RE = re.compile(r"^(?:do\s+(?:(?:much|far|a\s+lot)\s+)?(?:more|better|everything|all\s+(?:it|they|we|he|she)\s+can|"
                        r"what(?:ever)?\s+(?:it|they|we|he|she)\s+can)|"
                        # "must act to ban assault weapons", "take urgent action to stop the cuts": the course is what follows
                        r"act|take\s+(?:(?:urgent|immediate|swift|decisive|real|concrete|serious|further|bold|firm)\s+)?action)"
                        r"\s+to\s+(?=\w)", re.I)
ADMIT_VERBS = frozenset("accept recognise recognize admit acknowledge realise realize understand concede".split())
COURAGE_RE = re.compile(r"^(?:have|find|show|summon)\s+the\s+(?:courage|guts|nerve|decency|wisdom|sense|will)\s+to\s+(?=\w)", re.I)
CAREFUL_NOT_RE = re.compile(r"^(?:be\s+(?:very\s+)?careful|take\s+care)\s+not\s+to\s+(?=\w)", re.I)
# "No one’s right should be jeopardised": the negation goes to the stance (opposed), the object reads "anyone’s right"
NO_SUBJECT_RE = re.compile(r"^(?:[Nn]o[ \t]+one|[Nn]obody|[Nn]o)\b")
ANY_FOR_NO = {"no one": "anyone", "nobody": "anybody", "no": "any"}


CLAUSE_SPLIT_RE = re.compile(r",|\s+or\s+|\s+and\s+")
AND_SPLIT_RE = re.compile(r",?\s+and\s+(?:also\s+|then\s+)?(?=[a-z])")


def shape(subj: str, head: str, vp: str, stance: str, before: str) -> tuple[str, str] | None:
    """(stance, summary) of a modal's verb phrase, or None when it is no course of action."""
    vp = COURAGE_RE.sub("", DO_MORE_RE.sub("", PROGRESSIVE_RE.sub("", vp)))  # "do more to protect renters": protect renters
    careful = CAREFUL_NOT_RE.match(vp)
    if careful:  # "should be careful not to raise taxes": raising taxes opposed
        vp, stance = vp[careful.end():], "oppose" if stance == "support" else stance
    averse = aversive(vp)
    if averse is not None and is_concrete(averse):  # "should refrain from imposing sanctions": imposing them opposed
        return ("oppose" if stance == "support" else "support"), summary(averse)
    first = vp.split(" ", 1)[0].lower().rstrip(",")
    if head in NON_AGENTS and first != "be":
        return None
    np = subj.strip()
    if head == "there":
        if first != "be":
            return None
        obj = vp.split(" ", 1)[1] if " " in vp else ""
        return (stance, summary(obj, verb_first=False)) if is_concrete("hold " + obj) and names_a_measure(obj) else None
    guard = GUARD_RE.match(vp)
    if guard:  # "we must be on guard against X": X opposed
        obj = vp[guard.end():]
        return ("oppose", summary(obj, verb_first=False)) if is_concrete("adopt " + obj) else None
    if first == "be" and WRAPPER_RE.search(before):
        stance = "neutral"  # "I don't mean that the decisions should be taken by ...": set aside, not argued
    if first == "be":
        p = PARTICIPLE_RE.match(vp)
        if p is None or p.group("part").lower() in STATE_PARTICIPLES or head in PRONOUNS and not (
                subj.strip().lower() == "they" and base_form(p.group("part")) in EMPOWERED and p.group("rest").strip()):
            return None  # ("They should be given the power to license landlords": give them the power; no other pronoun)
        part, rest = base_form(p.group("part")), p.group("rest").split(",")[0].strip()
        if part == "open" and rest.lower().startswith("and "):  # "the library should be open and staffed at all times":
            phrase = f"keep {objective(np)} open {rest}"  # a state kept, not the act of opening
            return (stance, summary(phrase)) if is_concrete(phrase) else None
        if rest.lower().startswith("to ") and rest[3:].split(" ", 1)[0].lower() in NOT_ACTION and part in ("make", "force"):
            return None  # "US authorities must be made to understand that ...": a state of mind, not an act
        if rest.lower().startswith("to ") and DO_VAGUE_RE.match(rest[3:]) and (
                part not in PERMIT_VERBS or re.match(r"do\b", rest[3:])):
            return None  # "should be allowed to do so": what they may do is said elsewhere
        if part == "give" and rest.lower().startswith("to ") and GIVEN_TO_RE.match(subj.strip()):
            phrase = rest[3:]
            return (stance, summary(phrase, verb_first=False, verb_for_noun=False)) if is_concrete("give " + phrase) else None
        np = NO_SUBJECT_RE.sub(lambda m: ANY_FOR_NO[" ".join(m.group().lower().split())], np)
        phrase = f"{part} {objective(np)} {rest}".strip()
        averse = aversive(phrase)
        if averse is not None and is_concrete(averse):  # "the proposal to privatise X should be rejected"
            return ("oppose" if stance == "support" else "support"), summary(averse)
        permitted = re.match(r"to\s+(?P<verb>[a-z]+)\b", rest) if part in PERMIT_VERBS else None
        if permitted and permitted.group("verb") not in NOT_ACTION - {"choose", "stay", "remain", "work", "live"}:
            return stance, summary(phrase)  # "refugees must be allowed to work": the permission is the course of action
        return (stance, summary(phrase)) if is_concrete(phrase) else None
    if first == "include":
        obj = vp.split(" ", 1)[1] if " " in vp else ""
        return (stance, summary(obj, verb_first=False, verb_for_noun=False)) if is_concrete("include " + obj) else None
    if first in ("stay", "remain") and STAY_RE.match(vp) and head not in PRONOUNS:
        phrase = f"keep {np} {vp.split(' ', 1)[1]}"  # "the sanctions should stay in place", "schools should stay closed"
        return (stance, summary(phrase)) if is_concrete(phrase) else None
    if first in RISE_FALL and head in QUANTITIES:
        verb = "raise" if first in ("rise", "increase") else "lower"  # "the retirement age should rise to 67": raise it
        return stance, summary(f"{verb} {np} {vp.split(' ', 1)[1] if ' ' in vp else ''}".strip())
    clause = CLAUSE_SPLIT_RE.split(vp)[0].split()
    if (first in ABANDON_VERBS or first in ERGATIVE_VERBS and acted_on(head)) and len(clause) == 1 and head not in PRONOUNS:
        phrase = f"{first} {np}"  # "Free power for irrigation has to end", "the library should reopen"
        return (stance, summary(phrase)) if is_concrete(phrase) else None
    if first in ERGATIVE_VERBS and acted_on(head) and head not in PRONOUNS and WHEN_RE.fullmatch(" ".join(clause[1:])):
        phrase = f"{first} {np} {' '.join(clause[1:])}"  # "the mine should close by 2030", "must reopen next week"
        return (stance, summary(phrase)) if is_concrete(phrase) else None
    if WRAPPER_RE.search(before):
        if first in ABANDON_VERBS and stance == "support":
            obj = re.sub(r"^\w+\s+(?:up\s+|on\s+|off\s+|with\s+)?", "", vp)
            return ("support", summary("keep " + obj)) if is_concrete("keep " + obj) else None
        stance = "neutral"
    if not is_concrete(vp):
        tail = AND_SPLIT_RE.split(vp)
        if len(tail) > 1 and first in ADMIT_VERBS and not tail[-1].split(" ", 1)[0].endswith("ed") and is_concrete(tail[-1]):
            # "accept that ... will never be repaid and agree to a write-off": the second verb acts
            return stance, summary(tail[-1])
        return None
    return stance, summary(vp)

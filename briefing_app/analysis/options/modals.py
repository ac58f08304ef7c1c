"""Options stated with a modal: "Washington should impose ...", "Iran must not be allowed to ...",
"we cannot afford to ...", "This does not mean Seoul should abandon X" (X kept)."""
from __future__ import annotations

import re

from briefing_app.analysis.options.doers import can_act
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.lexicon import (
    lowered,
    after_space,
    ABANDON_VERBS,
    DO_VAGUE_RE,
    AUXILIARIES,
    BAD_AGENTS,
    MODAL_RE,
    NON_AGENTS,
    NOT_ACTION,
    PERSONAL_AGENTS,
    STATE_PARTICIPLES,
    WRAPPER_RE,
)
from briefing_app.analysis.options.phrases import (
    IRREGULAR,
    AVERSIVE_RE,
    action_end,
    aversive,
    base_form,
    decapitalised,
    is_concrete,
    objective,
    summary,
)

SUBJECT_START_RE = re.compile(r"(?:[,;:—–(]|\bthat\b|\bwhy\b|\bwhether\b|\bif\b|\b(?:believe|believes|think|thinks|"
                              r"feel|feels|hope|hopes|suspect|suspects)\b|\b(?:say|says|said|argue|argues|argued|insist|insists|"
                              r"insisted|claim|claims|warn|warns|warned)\b(?=\s+(?:he|she|they|we|it|the|an?|(?-i:[A-Z])\w*)\s)|\b(?:and|but)(?=\s+(?:he|she|they|we)\s)|"
                              r"\b(?:but|yet)(?=\s+(?:the|a|an|this|these|those|its|their|our|his|her)\s))\s*",
                              re.I)  # "... is shameful and he must accept", "X is fine but the analogy should": a new clause
LEAD_CONJ_RE = re.compile(r"^(?:(?:and|or|but|so|then|yet|nor|instead|also|in\s+short|in\s+the\s+end)\b[\s,]*)+", re.I)
PARTICIPLE_RE = re.compile(r"^be\s+(?P<part>\w+(?:ed|en)|" + "|".join(IRREGULAR) + r")\b\s*(?P<rest>.*)$", re.I | re.S)
PROGRESSIVE_RE = re.compile(r"^be\s+(?=\w+ing\b)", re.I)
GIVEN_TO_RE = re.compile(r"^(?:serious\s+|careful\s+|urgent\s+)?(?:consideration|thought|priority|attention)$", re.I)
NOT_OBLIGED_RE = re.compile(r"(?:\b(?:do|does|did)\s+not|n[’']t|[’']d|[’']ll)(?:\s+(?:after\s+all|really|actually|necessarily|"
                            r"even|always|just|yet))?\s*$|\b(?:should|must|would|will|may|might|could)"
                            r"(?:\s+not|\s+never)?\s+(?:\w+ly\s+)?$|\b(?:should|must|would|will)\s*$", re.I)
ASIDE_RE = re.compile(r"(?:for\s+(?:its|their|his|her|our)\s+part|in\s+turn|however|meanwhile|for\s+example|too|though|"
                      r"of\s+course|in\s+fact|indeed|moreover|after\s+all|at\s+least|no\s+matter\s+[^,;]*)\W*$", re.I)
INNER_ASIDE_RE = re.compile(r",\s*(?:no\s+matter\s+[^,]*|for\s+(?:its|their|his|her|our)\s+part|however|meanwhile|"
                            r"for\s+example|too|though|of\s+course|in\s+fact|indeed|moreover|after\s+all|at\s+least)\s*(?:,|$)",
                            re.I)
PERMIT_VERBS = frozenset("allow permit let enable force compel oblige require encourage".split())
# "If the EU is serious about human rights, it should ...": "it" is the agent the if-clause names
IF_SERIOUS_RE = re.compile(r"\s*(?:(?:But|And|So)\s+)?If\s+(?:(?:the|this|our)\s+(?!(?:it|they|we)\b)[\w.’'-]+|[A-Z][\w.’'-]*)"
                           r"(?:\s+[\w.’'-]+){0,4}?\s+(?:is|are|"
                           r"wants?|wishes|hopes?|intends?|means?)\b[^,;]*,\s*$")
NOT_ONLY_RE = re.compile(r"only\s+(?=[^.;]*\bbut\b)")
# "Israel has every right to defend itself, but it must also lift ...": "it" is the sentence's opening name
NAMED_OPENING_RE = re.compile(r"\s*(?:The\s+)?(?!(?:It|They|This|That|These|Those|He|She|We|I|There|What|If|When|As|But|And)\b)[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}\s+[a-z]")
# "Under the new rules, companies must publish ...", "By law, the budget must ...", "The treaty requires that both
# sides must ...": an obligation in force, described, not argued
IN_FORCE_RE = re.compile(r"\s*(?:(?:Under|By)\s+(?:the\s+|this\s+|a\s+|an\s+|its\s+|their\s+)?(?:new\s+|current\s+|existing\s+)?"
                         r"(?:law|laws|rules?|agreement|deal|treaty|constitution|regulations?|terms|accord|contract|"
                         r"scheme|system|programme|program)\b|By\s+law\b)[^;:]*$")
IN_FORCE_SAY_RE = re.compile(r"\b(?:law|laws|rules?|treaty|constitution|regulations?|agreement|code|charter)\s+(?:says?|states?|"
                             r"stipulates?|requires?|provides?|demands?)\s+that\s+[^;:]*$", re.I)
# "... due process: under Indian law there must be a referendum": a rule in force, wherever the clause starts
IN_FORCE_MID_RE = re.compile(r"[,:;]\s*(?:[Uu]nder|[Bb]y)\s+(?:the\s+|its\s+|[A-Z][\w-]+\s+)?(?:law|laws|rules|constitution|"
                             r"treaty|regulations)\b[^;:,]*$")
PERMITTED_RE = re.compile(r"be\s+(?:allowed|permitted|free|entitled|given\s+the\s+right)\s+to\b")
STAY_RE = re.compile(r"\w+\s+(?:in\s+(?:place|force)|closed|open|shut|frozen|suspended|banned|in\s+public\s+hands)\b")
# what a policy sets, so that "X should rise / fall" is a course of action: raise or lower X
QUANTITIES = frozenset("age wage wages tax taxes duty duties fee fees fares budget spending pension "
                       "pensions benefit benefits limit cap threshold allowance allowances quota quotas tariff tariffs".split())
BOTH_MODALS_RE = re.compile(r"\s+(?:can|could|will|would|must|may)\s+(?:and|or)$", re.I)
# verbs whose subject is the thing acted on, not a doer: "X should be banned", "the sanctions should stay in
# place", "the wage should rise", "free power has to end", "the plan must include X"
ACTS_ON_SUBJECT_RE = re.compile(r"(?:be|stay|remain|rise|increase|fall|drop|include|" + "|".join(ABANDON_VERBS) + r")\b", re.I)
MODAL_KEYS_RE = re.compile(r"should|must|ought|need|ha(?:s|ve)\sto|had\sbetter|afford")
RELATIVE_BEFORE_RE = re.compile(r"\b(?:that|who|which)\s*$")
NOUN_NEED_RE = re.compile(r"\b(?:the|no|a|any|every)\s+$", re.I)  # "there is no need to X": the need names no doer
MAX_MODALS = 12  # per sentence; a sentence with more is not prose
GUARD_RE = re.compile(r"be\s+(?:on\s+(?:our|their|its|the)?\s*guard|wary|vigilant|careful)\s+(?:against|of)\s+"
                      r"(?:the\s+)?(?:(?:already|increasingly|growing|new)\s+)*(?:\w+\s+)?(?:attempts?|efforts?|moves?|calls?)?"
                      r"\s*(?:to\s+(?:justify|impose|push|bring\s+in|introduce)\s+)?", re.I)
NOBODY_RE = re.compile(r"\b(?i:not\s+something|nothing|no\s+one|nobody|none\s+of\s+us)\s+(?:that\s+)?(?:\w+\s+){0,3}$")
PARTICIPIAL_RE = re.compile(r"(?:\w+ing|who|which)\b(?!.*\b(?:and|but)\b)")  # "Netanyahu, running for a fourth term, is"
PRONOUNS = frozenset("he she they we it this that them him her us".split())
WORD_RE = re.compile(r"[\w’'-]+")
NEXT_SUBJECT_RE = after_space(r"and\s+(?P<np>(?:(?:the|its|their|our)\s+)?(?:[\w’'-]+\s+){1,3})$")
DO_MORE_RE = re.compile(r"^do\s+(?:(?:much|far|a\s+lot)\s+)?(?:more|better|everything|all\s+(?:it|they|we|he|she)\s+can|"
                        r"what(?:ever)?\s+(?:it|they|we|he|she)\s+can)\s+to\s+(?=\w)", re.I)
ADMIT_VERBS = frozenset("accept recognise recognize admit acknowledge realise realize understand concede".split())
COURAGE_RE = re.compile(r"^(?:have|find|show|summon)\s+the\s+(?:courage|guts|nerve|decency|wisdom|sense|will)\s+to\s+(?=\w)", re.I)
CAREFUL_NOT_RE = re.compile(r"^(?:be\s+(?:very\s+)?careful|take\s+care)\s+not\s+to\s+(?=\w)", re.I)
NO_REASON_RE = re.compile(r"\b(?:(?:don[’']t|do\s+not|cannot|can[’']t|fail\s+to)\s+see\s+why|(?:there\s+is\s+)?no\s+reason\s+"
                          r"(?:why|that))\s+(?:\S+\s+){0,5}$", re.I)
IF_CLAUSE_RE = re.compile(r"\b(?:if|unless|once|when|whenever)\s*$", re.I)
# "should they be captured", "nor should he": an inverted condition or a tag, not an obligation
INVERTED_RE = re.compile(r"(?:they|he|she|we|you|i|it)\b", re.I)
# "a "must" for the party": the modal quoted or held at arm's length, not argued
SCARE_QUOTED_RE = re.compile(r"[“\"‘']$")


OPENING_MARKS = "“\"‘„«"  # '"No one’s right ... should be": the quotation's opening mark is no part of the subject
# "No one’s right should be jeopardised": the negation goes to the stance (opposed), the object reads "anyone’s right"
NO_SUBJECT_RE = re.compile(r"^(?:[Nn]o[ \t]+one|[Nn]obody|[Nn]o)\b")
ANY_FOR_NO = {"no one": "anyone", "nobody": "anybody", "no": "any"}


def subject_span(text: str, sent_start: int, at: int) -> tuple[int, str]:
    """Where the clause of the modal at `at` starts, and its subject (the words before `at`)."""
    last = sent_start
    for m in SUBJECT_START_RE.finditer(text, sent_start, at):
        segment = text[m.end():at].strip()
        if segment and not ASIDE_RE.match(text, m.end(), at) and not PARTICIPIAL_RE.match(segment):
            last = m.end()
    joined = NEXT_SUBJECT_RE.search(text, last, at)
    if joined and MODAL_RE.search(text, last, joined.start()):  # "X needs to be examined and adjustments need ..."
        last = joined.start("np")
    words = LEAD_CONJ_RE.sub("", text[last:at].strip().lstrip(OPENING_MARKS)).split()
    return last, " ".join(words[-8:])


def subject_of(text: str, sent_start: int, at: int) -> str:
    """The words before a modal back to the clause start: its grammatical subject, roughly."""
    return subject_span(text, sent_start, at)[1]


def _head(subj: str) -> str:
    """The subject's last word in lower case; an acronym keeps its case ("the US" is no "us")."""
    words: list[str] = WORD_RE.findall(subj)
    while words and words[-1].lower() in AUXILIARIES:
        words.pop()
    if not words:
        return ""
    return words[-1] if len(words[-1]) > 1 and words[-1].isupper() else words[-1].lower()


def modal_hits(text: str, s: int, e: int, *, it_is_agent: bool = False) -> list[Hit]:
    """it_is_agent: "it" may stand for the agent of the previous sentence's option."""
    out: list[Hit] = []
    low = lowered(text, s, e)
    if MODAL_KEYS_RE.search(low) is None:  # one scan, cheaper than a test per key word
        return out
    found = list(MODAL_RE.finditer(text, s, e))[:MAX_MODALS]
    for i, m in enumerate(found):
        before = text[s:m.start()]
        scare = SCARE_QUOTED_RE.search(before) and text[m.start() + len(m.group("modal")):][:1] in "\"”’'"
        if INVERTED_RE.match(text, m.end()) or scare or m.group(0)[:1].isupper():
            continue  # "Should things go wrong, ...": a condition (a question is read by question_hits)
        if NOT_OBLIGED_RE.search(before) or re.search(r"\bhad\s*$", before, re.I) or (
                m.group("modal").lower().startswith("need") and re.fullmatch(r"\W*the\s+", before, re.I)):
            continue  # "don't have to", "should have to", "the need to" as a noun, "had to"
        if m.group("modal").lower().startswith("need") and re.search(r"\b(?:the|a)\s+$", before) \
                and not re.search(r"\b(?:includes?|including|is|are|means|requires?|there\s+is|there[’']s)\s+(?:the|a)\s+$", before, re.I):
            continue  # "wake democracies up to the need to defend ...": a noun, not an argued step
        if IN_FORCE_RE.match(text, s, m.start()) or IN_FORCE_SAY_RE.search(text, s, m.start()) \
                or IN_FORCE_MID_RE.search(text, s, m.start()):
            continue
        clause_start, subj = subject_span(text, s, m.start())
        subj = BOTH_MODALS_RE.sub("", subj)  # "Seoul can and should reopen": the subject is "Seoul"
        if IF_CLAUSE_RE.search(text, max(s, clause_start - 12), clause_start):
            continue  # "if they have to form a coalition, ...": a condition, not a course argued
        head = _head(subj)
        group = head == "people" and (len(subj.split()) > 1 or PERMITTED_RE.match(text, m.end(), e) is not None)
        # "younger people should pay ...", "people should be allowed to choose ...": a policy names a group
        serious = head in ("it", "they") and (IF_SERIOUS_RE.match(text, s, clause_start) is not None or (
            NAMED_OPENING_RE.match(text, s, clause_start) is not None
            and re.search(r"[,;]\s*(?:(?:but|and|yet)\s+)?$", text[s:clause_start]) is not None))
        if not head or (head in BAD_AGENTS - {"there"} and not (head == "it" and it_is_agent) and not group and not serious):
            continue
        modal = m.group("modal").lower()
        if (modal in ("has to", "have to") and re.search(r"\b(?:still|often|usually|always|already|also|even|now)\s+$",
                                                          before, re.I)) or ("afford" in modal and head in PRONOUNS - {"we"}):
            continue  # "families still have to pay", "debts they can't afford to pay back": descriptions
        if head in PRONOUNS - {"we"} and len(subj.split()) > 1:
            continue  # "the seats they need to win": a relative clause describes, it does not argue
        if re.search(r"\b(?:how|when|where|what|why)\s+(?:\S+\s+){0,6}$", before, re.I) and not re.search(r"[,;]", subj) \
                and not NO_REASON_RE.search(before) and not re.search(r"\b(?:is|was|are)\s+why\s+(?:\S+\s+){0,6}$", before):
            continue  # "when and how the words should be used": an indirect question
        if re.search(r"\bmy\b", subj, re.I) or re.search(r"\b(?:and|or|but)$", subj):
            continue  # "my distaste should not ...": the writer's feelings, not a course of action
        whether = bool(re.search(r"\bwhether\s+(?:\S+\s+){0,8}$", before, re.I))
        limit = e
        if i + 1 < len(found):  # the next modal's clause starts a new option
            limit = subject_span(text, s, found[i + 1].start())[0]
            joined = NEXT_SUBJECT_RE.search(text, m.end(), found[i + 1].start()) if limit <= m.end() else None
            if joined:  # "X needs to be examined and adjustments need to be made": two options
                limit = joined.start()
            while limit > m.end() and text[limit - 1] in " ,;":
                limit -= 1
        vstart = m.end()
        if head in PERSONAL_AGENTS and not text.startswith("be ", vstart) or head == "we" and (
                re.search(r"\ball\b", m.group(0)) or subj.lower().endswith(("we all", "all of us"))):
            continue  # "Drivers must slow down", "we should all give something": advice to people, not a policy
        not_only = (m.group("neg") or "").strip() == "not" and NOT_ONLY_RE.match(text, vstart, e)
        if not_only:  # "must not only rescue the girls but also address ...": both argued
            vstart = not_only.end()
        averse = AVERSIVE_RE.match(text[vstart:limit if limit > vstart else e])
        vend = action_end(text, vstart + (averse.end() if averse else 0), limit if limit > vstart else e)  # "think twice before X"
        neg = (bool(m.group("neg") or m.group("neg0")) and not not_only) != bool(
            NOBODY_RE.search(text, s, m.start()) or re.match(r"(?:no|No)\s", subj) or re.search(r"\bno\s*$", before))  # "no one should", "not something S should"
        if NO_REASON_RE.search(before):
            neg = not neg  # "I don't see why we should welcome him": the author rejects it
        afford = "afford" in m.group("modal").lower()
        stance = "oppose" if neg != afford else "support"
        relative = RELATIVE_BEFORE_RE.search(text, s, clause_start) is not None  # "the newspaper that published it must"
        doer = text[s if before.rstrip().endswith(",") or relative else clause_start:m.start()]  # "X, which ..., should": X
        if not can_act(decapitalised(doer, text)) and not ACTS_ON_SUBJECT_RE.match(text, vstart, e) \
                and not NOUN_NEED_RE.search(before):
            continue  # "The storm should reach the coast", "the talks must resume": a thing's "should" predicts
        subj = INNER_ASIDE_RE.sub("", subj).strip(" ,")  # "The generals, no matter their rank,": the generals
        shaped = _shape(decapitalised(subj, text), head, text[vstart:vend], stance, before)
        if shaped is None:
            continue
        stance, summ = shaped
        if whether:
            stance = "neutral"  # "whether those responsible should be sanctioned" is asked, not argued
        out.append(Hit(stance, vstart, vend, summ, m.start(), author=head in ("we", "i")))
    return out


def _shape(subj: str, head: str, vp: str, stance: str, before: str) -> tuple[str, str] | None:
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
        return (stance, summary(obj, verb_first=False)) if is_concrete("hold " + obj) else None
    guard = GUARD_RE.match(vp)
    if guard:  # "we must be on guard against X": X opposed
        obj = vp[guard.end():]
        return ("oppose", summary(obj, verb_first=False)) if is_concrete("adopt " + obj) else None
    if first == "be" and WRAPPER_RE.search(before):
        stance = "neutral"  # "I don't mean that the decisions should be taken by ...": set aside, not argued
    if first == "be":
        p = PARTICIPLE_RE.match(vp)
        if p is None or head in PRONOUNS or p.group("part").lower() in STATE_PARTICIPLES:
            return None
        part, rest = base_form(p.group("part")), p.group("rest").split(",")[0].strip()
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
    if first in ("rise", "increase", "fall", "drop") and head in QUANTITIES:
        verb = "raise" if first in ("rise", "increase") else "lower"  # "the retirement age should rise to 67": raise it
        return stance, summary(f"{verb} {np} {vp.split(' ', 1)[1] if ' ' in vp else ''}".strip())
    if first in ABANDON_VERBS and len(re.split(r",|\s+or\s+|\s+and\s+", vp)[0].split()) == 1 and head not in PRONOUNS:
        phrase = f"{first} {np}"  # "Free power for irrigation has to end"
        return (stance, summary(phrase)) if is_concrete(phrase) else None
    if WRAPPER_RE.search(before):
        if first in ABANDON_VERBS and stance == "support":
            obj = re.sub(r"^\w+\s+(?:up\s+|on\s+|off\s+|with\s+)?", "", vp)
            return ("support", summary("keep " + obj)) if is_concrete("keep " + obj) else None
        stance = "neutral"
    if not is_concrete(vp):
        tail = re.split(r",?\s+and\s+(?:also\s+|then\s+)?(?=[a-z])", vp)
        if len(tail) > 1 and first in ADMIT_VERBS and not tail[-1].split(" ", 1)[0].endswith("ed") and is_concrete(tail[-1]):
            # "accept that ... will never be repaid and agree to a write-off": the second verb acts
            return stance, summary(tail[-1])
        return None
    return stance, summary(vp)

"""An option's action phrase: where it ends, whether it names a concrete action, and its summary."""
from __future__ import annotations

import re
from functools import lru_cache

from briefing_app.analysis.gazetteer import lookup
from briefing_app.analysis.given_names import FEMALE_NAMES, MALE_NAMES
from briefing_app.analysis.options.heads import vague_object
from briefing_app.analysis.options.lexicon import (
    CLAUSE_CUT_RE,
    DO_VAGUE_RE,
    FUNCTION_WORDS,
    NOT_ACTION,
    NUMBER_RE,
    POLICY_NOUN_RE,
    SINGLE_VERBS,
    TIME_WORDS,
    VAGUE_WORDS,
)

MAX_WORDS = 16
COMMON_OPENERS = frozenset("""these those such this that its their our his her every each all any some most many new more fresh
    further additional higher tougher stronger greater better lower real free full public local targeted tighter
    independent immediate urgent serious genuine""".split())
COMMON_SUFFIX_RE = re.compile(r"(?:tions?|ments?|ness|ities|ity|ances?|ences?|isms?)$")
HAVE_EVENT_RE = re.compile(r"\s*have\s+(?:(?:a|an|the|another|fresh|new)\s+)?(?:[\w-]+\s+){0,3}?(?:discussion|debate|"
                           r"referendum|inquiry|vote|election|hearing|conversation|review|audit|summit|talks)\b", re.I)
GET_SERIOUS_RE = re.compile(r"\s*get\s+(?:serious|tough|real)\s+(?:about|on|with)\s+(?=\w)", re.I)
STEP_IN = (r"(?:step\s+(?:in|up)|go\s+(?:(?:even|much)\s+)?further|act(?:\s+(?:now|quickly|swiftly|fast|decisively|urgently|together))?|move\s+(?:quickly|fast|swiftly)|"
           r"seize\s+(?:the|this|that)\s+(?:\w+\s+)?(?:chance|opportunity|moment)|come\s+together|take\s+the\s+lead|"
           r"rise\s+to\s+the\s+(?:challenge|occasion))")
RETHINK_RE = re.compile(r"\s*(?:think\s+(?:again|twice)|wake\s+up|come\s+to\s+\w+\s+senses|listen|pause|" + STEP_IN + r")\s*$",
                        re.I)
# "step in and broker a ceasefire": the summary keeps the verb that acts
STEP_IN_LEAD_RE = re.compile(r"^" + STEP_IN + r",?\s+and\s+(?=\w)", re.I)
LEAD_LY_RE = re.compile(r"^(?!(?:apply|supply|rally|rely|ally|bully|tally|fly|reply|multiply|comply)\b)[a-z]+ly\s+(?=[a-z])", re.I)
DISCOURSE_NOUNS = frozenset("terminology logic reasoning rhetoric".split())
LEAD_ADVERBS = frozenset("always never still just even already ever also only perhaps really not".split())
CONJUNCT_RE = re.compile(r",\s*(?:and\s+)?|\s+and\s+(?=\w+\s)")
WORD_RE = re.compile(r"[\w’'-]+")
LOWER_WORD_RE = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]*(?![\w’'-])")
LEAD_RE = re.compile(r"^(?:to\s+|be\s+(?=\w+ing\b)|at\s+(?:a\s+)?minimum\s+|at\s+the\s+very\s+least\s+|at\s+least\s+|"
                     r"also\s+|now\s+|urgently\s+|immediately\s+|seriously\s+|finally\s+|instead\s+|then\s+|simply\s+|"
                     r"quickly\s+|swiftly\s+|first\s+|once\s+again\s+|again\s+)+", re.I)
TRAIL_RE = re.compile(r"(?:[\s,.;:!?”\"’')-]+|\s+(?:and|or|but|to|of|the|a|an|in|on|at|for|with|by|as|that|its|their|our|his|"
                      r"her|so|too|also|now|again|either|first|soon|immediately|quickly|about|from|into|over|under|against|"
                      r"between|without|within|through|towards?|upon|via|than|this|these|those|such|some|any|more|very|"
                      r"still|even|just|only|which|who|whose)\b)+$", re.I)
# the last preposition of a summary cut at MAX_WORDS: what follows it is a phrase cut off ("... accountable for blatantly violating")
CUT_PP_RE = re.compile(r"^(?P<keep>.*\S)\s+(?:for|of|to|in|on|at|with|by|from|into|about|against|over|under|between|through|that|which|"
                       r"who|while|because|as|and|or|but)\s+(?:\S+\s+){0,5}\S+$", re.I)
IRREGULAR = {"held": "hold", "given": "give", "made": "make", "taken": "take", "brought": "bring", "sent": "send",
             "kept": "keep", "put": "put", "cut": "cut", "set": "set", "done": "do", "shown": "show", "told": "tell",
             "paid": "pay", "laid": "lay", "sold": "sell", "built": "build", "spent": "spend", "met": "meet",
             "led": "lead", "left": "leave", "found": "find", "struck": "strike", "thrown": "throw", "driven": "drive",
             "withdrawn": "withdraw", "forgiven": "forgive", "frozen": "freeze", "shut": "shut", "won": "win",
             "lost": "lose", "sought": "seek", "bought": "buy", "fought": "fight", "written": "write", "seen": "see",
             "heard": "hear", "known": "know", "ignored": "ignore", "restored": "restore", "explored": "explore", "chosen": "choose", "broken": "break", "forgotten": "forget",
             "focusing": "focus", "focused": "focus", "hoping": "hope", "hoped": "hope", "coping": "cope",
             "shaping": "shape", "shaped": "shape", "escaping": "escape", "escaped": "escape", "wiping": "wipe",
             "typing": "type", "scoping": "scope", "restoring": "restore",
             "ignoring": "ignore", "exploring": "explore", "scoring": "score", "storing": "store",
             "deploring": "deplore", "imploring": "implore", "tied": "tie", "tying": "tie", "died": "die", "lied": "lie"}


# a relative clause open before the phrase ("people who unequivocally endorsed the plan", "Republicans who agree that
# the prison should be closed", "both of whom opposed the Iran deal,"): its phrase ends where the outer clause's verb
# comes ("... sounded equivocal", "... were irritated", ", are backing the measure")
RELATIVE_OPEN_RE = re.compile(r"\b(?:who|whom)\s+[^,;:.!?\"“”()—]*$")
# the outer verb, not one after a word that opens a clause of its own ("laws that are unfair")
OUTER_VERB_RE = re.compile(r"(?<!\bthat)(?<!\bwhich)(?<!\bwho)(?<!\bwhat)(?<!\bit)(?<!\bthey)(?<!\bthere)(?<!\bwe)(?<!\bhe)(?<!\bshe)"
                           r"(?:\s*,)?\s+(?:are|is|was|were|has|have|had|will|would|sounded|seemed|appeared|remained)\s+(?=\w)")


CONCESSIVE_CUTS = (" despite ", " in spite of ", " even if ", " even though ", " even as ")


def action_end(text: str, start: int, limit: int) -> int:
    """Where the action phrase starting at `start` ends: the clause boundary, or `limit`. An
    appositive after a name ("give IBAMA, the environmental agency, the inspectors") is stepped over; inside a
    relative clause the phrase ends before the outer clause's verb."""
    end = _clause_end(text, start, limit)
    for word in CONCESSIVE_CUTS:  # "ban cars despite opposition from drivers": the concession is no part of the course
        at = text.find(word, start, end + len(word))  # (a substring search: CLAUSE_CUT_RE's alternation, tried at every
        if 0 <= at < end:  # space, cost 0.5% of an English analysis with them; "even if" may straddle its cut at "if")
            end = at - (text[at - 1] == ",")
    if "who" in text[max(0, start - 70):start] and RELATIVE_OPEN_RE.search(text, max(0, start - 70), start):
        outer = OUTER_VERB_RE.search(text, start, end)
        if outer is not None:
            return outer.start()
    return end


def _clause_end(text: str, start: int, limit: int) -> int:
    at = start + 1
    while True:
        m = CLAUSE_CUT_RE.search(text, at, limit)
        if m is None:
            return limit
        if text[m.start()] in "\"”" and (text.count('"', start, m.start()) + text.count("“", start, m.start())) % 2 \
                or text[m.start()] == "'" and text.count("''", start, m.start()) % 2:
            at = m.end() + (text[m.start()] == "'")  # 'a national "zero suicide" campaign', "begin ''building bridges''
            continue  # to": the quotation closes inside the phrase
        apposition = APPOSITIVE_RE.match(text, m.start()) if text[m.start()] == "," and NAME_BEFORE_RE.search(
            text, max(start, m.start() - 40), m.start()) else None
        if apposition is None or apposition.end() >= limit or APPOSITIVE_VERB_RE.search(apposition.group(0)):
            return m.start()
        at = apposition.end()


# "refrain from imposing X", "abandon its plan to close X": the course argued against is X
AVERSIVE_RE = re.compile(r"(?:refrain\s+from|avoid|think\s+(?:twice|hard|carefully)\s+before|resist\s+(?:the\s+)?(?:temptation|urge|"
                         r"calls|pressure|demands)\s+to|(?:abandon|drop|scrap|shelve|ditch|reject|withdraw)\s+(?:its|the|their|his|her|"
                         r"this|these|any|such)\s+(?:\w+\s+)?(?:plans?|proposals?|idea|bid|attempt|calls?|demands?)\s+(?:to|for)|"
                         r"(?:resist|reject|oppose)\s+(?=\w+ing\b))\s*(?=\w)",
                         re.I)


def aversive(vp: str) -> str | None:
    """The action a verb phrase argues against ("refrain from imposing sanctions": "imposing sanctions"), or None."""
    m = AVERSIVE_RE.match(vp)
    return vp[m.end():] if m else None


def is_concrete(phrase: str) -> bool:
    """A course of action someone can take: not a thought, a state or a wish without an object."""
    conjuncts = CONJUNCT_RE.split(phrase, 1)
    raw = WORD_RE.findall(conjuncts[0])
    if len(raw) == 1 and len(conjuncts) > 1:  # "reprint and replicate their work": the object is shared
        raw += WORD_RE.findall(conjuncts[1])[1:]
    while len(raw) > 1 and (raw[0].lower() in LEAD_ADVERBS or raw[0].lower().endswith("ly")
                            and raw[0].lower() not in ("apply", "supply", "rally")):
        raw = raw[1:]  # "mostly try to ...", "always have been": the verb after the adverb decides
    words = [w.lower() for w in raw]
    if not words:
        return False
    if len(conjuncts) > 1 and RETHINK_RE.match(conjuncts[0]) and conjuncts[1].strip():
        return is_concrete(conjuncts[1])  # "think again and keep the library open": the second verb acts
    serious = GET_SERIOUS_RE.match(phrase)
    if serious:  # "get serious about incitement at the UN": tackle it
        return is_concrete("tackle " + phrase[serious.end():])
    verb = words[0]
    if verb in ("go", "goes", "going") and len(words) > 2 and words[1] == "after":
        verb, words = "pursue", ["pursue", *words[2:]]  # "go after the companies that sell X": pursue them
        raw = raw[1:]
    if verb in NOT_ACTION and len(WORD_RE.findall(conjuncts[0])) == 1 and len(conjuncts) > 1 and " and " in phrase:
        return is_concrete(conjuncts[1])  # "honour and prioritise religious freedom": the second verb acts on it
    if verb == "agree" and len(words) > 2 and (words[1] not in ("that", "with", "to", "it", "this", "for", "whether")
                                               or words[1] == "to" and words[2] in ("a", "an", "the")):
        verb = "adopt"  # "agree a common tariff", "agree on a ceasefire": a course of action, not assent
    if verb == "embrace" and len(words) > 1 and POLICY_NOUN_RE.search(phrase):
        verb = "adopt"  # "embrace a carbon tax", "embrace the treaty": a measure taken up (an attitude otherwise)
    if verb == "have" and HAVE_EVENT_RE.match(phrase):
        verb, words = "hold", ["hold", *words[1:]]  # "have a frank discussion on torture", "have a referendum"
    if verb in NOT_ACTION or verb in FUNCTION_WORDS or DO_VAGUE_RE.match(phrase) or (
            verb.endswith("ing") and base_form(verb) in NOT_ACTION) or vague_object(phrase):  # "be feeling the pressure"
        return False
    # names only say whose war or which peace: "end the Russia-Ukraine war soon" is still a wish
    rest = [w for w, r in zip(words[1:], raw[1:])
            if w not in FUNCTION_WORDS and w not in TIME_WORDS and not r[:1].isupper() and not NUMBER_RE.match(w)]
    if not rest and any(r[:1].isupper() for r in raw[1:]):
        return True  # "recognise Palestine", "sanction Gazprom": a named target is concrete
    if not rest:  # "phase it out", "scrap them": a real verb on something named before
        return verb in SINGLE_VERBS or (len(words) > 1 and words[1] in ("it", "them", "these", "those"))
    if rest[-1] in DISCOURSE_NOUNS:
        return False  # "employ Cassandra's own tortured terminology and logic": a way of arguing, not acting
    return not all(w in VAGUE_WORDS for w in rest)


E_STEM_RE = re.compile(r"(?:(?<=n)tr|(?<![ao])id|(?<![aeiou])ur|(?<=[cl])ud|(?<![aeiou])in|(?<![aeiou])om|[aeiou][scgzv]|[^aeiou][aeiou]k|(?<![eo])at|(?<!a)ir|(?<![aeiou])ar|(?<![aeiou])ut|u|r[cgsv]|lv|dg|[ae]ng|nc|ys|[bdgkpt]l)$")


INGE_STEMS = frozenset("infring imping cring hing unhing whing fring twing".split())  # verbs in -inge


# verbs that double their last "l" before -ing/-ed ("cancelling", "controlled"); "fill", "install" keep theirs
DOUBLED_L = frozenset("""cancel travel label model signal level fuel channel counsel total equal dial marshal tunnel rival
    control patrol compel propel expel repel annul enrol instil fulfil shovel quarrel funnel pencil unravel parcel""".split())


DOUBLED_STEMS = frozenset("add err egg ebb purr".split())  # verbs whose own last letter is doubled


VOWEL_RE = re.compile(r"[aeiouy]")


def base_form(word: str) -> str:
    """The bare verb of a participle or gerund ("imposed" -> "impose", "appeasing" -> "appease")."""
    low = word.lower()
    if low in IRREGULAR:
        return IRREGULAR[low]
    for suffix in ("ing", "ed"):
        if low.endswith(suffix) and len(low) > len(suffix) + 1:
            stem = low[: -len(suffix)]
            if not VOWEL_RE.search(stem):
                return low  # "bring", "thing", "spring", "shed": no stem without a vowel
            if suffix == "ed" and stem.endswith("i"):
                return stem[:-1] + "y"
            if stem in DOUBLED_STEMS:
                return stem  # "adding": add, not "ad"
            if stem in INGE_STEMS:
                return stem + "e"  # "infringing": infringe (the -ing stems "bring", "string" keep theirs)
            if len(stem) > 2 and stem[-1] == stem[-2] and (stem[-1] not in "lszfaeiou" or stem[:-1] in DOUBLED_L):
                return stem[:-1]
            if E_STEM_RE.search(stem) and not stem.endswith("ss"):
                return stem + "e"
            return stem
    return low


OBJECTIVE = {"he": "him", "she": "her", "they": "them", "we": "us", "i": "me"}


def objective(np: str) -> str:
    """A subject pronoun as the object it becomes in the summary: "he (should be sacked)" -> "him"."""
    return OBJECTIVE.get(np.lower(), np)


def decapitalised(phrase: str, text: str) -> str:
    """A phrase that opened its sentence, with its first word in lower case unless it is a name:
    "Free power for irrigation" -> "free power for irrigation", "IBAMA" and "Washington" stay. A
    word is common when the text also spells it in lower case."""
    phrase = phrase.strip()
    first = WORD_RE.match(phrase)
    if first is None or not first.group(0)[:1].isupper() or first.group(0).isupper():
        return phrase
    low = first.group(0).lower()
    if low in FUNCTION_WORDS or low in COMMON_OPENERS or COMMON_SUFFIX_RE.search(low) and not _known_name(first.group(0), text) or (
            low in _lower_case_words(text)):
        return low + phrase[first.end():]
    return phrase


def _known_name(word: str, text: str) -> bool:
    """A word whose ending looks like a common noun's ('-ance', '-ence', '-ment') that is a name all the same, so that
    'France should ...' keeps its doer: a country or capital ('France') or a given name ('Lawrence'), or a word the text
    capitalises inside a sentence, after a lower-case word or a comma ('Macron said Florence should ...', '... the mayor
    of Inverness'), where only a name takes a capital; not one it capitalises only where a sentence opens ('Governance
    should ...')."""
    return lookup(word) is not None or word.lower() in FEMALE_NAMES or word.lower() in MALE_NAMES or \
        re.search(r"[a-z,] " + re.escape(word) + r"\b", text) is not None


@lru_cache(maxsize=4)
def _lower_case_words(text: str) -> frozenset[str]:
    """The words the text spells in lower case, once per text (a search per option was quadratic)."""
    return frozenset(LOWER_WORD_RE.findall(text))


APPOSITIVE_RE = re.compile(r",\s+(?:(?:the|a|an|its|their)\s+[^,;:]{2,50}?|(?:Republican|Democrat|Independent)\s+(?:of|from)\s+"
                           r"[A-Z][^,;:]{1,40}?|[RDI]-[A-Z][A-Za-z.]{1,12}),(?=\s)")  # ", Republican of Florida,", ", R-Fla.,":
# a senator's party and state
NAMED_APPOSITIVE_RE = re.compile(r"(?P<name>\b[A-Z][\w.’'-]*)" + APPOSITIVE_RE.pattern)
NAME_BEFORE_RE = re.compile(r"\b[A-Z][\w.’'-]*$")
APPOSITIVE_VERB_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says|can|could|may|might|must|should|"
                                r"do|does|did)\b")


def summary(phrase: str, *, verb_first: bool = True, verb_for_noun: bool = True) -> str:
    """A short imperative summary: hedges and trailing function words trimmed, capitalised. A noun
    phrase (verb_first=False) gets a verb ("a ceasefire" -> "Reach a ceasefire") unless verb_for_noun
    is False: what "should include" or "consideration should be given to" names reads as it is."""
    s = " ".join(phrase.split())
    s = NAMED_APPOSITIVE_RE.sub(lambda m: m.group("name"), s)  # "give IBAMA, the environmental agency, the inspectors": the name is enough
    s = LEAD_RE.sub("", s)
    s = STEP_IN_LEAD_RE.sub("", s)
    s = LEAD_LY_RE.sub("", s)  # "repeatedly apologise for X": apologise for X
    words = s.split(" ")
    if len(words) > MAX_WORDS:
        s = " ".join(words[:MAX_WORDS])
        cut = CUT_PP_RE.search(s)
        if cut is not None and len(cut.group("keep").split()) >= 4:
            s = cut.group("keep")  # a whole phrase, not one cut off mid-way
    s = TRAIL_RE.sub("", s)
    if s.count('"') % 2:
        s += '"'  # 'revise the "Immoral Traffic Prevention Act"': the quotation closes
    elif s.count("“") > s.count("”"):
        s += "”"
    if s:
        first, _, rest = s.partition(" ")
        if first.lower().endswith("ing") and base_form(first) != first.lower():
            s = (base_form(first) + " " + rest).strip()
        elif not verb_first and (pursuit := PURSUIT_BY_RE.match(s)) is not None and s[pursuit.end():].strip():
            s = summary(s[pursuit.end():])  # "a push by Senator Holt to ban diesel cars": ban diesel cars
        elif not verb_first and verb_for_noun and (action := ACTION_OF_RE.match(s)) is not None:
            noun = action.group("noun").lower()  # "the lifting of the embargo": lift the embargo
            verb = ACTION_VERBS.get(noun) or (noun[:-5] + "e" if noun.endswith(("isation", "ization")) else base_form(noun))
            s = f"{verb} {s[action.end():]}"  # ("the nationalisation of the railways": nationalise the railways)
        elif not verb_first and verb_for_noun:
            s = AND_CLAUSE_RE.sub("", s)  # "equal pay for equal work and would change labour laws": the noun phrase
            first, _, rest = s.partition(" ")
            low = first.lower()
            s = f"{_verb_for(s)} {low if low in FUNCTION_WORDS or low in COMMON_OPENERS else first} {rest}".strip()
    return s[:1].upper() + s[1:]


# a noun phrase's sentence going on with its subject's next verb: "X and would change ...", ", and has said ..."
AND_CLAUSE_RE = re.compile(r",?\s+and\s+(?:would|will|has|have|had|is|was|are|were|says|said|ranks)\s.*$", re.S)


# the verb that turns a policy noun phrase into a course of action: "a ceasefire in Gaza" -> "Reach a ceasefire in Gaza"
NOUN_VERBS = (
    (re.compile(r"^[$£€]|^\d[\d,.]*\s*(?:million|billion|bn|m)\b", re.I), "Spend"),
    (re.compile(r"\b(?:investigations?|probes?)\b", re.I), "Open"),
    (re.compile(r"\b(?:action|steps|measures)\b", re.I), "Take"),
    (re.compile(r"\b(?:inquiry|inquiries|hearings?|referendums?|referenda|elections?|votes?|summits?|talks|negotiations?|"
                r"debates?|dialogue|reviews?|audits?|trials?|conference|meeting|consultation)\b", re.I), "Hold"),
    (re.compile(r"\b(?:sanctions?|bans?|tax|taxes|tariffs?|embargo|boycott|moratorium|freeze|cap|quotas?|blockade|curfew|"
                r"levy|fines?|limits?|restrictions?|controls?)\b", re.I), "Impose"),
    (re.compile(r"\b(?:ceasefire|cease-fire|truce|deal|agreement|treaty|(?<!-)settlement|compromise|accord)\b", re.I), "Reach"),
    (re.compile(r"\b(?:withdrawal|release|closure|repeal|resignation|expansion|deployment|intervention|cuts?|increase|"
                r"reduction|strikes?|overhaul|crackdown|bailout|rescue|takeover|merger|recount)\b", re.I), "Carry out"),
)


# a pursuit named with its pursuer ("a push by Senator Holt to", "efforts by the administration to", "plans from the
# council to"): the course is what comes after "to"
PURSUIT_BY_RE = re.compile(r"(?:(?:the|a|an|this|its|their|his|her|new|renewed|fresh|latest)\s+){0,2}(?:push|bid|drive|efforts?|"
                           r"campaign|attempts?|moves?|plans?|proposals?)\s+(?:by|from)\s+[^,;:]{1,60}?"
                           r"(?:,\s+(?:the|a|an|its|his|her|their)\s+[^,;:()]{2,60}?,)?\s+to\s+(?=[a-z])", re.I)
ACTION_OF_RE = re.compile(r"^(?:the\s+)?[“\"‘]?(?P<noun>[a-z]+ing|[a-z]{4,}i[sz]ation|release|withdrawal|closure|repeal|removal|"
                          r"abolition|expulsion|suspension|extension|introduction|creation|establishment|expansion|reduction)"
                          r"[”\"’]?\s+of\s+", re.I)  # ('advocates "decriminalisation" of drug use': a word in scare quotes)
ACTION_VERBS = {"release": "release", "withdrawal": "withdraw", "closure": "close", "repeal": "repeal", "removal": "remove",
                "abolition": "abolish", "expulsion": "expel", "suspension": "suspend", "extension": "extend",
                "introduction": "introduce", "creation": "create", "establishment": "establish", "expansion": "expand",
                "reduction": "reduce"}


def names_a_measure(np: str) -> bool:
    """A noun phrase that names a measure a body can adopt (a ban, a tax, talks, a plan, $5 billion, the repeal of
    X), not a thing, a quantity or a state ("a lot of systems", "none of the above", "some form of punishment",
    "daylight between the two countries"): only such a phrase reads as a course with a verb put before it."""
    head = " ".join(np.split()[:6])
    return POLICY_NOUN_RE.search(head) is not None or MEASURE_NOUN_RE.search(head) is not None or \
        ACTION_OF_RE.match(np) is not None or MORE_OF_RE.match(np) is not None or _verb_for(np) != "Adopt"


# more or fewer of a countable thing a body provides or limits: "there should be more affordable homes / more bus lanes
# / fewer cars in the centre / more police" (not "more than", "more of that", nor an abstract "more kindness")
MORE_OF_RE = re.compile(r"(?:more|fewer)[ \t]+(?!than\b|of\b)(?:[a-z-]+[ \t]+){0,2}(?:[a-z-]+[^s\W]s|police|staff)\b")


# measures beyond the policy nouns: "there should be devolution of powers", "more investment in buses", "legal safeguards"
MEASURE_NOUN_RE = re.compile(r"\b(?:devolution|investment|safeguards|protections|exceptions|exemptions|rules|standards|"
                             r"checks|penalties|compensation|reparations|meals|vouchers|grants|credits|allowances?)\b", re.I)


def _verb_for(np: str) -> str:
    head = " ".join(np.split()[:6])
    for rx, verb in NOUN_VERBS:
        if rx.search(head):
            return verb
    return "Adopt"

"""A person's course named by a noun of position with its owner: "Trump's proposal to ban Muslims from entering the
United States", "his plan to provide free college tuition", "Clinton's vow to go after companies that ship jobs
overseas", "his call for a temporary ban", "His support for scrapping superdelegates", "her opposition to raising the
retirement age" (opposed). The owner's position (convention v2: a reported view with a holder); never the author's.
Only a person's (a name that resolves to a person, "his", "her": `Hit.person`): a company's or a body's own plan ("Ford's
plans to open a plant in Mexico") is mostly an act it has decided for itself."""
from __future__ import annotations

import re

from briefing_app.analysis.options.action_hits import np_hit, passive_hit, vp_hit
from briefing_app.analysis.options.faulted import OWN_RE
from briefing_app.analysis.options.governing import GOVERNING
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.keys import holds_any, keys
from briefing_app.analysis.options.lexicon import POLICY_NOUN_RE, POLICY_VERBS
from briefing_app.analysis.options.listed import AND_AFTER_RE, list_hits
from briefing_app.analysis.subject_content import noun_phrase_end, owner_opens

# a money amount among a noun of position's modifiers ("Clinton unveiled a $275 billion infrastructure proposal to", "the
# union's $2 billion plan to"): no word of its own
AMOUNT = r"(?:[$£€]?\d[\d.,]*\s+(?:(?:million|billion|trillion|bn|m)\s+)?)?"
# the noun of position and its link, written as the class of the nouns' first letters with each noun's rest behind a
# lookbehind on its letter (sre jumps to those letters instead of trying an alternation at every position)
NOUN_RE = re.compile(r"[pcvdsora](?<![\w-].)(?:(?:(?<=p)(?:roposals?|lans?|ledges?|romises?|ush|olic(?:y|ies))|(?<=c)alls?|"
                     r"(?<=v)ows?|(?<=d)emands?|(?<=s)upport|(?<=o)pposition|(?<=r)(?:equests?|ecommendations?)|(?<=a)dvice)\s+"
                     r"(?P<link>to|for|of|that)|"
                     r"(?<=p)roposed(?=\s+(?!by\b|to\b|in\b|on\b|that\b|the\b|a\b|an\b)[a-z]))\s+(?=[\w$£€]|[“\"‘][\w$£€])")
# its owner right before it, with up to two modifiers ("Trump's controversial proposal", "his signature plan"): a name
# in the possessive or his/her
OWNER_RE = re.compile(r"(?:(?P<name>(?<![\w’'.-])[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}?)(?:[’']s|(?<=s)[’'])|(?<![\w’'-])(?P<pron>[Hh]is|[Hh]er)|"
                      r"(?<![\w’'-])(?P<its>[Ii]ts|[Tt]heir))"
                      r"\s+" + AMOUNT + r"(?:(?!(?:own|first|only|last|former|previous|old|earlier|original|past)\b)[a-z][\w-]*\s+){0,2}$")
# or a person who sets it out, right before it: a name or "He"/"She", then a verb of setting out or restating and up to
# four determiners, modifiers or an amount's figures ("Obama outlined a plan to review ...", "She unveiled a sweeping
# proposal to ...", "Trump doubled down with proposals for mass deportations", "unveiled a $275 billion infrastructure
# proposal to"): the verb's subject owns the noun
SETTER_RE = re.compile(r"(?:(?P<name>(?<![\w’'.-])[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})|(?<![\w’'-])(?P<pron>[Hh]e|[Ss]he))\s+"
                       r"(?:(?:has|had|have|also|then|again|first|recently|formally|on\s+[A-Z]\w+day)\s+){0,3}(?:outlin|unveil|"
                       r"float|put\s+forward|roll\w*\s+out|laid\s+out|lay\w*\s+out|pitch|introduc|offer|renew|repeat|reiterat|"
                       r"doubl\w*\s+down\s+(?:on|with))(?:e|es|ed|ing|s|d|ted|ting|ped|ping)?\s+(?:(?!(?:own|first|only|last|former|previous|old|earlier|original|"
                       r"past)\b)(?:[a-z][\w-]*|[$£€]?\d[\d.,]*)\s+){0,4}$")
SETTER_KEYS = keys("outlin", "unveil", "floated", "put forward", "rolled out", "laid out", "lays out", "pitched", "introduc",
                   "offered", "renewed", "repeated", "reiterat", "doubled down")
PRONOUN_OWNER = {"he": "his", "she": "her"}
# a governing body or a group that argues for others to act as the owner ("the government's plan to impose tariffs", "the
# union's plan to cut working hours", "the unions' call for a ban"): its position (announced plans, rule b); never a
# company's ("Ford's plan to close three stores": its own act, rule a), and an own act of the body's stays none (`own_acts`)
BODY_HEADS = GOVERNING | {"union", "unions", "party", "parties", "opposition", "coalition", "alliance", "lobby", "federation"}
# an office as the owner ("the governor's plan to raise the gas tax", "the mayor's push to privatise the buses"): the
# office-holder's position, as a body's, also on a course with no policy noun; not one on the holder's own things or
# people ("the president's promise to meet his critics"; a decided own act, "the mayor's plan to attend the rally", is
# `own_acts`')
OFFICE_HEADS = frozenset("mayor governor president minister premier chancellor senator secretary chairman chairwoman chair "
                         "commissioner speaker superintendent".split())
OFFICE_OWN_RE = re.compile(r"\b(?:its|their|our|own|his|her|him|herself|himself)\b")
BODY_OWNER_RE = re.compile(r"(?<![\w’'-])(?P<body>(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?!(?:the|this|that|a|an)\b)[\w.-]+\s+){0,3}?"
                           r"(?P<head>[a-z]+))(?:[’']s|(?<=s)[’'])"
                           r"\s+" + AMOUNT + r"(?:(?!(?:own|first|only|last|former|previous|old|earlier|original|past)\b)[a-z][\w-]*\s+){0,2}$")
DECIDED = ("plan", "pledge", "promise", "vow")  # nouns of a course announced as decided (`own_acts` reads them)
# + "to" + a verb phrase ("his policy to cut off X", "his recommendation to raise X"; not "effort": measured, one false
# option on the validation batches and nothing right on tuned text - a candidate's effort is mostly his own campaign's)
NOUNS_TO = ("proposal", "plan", "pledge", "promise", "vow", "push", "demand", "call", "request", "policy",
            "recommendation")
NOUNS_FOR = ("proposal", "plan", "push", "demand", "call", "support", "request", "recommendation")  # + a measure or a gerund
# + "of" + what is promised or followed ("his promise of free college", "her policy of taxing sugary drinks")
NOUNS_OF = ("promise", "pledge", "policy")
NOUNS_THAT = ("proposal", "demand", "request", "advice", "recommendation")  # + what someone should do ("her request that
# Congress act")
NOUN_FORMS = {"policie": "policy"}  # a plural whose stem is not the noun less its "s"
DETERMINER_RE = re.compile(r"(?:a|an|the|his|her|its|their|our|my|your|this|that|some|more)\b", re.I)
# the clause after "that": its subject (a name, or a determiner and one or two words), "should"/"must" or not, and the
# verb in the base form ("that the United States extradite X", "that Britain should remain", "that the bill include X"):
# not a finite verb ("that the plan is", "that Trump wants", "that it failed": what someone thinks, not a course)
THAT_CLAUSE_RE = re.compile(r"(?P<subj>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|(?:the|its|their|all|every)\s+"
                            r"[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)??)\s+(?:(?P<modal>should|must)\s+)?(?P<verb>(?!(?:is|are|was|"
                            r"were|has|have|had|will|would|can|could|may|might|did|does|do|not)\b)[a-z]+\b)")
# a promise kept or broken, a plan cancelled: an act told, no position ("kept his promise to spend Sundays at home",
# "canceled Mr. Hannity's plans to attend a rally")
KEPT_RE = re.compile(r"\b(?:kept|keep|keeps|keeping|broke|break|breaks|breaking|broken|fulfil+s?|fulfil+ed|fulfil+ing|honou?red|"
                     r"honou?ring|delivered\s+on|made\s+good\s+on|cancel+ed|scrapped|abandoned|dropped|shelved|withdrew|"
                     r"withdrawn|ditched)\s+$")
# a retreat from it ("has backed off her call for a ban", "walked back his pledge", "distance Mr. Trump from his plan"),
# unless negated ("didn't back away from his pledge to reintroduce waterboarding": still held)
RETREAT_RE = re.compile(r"(?<!not\s)(?<!n[’']t\s)(?<!never\s)\b(?:back(?:ed|s|ing)?\s+(?:off|away\s+from|down\s+(?:on|from))|"
                        r"walk(?:ed|s|ing)?\s+back|retreat(?:ed|s|ing)?\s+from|revers(?:ed|es|ing)|renounc(?:ed|es|ing)|"
                        r"disavow(?:ed|s|ing)?|distanc(?:e|ed|es|ing)\s+(?:[\w.’'-]+\s+){1,3}?from)\s+$")
# the owner's noun phrase is a subject or an object: the course ends before the main clause's verb ("his plan to X would
# trigger ...", "isn't shared", "his call to X, denounced as inhumane, has ...", "his call for the ban and suggested that
# ..."), a dash, or a comma opening another clause (", Hillary Clinton's right-hand woman rallied"); not a list's comma
# (", expand X, and Y")
MAIN_VERB_RE = re.compile(r"\s+(?:(?:would|could|will|can|may|might|should|must|is|are|was|were|has|have|had|did|does|led|drew|"
                          r"helped|made|stalled|failed|collapsed|foundered|faltered|fizzled|sparked|prompted|triggered|"
                          r"angered|faces|faced|met\s+with|ran\s+into|went\s+nowhere)\b|\w+n[’']t\b|(?:and|but)\s+(?:his|her|their|its|[a-z]+ed)\b|as\s+characteristic\b)|"
                          r"\s*(?:--|—|–)|,\s*[“\"‘]|,\s+(?:(?!and\b|or\b)[a-z]+ed\b|[A-Z]|(?:the|a|an|his|her|their|its|which|who)\s)")
GATE = keys("propos", "plan", "pledge", "promise", "vow", "push", "demand", "call", "support", "oppos", "request", "advice",
            "policy to", "policy of", "policies to", "policies of", "recommendation")  # all in the scan already (cues.CUES)
# what OWNER_RE needs in the lower-cased sentence: "'s" or a whole word "his" / "her" before a space ("other", "whether",
# "there" are none); a class of few letters first, so the search skips the rest
OWNER_WORD_RE = re.compile(r"[’'hit](?:(?<=[’'])s|(?<=s[’'])|(?<![\w’'-]h)(?:is|er)|(?<![\w’'-]i)ts|(?<![\w’'-]t)heir)\s")
# the verb whose subject owns the noun after "its" / "their" ("The union renewed | its call for", "Unite repeated | their
# demand for", "The Commission said | its plan to"): a verb of setting out or upholding a position right before the
# pronoun (not "decreased its proposed cutoff", "over its plan")
VERB_BEFORE_RE = re.compile(r"(?<![\w’'-])(?:(?:renew|repeat|reiterat|defend|outlin|unveil|announc|present|publish|submitt?|"
                            r"champion|promot|confirm|restat|back|press|push|float|pitch|introduc)(?:e|es|ed|s|d)?|said|says|"
                            r"(?:set|sets|laid|lays|put|puts)\s+(?:out|forward)|stepped\s+up|stood\s+by|stands\s+by)\s+$")


def possessed_hits(text: str, s: int, e: int, low: str) -> list[Hit]:
    """Courses named by an owner's noun of position in the sentence text[s:e] (lower-cased: low)."""
    if not holds_any(low, GATE):
        return []  # no noun of position
    owned, set_out = OWNER_WORD_RE.search(low) is not None, holds_any(low, SETTER_KEYS)
    if not owned and not set_out:
        return []  # no owner's word before one, no verb of setting one out
    out: list[Hit] = []
    for m in NOUN_RE.finditer(text, s, e):
        owner = OWNER_RE.search(text, max(s, m.start() - 80), m.start()) if owned else None
        by_owner_word = owner is not None  # (an owner's word, not a body's name or a setter)
        body = None
        if owner is None and owned and (body := BODY_OWNER_RE.search(text, max(s, m.start() - 80), m.start())) is not None:
            if body.group("head") in BODY_HEADS or body.group("head") in OFFICE_HEADS:
                owner = body  # "the union's plan to cut working hours": the union's position
            else:
                body = None
        if owner is None and set_out:
            owner = SETTER_RE.search(text, max(s, m.start() - 100), m.start())
        if owner is None or KEPT_RE.search(text, max(s, owner.start() - 30), owner.start()) \
                or RETREAT_RE.search(text, max(s, owner.start() - 50), owner.start()):
            continue
        verb = None
        if by_owner_word and owner.group("its") is not None:  # "The union renewed its call for a ban": the subject's, when a body's
            verb = VERB_BEFORE_RE.search(text, max(s, owner.start() - 30), owner.start())
            if verb is None or KEPT_RE.search(text, verb.start(), owner.start()) or RETREAT_RE.search(text, verb.start(),
                                                                                                      owner.start()):
                continue  # "opposition to its plan", "shelved its plan to", "backed away from their call": none held
        if m.group("link") is None:  # "his proposed ban on Muslims": the measure itself
            noun, link = "proposed", ""
        else:
            noun = text[m.start():m.start("link")].split()[0].lower().rstrip("s")  # "plans": plan
            noun = NOUN_FORMS.get(noun, noun)
            link = m.group("link")
        stance = "oppose" if noun == "opposition" else "support"
        cut = MAIN_VERB_RE.search(text, m.end(), e)
        end = cut.start() if cut is not None else e
        if owner_opens(text, s, m.start()):  # "The union's call for a ban on X grew louder": the sentence's subject, its
            end = min(end, noun_phrase_end(text, m.end(), e) or end)  # object ends at the sentence's own verb
        if link == "to" and noun == "opposition" or link == "for" and noun in NOUNS_FOR:
            hit = passive_hit(text, m.end(), end, stance, owner.start()) or np_hit(text, m.end(), end, stance, owner.start())
        elif link == "to" and noun in NOUNS_TO:
            hit = vp_hit(text, m.end(), end, stance, owner.start())
        elif link == "" or link == "of" and noun in NOUNS_OF:
            if link == "of" and DETERMINER_RE.match(text, m.end(), end):
                continue  # "his promise of a better life", "her pledge of the party's support": a hope or a thing, not a measure
            hit = np_hit(text, m.end(), end, stance, owner.start(), any_noun=link == "of" and noun in ("promise", "pledge"))
            if hit is not None and noun == "policy" and not _a_measure(text[hit.start:hit.end]):
                continue  # "her policy of answering every letter": a habit of her own, not a measure
        elif link == "that" and noun in NOUNS_THAT:
            hit = _that_clause_hit(text, m.end(), end, stance, owner.start())
        else:
            continue
        if hit is None:
            continue
        hit.limit = end
        if body is not None or verb is not None:
            office = body is not None and body.group("head") in OFFICE_HEADS
            if not measure_for_others(text[hit.start:hit.end]) and (
                    not office or OFFICE_OWN_RE.search(text, hit.start, hit.end) is not None):
                continue  # "the council's plan to hold a public meeting", "to close two of its offices": its own act
            hit.reported = True  # a body's: no person's, never the author's
            if body is not None:
                hit.who = body.group("body")
            elif verb is not None:
                hit.who, hit.at = None, verb.start()  # the verb's subject holds it ("The union renewed its call")
        else:
            pron = (owner.group("pron") or "").lower()
            hit.who = owner.group("name") or PRONOUN_OWNER.get(pron, pron)
            hit.person = True
        hit.decided = noun in DECIDED  # "his plan to hold a rally": an act decided and done alone is none (`own_acts`)
        if link != "to" and link != "that" and (text.startswith(",", hit.end) or AND_AFTER_RE.match(text, hit.end) is not None
                                                or " and " in text[hit.start:hit.end]):
            out += list_hits(text, s, end, hit, np_hit)  # "his support for free-trade deals, higher taxes on Wall Street
            continue  # and lower tuition": one position per measure, as for a call
        out.append(hit)
    return out


def measure_for_others(phrase: str) -> bool:
    """Whether a course a body's noun of position names is a measure on others (a policy noun, none of its / their / our
    / own things): the body's position; else its own act ("to hold a public meeting", "to close two of its offices")."""
    return POLICY_NOUN_RE.search(phrase) is not None and OWN_RE.search(phrase) is None


def _a_measure(phrase: str) -> bool:
    """Whether a policy's object names a public measure: a policy noun ("indefinite detention") or a
    gerund of a policy verb ("taxing sugary drinks")."""
    first = phrase.split(" ", 1)[0].lower()
    return POLICY_NOUN_RE.search(phrase) is not None or first.endswith("ing") and (
        first[:-3] in POLICY_VERBS or first[:-3] + "e" in POLICY_VERBS or first[:-4] in POLICY_VERBS)


def _that_clause_hit(text: str, start: int, end: int, stance: str, at: int) -> Hit | None:
    """The course of a "that" clause after a noun of position: "that the United States extradite X" (extradite X), "that
    Britain should remain in the EU", "that the Clinton Foundation be shut down" (a passive); none for a claim ("that the
    plan is working", "that Trump wants X")."""
    m = THAT_CLAUSE_RE.match(text, start, end)
    if m is None:
        return None
    verb = m.group("verb")
    if verb == "be":
        return passive_hit(text, m.start("subj"), end, stance, at)
    if not m.group("modal") and (verb.endswith("s") and not verb.endswith("ss") or verb.endswith("ed")):
        return None  # "that the mayor resigns", "that it failed": finite, a claim
    return vp_hit(text, m.start("verb"), end, stance, at)

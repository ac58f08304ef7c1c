"""A course named as what someone is faulted for not taking: "Rubio has blasted Obama for not arming the Kurds", "critics
faulted Congress for failing to pass a budget", "she attacked the governor for refusing to expand Medicaid", "slammed
the council for its failure to fund the schools": the critic's position for the course (convention v2: a reported view
with a holder, the subject of the verb of fault); never the author's. Faulting someone for what they did ("criticized
the mayor for closing the library") is left alone: mostly a past act, not an open course; so is faulting a thing or
people at hand ("blamed the storm for not letting her through", "faulted reporters for not attending") and faulting
someone's words ("for not using the term X", "for its failure to mention ISIS")."""
from __future__ import annotations

import re

from briefing_app.analysis.options.action_hits import gerund_hit, vp_hit
from briefing_app.analysis.options.calls import NEGATED_CALL_RE, PERSONAL_OBJECT_RE
from briefing_app.analysis.options.doers import can_act
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.keys import holds_any, keys
from briefing_app.analysis.options.lexicon import POLICY_NOUN_RE, POLICY_VERBS

MEASURE_VERBS = frozenset(POLICY_VERBS) | frozenset("cut reduce increase".split())  # an unowned plan's course needs no
# policy noun when its verb is one of a measure ("the plan to raise the retirement age"; not "to hold a public meeting")
OWN_RE = re.compile(r"\b(?:its|their|our|own)\b")  # a body's course on its own things ("close two of its offices")

# a verb of fault, whom it faults (one to six words), "for" and the course not taken: "not"/"never" and a gerund, or
# "failing"/"refusing"/"(his) failure"/"refusal"/"unwillingness" and "to" with a verb
FAULT_RE = re.compile(r"\b(?:blast|slam|critici[sz]|fault|attack|chastis|chastiz|scold|rebuk|lambast|knock|hammer|assail|"
                      r"berat|condemn|denounc|blam|castigat|upbraid|excoriat|pillor|rap)(?:ed|es|s|ing|e|ied|ies|y|med|ming|ped|"
                      r"ping)?\s+(?P<whom>(?:[\w’'.-]+\s+){1,6}?)for\s+(?:(?P<neg>not|never)\s+(?:\w+ly\s+)?(?=[a-z]+ing\b)|"
                      r"(?:(?:his|her|its|their)\s+)?(?:failing|refusing|failure|refusal|unwillingness|reluctance)\s+to\s+"
                      r"(?:\w+ly\s+)?(?=[a-z]))")
# what someone is faulted for not saying or doing in person: a word, a mention, an apology, a visit (no course of action)
WORDS_RE = re.compile(r"(?:Use|Say|Mention|Utter|Name|Acknowledge|Address|Discuss|Talk|Speak|Call|Describe|Denounce|Condemn|"
                      r"Apologi[sz]e|Thank|Congratulate|Invite|Attend|Visit|Comment|Respond|Answer|Meet|Show\s+up|"
                      r"Recogni[sz]e\s+the\s+(?:term|word))\b")
GATE = keys(" for not ", " for never ", "failing to", "refusing to", "failure to", "refusal to", "unwillingness to",
            "reluctance to")
# a verb of fault or of praise and an owner's noun of a course with "to" ("criticised the council's refusal to ban diesel
# cars", "condemned the government's decision to scrap the subsidy", "welcomed the council's decision to ban X"): the
# subject's position on the course; a refusal or failure faulted (or a decision not to) is support for the course, a
# decision, plan or move faulted is opposition; praise the reverse
FAULT_VERBS = (r"(?:blast|slam|critici[sz]|fault|attack|chastis|lambast|assail|condemn|denounc|castigat|excoriat|decr|deplor|"
               r"rail(?:ed|s|ing)?\s+against|protest(?:ed|s|ing)?\s+against|oppos|reject|"
               r"(?:took|tak(?:e|es|ing))\s+aim\s+at|hit(?:s|ting)?\s+out\s+at|(?:campaign(?:s|ed|ing)?|"
               r"fight(?:s|ing)?|fought|argu(?:e|es|ed|ing))\s+against)")
PRAISE_VERBS = r"(?:welcom|prais|hail|applaud|laud|commend|back|support|endors|cheer)"
OWNED_NOUN_RE = re.compile(r"\b(?:(?P<fault>" + FAULT_VERBS + r")|(?P<praise>" + PRAISE_VERBS + r"))(?:ed|es|s|ing|e|ied|ies|"
                           r"y|med|ming|ped|ping|d)?\s+(?:(?:the|a)\s+)?(?:(?!(?:the|a|an|this|that|by|for|of|with|in|on|to|over|at|and)\b)[\w.-]+\s+){0,3}?"
                           r"(?:(?P<owner>[\w.-]*\w(?:[’']s|(?<=s)[’'])|his|her|its|their)|the(?=\s+(?:\w+\s+)?(?:plan|"
                           r"proposal|decision|move|idea)s?\s+(?:not\s+)?to\b)|(?=(?:\w+\s+)?(?:plan|proposal|move)s\s+to\b))"
                           r"\s*(?:(?:latest|new|recent|controversial|government|council|federal)\s+)?"
                           r"(?:(?P<neg>refusal|failure|reluctance|unwillingness|decision\s+not)|decision|plans?|proposals?|"
                           r"moves?|idea|bid|attempt|push|effort)\s+to\s+(?:\w+ly\s+)?(?=[a-z])", re.I)
OWNED_NOUN_KEYS = keys("refusal to", "failure to", "reluctance to", "unwillingness to", "decision", "plan to", "proposal to",
                       "move to", "bid to", "attempt to", "push to", "effort to", "plans to", "proposals to", "moves to",
                       "idea to")
# an unowned plan faulted or praised ("Sanders criticised the plan to raise the retirement age", "slammed plans to
# privatise the water utility", "took aim at the proposal to cut Medicaid"): the owner's words are not needed
UNOWNED_KEYS = keys("the plan", "the proposal", "the decision", "the move", "the idea", "plans to", "proposals to",
                    "moves to", "the new plan", "the government plan", "the council plan")


def faulted_hits(text: str, s: int, e: int, low: str) -> list[Hit]:
    """Courses the sentence text[s:e] (low: lower-cased) faults someone for not taking."""
    out: list[Hit] = []
    if holds_any(low, OWNED_NOUN_KEYS) and ("’" in low or "'" in low or " its " in low or " their " in low or
                                            " his " in low or " her " in low or holds_any(low, UNOWNED_KEYS)):
        for m in OWNED_NOUN_RE.finditer(text, s, e):  # "criticised the council's refusal to ban diesel cars"
            if NEGATED_CALL_RE.search(text, max(s, m.start() - 40), m.start()) is not None:
                continue  # "Unions did not support the plan to X", "never welcomed", "has not criticised": no fault or
                # praise given (the call rules read "does not support" as opposition; "did not" is no side)
            negative = m.group("neg") is not None
            side = "support" if (m.group("fault") is not None) == negative else "oppose"
            hit = vp_hit(text, m.end(), e, side, m.start())
            if hit is None or WORDS_RE.match(hit.summary):
                continue  # "criticised the council's refusal to comment": words, no course
            measure = POLICY_NOUN_RE.search(text, hit.start, hit.end) is not None or m.group("owner") is None and \
                hit.summary.split(" ", 1)[0].lower() in MEASURE_VERBS
            if not measure or not negative and OWN_RE.search(
                    text, hit.start, hit.end) is not None:
                continue  # "criticised the council's decision to hold a public meeting": the owner's own act (the
                # bodies' plans convention: a measure on others only); "praise his refusal to accept the status quo": no
                # measure
            hit.reported = True  # the subject of the verb of fault or praise holds it, never the author
            out.append(hit)
    if not holds_any(low, GATE):
        return out
    for m in FAULT_RE.finditer(text, s, e):
        whom = m.group("whom").strip()
        agent = whom[3:] if whom[:3].lower() == "by " else None  # "X was faulted by critics for ...": the critics'
        if agent is not None and (not can_act(agent) or PERSONAL_OBJECT_RE.match(agent)):
            continue
        if agent is None and (not can_act(whom) or PERSONAL_OBJECT_RE.match(whom)):
            continue  # "blamed the storm for not letting her through", "faulted reporters for not attending": no body's course
        end = e
        if agent is not None and text[max(s, m.start() - 2):m.start()] == ", " and (comma := text.find(",", m.end(), e)) > 0:
            end = comma  # "Merkel, criticised by Seehofer for not closing the border, defended ...": the aside ends it
        hit = gerund_hit(text, m.end(), end, "support", m.start()) if m.group("neg") else \
            vp_hit(text, m.end(), end, "support", m.start())
        if hit is None or WORDS_RE.match(hit.summary):
            continue  # "slammed the president for not using the term X", "for its failure to mention ISIS": words, no course
        hit.reported = True  # the critic's (the subject of the verb of fault), never the author's
        if agent is not None:
            hit.who = agent  # passive ("Merkel was criticised by Seehofer for not closing ..."): the agent faults, not the subject
        out.append(hit)
    return out

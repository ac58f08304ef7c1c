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
from briefing_app.analysis.options.calls import PERSONAL_OBJECT_RE
from briefing_app.analysis.options.doers import can_act
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.keys import holds_any, keys

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


def faulted_hits(text: str, s: int, e: int, low: str) -> list[Hit]:
    """Courses the sentence text[s:e] (low: lower-cased) faults someone for not taking."""
    if not holds_any(low, GATE):
        return []
    out: list[Hit] = []
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

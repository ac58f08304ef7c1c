"""Options the author advocates without a modal: "there is a strong case for raising X", "what is
needed is a ban on X", "it is vital that the EU impose X", "the time has come to X", "it's high time
the government raised X", "now is the moment to X", "what if people were entitled to X?"."""
from __future__ import annotations

import re

from briefing_app.analysis.options.action_hits import np_hit, vp_hit
from briefing_app.analysis.options.agents import agent_before
from briefing_app.analysis.options.doers import can_act
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.keys import holds_any, keys
from briefing_app.analysis.options.lexicon import STATE_PARTICIPLES, lowered
from briefing_app.analysis.options.phrases import action_end, base_form, is_concrete, summary
from briefing_app.analysis.trie import cased_opening

IT_IS_TO_RE = re.compile(r"\s*It\s+is\s+(?:rather\s+|instead\s+)?to\s+(?=[a-z])")
CASE_FOR_RE = re.compile(r"\b[Tt]here\s+is\s+(?:an?\s+)?(?:(?:strong|good|compelling|powerful|clear|overwhelming|real)\s+)?"
                         r"(?:case|argument)\s+for\s+(?=\w+ing\b)")
WHAT_NEEDED_RE = re.compile(cased_opening(("What", "what")) + r"\s+(?:(?:would|will|could|might)\s+(?:really\s+)?(?:make\s+(?:a|the|all\s+the)\s+(?:real\s+)?"
                            r"difference|help|work)|(?:is|was)\s+(?:\w+ly\s+)?(?:needed|required|necessary)|[\w’' -]{2,40}?\s+"
                            r"(?:needs?|requires?))\s+(?:now\s+)?is\s+(?P<to>to\s+|for\s+[^,.;]{1,60}?\s+to\s+)?(?=\w)")
AUX = r"(?:is|are|was|were|be|been|has|have|had|will|would|should|must|can|could|may|might|did|does|do|not)\b"
VITAL_THAT_RE = re.compile(cased_opening(("It", "it")) + r"\s+is\s+(?:\w+ly\s+)?(?:vital|essential|crucial|imperative|important|necessary|urgent)\s+"
                           r"that\s+(?P<subj>(?:(?!" + AUX + r")[\w’'.-]+\s+){1,5}?)(?P<verb>(?!" + AUX + r")[a-z]+)\b")
TIME_COME_RE = re.compile(cased_opening((r"The\s+time\s+has\s+(?:now\s+)?come", r"the\s+time\s+has\s+(?:now\s+)?come",
                                          r"Now\s+is\s+the\s+(?:moment|time)", r"now\s+is\s+the\s+(?:moment|time)")) + r"\s+"
                          r"(?:for\s+[^,.;]{1,60}?\s+)?to\s+(?=\w)")
# "What if people were entitled to buy a plot ...?": a proposal put as a question
WHAT_IF_RE = re.compile(r"\s*What\s+if\s+(?:[\w’'.-]+\s+){1,5}?(?:were|was)\s+(?:\w+ly\s+)?(?:entitled|allowed|able|free|"
                        r"given\s+the\s+right|obliged|required)\s+to\s+(?=\w)")
HIGH_TIME_RE = re.compile(cased_opening((r"It\s+is", r"It[’']s", r"Isn[’']t\s+it", r"Is\s+it\s+not",
                                          r"it\s+is", r"it[’']s", r"isn[’']t\s+it", r"is\s+it\s+not")) + r"\s+(?:(?:high|about|long\s+past)\s+)?time\s+(?:that\s+)?(?!I\s)"
                          r"(?P<subj>(?:[\w’'.-]+\s+){1,5}?)(?P<verb>[a-z]+ed)\b")

# "What Europe must do is impose sanctions": the pseudo-cleft names the course
WHAT_DO_RE = re.compile(cased_opening(("What", "what")) + r"\s+(?:[\w’'.-]+\s+){1,5}?(?:must|should|needs?\s+to|has\s+to|have\s+to|ought\s+to)\s+"
                        r"(?:now\s+|really\s+)?do\s+(?:now\s+)?is\s+(?:to\s+)?(?=\w)")
# "More must be done to help the refugees"
MORE_DONE_RE = re.compile(r"\b(?:(?:[Mm]uch|[Ff]ar|[Mm]any\s+times)\s+)?(?:[Mm]ore|[Ee]verything|[Ss]omething|[Aa]\s+lot\s+more)\s+"
                          r"(?:must|should|needs\s+to|has\s+to|ought\s+to|could)\s+be\s+done\s+(?:\w+\s+)?to\s+(?=\w)")
# "The sooner the government scraps the tax, the better"
SOONER_RE = re.compile(r"\b[Tt]he\s+sooner\s+(?P<subj>(?:[\w’'.-]+\s+){1,5}?)(?P<verb>[a-z]+(?:s|ed))\b(?=[^,.;]*,\s+the\s+better)")
# "Greece needs debt relief", "we need a public inquiry": a policy noun phrase an agent needs
NEEDS_NP_RE = re.compile(cased_opening(("needs", "need")) + r"\s+(?=(?:an?|the|more|new|fresh|proper|real|urgent|genuine|better|stronger|tougher|"
                         r"full|independent|public)\s)")

# "let us also hope that senior officials will be held accountable": the author's hope for a concrete step
HOPE_RE = re.compile(cased_opening((r"Let\s+us\s+(?:also\s+)?hope", r"let\s+us\s+(?:also\s+)?hope",
                                     r"We\s+(?:can\s+only\s+|must\s+|should\s+)?hope", r"we\s+(?:can\s+only\s+|must\s+|should\s+)?hope"))
                     + r"\s+(?:that\s+)?(?P<subj>(?:(?!\bhope\b)[^;:]){2,160}?)\s+(?:will|would|can|could)\s+(?:\w+ly\s+|also\s+|finally\s+)?"
                     r"(?=\w)")
# "... the trigger for those who authorised the torture to be held accountable"
FOR_PASSIVE_PARTICIPLES = ("held brought prosecuted punished tried jailed sacked fired removed charged investigated released "
                           "freed banned expelled suspended compensated disciplined dismissed extradited").split()
FOR_PASSIVE_RE = re.compile(r"\bfor\s+(?P<np>(?:the|those|all|his|her|their|its|[A-Z])[^,;:]{1,140}?)\s+to\s+be\s+"
                            r"(?P<part>" + "|".join(FOR_PASSIVE_PARTICIPLES) + r")\b")

# the finite verb a word or two after a subject's adjective or noun: "... community steps up its ..."
FINITE_LATER_RE = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?P<verb>[a-z]+(?:s|ed))\s+(?=(?:the|a|an|its|their|his|her|our|this|"
                             r"these|those|up|down|out|off|back|more|[A-Z]\w*)\b)")

# the subject and finite verb of an if-clause: "if the chief of police comes", "if journalists in the West supported"
IF_CLAUSE = r"(?P<subj>(?:[\w’'.-]+\s+){1,5}?)(?P<verb>(?!(?:is|was|has|does|says|seems|looks|feels|means)\b)[a-z]+(?:s|ed))\b"

# "It would be better for everyone if the two sides returned to the table"
BETTER_IF_RE = re.compile(r"\b(?:would\s+be|is)\s+(?:far\s+|much\s+|a\s+lot\s+)?(?:better|wiser)\s+(?:for\s+[\w ]{1,30}?\s+)?if\s+"
                          r"(?P<subj>(?:[\w’'.-]+\s+){1,5}?)(?P<verb>[a-z]+ed)\b")

# "It would help if the council reopened the library", "They would really benefit if journalists in the West supported
# their campaigns", "It also helps, in majority-black cities, if the chief of police comes from that community"
HELPS_IF_RE = re.compile(r"\b(?:(?:would|will|could|might)\s+(?:\w+ly\s+|also\s+)?(?:help|benefit|be\s+(?:a\s+(?:big\s+|great\s+)?"
                         r"help|helpful|useful|a\s+good\s+thing))|(?:\w+ly\s+|also\s+)?helps)(?:,[^,;]{1,80},)?\s+"
                         r"(?:a\s+lot\s+|greatly\s+)?if\s+" + IF_CLAUSE)
# "If Finland joins NATO, that would undoubtedly harm our relations with Russia" (the course opposed), "If the council
# reopened the library, it would help the town" (backed)
IF_THEN_RE = re.compile(cased_opening(("If", "if")) + r"\s+" + IF_CLAUSE + r"(?P<rest>[^,;]{0,100}),\s*(?:that|it|this|which)\s+(?:would|will|could)\s+"
                        r"(?:\w+ly\s+)?(?:(?P<bad>(?:only\s+)?(?:harm|hurt|damage|undermine|weaken|endanger|ruin|destroy|wreck|"
                        r"jeopardi[sz]e|cripple|poison))|(?P<good>help|benefit|strengthen|improve|boost|save|protect))\b")

def _if_outcome(text: str, m: re.Match[str], end: int, stance: str) -> Hit | None:
    """The course of an if-clause whose outcome is judged, done by someone who can act (not "you", "I", "one")."""
    subj = m.group("subj").split()
    if subj[0].lower() in ("you", "i", "one", "it", "there", "this", "that") or not can_act(m.group("subj")):
        return None
    return _subjunctive(text, m, end, stance)


def _subjunctive(text: str, m: re.Match[str], e: int, stance: str) -> Hit | None:
    """'that the EU imposes sanctions' / 'the government raised the wage': the verb phrase from the bare verb."""
    verb, vstart = m.group("verb"), m.start("verb")
    later = FINITE_LATER_RE.match(text, m.end("verb"), e)
    if later is not None:  # "that the international community steps up its aid": "steps", not "international"
        verb, vstart = later.group("verb"), later.start("verb")
    if verb.endswith("ed"):
        bare = base_form(verb)
    elif re.search(r"(?:ss|sh|ch|x|z)es$", verb):
        bare = verb[:-2]
    elif verb.endswith("ies"):
        bare = verb[:-3] + "y"
    elif verb.endswith("s") and not verb.endswith("ss"):
        bare = verb[:-1]
    else:
        bare = verb
    hit = vp_hit(text, vstart, e, stance, m.start())
    if hit is not None:
        hit.summary = bare[:1].upper() + bare[1:] + hit.summary[len(verb):]
    return hit

VITAL_KEYS = keys("vital", "essential", "crucial", "imperative", "important", "necessary", "urgent")


def advocacy_hits(text: str, s: int, e: int) -> list[Hit]:
    """The author's options in text[s:e] stated by an evaluative frame."""
    low = lowered(text, s, e)
    out: list[Hit | None] = []
    it_is_to = IT_IS_TO_RE.match(text, s, e) if low.lstrip().startswith("it is ") else None
    if it_is_to is not None:  # "The answer is not to keep royalties low. It is to set X"
        out.append(vp_hit(text, it_is_to.end(), e, "support", s))
    if "case for" in low or "argument for" in low:
        out += [vp_hit(text, m.end(), e, "support", m.start()) for m in CASE_FOR_RE.finditer(text, s, e)]
    if "what " in low and ("need" in low or "requir" in low or "would" in low or "could" in low or "will" in low or "might" in low):
        for m in WHAT_NEEDED_RE.finditer(text, s, e):
            out.append(vp_hit(text, m.end(), e, "support", m.start()) if m.group("to")  # a noun phrase names a measure
                       else np_hit(text, m.end(), e, "support", m.start()))  # ("a ban on X"; "a grid that works": a wish)
    if "that " in low and holds_any(low, VITAL_KEYS):
        out += [_subjunctive(text, m, e, "support") for m in VITAL_THAT_RE.finditer(text, s, e)]
    if low.lstrip().startswith("what if"):
        out += [vp_hit(text, m.end(), e, "support", m.start()) for m in WHAT_IF_RE.finditer(text, s, e)]
    if "time" in low or "moment" in low:
        out += [vp_hit(text, m.end(), e, "support", m.start()) for m in TIME_COME_RE.finditer(text, s, e)]
        out += [_subjunctive(text, m, e, "support") for m in HIGH_TIME_RE.finditer(text, s, e)]
    if "do" in low and "what" in low:
        out += [vp_hit(text, m.end(), e, "support", m.start()) for m in WHAT_DO_RE.finditer(text, s, e)]
    if "be done" in low:
        out += [vp_hit(text, m.end(), e, "support", m.start()) for m in MORE_DONE_RE.finditer(text, s, e)]
    if "hope" in low:
        for m in HOPE_RE.finditer(text, s, e):
            passive = re.match(r"be\s+(?P<part>\w+)\b", text[m.end():e])
            if passive and passive.group("part").lower() in STATE_PARTICIPLES:
                continue  # "will be guided by national interests", "will be pleased": no step anyone takes
            if passive:  # "that X will be held accountable": hold X accountable
                vend = action_end(text, m.end() + passive.end(), e)
                phrase = f"{base_form(passive.group('part'))} {m.group('subj')}{text[m.end() + passive.end():vend]}"
                out.append(Hit("support", m.start("subj"), vend, summary(phrase), m.start()) if is_concrete(phrase) else None)
            else:
                out.append(vp_hit(text, m.end(), e, "support", m.start()))
    if "for " in low and "to be " in low:
        for m in FOR_PASSIVE_RE.finditer(text, s, e):
            vend = action_end(text, m.end(), e)
            phrase = f"{base_form(m.group('part'))} {m.group('np')}{text[m.end():vend]}"
            out.append(Hit("support", m.start("np"), vend, summary(phrase), m.start()) if is_concrete(phrase) else None)
    if "better" in low or "wiser" in low:
        out += [_subjunctive(text, m, e, "support") for m in BETTER_IF_RE.finditer(text, s, e)]
    if "if " in low:  # (substring tests: new key words would cost the key scan of every sentence more)
        if "help" in low or "benefit" in low:
            out += [_if_outcome(text, m, e, "support") for m in HELPS_IF_RE.finditer(text, s, e)]
        if " would " in low or " will " in low or " could " in low:
            out += [_if_outcome(text, m, m.end("rest"), "oppose" if m.group("bad") else "support")
                    for m in IF_THEN_RE.finditer(text, s, e)]
    if "sooner" in low:
        out += [_subjunctive(text, m, e, "support") for m in SOONER_RE.finditer(text, s, e)]
    if "need" in low:
        for m in NEEDS_NP_RE.finditer(text, s, e):
            if agent_before(text, s, m.start()) and not re.match(r"\w+\s+\w+ly\b", text[m.end():e]) \
                    and not re.search(r"\b(?:that|which|who|whom)\s+(?:\S+\s+){0,3}$", text[s:m.start()]):
                out.append(np_hit(text, m.end(), e, "support", m.start()))
    return [h for h in out if h is not None]

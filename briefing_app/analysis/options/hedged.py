"""Recommendations put softly or framed as a chance or a duty, each read as agent + frame + action:
"the summit is an opportunity to agree X", "Brussels could consider suspending X", "it is up to
the Security Council to send X", "Britain has a responsibility to take in X", "it makes sense to X",
"the solution is simple: scrap X", "A national housing corporation would assemble the sites"."""
from __future__ import annotations

import re

from briefing_app.analysis.options.action_hits import np_hit, vp_hit
from briefing_app.analysis.options.agents import agent_before
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.keys import keys, words_in
from briefing_app.analysis.options.lexicon import NOT_WEIGHED, lowered
from briefing_app.analysis.options.modals import subject_span
from briefing_app.analysis.trie import letter_gate
from briefing_app.analysis.options.perhaps import perhaps_hits

# "is an opportunity to", "should be seen as a chance for ministers to", "offers a rare opening to";
# not "missed an opportunity to" (what already happened) nor "is not a chance to"
# the noun first, then the frame before it (one scan for the rare noun, not a backtracking frame at every word)
OPPORTUNITY_RE = re.compile(r"\b(?:opportunity|chance|occasion|opening)\s+(?:for\s+(?P<who>[^,.;]{1,60}?)\s+)?to\s+(?=\w)", re.I)
OPPORTUNITY_FRAME_RE = re.compile(r"\b(?:is|are|as|offers?(?:\s+us)?|presents?|provides?|represents?|creates?|gives?(?:\s+[\w’'-]+){0,3}|"
                                  r"seize|use|grasp)\s+(?:an?|the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}$", re.I)
# people given the chance, by a pronoun right after the verb ("gives him", "give them an opportunity"; not "us", the
# writer's own side: "The deal gives us a chance to cut emissions" argues the course; not a
# body named, "gives Congress a chance to fix the law", which may be the author's nudge)
GIVEN_PERSON_RE = re.compile(r"(?:gives?|gave|giving|offers?|offered|offering)\s+(?:him|her|them|me|you)\s", re.I)
PAST_FRAME_RE = re.compile(r"\b(?:was|were|had\s+been|missed|lost|squandered|wasted|passed\s+up|used|took|seized|grasped|"
                           r"treated)\b[^,;]*$", re.I)  # "used them as an opportunity to": what someone did
# "could consider raising", "might want to revisit", "would be well advised to", "could instead fund"
HEDGE_RE = re.compile(
    r"\b" + letter_gate("cmw") + r"(?:(?:could|might|may)\s+(?:well\s+|also\s+|then\s+|at\s+least\s+)?(?:(?:seriously\s+|usefully\s+)?consider|"
    r"(?:want|wish)\s+to|start\s+by|begin\s+by|do\s+(?:worse|a\s+lot\s+worse)\s+than|think\s+about|look\s+(?:at|into)|"
    r"instead|and\s+should|help\s+by)|would\s+be\s+(?:well\s+)?(?:advised|wise)\s+to|would\s+do\s+better\s+to|"
    # "Government can make this easier by reforming the tax code", "Washington can help by lifting the sanctions"
    r"(?:can|could)\s+(?:\w+ly\s+)?(?:help|make\s+(?:this|it|that|things|life)\s+(?:\w+\s+)?(?:easier|better|simpler|cheaper|"
    r"fairer|safer))\s+by)\s+(?=\w)",
    re.I)
GERUND_AFTER = ("consider", "by", "than", "about", "at", "into")
UP_TO_RE = re.compile(r"\b[Ii]t\s+is\s+(?:now\s+|therefore\s+|surely\s+|then\s+)?(?:up\s+to|incumbent\s+(?:up)?on)\s+"
                      r"(?P<who>[^,.;]{1,60}?)\s+to\s+(?=\w)")
DUTY_RE = re.compile(r"\b" + letter_gate("bho") + r"(?:(?:has|have|bears?)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:duty|responsibility|"
                     r"obligation)\s+to\s+(?=\w)|owes?\s+it\s+to\s+[^,.;]{1,40}?\s+to\s+(?=\w))", re.I)
SENSE_RE = re.compile(r"\b(?:[Ii]t\s+(?:would\s+)?makes?|[Ii]t\s+would\s+make)\s+(?P<bad>(?:no|little)\s+)?(?:\w+\s+)?sense\s+"
                      r"(?:for\s+[^,.;]{1,60}?\s+)?to\s+(?=\w)")
# "The EU is right to impose sanctions", "Ankara was wrong to close the border": the author's verdict on an actor's course
RIGHT_TO_RE = re.compile(r"\b(?:is|are|would\s+be)\s+(?:\w+ly\s+|also\s+|quite\s+)?(?:(?P<good>right|correct|wise)|"
                         r"(?P<bad>wrong|mistaken|foolish|unwise|misguided))\s+to\s+(?=\w)", re.I)
# "The answer is not more police but better schools": one course rejected, one argued
NOT_BUT_RE = re.compile(r"\b(?:answer|solution|remedy|priority|way\s+forward|response)\s+(?:is|lies|must\s+be|should\s+be)\s+not\s+"
                        r"(?:in\s+|to\s+)?(?P<a>[^,;.]{3,80}?),?\s+but\s+(?:in\s+|to\s+)?(?=\w)", re.I)
# "We cannot allow the government to sell off the NHS"
CANNOT_ALLOW_RE = re.compile(r"\b(?:cannot|can[’']t|can\s+not|must\s+not|mustn[’']t|should\s+not|shouldn[’']t)\s+(?:allow|permit)\s+"
                             r"(?P<who>[^,.;]{1,60}?)\s+to\s+(?=[a-z])(?!be\b)", re.I)
SIMPLE_RE = re.compile(r"\b(?:answer|solution|remedy|fix|cure|way\s+forward)\s+is\s+(?:\w+\s+)?(?:simple|clear|obvious|"
                       r"straightforward)\s*:\s*(?=\w)", re.I)
def _generic(text: str, s: int, at: int) -> bool:
    """'States have a duty to protect children': a bare plural states a principle, not whose course it is ('GPs have a
    responsibility to': an acronym's plural names a body of people)."""
    words = subject_span(text, s, at)[1].split()
    return len(words) == 1 and words[0].endswith("s") and not words[0].rstrip("s").isupper()


# "We do not need to end sports scholarships", "The council doesn't need to sell the park": the course called needless
# (not "did not need to": what was so; the modal rules read "don't have to" and the bare "need not" as no obligation)
NO_NEED_RE = re.compile(r"\b(?:(?:do|does)\s+not|don[’']t|doesn[’']t)\s+(?:really\s+|actually\s+)?need\s+to\s+(?=[a-z])", re.I)
NO_NEED_KEYS = keys("not need to", "n't need to", "n’t need to", "not really need", "not actually need", "n't really need",
                    "n't actually need", "n’t really need", "n’t actually need")
# "Norway is considering repealing the law", "The Treasury is now actively considering a windfall tax": the doer weighs it
CONSIDERING_RE = re.compile(r"\b(?:is|are)\s+(?:now\s+|currently\s+|also\s+|seriously\s+|actively\s+|still\s+)*(?:considering|"
                            r"weighing|mulling|exploring)\s+(?!" + NOT_WEIGHED + r")(?=\w)")


# one scan for every cue below: most sentences hold none of them
HEDGED_CUES = keys(*"opportunity chance occasion opening could might may advised wise better up incumbent duty considering weighing mulling exploring "
                    "responsibility obligation owe sense right wrong mistaken foolish not n't n’t : would".split(),
                    "easier by", "better by", "simpler by", "cheaper by", "fairer by", "safer by", "help by")
CHANCE_KEYS = keys("opportunity", "chance", "occasion", "opening")
HEDGE_KEYS = keys("could", "might", "may ", "advised", "wise to", "better to", "easier by", "better by", "simpler by",
                  "cheaper by", "fairer by", "safer by", "help by")
DUTY_KEYS = keys("duty", "responsibility", "obligation", "owe")
NP_START_RE = re.compile(r"(?:an?|the|more|fewer|less|better|greater|new|stronger|tougher|smarter|higher|lower|[A-Z]\w*)\b")


def _either(text: str, start: int, end: int, stance: str, at: int) -> Hit | None:
    """An action phrase that may be a noun phrase ("more police") or a verb phrase ("fund the schools")."""
    if NP_START_RE.match(text, start, end):
        return np_hit(text, start, end, stance, at, any_noun=True)
    return vp_hit(text, start, end, stance, at) or np_hit(text, start, end, stance, at, any_noun=True)


# "A national housing land corporation would assemble the sites": a new body or measure the author sketches
SKETCH_HEADS = ("agency", "body", "authority", "corporation", "commission", "fund", "bank", "court", "tribunal", "register",
                "office", "regulator", "company", "service", "board", "council", "inquiry")
SKETCH_RE = re.compile(r"\s*(?:A|An)\s+(?P<np>(?:new|national|independent|single|permanent|public|federal|regional|"
                       r"international|European)\s+(?:[\w-]+\s+){0,3}?(?:" + "|".join(SKETCH_HEADS) + r"))\s+(?:would|could)\s+"
                       r"(?!have\b|be\b|also\s+be\b|not\b|never\b|cost|hurt|harm|damage|undermine|fail|struggle|waste|duplicate)"
                       r"(?=[a-z]+\b)")


def hedged_hits(text: str, s: int, e: int) -> list[Hit]:
    """The author's options in text[s:e] stated by a soft or framing cue."""
    low = lowered(text, s, e)
    found = words_in(low)  # the sentence's key words (one scan), which each gate below asks about
    if HEDGED_CUES.isdisjoint(found):
        return []
    out: list[Hit | None] = []
    if not CHANCE_KEYS.isdisjoint(found):
        for m in OPPORTUNITY_RE.finditer(text, s, e):
            frame = OPPORTUNITY_FRAME_RE.search(text, max(s, m.start() - 80), m.start())
            if frame is None or PAST_FRAME_RE.search(text, s, frame.start() + 4) \
                    or re.search(r"\bnot\s+(?:\w+\s+)?$", text[s:frame.start() + 4]) \
                    or re.match(r"(?:me|you|myself|yourself)\b", m.group("who") or "", re.I) \
                    or GIVEN_PERSON_RE.match(frame.group(0)):
                continue  # "... a chance for me to apologise": the writer's own aside; "the victory gives him a chance
                # to X", "to give them an opportunity to support his platform": a person's opening described, no course argued
            out.append(vp_hit(text, m.end(), e, "support", frame.start()))
    if not HEDGE_KEYS.isdisjoint(found):
        for m in HEDGE_RE.finditer(text, s, e):
            if not agent_before(text, s, m.start()) or re.search(r"\b(?:if|unless|when)\b[^,;]*$", text[s:m.start()], re.I):
                continue  # "prices could ...", "if they could consider ...": no one's course of action
            words = m.group(0).split()
            if words[-1].lower() in GERUND_AFTER:
                hit = np_hit(text, m.end(), e, "support", m.start())
                if hit is None or not text[hit.start:hit.end].split(" ", 1)[0].lower().endswith("ing"):
                    hit = hit if words[-1].lower() == "consider" else None  # "consider a ban on X"
            else:
                hit = vp_hit(text, m.end(), e, "support", m.start())
            out.append(hit)
    if "perhaps" in low or "maybe" in low:
        out += perhaps_hits(text, s, e)
    if not NO_NEED_KEYS.isdisjoint(found):
        for m in NO_NEED_RE.finditer(text, s, e):
            if agent_before(text, s, m.start()) and not re.search(r"\b(?:if|unless|when|while|whether)\b[^,;]*$", text[s:m.start()], re.I):
                out.append(vp_hit(text, m.end(), e, "oppose", m.start()))
    if "considering" in low or "weighing" in low or "mulling" in low or "exploring" in low:
        for m in CONSIDERING_RE.finditer(text, s, e):
            if agent_before(text, s, m.start()) and not re.search(r"\b(?:if|unless|when|while|whether)\b[^,;]*$", text[s:m.start()], re.I):
                hit = np_hit(text, m.end(), e, "neutral", m.start())
                if hit is not None:
                    hit.reported = True  # the doer's own course, weighed: its position, not the author's
                    out.append(hit)
    if "up to" in low or "incumbent" in low:
        out += [vp_hit(text, m.end(), e, "support", m.start()) for m in UP_TO_RE.finditer(text, s, e)
                if m.group("who").lower() not in ("you", "me", "each of us", "each of you", "every one of us")]  # advice
    if not DUTY_KEYS.isdisjoint(found):
        for m in DUTY_RE.finditer(text, s, e):
            if agent_before(text, s, m.start()) and not PAST_FRAME_RE.search(text, s, m.start() + 4) and not _generic(text, s, m.start()):
                out.append(vp_hit(text, m.end(), e, "support", m.start()))
    if "sense" in low:
        out += [vp_hit(text, m.end(), e, "oppose" if m.group("bad") else "support", m.start())
                for m in SENSE_RE.finditer(text, s, e)]
    if "right to" in low or "wrong to" in low or "wise to" in low or "mistaken to" in low or "foolish to" in low:
        for m in RIGHT_TO_RE.finditer(text, s, e):
            if agent_before(text, s, m.start()) and not re.search(r"\bnot\s+(?:that|to\s+say)\b", text[s:m.start()]):
                hit = vp_hit(text, m.end(), e, "oppose" if m.group("bad") else "support", m.start())
                if hit is not None:
                    hit.author = True
                    out.append(hit)
    if " not " in low and " but " in low:
        for m in NOT_BUT_RE.finditer(text, s, e):
            first, second = _either(text, m.start("a"), m.end("a"), "oppose", m.start()), _either(text, m.end(), e, "support",
                                                                                                   m.start())
            out += [first, second] if first and second else []
    if "allow" in low or "permit" in low:
        out += [vp_hit(text, m.end(), e, "oppose", m.start()) for m in CANNOT_ALLOW_RE.finditer(text, s, e)]
    if " would " in low or " could " in low:
        sketch = SKETCH_RE.match(text, s, e)
        if sketch is not None and vp_hit(text, sketch.end(), e, "support", s) is not None:
            np = sketch.group("np")
            out.append(Hit("support", sketch.start("np"), sketch.end("np"), f"Set up a{'n' if np[0] in 'aeiou' else ''} {np}", s))
    if ":" in low:
        for m in SIMPLE_RE.finditer(text, s, e):
            out.append(_either(text, m.end(), e, "support", m.start()))
    return [h for h in out if h is not None]

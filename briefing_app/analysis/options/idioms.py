"""Options argued in set phrases: a verdict on what someone did or failed to do ("Sony made a mistake by not
releasing the film", "there is nothing to be gained by releasing the report", "the district owes him an
apology", "it's time we scrapped the tax", "it is not the job of the Fed to bail out Wall Street"), and a position an actor states as readiness or hope ("Miliband and
Clegg are willing to hold the debates", "he hoped both Cuba and the US would attend the summit")."""
from __future__ import annotations

import re

from briefing_app.analysis.options.action_hits import gerund_hit, vp_hit
from briefing_app.analysis.options.doers import can_act
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.keys import holds_any, keys
from briefing_app.analysis.options.lexicon import lowered
from briefing_app.analysis.options.phrases import base_form, summary
from briefing_app.analysis.trie import cased_opening

MADE_MISTAKE_RE = re.compile(r"\b(?:made|makes|make|is\s+making|are\s+making|was\s+making)\s+(?:a|an)\s+(?:\w+\s+)?"
                             r"(?:mistake|error|blunder)[”\"’']?\s+(?:by|in)\s+(?P<neg>not\s+)?(?=\w+ing\b)", re.I)
NOTHING_GAINED_RE = re.compile(r"\b(?:nothing|little)\s+(?:is\s+|was\s+|would\s+be\s+|to\s+be\s+)?(?:gained|won)\s+(?:by|from)\s+"
                               r"(?=\w+ing\b)", re.I)
APOLOGY_RE = re.compile(r"\bowes?\s+(?P<who>[\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:a|an)\s+(?:\w+\s+)?apology\b")
# "it's time we scrapped the tax", "It is high time the council admitted ...": a past-tense verb after its subject
# (not "it's time I worked with them": the writer's own resolution, no body's course)
TIME_DID_RE = re.compile(r"\b(?:[Ii]t\s+is|[Ii]t[’']s)\s+(?:high\s+|about\s+|long\s+past\s+)?time\s+(?:that\s+)?"
                         r"(?P<who>we|they|(?:the\s+)?(?!I\b)[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}|the\s+[a-z]+(?:\s+[a-z]+)?)\s+"
                         r"(?P<verb>[a-z]+ed|took|gave|made|began|came|went|got|put|set|cut|paid|sold|stood|told|left|brought|"
                         r"built|spent|held|kept|found|let|shut|struck|threw|drew|chose|broke|sent)\b")
# "X are willing to hold the debates", "Ankara is ready to host the talks": a position the actor states
READY_RE = re.compile(r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:now|still|also|not|more\s+than)\s+)?"
                      r"(?P<neg>un)?(?:willing|ready|prepared)\s+to\s+(?=[a-z])")
LOOSE_SUBJECT_RE = re.compile(r"\b(?:who|which|that|others|(?:some|many|most|few)(?:\s+[\w’'-]+)?)\s*$", re.I)
HOPED_RE = re.compile(cased_opening(("hoped", "hopes", "hope")) + r"\s+(?:that\s+)?(?P<who>(?:both\s+)?(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:and\s+)?"
                      r"(?:the\s+)?[A-Z][\w.’'-]*){0,4})\s+(?:would|will|could)\s+(?P<neg>not\s+)?(?=[a-z])")
# "It is not the job of the Fed to bail out Wall Street", "it isn't Washington's role to rebuild Iraq": the act rejected
NOT_JOB_RE = re.compile(r"\b[Ii]t\s+(?:is\s+not|isn[’']t|[’']s\s+not|was\s+not|wasn[’']t)\s+(?:part\s+of\s+)?"
                        r"(?:(?:the|any)\s+(?:\w+\s+)?(?:job|role|place|business|task|duty|remit)\s+of\s+(?P<who>[^,;:]{2,60}?)|"
                        r"(?P<whose>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})[’']s?\s+(?:\w+\s+)?(?:job|role|place|"
                        r"business|task|duty|remit))\s+to\s+(?=[a-z])")
# the words each phrase above needs (a substring test of each is twice as fast as one scan for them all)
KEYS = keys("mistake", "error", "blunder", "gained", " won ", "apology", "time ", "willing", "ready", "prepared", "hope")
MISTAKE_KEYS = keys("mistake", "error", "blunder")
READY_KEYS = keys("willing", "ready", "prepared")
JOB_KEYS = keys("job", "role", "place", "business", "task", "duty", "remit")  # tried only in a negated sentence


def idiom_hits(text: str, s: int, e: int) -> list[Hit]:
    """The options text[s:e] argues in one of the set phrases above."""
    low = lowered(text, s, e)
    negated = "not " in low or "n't" in low or "n’t" in low  # "it is not the job of S to": a negation first
    if not negated and not holds_any(low, KEYS):  # most sentences hold none of the key words
        return []
    out: list[Hit | None] = []
    if holds_any(low, MISTAKE_KEYS):
        for m in MADE_MISTAKE_RE.finditer(text, s, e):  # "made a mistake by not releasing X": releasing X was right
            out.append(gerund_hit(text, m.end(), e, "support" if m.group("neg") else "oppose", m.start()))
    if "gained" in low or " won " in low:
        out += [gerund_hit(text, m.end(), e, "oppose", m.start()) for m in NOTHING_GAINED_RE.finditer(text, s, e)]
    if "apology" in low:
        for m in APOLOGY_RE.finditer(text, s, e):
            if can_act(text[max(s, m.start() - 200):m.start()]):  # "the district owes him a big apology": apologise to him
                out.append(Hit("support", m.start(), m.end(), f"Apologise to {m.group('who')}", m.start()))
    if "time " in low and ("it is" in low or "it's" in low or "it’s" in low):
        for m in TIME_DID_RE.finditer(text, s, e):
            hit = vp_hit(text, m.start("verb"), e, "support", m.start())
            if hit is not None:  # "it's time I worked with them to shrink government": work with them ...
                verb = m.group("verb")
                hit.summary = summary(base_form(verb) + text[m.end("verb"):hit.end])
                hit.author = m.group("who") == "we"
                out.append(hit)
    if holds_any(low, READY_KEYS):
        for m in READY_RE.finditer(text, s, e):
            before = text[max(s, m.start() - 200):m.start()]  # the clause before it, not all of a long sentence
            if not can_act(before) or re.search(r"\b(?:if|whether|unless)\b", before, re.I) or LOOSE_SUBJECT_RE.search(before):
                continue  # "the cake is ready to serve", "whether Iran is ready", "parties who are willing", "some are"
            hit = vp_hit(text, m.end(), e, "oppose" if m.group("neg") else "support", m.start())
            if hit is not None:
                hit.reported = not re.search(r"\b(?:I|we)\s+(?:\w+\s+)?$", text[s:m.start()])
                out.append(hit)
    if negated and holds_any(low, JOB_KEYS):
        for m in NOT_JOB_RE.finditer(text, s, e):
            if can_act(m.group("who") or m.group("whose")):
                out.append(vp_hit(text, m.end(), e, "oppose", m.start()))
    if "hope" in low:
        for m in HOPED_RE.finditer(text, s, e):  # "he hoped both Cuba and the US would attend the summit"
            hit = vp_hit(text, m.end(), e, "oppose" if m.group("neg") else "support", m.start())
            if hit is not None and can_act(m.group("who")):
                hit.reported = True
                out.append(hit)
    return [h for h in out if h is not None]

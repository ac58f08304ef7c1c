"""A question put to someone and their answer: "When asked if the government should raise the minimum wage, Senator
Holt said it should." (Holt supports raising it), "Asked whether Britain should rejoin the customs union, the Labour
leader said it should not." (opposes), "..., she said yes / no". The answerer holds the course the question names; an
answer that neither affirms nor denies it ("said she would think about it") gives none, and a poll's figures ("Asked
whether ..., 59 percent said ...") are no one's position."""
from __future__ import annotations

import re

from briefing_app.analysis.options.action_hits import vp_hit
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.doers import PREMISES
from briefing_app.analysis.options.modal_shape import ERGATIVE_VERBS, PRONOUNS, QUANTITIES, RISE_FALL, shape

ASKED_RE = re.compile(
    r"\s*[“\"]?(?:(?:But|And|Later|Then),?\s+)?(?:[Ww]hen\s+|[Aa]fter\s+being\s+|[Uu]pon\s+being\s+)?[Aa]sked\s+"
    r"(?:[^,;:?]{1,40}?\s+)?(?:if|whether)\s+(?P<subj>[^,;:?]{2,60}?)\s+(?:should|ought\s+to|must|needs?\s+to)\s+"
    r"(?P<vp>[^,;:?]{3,160}?)\s*\??,\s+(?P<who>(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)\s+(?:said|replied|answered|responded)"
    r"\s*[:,]?\s*(?:that\s+)?[“\"]?(?P<answer>[^.;!?”\"]{0,60})")
YES_RE = re.compile(r"(?:yes|absolutely|definitely|certainly|of\s+course)\b(?!\s+not\b)|(?:it|he|she|they|we|I|[A-Z][\w.-]*)"
                    r"(?:\s+[\w.-]+){0,3}?\s+(?:should|must|ought\s+to)\b(?!\s*(?:not\b|n[’']t))", re.I)
NO_RE = re.compile(r"(?:no|absolutely\s+not|certainly\s+not|of\s+course\s+not|definitely\s+not)\b|(?:it|he|she|they|we|I|"
                   r"[A-Z][\w.-]*)(?:\s+[\w.-]+){0,3}?\s+(?:should\s*(?:not\b|n[’']t)|must\s*(?:not\b|n[’']t)|ought\s+not\b)", re.I)
# the answerers of a poll, not a holder: "59 percent said", "most respondents said", "a majority of voters answered"
POLL_RE = re.compile(r"\d|\b(?:percent|per\s+cent|respondents?|voters|polled|majority|most|half|third|quarter|many|few)\b", re.I)


def answered_hits(text: str, s: int, e: int, low: str) -> list[Hit]:
    """The course a question names, held by the one who answers it (module doc)."""
    if "asked" not in low or ("if " not in low and "whether" not in low):
        return []
    m = ASKED_RE.match(text, s, e)
    if m is None or POLL_RE.search(m.group("who")):
        return []
    answer = m.group("answer").strip()
    stance = "oppose" if NO_RE.match(answer) else "support" if YES_RE.match(answer) else None
    if stance is None:
        return []
    hit = vp_hit(text, m.start("vp"), m.end("vp"), stance, m.start("who"), m.group("who"))
    subj = m.group("subj").strip()
    head = subj.rsplit(" ", 1)[-1].lower()
    first = m.group("vp").split(" ", 1)[0]
    if hit is None and head not in PRONOUNS and (head in PREMISES or first in ERGATIVE_VERBS | {"be"}
                                                 or head in QUANTITIES and first in RISE_FALL):
        shaped = shape(subj, head, m.group("vp"), stance, "")  # "Asked whether schools should reopen, ...": a place's
        # verb without an object, done to its subject ("Reopen schools"), or a passive ("whether the bridge should be
        # rebuilt": "Rebuild the bridge"), or what a policy sets moving ("whether taxes should rise": "Raise taxes");
        # not a pronoun's ("whether he should resign")
        hit = Hit(shaped[0], m.start("vp"), m.end("vp"), shaped[1], m.start("who"), m.group("who")) if shaped else None
    if hit is not None:
        hit.reported = True
        hit.item = True  # it outranks the "whether ..." clause read as a course weighed, which may run on over the answer
    return [hit] if hit is not None else []

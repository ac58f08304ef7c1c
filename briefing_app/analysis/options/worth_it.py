"""A course judged after a concession in the same sentence: "Rent control will not solve the shortage, but it is worth
trying", "A congestion charge may not end the jams, but it is still worth a try" (the author's support), "A wealth tax
might raise some money, but it is not worth the cost" (opposition). The pronoun after "but" stands for the first
clause's subject, the course (a gerund or a policy noun); a subject that names no course ("The plan", "It") gives none,
and a "worth" said of something else ("but the debate is worth having") is no verdict on the subject."""
from __future__ import annotations

import re

from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.verdict_subject import subject_hit

WORTH_RE = re.compile(r",\s+but\s+(?:it|they)(?:\s+(?:is|are|would\s+be|may\s+be|might\s+be|will\s+be|remains?)|[’'](?:s|re))\s+"
                      r"(?:(?P<not>not|hardly|scarcely|never)\s+)?(?:still\s+|surely\s+|certainly\s+|well\s+)?worth\s+"
                      r"(?:(?P<good>trying|a\s+try|a\s+shot|doing|pursuing|a\s+go|it|the\s+(?:effort|experiment))|"
                      r"(?P<cost>the\s+(?:cost|price|risk|money|trouble)))\b")
# the subject's verb: its first auxiliary or modal
VERB_RE = re.compile(r"\s(?:would|will|could|can|may|might|is|are|has|have|does|do|won[’']t|cannot|can[’']t)\b")


def worth_hits(text: str, s: int, e: int, low: str) -> list[Hit]:
    """The course of the sentence text[s:e] judged worth it, or not, after a concession (module doc)."""
    if "worth" not in low or "but" not in low:
        return []
    m = WORTH_RE.search(text, s, e)
    verb = VERB_RE.search(text, s, m.start()) if m is not None else None
    if m is None or verb is None:
        return []
    stance = "oppose" if m.group("not") else "support"  # worth trying / worth the cost; not worth either
    hit = subject_hit(text, s, verb.start(), stance, any_stance_nouns=True)
    if hit is None:
        return []
    hit.author = True
    return [hit]

"""A candidate's pledge of what he or she would do in office: "if he is elected president he will seek the prosecution
of X", "If elected, Ted Cruz will abolish the IRS", "has promised that as president, he would build a wall". The
pledger's position (convention v2, news-s13's decision: a candidate's pledge of what the government will do), never the
author's; "I / we will" is the speaker's (the quotation's)."""
from __future__ import annotations

import re

from briefing_app.analysis.options.action_hits import vp_hit
from briefing_app.analysis.options.hits import Hit

OFFICE = r"(?:president|governor|mayor|prime\s+minister|chancellor|senator|commander[\s-]in[\s-]chief)"
PLEDGE_RE = re.compile(
    r"(?<![\w-])(?:[Ii]f\s+(?:(?:he|she|they|I|we)\s+(?:is|are|am|was|were|gets?|got)\s+)?(?:re-?)?elected(?:\s+" + OFFICE + r")?|"
    r"[Aa]s\s+" + OFFICE + r"|[Oo]nce\s+in\s+office|[Oo]n\s+(?:his|her|my|day)\s+(?:first\s+day\s+in\s+office|one))\s*,?\s+"
    r"(?P<subj>he|she|I|we|[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,2})\s+(?:would|will)\s+(?P<neg>not\s+|never\s+)?(?=[a-z])")
AS_OFFICE_RE = re.compile(r"as (?:president|governor|mayor|prime minister|chancellor|senator|commander)")  # the gate
PRONOUN_OWNER = {"he": "his", "she": "her"}


def pledge_hits(text: str, s: int, e: int, low: str) -> list[Hit]:
    """Pledges of what the speaker or a named candidate would do in office, in the sentence text[s:e] (low: lower-cased)."""
    if "elected" not in low and "in office" not in low and "day one" not in low and AS_OFFICE_RE.search(low) is None:
        return []
    out: list[Hit] = []
    for m in PLEDGE_RE.finditer(text, s, e):
        hit = vp_hit(text, m.end(), e, "oppose" if m.group("neg") else "support", m.start("subj"))
        if hit is None:
            continue
        subj = m.group("subj")
        if subj in ("I", "we"):
            hit.reported = True  # the speaker's pledge: the quotation's speaker holds it
        else:  # a person: named, or "he"/"she" as an owner is read (the one person of that sex the sentence names)
            hit.who, hit.person = PRONOUN_OWNER.get(subj, subj), True
        out.append(hit)
    return out

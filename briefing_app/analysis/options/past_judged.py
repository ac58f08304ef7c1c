"""A past act the author judges is no option: "Parliament was right to reject the tax on fuel", "Ministers were wise
to drop the plan to sell the forests", "The council rightly rejected the plan to close the library". What was done is
told and weighed; no course is argued (the rules read "reject X" as a call against X and the verdict word as the
author's, and gave "Impose the tax on fuel" with the author's support). A hit whose cue lies in the judged act's
clause is dropped; a course the same sentence argues for the future keeps its own cue after the clause ends ("...,
and it should now scrap the levy", "... and must now go further", "rightly argued that X should Y": a claim, its cue
after "that"). The present "is right to X" is a verdict on a course still open (hedged.RIGHT_TO_RE) and stays."""
from __future__ import annotations

import re

from briefing_app.analysis.options.hits import Hit

# "was right to", "were (surely) wise to", "was wrong to"; "rightly rejected", "wisely dropped" (a verb of deciding on a
# measure: "rightly pointed out / argued / warned" report a claim or a warning, still held)
PAST_JUDGED_RE = re.compile(
    r"\b(?:was|were)\s+(?:\w+ly\s+|also\s+|quite\s+)?(?:right|correct|wise|smart|sensible|wrong|mistaken|foolish|unwise|"
    r"misguided)\s+to\s+(?=[a-z])"
    # (not the perfect of a side taken, which stands: "The council has rightly rejected the plan to X" is the council's
    # position, the author agreeing; judged.AGREEING_RE)
    r"|\b(?!(?:(?<=\bhas\s)|(?<=\bhave\s))\w+ly\s+(?:rejected|refused|resisted|backed)\b)(?:rightly|wrongly|wisely|foolishly|sensibly|correctly|mistakenly)\s+(?:rejected|dropped|scrapped|abandoned|"
    r"shelved|ditched|vetoed|blocked|killed|refused|resisted|overturned|struck\s+down|turned\s+down|voted\s+down|"
    r"threw\s+out|ruled\s+out|passed|approved|adopted|backed|chose|opted|decided)\b")
PAST_JUDGED_KEYS = ("right to", "correct to", "wise to", "smart to", "sensible to", "wrong to", "mistaken to", "foolish to",
                    "misguided to", "rightly ", "wrongly ", "wisely ", "foolishly ", "sensibly ", "correctly ", "mistakenly ")
# where the judged act's clause ends: a comma, a colon or semicolon, a new clause ("but", "yet", "and should", "that")
CLAUSE_END_RE = re.compile(r"[,;:(—–]|\s(?:but|yet|while|whereas|because|since|although|though|that)\s"
                           r"|\s(?:should|must|ought\s+to|needs?\s+to|has\s+to|have\s+to|will|now)\s")


def past_judged(text: str, s: int, e: int, low: str, hits: list[Hit]) -> list[Hit]:
    """hits less those whose cue lies in a judged past act's clause in text[s:e] (low: the sentence lower-cased)."""
    if not any(k in low for k in PAST_JUDGED_KEYS):
        return hits
    spans = []
    for m in PAST_JUDGED_RE.finditer(text, s, e):
        end = CLAUSE_END_RE.search(text, m.end(), e)
        spans.append((m.start(), end.start() if end is not None else e))
    if not spans:
        return hits
    return [h for h in hits if not any(a <= h.at < b for a, b in spans)]

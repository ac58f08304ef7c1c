"""A plan an actor announces for itself, reported: "Senator Warren said she would introduce a bill to ban stock
trading", "Jeb Bush said he would put more conservative judges on the federal bench", "Merz said he would not govern with
the AfD" (oppose). The speaker's own position (convention v2, "Announced plans (sixteenth session)" rule b: a course that
needs others, announced, is the announcer's position while it is not in force); never the author's. An act the speaker
decided and does alone ("said his office would appeal the decision", "her department would review the rules": rule a)
is marked `decided` and dropped by `own_acts`. Someone else's future ("analysts said the bank would raise rates") is a
prediction: the subject after "said" must be the speaker ("he", "she", "we", "they") or the speaker's body ("his
office", "its board"); not "it", as often a thing ("said it would cost employers $2 billion") as the speaker."""
from __future__ import annotations

import re

from briefing_app.analysis.options.action_hits import vp_hit
from briefing_app.analysis.options.hits import Hit

BODY = r"(?:office|party|government|administration|company|department|team|ministry|union|campaign|firm|group|board)"
SAID_WOULD_RE = re.compile(r"\b(?:said|says)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?P<subj>he|she|we|they|"
                           r"(?:his|her|their|its)\s+" + BODY + r")\s+(?:would|will)\s+(?P<neg>not\s+|never\s+)?"
                           r"(?!be\b|have\b|do\b|make\s+sure\b|continue\s+to\s+(?:monitor|review|assess)\b|"
                           # an outcome foreseen, a vote cast: "said he would gain ground", "said they would vote in the primary"
                           r"(?:win|gain|lose|beat|succeed|get|remain|stay|become|prevail|finish|come|vote|go|like|love|"
                           r"prefer|need|try)\b)(?=[a-z])")
# the condition that makes the speaker's plan conditional: "said he would introduce X if the appeal failed"
IF_RE = re.compile(r",?\s+(?:if|unless|once|provided)\s+")
ANNOUNCED_CUES = tuple(f"said {s} {m}" for s in ("he", "she", "we", "they", "his", "her", "their", "its")
                       for m in ("would", "will", "office", "party", "government", "administration", "company",
                                 "department", "ministry", "union"))


def announced_hits(text: str, s: int, e: int, low: str) -> list[Hit]:
    """The speaker's own announced plans in the sentence text[s:e] (lower-cased: low)."""
    if "said" not in low and "says" not in low:
        return []
    out: list[Hit] = []
    for m in SAID_WOULD_RE.finditer(text, s, e):
        hit = vp_hit(text, m.end(), e, "oppose" if m.group("neg") else "support", m.start())
        if hit is None:
            continue
        if IF_RE.match(text, hit.end, e):
            hit.stance = "conditional"  # "said he would introduce a narrower version ... if the appeal failed"
        hit.reported = hit.decided = True
        out.append(hit)
    return out

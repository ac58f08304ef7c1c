"""Policy options argued for or against in opinion pieces, with the author's stance and
the sentence that states each. Sentence patterns:

- "One option that will not work would be to X" / "X would be a mistake" / "should not X" -> oppose
- "Nor is this to say that S should abandon X" (a negated rejection) -> support
- "X should include Y" / "Consideration should be given to X" / "S should X" -> support,
  conditional when a following sentence calls it risky
- "X matters." / "X is essential|vital|critical" -> support
"""
from __future__ import annotations

import re

from briefing_app.core.model import Option

OPPOSE_RE = re.compile(
    r"\b(?:option|approach|idea|course|path|step)s?\s+that\s+(?:will|would)\s+not\s+work\s+(?:would\s+be|is)\s+(?:to\s+)?(?P<x>(?:[^.;]|\.(?=\S|\s+[a-z]))+)"
    r"|\b(?P<y>[^.;,]{6,80}?)\s+would\s+be\s+a\s+(?:mistake|blunder|error)"
    r"|\b(?:should|must)\s+not\s+(?P<z>[^.;,]+)",
    re.I,
)
KEEP_RE = re.compile(r"\bNor\s+is\s+this\s+to\s+say\s+that\s+\S+(?:\s+\S+)?\s+should\s+(?:abandon|give up|drop|end|stop)\s+(?P<x>[^.;,]+)", re.I)
SUPPORT_RE = re.compile(
    r"\bshould\s+(?:also\s+)?include\s+(?:at\s+a\s+minimum\s+)?(?P<a>(?:[^.;]|\.(?=\S|\s+[a-z]))+)"
    r"|\b[Cc]onsideration\s+should\s+(?:also\s+)?be\s+given\s+to\s+(?P<b>(?:[^.;]|\.(?=\S|\s+[a-z]))+)"
    r"|\b(?:we|Seoul|Washington|Tokyo|the (?:United States|U\.S\.|government|administration|allies)|\w+)\s+"
    r"(?:should|must|ought to|needs? to)\s+(?!not\b|include\b|also include\b|be given\b|also be given\b)(?P<c>(?:[^.;]|\.(?=\S|\s+[a-z]))+)"
    r"|^(?P<d>[A-Z][^.;]{5,80}?)\s+(?:matters|is (?:essential|vital|critical|indispensable))\.",
)
RISK_RE = re.compile(r"\b(?:risky|risks?|dangerous|could backfire|costly|perilous)\b", re.I)
CUT_RE = re.compile(r",\s+(?:since|because|given|as)\b")
IMPERATIVE_NOUNS = re.compile(r"^(?:joint|additional|maritime|sanctions|interdiction|condemnation|the\s+\w+)", re.I)


def _summary(x: str, verbish: bool) -> str:
    x = x.strip().rstrip(".")
    x = re.sub(r"^to\s+", "", x)
    x = x[:1].upper() + x[1:]
    return x if len(x) <= 140 else x[:137].rsplit(" ", 1)[0] + "…"


def find(text: str, paras, sents, meta) -> list[Option]:
    if meta.genre != "opinion":
        return []
    out: list[Option] = []
    spans = sents.spans
    for i, (s, e) in enumerate(spans):
        sent = text[s:e]
        if "“" in sent or '"' in sent:
            continue
        stance, x = None, None
        m = KEEP_RE.search(sent)
        if m:
            stance, x = "support", m.group("x")
            cut = CUT_RE.search(sent)
            if cut:
                e = s + cut.start()
        else:
            m = OPPOSE_RE.search(sent)
            if m:
                stance, x = "oppose", m.group("x") or m.group("y") or m.group("z")
            else:
                m = SUPPORT_RE.search(sent)
                if m:
                    stance = "support"
                    x = m.group("a") or m.group("b") or m.group("c") or m.group("d")
                    follow = " ".join(text[a:b] for a, b in spans[i + 1:i + 3])
                    if (m.group("b") or m.group("c")) and RISK_RE.search(follow):
                        stance = "conditional"
        if stance and x and len(x.split()) >= 2:
            if stance == "support" and m.re is SUPPORT_RE and m.group("c") and not re.search(r"\b(?:should|must)\b", sent[: m.start("c")]):
                continue
            out.append(Option(_summary(x, True), stance, s, e))
    return out

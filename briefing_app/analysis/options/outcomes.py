"""A course argued from what it would bring about, opening its sentence: "By decriminalising sex work, India would set an
example for other countries", "By scrapping the levy, the council could save jobs" (the author's support); "By closing
the border, Ankara would only hurt its own farmers" (opposition)."""
from __future__ import annotations

import re

from briefing_app.analysis.options.doers import can_act
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.phrases import action_end, is_concrete, summary

BY_GERUND_RE = re.compile(
    r"\s*By\s+(?P<vp>(?!being\b|doing\s+so\b|doing\s+this\b)[a-z]+ing\b[^,;:]{2,120}),\s+(?P<subj>[^,;:]{2,60}?)\s+"
    r"(?:would|could|will|can)\s+(?:also\s+|finally\s+|at\s+last\s+|(?P<only>only\s+|simply\s+))?"
    r"(?:(?P<good>set\s+an\s+example|lead\s+the\s+way|send\s+a\s+(?:\w+\s+)?(?:message|signal)|save|protect|help|boost|"
    r"improve|restore|strengthen|ease|reduce|cut|end|free\s+up)|(?P<bad>hurt|harm|damage|undermine|weaken|endanger|alienate|"
    r"embolden|worsen|deepen|isolate|punish|betray))\b")


def outcome_hits(text: str, s: int, e: int) -> list[Hit]:
    """The course the sentence text[s:e] opens with ("By X-ing ..., S would <outcome>"), judged by that outcome."""
    if not text.startswith("By ", s) and not text[s:s + 8].lstrip().startswith("By "):
        return []
    m = BY_GERUND_RE.match(text, s, e)
    if m is None or not can_act(m.group("subj")) or m.group("subj").split()[0].lower() in ("you", "i", "one", "it"):
        return []
    vend = action_end(text, m.start("vp"), m.end("vp"))
    vp = text[m.start("vp"):vend]
    if not is_concrete(vp):
        return []
    stance = "oppose" if m.group("bad") or m.group("only") and m.group("good") is None else "support"
    return [Hit(stance, m.start("vp"), vend, summary(vp), m.start(), author=True)]

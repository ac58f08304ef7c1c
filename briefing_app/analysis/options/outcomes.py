"""A course argued from what it would bring about, opening its sentence: "By decriminalising sex work, India would set an
example for other countries", "By scrapping the levy, the council could save jobs" (the author's support); "By closing
the border, Ankara would only hurt its own farmers" (opposition); and the same argument as a condition: "If the United
States embraced a carbon tax, the path would be much easier", "If Congress raised the minimum wage, millions would be
better off" (support), "If the council banned cars, shops would close" (opposition). The outcome must judge: "If the
Fed raised rates, markets would move" argues nothing."""
from __future__ import annotations

import re

from briefing_app.analysis.options.doers import can_act
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.next_verdict import REPORTED_RE
from briefing_app.analysis.options.phrases import IRREGULAR, action_end, base_form, is_concrete, summary

# what a course would bring about, good or bad ("would only ..." with no good word: bad, "would only embolden Moscow")
GOOD = (r"set\s+an\s+example|lead\s+the\s+way|send\s+a\s+(?:\w+\s+)?(?:message|signal)|save|protect|help|boost|improve|"
        r"restore|strengthen|ease|reduce|cut|end|free\s+up|lift|bring|create|show|prove|attract|spur|benefit|"
        r"be\s+(?:much\s+|far\s+|a\s+lot\s+|considerably\s+|even\s+)?(?:easier|better|simpler|cleaner|safer|fairer|cheaper|"
        r"stronger|healthier)|be\s+better\s+off")
BAD = (r"hurt|harm|damage|undermine|weaken|endanger|alienate|embolden|worsen|deepen|isolate|punish|betray|destroy|kill|"
       r"cost|wreck|cripple|devastate|ruin|suffer|close|collapse|be\s+(?:much\s+|far\s+|even\s+)?(?:worse|harder|"
       r"poorer|weaker)|be\s+worse\s+off")
OUTCOME = (r"(?P<modal>would|could|will|can)\s+(?:also\s+|finally\s+|at\s+last\s+|then\s+|(?P<only>only\s+|simply\s+))?"
           r"(?:(?P<good>" + GOOD + r")|(?P<bad>" + BAD + r"))\b")
BY_GERUND_RE = re.compile(
    r"\s*By\s+(?P<vp>(?!being\b|doing\s+so\b|doing\s+this\b)[a-z]+ing\b[^,;:]{2,120}),\s+(?P<subj>[^,;:]{2,60}?)\s+"
    + OUTCOME)
SAME_FORMS = frozenset("cut set put let shut quit hit spread".split())  # past and present alike: "If Congress cut taxes"
PAST_FORMS = frozenset(w for w, bare in IRREGULAR.items() if w != bare and not w.endswith(("ed", "en", "n", "ing"))) | SAME_FORMS
# "If Congress raised the minimum wage, millions would be better off": the doer, its act in the past (or "were to" and
# the bare verb), then what would follow
IF_PAST_RE = re.compile(
    r"\s*(?:(?:But|And|Yet)\s+)?[Ii]f\s+(?P<subj>[^,;:]{2,60}?)\s+(?:were\s+to\s+(?P<bare>[a-z]+\b[^,;:]{2,120})|"
    r"(?:only\s+|simply\s+|finally\s+)?(?P<vp>(?:[a-z]{2,}ed|" + "|".join(sorted(PAST_FORMS, key=lambda w: (-len(w), w)))
    + r")\b[^,;:]{2,120})),\s+(?:then\s+)?(?P<patient>[^,;:]{2,80}?)\s+" + OUTCOME)
# a trouble whose fall is the good outcome: "If the state hired more police, crime would collapse", "..., the loophole
# would close", "..., waiting lists would collapse" (the course's support, not its opposition)
TROUBLE_RE = re.compile(r"\b(?:deficits?|debts?|crime|unemployment|poverty|pollution|emissions|loopholes?|gaps?|backlogs?|"
                        r"waiting\s+(?:lists?|times)|inflation|smuggling|congestion|corruption|shortages?|losses|"
                        r"homelessness|violence|obesity|traffic|queues?)$", re.I)
DECLINE_RE = re.compile(r"collapse|close|be\s+(?:much\s+|far\s+|even\s+)?weaker")
# the cue words of the outcomes (cues.CUES: a sentence without one is never read)
OUTCOME_CUES = tuple(f"{m} {v}" for m in ("would", "could") for v in (
    "lift", "bring", "create", "show", "prove", "attract", "spur", "benefit", "destroy", "kill", "cost", "wreck",
    "devastate", "ruin", "suffer", "close", "collapse", "be much", "be far", "be easier", "be better", "be simpler",
    "be cleaner", "be safer", "be fairer", "be cheaper", "be worse", "be harder"))


def outcome_hits(text: str, s: int, e: int) -> list[Hit]:
    """The course the sentence text[s:e] opens with ("By X-ing ..., S would <outcome>", "If S X-ed ..., T would
    <outcome>"), judged by that outcome."""
    head = text[s:s + 12].lstrip(" “\"").lower()
    if head.startswith("by "):
        m = BY_GERUND_RE.match(text, s, e)
        vp_start = m.start("vp") if m is not None else 0
    elif head.startswith(("if ", "but if ", "and if ", "yet if ")):
        m = IF_PAST_RE.match(text, s, e)
        if m is None or m.group("modal") not in ("would", "could") or m.group("vp") is not None and not _past(
                m.group("vp").split(" ", 1)[0]):
            return []  # "If the council bans cars, the air will be cleaner": a forecast's condition, not a course weighed
        vp_start = m.start("bare") if m.group("bare") is not None else m.start("vp")
    else:
        return []
    if m is None or not can_act(m.group("subj")) or m.group("subj").split()[0].lower() in ("you", "i", "one", "it", "we") \
            or REPORTED_RE.search(text, m.end(), e) is not None:
        return []  # "..., the air would be cleaner, the report said": the report's argument, not the author's
    group = "vp" if m.groupdict().get("vp") is not None else "bare"
    vend = action_end(text, vp_start, m.end(group))
    vp = text[vp_start:vend]
    first, _, rest = vp.partition(" ")
    bare = vp if first.endswith("ing") or not rest else f"{base_form(first)} {rest}"
    if not is_concrete(bare):
        return []
    stance = "oppose" if m.group("bad") or m.group("only") and m.group("good") is None else "support"
    if m.group("bad") and m.groupdict().get("patient") and DECLINE_RE.fullmatch(m.group("bad")) \
            and TROUBLE_RE.search(m.group("patient")):
        stance = "support"  # "If the state hired more police, crime would collapse": the trouble's fall is the gain
    return [Hit(stance, vp_start, vend, summary(bare), m.start(), author=True)]


def _past(verb: str) -> bool:
    """Whether the word is a verb in the past tense ("embraced", "raised", "spent"; "cut" and "set" as well: the "would"
    after the condition says it is no present)."""
    return verb.endswith("ed") and base_form(verb) != verb or verb in PAST_FORMS

"""The author's adjective inside a course others hold: "he also opposes peaceful forms of resistance, including the
increasingly effective Boycott, Divestment and Sanctions movement" (the author backs them), "Ministers want to scrap
the successful free-meals scheme" (the author opposes scrapping it), "The council plans to extend the failed curfew"
(opposes).

The adjective is read as the author's only when it takes the other side from every holder: no one calls what they
oppose effective, or what they want failed. When it agrees with the holders ("Trump vowed to end the unfair trade
deals") it may be their own word told in reported speech, as news reports do, and it gives no side. Not inside
quotation marks (a scare-quoted "unjust embargo" is the speaker's), only attributive ("the effective scheme", not "is
effective"), and only in the course's own noun phrase (not after a preposition: "Scrap the tax on successful firms"
says nothing of the tax), and not in a sentence that tells someone's words ("Ministers want to scrap the successful
scheme, a spokesman said": a news report's sentence, whose adjective may be the spokesman's).
"""
from __future__ import annotations

import re

from briefing_app.analysis.options.concurred import reported
from briefing_app.analysis.options.hits import Hit
from briefing_app.core.model import Option

GOOD_ADJ = ("effective", "successful", "sensible", "overdue", "long-overdue", "much-needed", "badly-needed",
            "worthwhile", "admirable", "laudable", "commendable", "humane", "life-saving",
            "lifesaving", "well-run")
BAD_ADJ = ("failed", "failing", "discredited", "disastrous", "ineffective", "misguided", "reckless", "draconian", "cruel",
           "punitive", "wasteful", "ruinous", "counterproductive", "counter-productive", "ill-conceived", "ill-advised",
           "wrong-headed", "wrongheaded", "short-sighted", "shortsighted", "half-baked", "unworkable", "pointless",
           "useless", "harmful", "destructive", "disgraceful", "shameful")
APPRAISED_RE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+(?:(?:increasingly|highly|hugely|remarkably|very|"
    r"largely|wholly|utterly|proven|demonstrably|long|much|sorely|badly|clearly|plainly|deeply|totally|completely|"
    r"entirely|already|so)\s+)?(?:(?P<good>" + "|".join(GOOD_ADJ) + r")|(?P<bad>" + "|".join(BAD_ADJ) + r"))\s+(?=[A-Za-z])")
# a word that takes the noun phrase out of the course's own: "scrap the tax on successful firms", "that failed"
OUT_OF_PHRASE_RE = re.compile(r"\b(?:on|for|to|against|from|with|by|in|at|into|about|over|under|after|before|that|which|"
                              r"who|whose|than|because|while|whom)\b|[;:()]")
QUOTE_MARKS = ('"', "“", "”")
# what undoes its object: the author's good word on the object is a word against the course
UNDOING = frozenset(("scrap", "end", "abolish", "repeal", "cut", "close", "drop", "ban", "stop", "halt", "withdraw",
                     "reverse", "rescind", "axe", "ditch", "kill", "shut", "dismantle", "abandon", "remove", "eliminate",
                     "block", "prevent", "reject", "oppose", "undo", "overturn", "suspend", "defund", "cancel", "outlaw",
                     "gut", "slash", "freeze", "phase", "roll", "sell", "privatise", "privatize"))


def appraised(text: str, hit: Hit, option: Option, quoted: bool, s: int, e: int) -> None:
    """A reported option the author has taken no side on, whose course's noun phrase holds the author's adjective
    (APPRAISED_RE) against every holder's side: the author's side is the adjective's. Not in a sentence that tells
    someone's words (text[s:e]; "Ministers want to scrap the successful scheme, a spokesman said": the spokesman's)."""
    if option.stance is not None or not option.positions or quoted:
        return
    sides = {p.stance for p in option.positions}
    if not sides <= {"support", "oppose"}:
        return
    m = APPRAISED_RE.search(text, hit.start, hit.end)
    if m is None:
        return
    between = text[hit.start:m.start()]
    if OUT_OF_PHRASE_RE.search(between) is not None or any(q in between for q in QUOTE_MARKS) or reported(text, s, e):
        return
    good = m.group("good") is not None
    verb = option.summary.split(" ", 1)[0].lower()
    side = "support" if good != (verb in UNDOING) else "oppose"
    if side not in sides:
        option.stance = side

"""The author's word on a call just reported, given by a command on it or a verdict after a concession:
"The Business Council has urged Canberra to fast-track X. ... the government should reject it." (oppose),
"Mexico's president has offered X. We should take her up on it." (support), "Ministers are right to resist
it." (oppose), "I understand the frustration, but that's not a serious plan." (oppose), "It is an
understandable demand, but it ignores ..." (oppose), "On this, they are right" (support). The command
("Reject it") is then no option of its own: it names the reported one again."""
from __future__ import annotations

import re

from briefing_app.analysis.options.lexicon import RIGHT_NOT_VERDICT
from briefing_app.core.model import Option

OBJ = r"(?:it|this|that|them|the\s+(?:idea|demand|call|proposal|plan|offer|request))\b"
ACT = r"(?:should|must|ought\s+to|(?:are|is|were|was|would\s+be)\s+(?:quite\s+)?right\s+to)\s+(?:\w+ly\s+)?"
ANAPHOR_RE = re.compile(
    r"\b" + ACT + r"(?:(?P<bad>reject|resist|oppose|refuse|block|veto|ignore|drop|scrap)\s+" + OBJ
    + r"|(?P<good>take\s+(?:her|him|them|it|\w+)\s+up\s+on\s+(?:it|this|that|the\s+offer)|accept\s+" + OBJ
    + r"|(?:back|support|adopt|embrace|heed|welcome)\s+" + OBJ + r"|sign\s+on\b))", re.I)
ANAPHOR_KEYS = (" it", " them", " this", " that", " the ", "sign on")
# a concession, then the author's rejection: "..., but that's not a serious plan", "It is understandable, but it ignores"
AFTER_BUT_RE = re.compile(
    r"(?:^|,\s*|\s)but\s+(?:(?P<bad>(?:that|this|it)(?:[’']s|\s+is|\s+would\s+be)\s+not\s+a\s+(?:serious|workable|realistic|"
    r"credible|sensible|practical|real)\s+(?:plan|idea|proposal|option|answer|solution|policy)|(?:it|that|this|they)\s+"
    r"(?:ignores?|overlooks?|underestimates?|forgets?|misses)\b|(?:that|this|it|doing\s+so)\s+(?:would|will)\s+(?:be\s+(?:struck\s+down|"
    r"overturned|thrown\s+out)|do\s+(?:little|nothing)\s+to|not\s+(?:work|help|solve))\b)|(?P<good>(?:they|he|she)\s+(?:are|is)\s+right\b"
    + RIGHT_NOT_VERDICT + "))", re.I)
# "On this, they are right", "On this point, he is right": the author agrees with the holder named before
AGREE_LEAD_RE = re.compile(r"\s*(?:On\s+(?:this|that)(?:\s+point|\s+score|\s+issue)?|Here|In\s+this)\s*,\s+(?:they|he|she)\s+"
                           r"(?:are|is)\s+(?:quite\s+|absolutely\s+)?right\b" + RIGHT_NOT_VERDICT)
SAID_RE = re.compile(r"\b(?:say|says|said|argue|argues|argued|insist|insists|insisted|claim|claims|claimed|warn|warns|warned|"
                     r"believe|believes|think|thinks|according)\b")
# the author's rebuttal of the call just reported: the next sentence opens with "But"/"However"/"Yet" and says it fails
REBUTTAL_OPENERS = ("but ", "but,", "however,", "however ", "yet ")
# ... and says what the course would do wrong, or judges it ("However, the council has not yet decided" is no rebuttal)
NEGATIVE_RE = re.compile(r"\b(?:would|will|could|might)\b[^.;]{0,60}?(?:\b(?:not|never|nothing|little|cost|costs|fail|harm|hurt|"
                         r"damage|worsen|backfire|undermine)\b|n[’']t\b)|\b(?:wrong|mistake|misguided|counterproductive|unworkable|"
                         r"unaffordable|dangerous|reckless|folly)\b")
# "I understand the appeal.", "It is easy to see why.": the author concedes, and the "But ..." after it rebuts
CONCEDE_RE = re.compile(r"\b(?:have|has)\s+every\s+right\s+to\b|\b(?:are|is)\s+entitled\s+to\b|\b(?:I|We)\s+(?:can\s+)?understand\s+(?:the|their|his|her|why)\b|\beasy\s+to\s+see\s+why\b|\bunderstandable\b|"
                        r"\b(?:I|We)\s+have\s+some\s+sympathy\b|\bI(?:[’']m|\s+am)\s+sympathetic\b|\bhas\s+(?:some\s+)?merit\b|"
                        r"\b(?:They|He|She)\s+(?:have|has)\s+a\s+point\b")
# the author's word on the call as a thing: "It is an impossible condition", "That is a position the country can no longer afford"
THAT_VERDICT_RE = re.compile(r"\s*[“\"]?(?:It|That|This)(?:[’']s|\s+is|\s+would\s+be)\s+(?:(?:an?|the)\s+)?(?:\w+\s+)?"
                             r"(?:(?:impossible|unrealistic|absurd|unreasonable|unworkable|cynical|reckless|dangerous|"
                             r"self-defeating)\s+(?:condition|demand|idea|proposal|plan|request|policy|position)|"
                             r"(?:position|policy|luxury|plan|demand)\s+(?:[\w’']+\s+){1,3}?can(?:not|[’']t|\s+no\s+longer)\s+afford|"
                             r"(?:provocative|counterproductive|reckless|futile|self-defeating|irresponsible)\s+(?:for|and|in|,)|"
                             r"(?:a\s+)?(?:gift|present|boon)\s+(?:to|for)\s+(?:the\s+)?[A-Z])")
COMMAND_SUMMARY_RE = re.compile(r"(?:Reject|Resist|Oppose|Refuse|Block|Veto|Ignore|Drop|Scrap|Accept|Back|Support|Adopt|"
                                r"Embrace|Heed|Welcome|Take\s+\w+\s+up\s+on)\s+(?:it|this|that|them|the\s+\w+)$|Sign\s+on$")


def anaphoric_verdict(text: str, s: int, e: int, low: str, targets: list[Option],
                      before: tuple[int, int] | None = None) -> str | None:
    """The author's stance a sentence text[s:e] (lower-cased: low) gives the latest call of `targets` (newest
    first) nobody's author side is on yet, set on it; None when the sentence gives none. `before`: the sentence
    before it, which may concede ("I understand the appeal.") what a "But ..." sentence then rebuts."""
    target = next((o for o in targets if o.stance is None and o.positions), None)
    if target is None:
        return None
    stance = None
    if "but" in low:
        m = AFTER_BUT_RE.search(text, s, e)
        if m is not None:
            stance = "oppose" if m.group("bad") else "support"
    if stance is None and low.lstrip(" “\"").startswith(("it ", "that ", "this ")) and THAT_VERDICT_RE.match(text, s, e):
        stance = "oppose"  # "It is an impossible condition.", "That is a position the country can no longer afford."
    if stance is None and "right" in low and AGREE_LEAD_RE.match(text, s, e):
        stance = "support"
    if stance is None and any(k in low for k in ANAPHOR_KEYS):
        m = ANAPHOR_RE.search(text, s, e)
        if m is not None:
            stance = "oppose" if m.group("bad") else "support"
    if stance is None and low.lstrip(" “\"").startswith(REBUTTAL_OPENERS) and (NEGATIVE_RE.search(low) is not None or (
            before is not None and CONCEDE_RE.search(text, *before) is not None)):
        stance = "oppose"  # "Some economists argue that S should X. But closing the door would do little to fix ..."
    if stance is None or SAID_RE.search(low) is not None:
        return None  # "Critics say the government should reject it": theirs, not the author's
    target.stance = stance
    return stance


def names_it_again(summary: str) -> bool:
    """A found command that only names a call again ("Reject it", "Take her up on it", "Sign on")."""
    return COMMAND_SUMMARY_RE.fullmatch(summary) is not None

"""The author's hope that a named doer takes a course: "I sincerely hope Attorney General Kamala Harris fights to get
the ban reinstated", "We hope the council will reopen the library", "Why I hope Ray Rice gets back into the game".
A hope for a person at large or a pronoun ("I hope you're happy", "I hope young people resist their urges", "I hope
he'll forgive me") is no course of a body's. ("We hope that X will ..." is advocacy's.)
And the hope another holds: "Sasser said he hopes the school district will reinstate Tutka", "..., hoping that Mrs
Merkel's government will help craft changes in European regulations": the hoper's position (never the author's)."""
from __future__ import annotations

import re

from briefing_app.analysis.options.doers import AGENT_NOUNS, AGENTIVE_RE, can_act
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.keys import holds_any, keys
from briefing_app.analysis.options.lexicon import BAD_AGENTS, PERSONAL_AGENTS
from briefing_app.analysis.options.phrases import action_end, is_concrete, summary
from briefing_app.analysis.trie import cased_opening

HOPE_KEYS = keys("i hope", "we hope", "i do hope", "we do hope", "i sincerely hope", "i truly hope", "i really hope",
                 "we sincerely hope", "we truly hope", "we really hope")
AUX = r"(?:will|would|can|could|shall|is|are|was|were|has|have|had|does|did|do|may|might|must|should)"
HOPE_RE = re.compile(
    cased_opening(("I", "We", "we")) + r"\s+(?:(?:sincerely|truly|really|do|still|also)\s+)?hope\s+(?:that\s+)?"
    r"(?P<np>(?:[A-Z][\w.’'-]*|the|its|their)(?:\s+(?!" + AUX + r"\b)[\w.’'-]+){0,5}?)\s+"
    r"(?:(?P<modal>will|would|can|could)\s+(?:\w+ly\s+)?(?P<base>[a-z]+)|(?P<finite>[a-z]+(?<!ss)s))\b")
NOT_THEIRS = frozenset("i we you one us let's let’s the a his her its their any no some faint slim real is was little every much new "
                        "fresh high great growing false vain".split())  # "there is hope that": a noun, no one hoping
PRONOUNS = frozenset("he she they it you we i this that there".split())
NOT_ACTS = frozenset("is was has does says seems looks feels thinks knows means goes gets".split())  # "hopes X is right"


def _base(verb: str) -> str:
    """The bare verb of a present third-person form: "fights" -> "fight", "pushes" -> "push", "tries" -> "try"."""
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if re.search(r"(?:sh|ch|x|zz|ss|o)es$", verb):
        return verb[:-2]
    return verb[:-1]


def _doer(np: str) -> bool:
    """A name, a title or a body ("Attorney General Kamala Harris", "the council"), not a pronoun or people at large."""
    words = np.split()
    head = re.sub(r"[’']s?$", "", words[-1]).lower()
    if words[0].lower() in PRONOUNS or head in BAD_AGENTS or head in PERSONAL_AGENTS:
        return False
    return can_act(np)


# someone else's hope: "he hopes (that)", "the unions hope", "is hoping", "hoped", "..., hoping that"; not the author's
# ("I/we/you hope", "one hopes", "let us hope") nor a hope no one is named as holding ("the hope that", "there is hope")
THEIR_HOPE_RE = re.compile(
    cased_opening(("hopes", "hoped", "hoping", "hope")) + r"\s+(?:that\s+)?"
    r"(?P<np>(?:[A-Z][\w.’'-]*|the|its|their)(?:\s+(?!" + AUX + r"\b)[\w.’'-]+){0,5}?)\s+"
    r"(?:will|would)\s+(?:\w+ly\s+|also\s+|finally\s+)?(?P<base>[a-z]+)\b")


def hope_hits(text: str, s: int, e: int, low: str) -> list[Hit]:
    """The hoped-for courses of a named doer in the sentence text[s:e] (low: lower-cased): the author's, and those of a
    holder the sentence names."""
    if "hop" not in low:
        return []
    out = _their_hopes(text, s, e) if "hoped" in low or "hopes" in low or "hoping" in low or " hope " in low else []
    if not holds_any(low, HOPE_KEYS):
        return out
    for m in HOPE_RE.finditer(text, s, e):
        if not _doer(m.group("np")) or m.group("finite") in NOT_ACTS or m.group(0)[0] in "Ww" and m.group("modal"):
            continue  # "we hope that X will ...": advocacy's HOPE_RE reads it
        verb = m.group("base") or _base(m.group("finite"))
        start = m.start("base") if m.group("base") else m.start("finite")
        vend = action_end(text, m.end(), e)
        phrase = verb + text[m.end():vend]
        if is_concrete(phrase):
            out.append(Hit("support", start, vend, summary(phrase), m.start(), author=True))
    return out


def _head_acts(np: str) -> bool:
    """The phrase's head names a doer: "the school district", "Mrs Merkel's government", "Trump"; not "Trump's
    behaviour" (a name before the head is no doer)."""
    head = re.sub(r"[’']s?$", "", np.split()[-1])
    return head[:1].isupper() or head.lower() in AGENT_NOUNS or AGENTIVE_RE.search(head.lower()) is not None


def _their_hopes(text: str, s: int, e: int) -> list[Hit]:
    """'Sasser said he hopes the school district will reinstate Tutka': the hoper's position (attributed to the
    subject before the hope, as a reported plan is)."""
    out = []
    for m in THEIR_HOPE_RE.finditer(text, s, e):
        before = text[max(s, m.start() - 12):m.start()].split()
        if before and before[-1].lower() in NOT_THEIRS or not _doer(m.group("np")) or not _head_acts(m.group("np")) \
                or m.group("base") in ("be", "have", "get"):
            continue  # "hopes the talks will be fruitful", "hopes Tehran will have learnt": no course
        vend = action_end(text, m.end(), e)
        phrase = m.group("base") + text[m.end():vend]
        if is_concrete(phrase):
            out.append(Hit("support", m.start("base"), vend, summary(phrase), m.start(), reported=True))
    return out

"""Options the author names as the means, the priority or the thing that deserves support:
"Only by talking to Hamas can Israel secure peace", "Dialogue is the only way to end the
conflict", "There is no alternative to a negotiated settlement", "A ban on assault weapons
deserves our support", "The focus should be on prevention", "Protecting civilians must be the
priority"."""
from __future__ import annotations

import re

from briefing_app.analysis.options.action_hits import np_hit, vp_hit
from briefing_app.analysis.options.heads import WORD_RE, object_head
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.keys import keys, words_in
from briefing_app.analysis.options.lexicon import after_space, lowered
from briefing_app.analysis.options.phrases import action_end, is_concrete, summary
from briefing_app.analysis.options.verdict_subject import subject_hit
from briefing_app.analysis.trie import opening_words

ONLY_BY_RE = re.compile(r"\s*(?:(?:But|And|So)\s+)?[Oo]nly\s+(?:by|through)\s+(?=\w+ing\b)")
ONLY_BY_END_RE = after_space(r"(?:can|will|could|would|may|might|is|are)\s+(?:\w+\s+){0,4}?(?:be\s+)?\w+")
ONLY_WAY_RE = after_space(r"(?:is|are|remains?|would\s+be)\s+(?:(?:still|surely|clearly)\s+)?(?:the\s+(?:only|best|surest|quickest|"
                          r"fastest|sole|one)\s+(?:way|route|path|hope)\s+(?:to|out|forward)|(?:the\s+)?key\s+to|the\s+(?:(?:obvious|only|best|"
                          r"real|right|simplest|sensible)\s+)?answer)\b", re.I)
# "There are good reasons to doubt that buying more missiles will make Japan safer": the gerund doubted
DOUBT_RE = re.compile(r"\b(?:reasons?\s+to\s+doubt|(?:little|no)\s+reason\s+to\s+(?:believe|think|expect))\s+(?:that\s+)?"
                      r"(?P<g>[a-z]+ing\b[^,;:]{3,120}?)\s+(?:will|would|can|could)\b")
NO_ALTERNATIVE_RE = re.compile(r"\b[Tt]here\s+is\s+no\s+(?:real\s+|other\s+|viable\s+)?alternative\s+to\s+(?=\w)")
DESERVES_RE = after_space(r"deserves?\s+(?:(?:our|public|everyone[’']s|full|wide|cross-party|broad)\s+)*(?:support|backing)\b",
                          re.I)
# (FOCUS_RE and GOAL_REQUIRES_RE open with the class of their first letters and read the word boundary before it as a
# lookbehind one character wider, each word's rest behind a lookbehind on its letter: r"\b[Tt]he" and r"\b(?:[Pp]eace|
# [Ss]tability|[Rr]ecovery|[Rr]econciliation|[Pp]rogress|[Ss]uccess|[Ss]ecurity|[Jj]ustice)\b" as they were, but sre
# jumps to those letters instead of trying the pattern at every position; tests/analysis/test_speed_equivalents.py)
FOCUS_RE = re.compile(r"[Tt](?<!\w.)he\s+(?:focus|emphasis|priority)\s+(?:now\s+)?(?:should|must|needs\s+to|has\s+to|ought\s+to)\s+be\s+"
                      r"(?:on|upon)\s+(?=\w)")
PRIORITY_RE = after_space(r"(?:should|must|needs\s+to|has\s+to|ought\s+to)\s+be\s+(?:the|a|our|their|its|his|her)\s+(?:top\s+|"
                          r"first\s+|main\s+|overriding\s+|urgent\s+|immediate\s+)?(?:priority|goal|aim|focus)\b", re.I, first="[HhMmNnOoSsſ]")
# "Peace will require a freeze on settlements"
GOAL_REQUIRES_RE = re.compile(r"[PpSsRrJj](?<!\w.)(?:(?<=[Pp])(?:eace|rogress)|(?<=[Ss])(?:tability|uccess|ecurity)|"
                              r"(?<=[Rr])(?:ecovery|econciliation)|(?<=[Jj])ustice)\b[^,.;]{0,40}?\s+(?:will|would|must)\s+(?:\w+ly\s+)?(?:require|need|take)\s+"
                              r"(?=(?:a|an|the|more|new|real|genuine)\s)")
ONE_ANSWER_RE = re.compile(opening_words(("only", "one")) + r"\s+(?:real\s+)?(?:answer|solution|option|way\s+forward|remedy)\s*:\s*(?=\w)", re.I)
# what a focus can be on to name an act: a gerund or an act noun ("prevention", "enforcement", "diplomacy",
# "reform"), not a topic ("the risks of free speech", "the victims")
ACT_NOUN_RE = re.compile(r"(?:ing|tion|sion|ment|ance|ence|acy|ure|al)s?$|^(?:reforms?|aid|growth|jobs|research|cuts?|"
                         r"taxes|tax|spending|security|defence|defense|trade|talks)$")
GOAL_CUES = keys("only by", "only through", "way", "key to", "alternative", "deserve", "focus", "emphasis", "priority", "goal",
             "aim", "requir", "need", "take", "answer", "solution", "option", "remedy", "reason")

WAY_KEYS = keys(" way", "key to", "answer", "route", "path", "hope")
FOCUS_KEYS = keys("focus", "emphasis", "priority", "goal", "aim", "requir", "need", "take", "answer", "solution", "option", "remedy")


def goal_hits(text: str, s: int, e: int) -> list[Hit]:
    """The author's options in text[s:e] named as the means, the priority or what deserves support."""
    low = lowered(text, s, e)
    found = words_in(low)  # the sentence's key words (one scan), which each gate below asks about
    if GOAL_CUES.isdisjoint(found):
        return []
    out: list[Hit | None] = []
    only = ONLY_BY_RE.match(text, s, e) if "only" in low else None
    if only is not None:
        end = ONLY_BY_END_RE.search(text, only.end(), e)
        out.append(vp_hit(text, only.end(), end.start() if end else e, "support", only.start()))
    if not WAY_KEYS.isdisjoint(found):
        for m in ONLY_WAY_RE.finditer(text, s, e):
            out.append(subject_hit(text, s, m.start(), "support", any_stance_nouns=True))
    if "alternative" in low:
        for m in NO_ALTERNATIVE_RE.finditer(text, s, e):
            out.append(np_hit(text, m.end(), e, "support", m.start(), any_noun=True))
    if "reason" in low:
        for m in DOUBT_RE.finditer(text, s, e):
            out.append(subject_hit(text, m.start("g"), m.end("g"), "oppose"))
    if "deserve" in low:
        for m in DESERVES_RE.finditer(text, s, e):
            out.append(subject_hit(text, s, m.start(), "support", any_stance_nouns=True))
    if FOCUS_KEYS.isdisjoint(found):
        return [h for h in out if h is not None]
    for m in FOCUS_RE.finditer(text, s, e):  # "the focus should be on prevention": focus on prevention
        vend = action_end(text, m.end(), e)
        phrase = "focus on " + text[m.end():vend]
        words = [w.lower() for w in WORD_RE.findall(phrase[9:])]
        head = words[0] if words and words[0].endswith("ing") else object_head(["focus", *words])[0]
        if not ACT_NOUN_RE.search(head) or not is_concrete("adopt " + phrase[9:]):
            continue  # "the focus should be on the risks of free speech": a topic, no act
        out.append(Hit("support", m.end(), vend, summary(phrase), m.start()))
    for m in PRIORITY_RE.finditer(text, s, e):
        out.append(subject_hit(text, s, m.start(), "support", any_stance_nouns=True))
    for m in GOAL_REQUIRES_RE.finditer(text, s, e):
        out.append(np_hit(text, m.end(), e, "support", m.start()))
    for m in ONE_ANSWER_RE.finditer(text, s, e):
        out.append(vp_hit(text, m.end(), e, "support", m.start()) or np_hit(text, m.end(), e, "support", m.start(),
                                                                             any_noun=True))
    return [h for h in out if h is not None]

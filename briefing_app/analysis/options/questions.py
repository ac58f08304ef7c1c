"""Options argued by a rhetorical question: "Why should taxpayers fund X?", "Why on earth would S do X?",
"Do we really want to X?", "Should S really do X?" (oppose; a plain "Why would S do X?" is as often a real question), "Shouldn't S
do X?", "Why not X?", "Isn't it time to X?" (support)."""
from __future__ import annotations

import re

from briefing_app.analysis.options.action_hits import OBJECT_START_RE, vp_hit
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.lexicon import after_space

RHETORICAL_RE = re.compile(
    r"\s*[“\"‘']?(?:(?P<why>Why\s+(?:on\s+earth\s+|then\s+|ever\s+)?)?(?P<modal>[Ss]houldn[’']t|[Mm]ustn[’']t|[Ss]hould|[Mm]ust|"
    r"(?<=earth\s)would|(?<=ever\s)would)\s+"
    r"(?P<subj>(?:the\s+)?[\w.’'-]+(?:\s+[A-Z][\w.’'-]+)*)(?P<neg>\s+not)?(?P<really>\s+(?:really|seriously|honestly))?"
    r"|(?P<whynot>Why\s+not)|(?P<want>Do\s+(?:we|you|they)\s+(?:really\s+)?want\s+to)"
    r"|(?P<time>(?:Is|Isn[’']t)\s+it\s+(?:not\s+)?(?:high\s+|about\s+)?time\s+(?:for\s+[^,.;?]{1,60}?\s+)?to))\s+(?=\w)")


TIME_QUESTION_RE = re.compile(r"(?P<time>\b(?:is|isn[’']t)\s+it\s+(?:not\s+)?(?:high\s+|about\s+)?time\s+"
                              r"(?:for\s+[^,.;?]{1,60}?\s+)?to)\s+(?=\w)", re.I)


def question_hits(text: str, s: int, e: int) -> list[Hit]:
    """A rhetorical question: "Why should taxpayers fund X?" (oppose), "Shouldn't S do X?",
    "Why not X?", "Isn't it time to X?" (support). A plain "Should S do X?" asks and is no option;
    "Is it time to X?" is stance "ask", settled by an answer that follows ("No.")."""
    m = RHETORICAL_RE.match(text, s, e) or TIME_QUESTION_RE.search(text, s, e)
    if m is None:
        return []
    groups = m.groupdict()
    if groups.get("whynot"):
        stance = "support"
    elif groups.get("want"):  # "Do we really want to hand the police ...?": no
        stance = "oppose"
    elif groups.get("time"):  # "Isn't it time to ...?" argues; "Is it time to ...?" asks, and the answer decides
        stance = "ask" if m.group("time").lower().startswith("is it") and "not" not in m.group("time") else "support"
    else:
        negated = "n’t" in m.group("modal") or "n't" in m.group("modal") or bool(m.group("neg"))
        doubt = bool(m.group("why") or m.group("really"))  # "Should the EU really impose ...?": no
        if not doubt and not negated:
            return []
        stance = "oppose" if doubt and not negated else "support"
        if m.group("modal") == "would" and m.group("subj").lower() in ("anyone", "anybody", "one", "i", "you", "he", "she", "they", "it"):
            return []  # "Why would anyone vote for him?": puzzlement, not a course of action
    hit = vp_hit(text, verb_start(text, m.end(), e) if groups.get("subj") else m.end(), e, stance, m.start())
    return [hit] if hit else []


PREPOSITIONS = frozenset("in on at of for from with by to into across under over near".split())


def verb_start(text: str, at: int, end: int) -> int:
    """Where the verb starts when the subject ran on past its first word ("Why should slum dwellers in
    Delhi pay more ...": "pay"): the first lower-case word, not a preposition nor right after one, that an
    object or the clause's end follows."""
    words = list(re.finditer(r"[\w’'-]+", text[at:end][:80]))[:7]
    for n, word in enumerate(words):
        w, before = word.group(0), words[n - 1].group(0).lower() if n else ""
        if w[:1].isupper() or w.lower() in PREPOSITIONS or before in PREPOSITIONS:
            continue
        if OBJECT_START_RE.match(text, at + word.end(), end) or (
                PARTICLE_RE.match(text, at + word.end(), end) and not re.search(r"[^s]s$", w)):
            return at + word.start()  # "pay for water", not "dwellers in"
    return at


PARTICLE_RE = after_space(r"(?:for|to|on|with|into|from|about|against|over)\b")

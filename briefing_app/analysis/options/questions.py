"""Options argued by a rhetorical question: "Why should taxpayers fund X?", "Why on earth would S do X?",
"Do we really want to X?", "Should S really do X?", "Is it really wise to X?", "What is the point of X-ing?" (oppose; a plain "Why would S do X?" is as often a real question), "Shouldn't S
do X?", "Why not X?", "Isn't it time to X?" (support)."""
from __future__ import annotations

import re

from briefing_app.analysis.options.action_hits import OBJECT_START_RE, gerund_hit, vp_hit
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.keys import holds_any, keys
from briefing_app.analysis.options.lexicon import after_space, lowered

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
        return _doubting(text, s, e)
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
        if not doubt and not negated:  # "Should S do X?" asks: an answer after it ("No.", "Only if ...") decides
            if m.group("modal").lower() != "should" or m.group("subj").lower() in ("i", "you", "we", "it", "a", "an", "one"):
                return []
            hit = vp_hit(text, verb_start(text, m.end(), e), e, "ask", m.start())
            return [hit] if hit else []
        stance = "oppose" if doubt and not negated else "support"
        if m.group("modal") == "would" and m.group("subj").lower() in ("anyone", "anybody", "one", "i", "you", "he", "she", "they", "it"):
            return []  # "Why would anyone vote for him?": puzzlement, not a course of action
        if m.group("subj").lower() in ("a", "an", "any", "every"):
            return []  # "Why should a child born in one neighborhood be stuck ...?": anyone's lot, no body's course
    start = verb_start(text, m.end(), e) if groups.get("subj") else m.end()
    progressive = PROGRESSIVE_RE.match(text, start, e)
    if progressive is not None:  # "Should we really be cutting the aid budget?": cut it
        return _gerund(text, progressive.end(), e, stance, m.start())
    hit = vp_hit(text, start, e, stance, m.start())
    return [hit] if hit else []


# "Is it really wise to X?", "What is the point of X-ing?", "How can S justify X-ing?", "Does anyone seriously believe
# X-ing will ...?", "Can anyone really argue that S should X?" (oppose); "Wouldn't it be
# better to X?" (support)
DOUBT_RE = re.compile(
    r"\s*[“\"‘']?(?:(?:But|And|So)\s+)?(?:(?P<wise>Is\s+it\s+(?:really\s+|truly\s+|honestly\s+|seriously\s+)?(?:wise|sensible|"
    r"necessary|right|fair|smart|prudent|helpful)\s+to)|(?P<point>What\s+(?:is|would\s+be)\s+the\s+(?:point|use|sense)\s+(?:of|in))|"
    r"(?P<justify>How\s+(?:can|could|does|do)\s+(?:[\w.’'-]+\s+){1,4}?justify)|(?P<better>(?:Wouldn[’']t\s+it|Would\s+it\s+not)\s+be\s+"
    r"(?:far\s+|much\s+)?(?:better|wiser|simpler|fairer|cheaper|smarter)\s+to)|(?P<believe>Does\s+anyone\s+(?:seriously\s+|really\s+|"
    r"honestly\s+)?(?:believe|think)\s+(?:that\s+)?)|(?P<argue>Can\s+anyone\s+(?:seriously\s+|really\s+|honestly\s+)?(?:argue|claim|"
    r"pretend)\s+that\s+))\s*(?=\w)")
DOUBT_KEYS = keys("really", "wise", "sensible", "necessary", "right", "fair", "smart", "prudent", "helpful", "point", "use",
              "sense", "justify", "better", "wiser", "simpler", "fairer", "cheaper", "anyone")
PROGRESSIVE_RE = re.compile(r"be\s+(?=[a-z]+ing\b)")
LATER_MODAL_RE = re.compile(r"\s+(?:will|would|can|could|should|must|ought\s+to)\s+")


def _doubting(text: str, s: int, e: int) -> list[Hit]:
    """A rhetorical question of doubt or of preference (DOUBT_RE)."""
    if not holds_any(lowered(text, s, e), DOUBT_KEYS):
        return []
    m = DOUBT_RE.match(text, s, e)
    if m is None:
        return []
    kind = next(k for k, v in m.groupdict().items() if v)
    stance = "support" if kind == "better" else "oppose"
    if kind in ("point", "justify"):
        return _gerund(text, m.end(), e, stance, m.start())
    if kind in ("believe", "argue"):  # "... believe that building a wall will stop ...", "... argue that S should X"
        modal = LATER_MODAL_RE.search(text, m.end(), e)
        if modal is None:
            return []
        if kind == "believe":
            return _gerund(text, m.end(), modal.start(), stance, m.start())
        hit = vp_hit(text, modal.end(), e, stance, m.start())
    else:
        hit = vp_hit(text, m.end(), e, stance, m.start())
    return [hit] if hit else []


def _gerund(text: str, start: int, end: int, stance: str, at: int) -> list[Hit]:
    """The gerund phrase at `start` ("sending more troops") as an action, when one starts there."""
    hit = gerund_hit(text, start, end, stance, at) if re.match(r"[a-z]+ing\b", text[start:end]) else None
    return [hit] if hit is not None else []


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

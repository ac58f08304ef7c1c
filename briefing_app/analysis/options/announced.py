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

from briefing_app.analysis.options.action_hits import np_hit, vp_hit
from briefing_app.analysis.options.agents import agent_before
from briefing_app.analysis.options.governing import governing_speaker
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.keys import keys, words_in
from briefing_app.analysis.options.lexicon import NOT_WEIGHED
from briefing_app.analysis.trie import cased_opening

BODY = r"(?:office|party|government|administration|company|department|team|ministry|union|campaign|firm|group|board)"
# (after the "\b", the class of the verbs' first letters: most word starts fail at that one test)
SAID_WOULD_RE = re.compile(cased_opening(("said", "says", "announced", "announces", "declared", "declares", "stated", "states")) + r"\s+(?:on\s+\w+\s+)?(?:that\s+)?"
                           r"(?P<subj>he|she|we|they|it|"
                           r"(?:his|her|their|its)\s+" + BODY + r")\s+(?:would|will)\s+(?P<neg>not\s+|never\s+)?"
                           r"(?!be\b|have\b|do\b|make\s+sure\b|continue\s+to\s+(?:monitor|review|assess)\b|"
                           # an outcome foreseen, a vote cast: "said he would gain ground", "said they would vote in the primary"
                           r"(?:win|gain|lose|beat|succeed|get|remain|stay|become|prevail|finish|come|vote|go|like|love|"
                           r"prefer|need|try)\b)(?=[a-z])")
# a position verb after "said he would (not)": its object is the course ("said they would never accept a cut in pensions")
BACKED_RE = re.compile(r"(?:support|back|endorse|favou?r|vote\s+for|accept)\s+(?=\w)")
# "said she would not rule out a ban": the ban kept open (neutral), as "would not rule out" alone (calls.py)
RULE_OUT_RE = re.compile(r"rule\s+out\s+(?=\w)")
# a verb of rejection after "said he would": its object is the course opposed ("said she would rule out a ban", "would
# reject / oppose the merger"), as "Lopez would rule out a ban" alone (calls.py); denied ("would not oppose"), no side
REJECTED_RE = re.compile(r"(?:rule\s+out|reject|oppose)\s+(?=\w)")
# the condition that makes the speaker's plan conditional: "said he would introduce X if the appeal failed"
IF_RE = re.compile(r",?\s+(?:if|unless|once|provided)\s+")
# a course weighed, not yet decided (rule b's neutral): "said her government was considering a ban", "we're in
# discussions about the deployment of X", "has been weighing new sanctions" (the present "is considering X" is `phrasal`'s
# and `hedged`'s); "was"/"were" only in reported words (backshifted), not a past told as past
WEIGHED_RE = re.compile(r"\b(?:(?P<past>was|were)|(?:has|have)\s+been|[’']re|[’']s\s+been)\s+(?:(?:now|currently|also|still|"
                        r"seriously|actively|reportedly|already)\s+)*(?:considering|weighing|mulling|exploring|"
                        r"in\s+(?:(?:early|preliminary|advanced|serious|ongoing)\s+)?(?:discussions?|talks)\s+(?:about|on|over))"
                        r"\s+(?!" + NOT_WEIGHED + r"|announc)(?=\w)")  # ("considering announcing that X": X is read elsewhere)
TALKS_RE = re.compile(r"\b(?:is|are)\s+(?:(?:now|currently|also|still|already)\s+)?in\s+(?:(?:early|preliminary|advanced|serious|"
                      r"ongoing)\s+)?(?:discussions?|talks)\s+(?:about|on|over)\s+(?!" + NOT_WEIGHED + r")(?=\w)")
WE_RE = re.compile(r"(?<![\w’'])[Ww]e$")  # the subject of "we're"
REPORTED_RE = re.compile(r"\b(?:said|says|told|according\s+to|reported|added)\b")
WEIGHED_KEYS = keys("considering", "weighing", "mulling", "exploring", "discussion", "talks")  # (in the one scan)
ANNOUNCED_CUES = (*(f"said {s} {m}" for s in ("he", "she", "we", "they", "his", "her", "their", "its")
                    for m in ("would", "will", "office", "party", "government", "administration", "company",
                              "department", "ministry", "union")),
                  *(f"{v} {s} {m}" for v in ("said", "announced", "declared") for s in ("it", "he", "she", "they")
                    for m in ("would", "will")),
                  "in discussions", "in discussion", "in talks", "in early talks", "in preliminary talks")


def announced_hits(text: str, s: int, e: int, low: str) -> list[Hit]:
    """The speaker's own announced plans in the sentence text[s:e] (lower-cased: low), and courses it weighs."""
    out = _weighed(text, s, e, low) if not WEIGHED_KEYS.isdisjoint(words_in(low)) else []
    if "said" not in low and "says" not in low and "announc" not in low and "declare" not in low and "state" not in low:
        return out
    for m in SAID_WOULD_RE.finditer(text, s, e):
        if m.group("subj") == "it" and not governing_speaker(text, s, m.start()):
            continue  # "said it would cost employers $2 billion", "Ford said it would open a plant": no governing body
        stance = "oppose" if m.group("neg") else "support"
        if m.group("neg") and (ruled := RULE_OUT_RE.match(text, m.end(), e)) is not None:
            hit = np_hit(text, ruled.end(), e, "neutral", m.start())  # "said she would not rule out a ban"
            if hit is not None:
                hit.reported = True
                out.append(hit)
            continue
        if (rejected := REJECTED_RE.match(text, m.end(), e)) is not None:
            hit = None if m.group("neg") else np_hit(text, rejected.end(), e, "oppose", m.start())
            if hit is not None:  # "said she would rule out a ban": her opposition to it, not "Rule out a ban" backed
                hit.reported = True
                out.append(hit)
            continue
        backed = BACKED_RE.match(text, m.end(), e)  # "said she would (not) support a ban": the ban, as "would not
        hit = np_hit(text, backed.end(), e, stance, m.start()) if backed else vp_hit(text, m.end(), e, stance, m.start())  # support"
        if hit is None:
            continue
        if IF_RE.match(text, hit.end, e):
            hit.stance = "conditional"  # "said he would introduce a narrower version ... if the appeal failed"
        hit.reported = hit.decided = True
        out.append(hit)
    return out


SAID_PRONOUN_RE = re.compile(r"\b(?:said|says|told\s+\w+|added)\s+(?:that\s+)?(?:he|she|they|it|we)\s+(?:(?:were|was|are|is|had|have|"
                             r"has)\s+)?(?:been\s+)?$")


def _said_pronoun(text: str, s: int, at: int) -> bool:
    """'Officials said they were weighing X': a pronoun after a verb of saying whose subject can act stands for it."""
    m = SAID_PRONOUN_RE.search(text, max(s, at - 40), at)
    return m is not None and agent_before(text, s, m.start())


def _weighed(text: str, s: int, e: int, low: str) -> list[Hit]:
    """Courses a doer is reported to weigh: its neutral position ("Rhodes said the administration was in discussions
    about deploying more missile defense")."""
    out: list[Hit] = []
    for rx in (WEIGHED_RE, TALKS_RE):
        for m in rx.finditer(text, s, e):
            if rx is WEIGHED_RE and m.group("past") and REPORTED_RE.search(low) is None:
                continue  # "In 2012 the city was considering a tram": a past told as past
            if not (agent_before(text, s, m.start()) or text[m.start()] in "’'" and WE_RE.search(text, s, m.start())
                    or _said_pronoun(text, s, m.start())):
                continue  # "People are in talks about ...", "it's been weighing on": no doer; '"We're in talks': we
            hit = np_hit(text, m.end(), e, "neutral", m.start())
            if hit is not None:
                hit.reported = True  # the doer's own course, weighed: its position, not the author's
                out.append(hit)
    return out

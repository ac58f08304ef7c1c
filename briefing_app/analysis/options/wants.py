"""What a named group wants, seeks or was promised, as its position: "The Greens want a ban on all new coal and gas
projects", "Campaigners want the whole industry brought back into public ownership", "The union is seeking a ban on
zero-hours contracts", "The government has promised a review of fares"; and the test `phrasal` uses for its plain
"want(s) to X" ("Some conservatives want to abolish X": a named doer, not "I/we/they want to", "people want to")."""
from __future__ import annotations

import re

from briefing_app.analysis.options.action_hits import np_hit
from briefing_app.analysis.options.agents import agent_before
from briefing_app.analysis.options.calls import DENIED_POSITION_RE
from briefing_app.analysis.options.doers import can_act
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.modals import subject_of
from briefing_app.analysis.options.phrases import action_end, base_form, is_concrete, summary
from briefing_app.analysis.trie import cased_opening

# "a businessman who wants to", "which, as it happens, now wants": a relative clause holds the verb
RELATIVE_SUBJECT_RE = re.compile(cased_opening(("who", "which")) + r"\s*(?:,[^,]{1,120},\s*)?(?:\w+ly\s+|also\s+|now\s+)?$")
# a relative set off by a comma after a doer it describes ("Donald J. Trump, who wants to simplify the tax code", "The EU,
# which plans to cap prices"): the doer's own plan, not a scenario's ("a businessman who wants to move": restrictive)
APPOSED_RELATIVE_RE = re.compile(r"(?P<np>[^,;:()]{2,60}?)\s*,\s*(?:who|which)\s+(?:\w+ly\s+|also\s+|now\s+)?$")


def relative_plan(text: str, s: int, at: int) -> bool:
    """Whether a relative clause holds the plan verb at `at` as a scenario's, not as a named doer's apposition."""
    if RELATIVE_SUBJECT_RE.search(text, s, at) is None:
        return False
    apposed = APPOSED_RELATIVE_RE.search(text, s, at)
    return apposed is None or not can_act(apposed.group("np"))
# "is intended to", "did not want to", "if he wants to", "no politician wants to", "every reason to want to": no plan of anyone's
NOT_A_PLAN_RE = re.compile(r"(?:\b(?:did|didn[’']t|did\s+not)\s+|\bif\s+(?:\S+\s+){0,3}|\bto\s+|"
                           r"\b(?:no|nobody|no\s+one)\s+(?:\S+\s+)?)$", re.I)
# "The union is seeking a pay rise of 15 percent", "The government has promised a review of fares"
SEEK_NP_RE = re.compile(r"\b(?:is|are)\s+(?:now\s+|also\s+)?seeking\s+(?=(?:an?|more|new)\s)|\b(?:has|have)\s+promised\s+(?=an?\s)")
# "The Greens want a ban on new coal projects": a named group's wish for a measure (a noun phrase)
WANT_NP_RE = re.compile(r"\b(?:wants|want)\s+(?=(?:an?|more|new|tougher|stricter)\s)")
# "Campaigners want the whole industry brought back into public ownership": bring it back
WANT_DONE_RE = re.compile(r"\b(?:wants|want)\s+(?P<np>(?:the|every|all|its|their|this|these)\s+[^,;:.]{1,60}?|"
                          r"(?!(?:to|it|them|him|her|me|us|you|more|less|nothing|something|everything|every|each|some|many|"
                          r"most|such|what|this|that|these|those|their|its|his|our|your)\b)[a-z]{4,})\s+"
                          r"(?P<part>[a-z]+(?:ed|en|wn|nt|lt|ht|id|ld|un|pt))\b")
# the plain "want to" is a plan only after a named doer: not "I/we/you/they want to", "people want to"
PLAIN_WANT_SUBJECTS = frozenset("i we you they people many some most others everyone nobody that who which".split())
STATE_WORDS = frozenset("seen known heard understood done said told".split())  # "wants the truth known": no act
NEGATORS = frozenset("not never do does did to may might could would will should must".split())  # "may want to": hedged advice


def want_hits(text: str, s: int, e: int, low: str) -> list[Hit | None]:
    """A named group's wish for a measure, or what it seeks or was promised, in the sentence text[s:e] (low: lower-cased)."""
    out: list[Hit | None] = []
    if "seeking" in low or "promised a" in low:
        for m in SEEK_NP_RE.finditer(text, s, e):  # "The union is seeking a ban on X": the union's position
            hit = np_hit(text, m.end(), e, "support", m.start())
            if hit is not None and named_wanter(text, s, m.start()):
                hit.reported = True
                out.append(hit)
    if "want" in low:
        for m in WANT_NP_RE.finditer(text, s, e):  # "The Greens want a ban on all new coal and gas projects"
            denied = DENIED_POSITION_RE.search(text, max(s, m.start() - 30), m.start())  # "The Greens do not want a ban":
            at = m.start() if denied is None else denied.start()  # their opposition (a present position denied)
            if named_wanter(text, s, at):
                hit = np_hit(text, m.end(), e, "support" if denied is None else "oppose", m.start())
                if hit is not None:
                    hit.reported = True
                    out.append(hit)
        for m in WANT_DONE_RE.finditer(text, s, e):
            if " to " in f" {m.group('np')} ":
                continue  # "wants the council to keep the bus service at night": a call made to the council (calls.py)
            if m.group("part") not in STATE_WORDS and named_wanter(text, s, m.start()):
                vend = action_end(text, m.end(), e)
                phrase = f"{base_form(m.group('part'))} {m.group('np')}{text[m.end():vend]}"
                if is_concrete(phrase):
                    out.append(Hit("support", m.start("np"), vend, summary(phrase), m.start(), reported=True))
    return out


def named_wanter(text: str, s: int, at: int) -> bool:
    """The subject before "want(s)" at `at` is a named doer or a body ("The Greens", "Some conservatives", "Democrats in
    Congress"), not a pronoun or people at large, and no relative clause or if-clause holds the verb."""
    words = text[max(s, at - 40):at].split()  # the cheap tests first: "she does not want to", "Report: Democrats want to"
    if not words or words[-1].lower().strip(",“”\"‘’'(") in PLAIN_WANT_SUBJECTS | NEGATORS or words[-1].endswith(("n't", "n’t")) \
            or ":" in text[s:at]:
        return False
    return (agent_before(text, s, at) or can_act(subject_of(text, s, at))) and not relative_plan(text, s, at) \
        and NOT_A_PLAN_RE.search(text[s:at]) is None

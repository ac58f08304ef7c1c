"""Positions stated in a later sentence on a course found before: "The IMF has suggested that Kenya seek relief
under the G20 framework. Critics say that route is slow" (the critics oppose it), "Some will say that touching
farm power is political suicide" (some oppose ending free power). The sentence reports someone's verdict on a
course the text named earlier, by an anaphor ("that route", "the plan": the last sentences' options) or by its
key words in lower case (any option found before), in the words the verdict is said of."""
from __future__ import annotations

import re
from collections.abc import Callable

from briefing_app.analysis.options.framing import FORETOLD_GOOD_RE, JUDGE_BAD_RE, JUDGE_GOOD_RE
from briefing_app.core.model import Option, Position
from briefing_app.core.option_match import key_words

# "Critics say", "Some will say that", "But opponents of the scheme argue": a holder at the sentence's start, then
# a verb of saying; the clause after it is the holder's verdict
OBJECTION_RE = re.compile(r"\s*(?:(?:But|And|Yet|Still|Of\s+course|Already),?\s+)?(?P<who>[A-Z][\w.’'-]*(?:\s+[\w.’'-]+){0,4}?)\s+"
                          r"(?:will\s+|would\s+|may\s+|might\s+|have\s+|has\s+|also\s+|rightly\s+)?(?:say|says|said|argue|argues|"
                          r"argued|object|objects|objected|counter|counters|countered|complain|complains|complained|warn|warns|"
                          r"warned|insist|insists|insisted|claim|claims|claimed|contend|contends|retort|retorts|point\s+out|"
                          r"points\s+out|pointed\s+out)\s+(?=\w)")
# the verbs OBJECTION_RE needs, in the sentence's first 90 characters: one scan (find_options tests it before the call)
OBJECTION_GATE_RE = re.compile(r" (?:sa(?:y|id)|argu|object|counter|complain|warn|insist|claim|contend|retort|point)", re.I)
OPPONENTS = frozenset("critics opponents sceptics skeptics detractors naysayers".split())
SUPPORTERS = frozenset("supporters advocates proponents backers champions".split())
NOT_HOLDERS = frozenset("i we it this that there these those such what which".split())
# verdicts on a course that JUDGE_BAD_RE leaves out, said of a measure rather than a person
MORE_BAD_RE = re.compile(r"\b(?:suicide|(?:too\s+)?slow|unaffordable|(?:too\s+)?expensive|unpopular|impossible|unrealistic|"
                         r"(?:will|would|can)\s*(?:not|n[’']t)\s+work|won[’']t\s+work|doomed)\b", re.I)
# the course named again: "that route", "this plan", "such a move"
ANAPHOR_RE = re.compile(r"\b(?:that|this|such\s+an?|the|these|those)\s+(?:[\w-]+\s+)?(?:plan|route|idea|proposal|approach|move|"
                        r"policy|step|option|measure|scheme|course|path|remedy|reform|solution|strategy|framework|deal|call|"
                        r"demand)s?\b", re.I)
LOWER_WORDS_RE = re.compile(r"\b[A-Z][\w’'-]*")  # names and capitalised words, left out of the key words
NEGATION_RE = re.compile(r"\b(?:not|no|never|nor)\b|n[’']t\b")
CALL_RE = re.compile(r"\b(?:should|must|ought|needs?\s+to|has\s+to|have\s+to)\b")
# key words too common to tie a sentence to one course
GENERIC = frozenset("government country state public people political policy would should could their there about "
                    "which other these those where".split())


def objection(text: str, s: int, e: int, low: str, out: list[Option], recent: list[Option],
              holder: Callable[[str, int], str | None]) -> None:
    """Adds the position a sentence text[s:e] (lower-cased `low`) states on an option found before. `recent`: the
    options of the last sentences, newest first; `holder(who, at)`: the actor a subject names, or None."""
    if not out or OBJECTION_GATE_RE.search(low, 0, 90) is None:  # the holder opens the sentence: its verb comes early
        return
    m = OBJECTION_RE.match(text, s, e)
    if m is None:
        return
    words = m.group("who").lower().split()
    if words[0] in NOT_HOLDERS or words[-1] in NOT_HOLDERS:
        return
    clause = text[m.end():e]
    if CALL_RE.search(clause):
        return  # "Critics say the council should instead ...": a call of their own, read by the rules
    side = words[-1] if "of" not in words else ""  # "Critics", "Some critics"; not "Supporters of the library"
    stance = "oppose" if side in OPPONENTS else "support" if side in SUPPORTERS else None
    subject = re.split(r"[,;:]", clause, maxsplit=1)[0]  # "Critics say that route is slow, and ...": its first clause
    if stance is None:
        bad = JUDGE_BAD_RE.search(clause) or MORE_BAD_RE.search(clause)
        good = JUDGE_GOOD_RE.search(clause) or FORETOLD_GOOD_RE.search(clause)  # "Supporters say it would save £2m": theirs
        if bool(bad) == bool(good):
            return  # no verdict, or both: weighed
        verdict = bad or good
        if NEGATION_RE.search(clause[:verdict.start()] + " " + clause[verdict.end():]):  # type: ignore[union-attr]
            return  # "there isn't a fundamental right to choose": a negation turns the verdict; not read
        stance = "oppose" if bad else "support"
        subject = clause[:verdict.start()]  # type: ignore[union-attr]
    if len(subject.split()) > 12:
        return  # the verdict is on something the clause names far from the course
    option = _named_again(subject, out, recent)
    name = holder(m.group("who"), s) if option is not None else None
    if option is None or name is None or any(p.actor == name for p in option.positions):
        return
    option.positions.append(Position(name, stance, s, len(text[:e].rstrip())))


def _named_again(clause: str, out: list[Option], recent: list[Option]) -> Option | None:
    """The option the clause (the words the verdict is on) names again: the newest of the last sentences' by an
    anaphor, else the newest whose key words it shares in lower case ("Americans" ties no sentence to a course)."""
    if recent and ANAPHOR_RE.search(clause):
        return recent[0]
    said = {w for w in key_words(LOWER_WORDS_RE.sub(" ", clause)) if len(w) > 4 and w not in GENERIC}  # no names
    if not said:
        return None
    for option in reversed(out):
        if any(kin(a, b) for a in said for b in key_words(option.summary) if len(b) > 4 and b not in GENERIC):
            return option
    return None


def kin(a: str, b: str) -> bool:
    """The same word stem, roughly: "boardings" / "board", "interdictions" / "interdiction"."""
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n >= 5 and n >= 0.75 * min(len(a), len(b))

"""The cue words without which a paragraph or a sentence holds no option: `find_options` reads
only the sentences that hold one (or open with a command)."""
from __future__ import annotations

import re

from briefing_app.analysis.gazetteer import trie_pattern
from briefing_app.analysis.options.advocacy import FOR_PASSIVE_PARTICIPLES
from briefing_app.analysis.options.hedged import SKETCH_HEADS

# a paragraph or sentence without any of these (lower-cased) is skipped: one scan of the lower-cased
# text for them, factored by common prefixes, is far cheaper than a case-insensitive scan with one
# flat alternation, and about twice as fast as a substring test per cue
CUES = ("should", "must", " ought", "need", "have to", "has to", "had better", "afford", "time", "answer", "solution",
        "response", "course", "forward", "option", "approach", "priority", "remedy", "mistake", "folly", " error",
        "blunder", "disaster", "catastroph", " work", "doomed", "let us", "let's", "let’s", "urg", " call", " press", "implor", "advis",
        "propos", "recommend", "advocat", "demand", "argue", "favo", "endors", "oppos", "reject", "warn", "rule",
        "object", "veto", "matters", "essential", "vital", "indispensable", "wise", "sensible", "prudent", "wrong",
        "foolish", "reckless", "important", "necessary", "urgent", "better", "best", "choice", "task", "imperative",
        "step", "alternative", "goal", " aim", "why", "want", "would like", "prefer", "suggest", "insist", "plan", "intend",
        "vow", "pledge", "promise", "do well", " way", " thing", "include", " given", "strategy", "policy", "gamble",
        "recipe", "idea", "guard", "wary", "vigilant", "careful", " help", "mitigate", "reduce", " ease", "improve",
        "strengthen", "prevent", "protect", "boost", "difference", "harm", "damage", "hurt", "undermine", "endanger",
        "weaken", "cripple", "requir", " means", "embolden", "inflame", "legitimi", "entrench", "play into", "peril",
        "madness", "futil", "absurd", "fallac", "scheme", "headed", "misguided", "foolish", "reckless", "defeating",
        "sighted", "ill-", "naive", "recipe", "errand", "wishful", "pipe dream", "gimmick", "stunt", "sham", "overdue",
        "direction", "little to", "nothing to", "no case", "no reason", "justification", "excuse", "rather than",
        "instead of", "backward", "betrayal", "capitulation", "surrender", "giveaway", "gift to", "own goal", "fantasy",
        "delusion", "against", "resist", "rebuff", "lobb", "appeal", "plead", "campaigning", "only by", "only through", "require", "lesson", "key to", "the answer", "alternative", "deserve", "focus", "emphasis",
        "counterproductive", "false economy", "unforgivable", "unconscionable", "indefensible",
        "unjustifiable", "reward", *(f"{n} {v}" for n in ("not", "n't", "n’t") for v in ("make", " help", "solve", "stop", "fix",
                                                                                   "end", "bring", "allow", "let", "permit")), "only if", "moves by", "efforts by", "risk", "threaten", "sense", "crucial", "case for", "argument for", "moment", "push", "?",
        "opportunit", "chance", "occasion", "opening", "consider", "want to", "wish to", "start by", "begin by", "worse than",
        "instead", "advised", "up to", "incumbent", "duty", "responsibilit", "obligation", "owe it", "owes it", "support the",
        "support a", "supports", "supported", "back the", "back a", "backs", "backed", "welcome", "done", "sooner",
        "right to", "wrong to", "need a", "needs a", "need the", "needs the", "need more", "needs more", "need new",
        "needs new", "hope", *(f"to be {p}" for p in FOR_PASSIVE_PARTICIPLES), "considering", "weighing", "mulling", "exploring", "begg", "begs", " ask", "gained", "apology", "willing", "ready to",
        "prepared to", "hoped", "hopes", "job of", "job to", "role of", "role to", "place of", "place to", "business of", "remit",
        "precedent", "premature", "self-defeating", "off the table", "out of the question",
        # the verdicts and consequences of framing and gerund rules, each as specific as its rule needs (a cue that
        # common words hold, as "fix" in "fixed" or "illegal" in "illegal immigrants", sends many sentences to the rules)
        *(f"{m} {v}" for m in ("would", "will", "could", "can", "might", "only") for v in ("save", "fuel", "leave")),
        "backfire", "deepen", "worsen", "prolong", "escalat", "harden", "alienat", "into the hands", "is illegal",
        "are illegal", "be illegal", "both illegal", "unlawful", "unconstitutional", "cruel", "inhumane", "substitute for",
        "distraction", "fix is", "fix would", "path is", "path would", "route is", "route would", "worth", "the least",
        "achieve nothing", "achieve little", "martyrdom", "propaganda coup", "pretext", "vandalism", "self-harm", "sabotage",
        *(f"{h} {m}" for h in SKETCH_HEADS for m in ("would", "could")),
        *(f"reason{s} to {v}" for s in ("", "s") for v in ("doubt", "believe", "think", "expect")))


CUES_RE = re.compile(trie_pattern(sorted(set(CUES))))


def _cued(low: str) -> bool:
    return CUES_RE.search(" " + low) is not None  # " call" also at the sentence's start


class ParagraphCues:
    """The cues of one paragraph, found by one scan of it that each sentence's test continues
    (rather than a scan of the paragraph and then another of each sentence): `cued(s, e)` answers
    as `_cued` on the sentence text[s:e] does. Sentences are tested in order."""

    def __init__(self, text: str, ps: int, pe: int) -> None:
        self.text, self.ps = text, ps
        self.low = " " + text[ps:pe].lower()  # low[i + 1] is text[ps + i]
        self.aligned = len(self.low) == pe - ps + 1  # lower-casing kept every offset (no "İ" -> "i̇")
        self.next = CUES_RE.search(self.low)  # the first cue not before the sentence last tested
        self.found = self.next is not None  # the paragraph holds a cue: as `_cued` on all of it

    def cued(self, s: int, e: int) -> bool:
        start, end = s - self.ps, e - self.ps + 1  # " " + the sentence is low[start:end] when low[start] is a space
        if not self.aligned or self.low[start] != " ":
            return _cued(self.text[s:e].lower())  # its own leading space may start a cue (" call") the paragraph lacks
        if self.next is not None and self.next.start() < start:
            self.next = CUES_RE.search(self.low, start)
        if self.next is None or self.next.start() >= end:
            return False  # no cue starts in the sentence
        if self.next.end() <= end:
            return True
        return _cued(self.text[s:e].lower())  # the cue found runs past the sentence's end: a shorter one may fit

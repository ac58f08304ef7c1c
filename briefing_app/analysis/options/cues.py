"""The cue words without which a paragraph or a sentence holds no option: `find_options` reads
only the sentences that hold one (or open with a command)."""
from __future__ import annotations

import bisect
import itertools
import re

from briefing_app.analysis.gazetteer import trie_pattern
from briefing_app.analysis.options.advocacy import FOR_PASSIVE_PARTICIPLES
from briefing_app.analysis.options.announced import ANNOUNCED_CUES
from briefing_app.analysis.options.bills import CUES as BILL_CUES
from briefing_app.analysis.options.case_for import CASE_CUES
from briefing_app.analysis.options.chants import KEYS as CHANT_CUES
from briefing_app.analysis.options.far_from import FAR_CUES
from briefing_app.analysis.options.faulted import GATE as FAULT_CUES
from briefing_app.analysis.options.hedged import SKETCH_HEADS
from briefing_app.analysis.options.keys import Scanned, also_scan
from briefing_app.analysis.options.outcomes import OUTCOME_CUES
from briefing_app.analysis.options.pledges import PLEDGE_CUES
from briefing_app.analysis.options.thwarted import THWART_CUES

# a paragraph or sentence without any of these (lower-cased) is skipped: one scan of the lower-cased
# text for them, factored by common prefixes, is far cheaper than a case-insensitive scan with one
# flat alternation, and about twice as fast as a substring test per cue
CUES = ("should", "must", " ought", "need", "have to", "has to", "had better", "afford", "time", "answer", "solution",
        "response", "course", "forward", "option", "approach", "priority", "remedy", "mistake", "folly", " error",
        "blunder", "disaster", "catastroph", " work", "doomed", "let us", "let's", "let’s", "urg", " call", " press", "implor", "advis",
        "propos", *THWART_CUES, *FAR_CUES, *CASE_CUES, "will pay", "will be no", *BILL_CUES, *FAULT_CUES, *CHANT_CUES, "clamo", *(f"fight{s} for" for s in ("", "s", "ing")), *(f"request{s} {w}" for s in ("", "s") for w in ("that", "for", "to")), "recommend", "advocat", "demand", "argue", "favo", "endors", "oppos", "reject", "warn", "rule",
        "object", "veto", "matters", "essential", "vital", "indispensable", "wise", "sensible", "prudent", "wrong",
        "foolish", "reckless", "important", "necessary", "urgent", "better", "best", "choice", "task", "imperative",
        "step", "alternative", "goal", " aim", "why", "want", "would like", "prefer", "suggest", "insist", "plan", "intend",
        "vow", "pledg", "promis", *PLEDGE_CUES, "supporter of", "supporting", "backing", "decision to", "decision not to", "welcoming", "arguing", "ruling out",
        *(f"campaign{s} for" for s in ("", "s", "ed")), "proponent", "champion of", "champion for", "backer of", "opponent of", "do well", " way", " thing", "include", " given", "strategy", "policy", "gamble",
        "recipe", "idea", "guard", "wary", "vigilant", "careful", " help", "mitigate", "reduce", " ease", "improve",
        "strengthen", "prevent", "protect", "boost", "difference", "harm", "damage", "hurt", "undermine", "endanger",
        "weaken", "cripple", "requir", " means", "embolden", "inflame", "legitimi", "entrench", "play into", "peril",
        "madness", "futil", "absurd", "fallac", "scheme", "recommendation", "perhaps", "maybe", "headed", "misguided", "foolish", "reckless", "defeating",
        "sighted", "ill-", "naive", "recipe", "errand", "wishful", "pipe dream", "gimmick", "stunt", "sham", "overdue",
        "direction", "little to", "nothing to", "no case", "no reason", "justification", "excuse", "rather than",
        "instead of", "backward", "betrayal", "capitulation", "surrender", "giveaway", "gift to", "own goal", "fantasy",
        "delusion", "against", *(f"{v} against" for v in ("protested", "protesting", "fought",
                                                        "fighting", "pushed back", "pushing back", "spoke out", "speaks out",
                                                        "speaking out", "campaigned")), "resist", "rebuff", "lobb", "appeal", "plead", "campaigning", "only by", "only through", "require", "lesson", "key to", "the answer", "alternative", "deserve", "focus", "emphasis",
        "counterproductive", "false economy", "unforgivable", "unconscionable", "indefensible",
        "unjustifiable", "reward", *(f"{n} {v}" for n in ("not", "n't", "n’t") for v in ("make", " help", "solve", "stop", "fix",
                                                                                   "end", "bring", "allow", "let", "permit", "vote for", "accept")), "never vote for", "never accept", *(f"{w} {v}" for w in ("will", "would") for v in ("support", "back", "vote for", "accept", "sign")), "d vote for", "ll vote for", "only if", "moves by", "efforts by", "risk", "threaten", "sense", "crucial", "case for", "argument for", "moment", "push", "?",
        "opportunit", "chance", "occasion", "opening", "consider", "want to", "wish to", "start by", "begin by", "worse than",
        "instead", "advised", "up to", "incumbent", "duty", "responsibilit", "obligation", "owe it", "owes it", "support the",
        "support a", "supports", "supported", "support for", "talk about", "talks about", "talked about", "talking about", "elected", "as president", "in office", "day one", "back the", "back a", "backs", "backed", "welcome", "done", "sooner",
        "right to", "wrong to", "need a", "needs a", "need the", "needs the", "need more", "needs more", "need new",
        "needs new", "hope", *(f"to be {p}" for p in FOR_PASSIVE_PARTICIPLES), "considering", "weighing", "mulling", "exploring", "begg", "begs", " ask", "gained", "apology", "willing", "ready to",
        "prepared to", "hoped", "hopes", "hoping", "benefit if", "offered to", "offers to", "too much to", *ANNOUNCED_CUES, "easier by", "simpler by", "is seeking a", "are seeking a", "promised a", "it is to ", "cheaper by", "fairer by", "safer by", "job of", "job to", "role of", "role to", "place of", "place to", "business of", "remit",
        "precedent", "premature", "self-defeating", "off the table", "out of the question",
        "set an example", "lead the way", "send a message", "send a signal", "send a clear", "send a strong", "free up",
        "only punish", "only isolate", "only betray",
        # the verdicts and consequences of framing and gerund rules, each as specific as its rule needs (a cue that
        # common words hold, as "fix" in "fixed" or "illegal" in "illegal immigrants", sends many sentences to the rules)
        *(f"{m} {v}" for m in ("would", "will", "could", "can", "might", "only") for v in ("save", "fuel", "leave")),
        *OUTCOME_CUES,
        "backfire", "deepen", "worsen", "prolong", "escalat", "harden", "alienat", "into the hands", "is illegal",
        "are illegal", "be illegal", "both illegal", "unlawful", "unconstitutional", "cruel", "inhumane", "substitute for",
        "distraction", "fix is", "fix would", "path is", "path would", "route is", "route would", "worth", "the least",
        "achieve nothing", "achieve little", "martyrdom", "propaganda coup", "pretext", "vandalism", "self-harm", "sabotage",
        *(f"{h} {m}" for h in SKETCH_HEADS for m in ("would", "could")),
        *(f"reason{s} to {v}" for s in ("", "s") for v in ("doubt", "believe", "think", "expect")))

# Some common cue words admit a sentence only in the phrases the rules read them in: "time" after "it is", "it's",
# "isn't it", "is it not", "high", "about", "(long) past" (a word ending in s, t or h before it; "ſ" folds to s in the
# re.I rules), "the time has/for/to", "at no time", "waste of time"; " way" in "way to/forward/out", "a long way";
# " work" in "(can)not work", "won't work", "can/could work"; "against" after "is/are/was/were/remains/stays
# (strongly)" (the other rules that read it need "warn", "argue", "guard", "wary" ..., cues of their own); " call" in
# "call(s/ed/ing) for/on/upon/to" (or an aside or a word of when before it: `calls.CALL_ASIDE`). The check runs only
# where the scan found one of them, within the sentence.
# "warn" only before "against" ("warned the EU against arming ..."; "warned that" is read by the modal rules, which
# need a modal cue), "escalat" only after "only" ("would only escalate the war"), "advis" not in "adviser", "advisor(y)"
# (a news report's "national security adviser": the rules read the verb, "advised Kyiv to", "would be well advised to"),
# " press" not in "the Associated Press", "press conference / release / secretary / briefing / office / corps / statement"
# (the rules read the verb and "pressure": "pressed for", "resisted pressure to"), "elected" not in "selected" (the pledge
# rules read "if elected")
NARROWED = frozenset(("time", " way", " work", "against", " call", "warn", "escalat", "advis", " press", "elected"))


def _minimal(cues: tuple[str, ...], narrowed: frozenset[str]) -> list[str]:
    """The cues without those that hold another cue ("need a" holds "need", "hopes" "hope"): a text with the longer holds
    the shorter, so the gate admits the same sentences with a smaller pattern to scan. Not a cue read only in phrases
    (`narrowed`: "time" in "sometimes" is no cue of its own)."""
    unique = sorted(set(cues))
    lines = "\n".join(unique)  # each cue on a line of its own: a cue found there lies within one (none holds a "\n")
    starts = list(itertools.accumulate((len(c) + 1 for c in unique[:-1]), initial=0))
    holding: set[int] = set()
    for other in set(unique) - narrowed:  # where each other cue occurs: one string search each, not every substring
        at = lines.find(other)
        while at != -1:
            n = bisect.bisect_right(starts, at) - 1
            if unique[n] != other:
                holding.add(n)
            at = lines.find(other, at + 1)
    return [c for n, c in enumerate(unique) if n not in holding]


MINIMAL = _minimal(CUES, NARROWED)
CUES_RE = re.compile(trie_pattern(MINIMAL))
also_scan(MINIMAL)  # a paragraph's one scan finds them with the key words
TIME_TAIL_RE = re.compile(r"time\s+[hft]")
WAY_RE = re.compile(r" way\s+(?:to|forward|out)")
CALL_RE = re.compile(r" call(?:[sſ]|ed|ing)?(?:\s+(?:for|on|upon|to)|,\s|\s+(?:again|repeatedly|yesterday|today|now|"
                     r"publicly|openly|recently|last|this|on)\s)")  # "called, in a statement, for", "called again for"
PRESS_NOUN_RE = re.compile(r" press\s+(?:conference|release|secretary|briefing|office|corps|statement)")
WORK_AFTER = ("not", "n't", "n’t", "can", "could")
# some rules read words no cue holds ("I support indexing the wage" for the call rules: bare "support", "back",
# "campaigned hard for"; the inverted ones: "Nor can we ...", "At no point will ...", "Only when X can ..."): a
# sentence that holds one of them and one of the narrowed words stays admitted, as before they were narrowed
UNCUED = ("support", "back", "campaign", "nor ", "neither ", "no circumstances", "no account", "at no ", "only when",
          "only after", "only once")


def _word_before(low: str, lo: int, i: int) -> int:
    """Where the text before low[i] ends once the spaces before i are skipped (not before lo)."""
    j = i
    while j > lo and low[j - 1].isspace():
        j -= 1
    return j


def _phrase(low: str, cue: str, i: int, lo: int, hi: int) -> bool:
    """The narrowed cue at low[i] stands in a phrase a rule reads (the sentence is low[lo:hi])."""
    if cue == "time":
        j = _word_before(low, lo, i)
        if j == i or j == lo:
            return False
        return low[j - 1] in "sſthof" or low[j - 1] == "e" and TIME_TAIL_RE.match(low, i, hi) is not None
    if cue == "against":
        j = _word_before(low, lo, i)
        return lo < j < i and low[j - 1] in "sney"
    if cue == " way":
        return WAY_RE.match(low, i, hi) is not None or low.endswith("long", lo, _word_before(low, lo, i))
    if cue == "warn":
        return low.find("against", i, hi) >= 0
    if cue == "escalat":
        return low.find("only", lo, i) >= 0
    if cue == "advis":
        return not low.startswith(("adviser", "advisor"), i)
    if cue == "elected":
        return not low.endswith("s", lo, i)
    if cue == " press":
        return not low.endswith("associated", lo, i) and PRESS_NOUN_RE.match(low, i, hi) is None
    if cue == " work":
        j = _word_before(low, lo, i)
        return any(low.endswith(w, lo, j) for w in WORK_AFTER)
    return CALL_RE.match(low, i, hi) is not None


def _scan(low: str, m: re.Match[str] | None, lo: int, hi: int) -> tuple[re.Match[str] | None, bool]:
    """From m on: the first cue match in low[lo:hi] that admits the sentence (None if none starts before hi, or the
    first match that runs past hi), and whether a narrowed cue was passed over."""
    passed = False
    while m is not None and m.start() < hi and m.end() <= hi:
        cue = m.group(0)
        if cue not in NARROWED or _phrase(low, cue, m.start(), lo, hi):
            return m, passed
        passed = True
        m = CUES_RE.search(low, m.start() + 1)
    return m, passed


def _kept(low: str) -> bool:
    return any(map(low.__contains__, UNCUED))


def _held(low: str) -> bool:
    """low holds a cue word, each narrowed one in any phrase (the gate before they were narrowed)."""
    return CUES_RE.search(" " + low) is not None


def _cued(low: str) -> bool:
    low = " " + low  # " call" also at the sentence's start
    m, passed = _scan(low, CUES_RE.search(low), 0, len(low))
    return m is not None and m.start() < len(low) or passed and _kept(low)



class ParagraphCues:
    """The cues of one paragraph, found by one scan of it that each sentence's test continues
    (rather than a scan of the paragraph and then another of each sentence): `cued(s, e)` answers
    as `_cued` on the sentence text[s:e] does. Sentences are tested in order. The same scan finds
    the paragraph's key words (`keys.Scanned`), which the sentences' rules then read (`know`)."""

    def __init__(self, text: str, ps: int, pe: int, words: DocumentWords | None = None) -> None:
        self.text, self.ps = text, ps
        if words is None:
            words = DocumentWords(text, [(ps, pe)])
        self.low, self.base = words.at[ps, pe]  # low[i + 1] is text[ps + i]
        self.aligned = len(self.low) == pe - ps + 1  # lower-casing kept every offset (no "İ" -> "i̇")
        self.scanned = words.scanned  # low is scanned.low[base:base + len(low)]
        self.cues = self.scanned.also(self.base, self.base + len(self.low))  # (where, the cue CUES_RE finds there)
        self.next = 0  # the first cue not before the sentence last tested
        self.found = bool(self.cues)  # the paragraph holds a cue: as `_held` on all of it

    def cued(self, s: int, e: int) -> bool:
        start, end = s - self.ps, e - self.ps + 1  # " " + the sentence is low[start:end] when low[start] is a space
        if not self.aligned or self.low[start] != " ":
            return _cued(self.text[s:e].lower())  # its own leading space may start a cue (" call") the paragraph lacks
        cues, i, low = self.cues, self.next, self.low
        if i < len(cues) and cues[i][0] < start:
            i = bisect.bisect_left(cues, (start, ""))
        passed = False  # as _scan: the first cue in the sentence that admits it, passing over narrowed cues
        while i < len(cues) and cues[i][0] + len(cues[i][1]) <= end:
            at, cue = cues[i]
            if cue not in NARROWED or _phrase(low, cue, at, start, end):
                break
            passed = True
            i += 1
        self.next = i
        if i == len(cues) or cues[i][0] >= end:
            return passed and _kept(low[start:end])  # no cue starts in the sentence (in a phrase the rules read)
        if cues[i][0] + len(cues[i][1]) <= end:
            return True
        return _cued(self.text[s:e].lower())  # the cue found runs past the sentence's end: a shorter one may fit

    def know(self, low: str, s: int) -> None:
        """low (text[s:...] lower-cased) takes its key words from the paragraph's scan."""
        self.scanned.know(low, self.base + s - self.ps + 1)


class DocumentWords:
    """The cue words and key words of a document's paragraphs (`paras`), by one scan of them all: each
    paragraph lower-cased after a space (as ParagraphCues reads it), apart by a character no word holds,
    so no word found runs from one paragraph into the next."""

    def __init__(self, text: str, paras: list[tuple[int, int]]) -> None:
        self.at: dict[tuple[int, int], tuple[str, int]] = {}  # a paragraph -> its text as read, where it starts
        lows, base = [], 0
        for ps, pe in paras:
            low = " " + text[ps:pe].lower()
            lows.append(low)
            self.at[ps, pe] = (low, base)
            base += len(low) + 1
        self.scanned = Scanned("\x00".join(lows))



"""A learned screen over the rules' options (issue 14): a logistic regression on form features of each option the rules
found, trained by `scripts/train_option_screen.py` on the tuned labelled pieces (features and labels only, in
`tests/data/options/candidates.jsonl`; no text). Its weights are `screen_weights.py`, written by that script.

    features(text, option, context) -> list[str]    the option's features (names; binary)
    probability(names) -> float                      P(the option matches a hand-labelled entry)
    screened(text, options, quotes, actors, genre) -> list[Option]

THRESHOLD None switches the screen off (the rules' options pass unchanged): docs/options-screen.md holds the
cross-validated and validation figures that decide it. The features are read from what the analysis computed already
(the option's stance, holder, positions, span and summary, the quotations, the actors and the genre) and a few word
tests on the option's own evidence; nothing is computed for a text without options.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from briefing_app.analysis.options.lexicon import PAST_TIME_RE, POLICY_NOUN_RE, POLICY_VERBS
from briefing_app.analysis.options.screen_weights import BIAS, WEIGHTS
from briefing_app.analysis.spans import SpanReach
from briefing_app.core.model import Actor, Option, Quote

THRESHOLD: float | None = 0.4  # an option scoring below it is dropped; None: the screen is off (0.2 with L2 1 to session 25)
MIN_PARAGRAPHS = 4  # the fewest paragraphs of a training piece: a shorter text keeps the rules' options as they are

WORD_RE = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)*|\d+|[?]")
YEAR_RE = re.compile(r"^(?:1[89]|20)\d\d$")
POLICY_VERB_SET = frozenset(POLICY_VERBS)
# word classes of the evidence (a word's class, never the word, is a feature: a bag of words learns a pool's topics)
CLASSES = {
    **dict.fromkeys("should must ought shall".split(), "modal"),
    **dict.fromkeys("would could might may can".split(), "weak"),
    **dict.fromkeys("need needs necessary essential vital imperative urgent time".split(), "need"),
    **dict.fromkeys("not never no nor cannot n't".split(), "neg"),
    **dict.fromkeys("mistake error blunder folly disaster reckless foolish misguided wrong unwise dangerous "
                    "absurd counterproductive".split(), "bad"),
    **dict.fromkeys("wise sensible right prudent overdue better best answer solution".split(), "good"),
    **dict.fromkeys("said told argued insisted warned claimed wrote noted added".split(), "said"),
    **dict.fromkeys("says say argues argue insists insist warns claims believe believes according".split(), "says"),
    **dict.fromkeys("urged called demanded pressed proposed recommended asked lobbied pledged promised vowed wanted "
                    "suggested sought".split(), "asked"),
    **dict.fromkeys("urge urges call calls demand demands press presses propose proposes recommend recommends ask asks "
                    "pledge pledges promise promises vow vows want wants suggest suggests seek seeks".split(), "asks"),
    **dict.fromkeys("supported backed opposed rejected endorsed welcomed refused".split(), "sided"),
    **dict.fromkeys("support supports back backs oppose opposes reject rejects endorse endorses".split(), "sides"),
    **dict.fromkeys("i me my".split(), "i"),
    **dict.fromkeys("we us our".split(), "we"),
    **dict.fromkeys("you your".split(), "you"),
    **dict.fromkeys("they them their".split(), "they"),
    **dict.fromkeys("was were had did ago yesterday then once".split(), "past"),
    **dict.fromkeys("will going expected likely next".split(), "future"),
    **dict.fromkeys("if unless".split(), "cond"),
    **dict.fromkeys("perhaps maybe possibly arguably".split(), "hedge"),
    **dict.fromkeys("peace justice future hope unity dignity freedom respect love together world everyone".split(),
                    "vague"),
}
# every match of PAST_TIME_RE holds one of these (a year's digits, "last", "ago", "at the time", "back then", "when the"):
# a substring test first spares the search in most evidence
PAST_TIME_KEYS = ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "last", "ago", "time", "then", "when")
FIRST_WORDS = frozenset("we i you it this that the if but and so they he she there what why how".split())


@dataclass
class Context:
    """What the screen reads of the whole analysis: the quotations' spans, the actors' kinds, the genre, the text's
    length and its options' count."""

    quotes: list[tuple[int, int, str]]
    kinds: dict[str, str]
    genre: str
    length: int
    count: int
    reach: dict[str, SpanReach] = field(init=False)  # the quotations of each kind, asked which reach into an option

    def __post_init__(self) -> None:
        spans: dict[str, list[tuple[int, int]]] = {}
        for qs, qe, kind in self.quotes:
            spans.setdefault(kind, []).append((qs, qe))
        self.reach = {kind: SpanReach(kind_spans) for kind, kind_spans in spans.items()}

    @classmethod
    def of(cls, text: str, options: list[Option], quotes: list[Quote], actors: list[Actor], genre: str | None
           ) -> Context:
        return cls([(q.start, q.end, q.kind) for q in quotes], {a.name: a.kind for a in actors}, genre or "none",
                   len(text), len(options))


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for i, edge in enumerate(edges):
        if n <= edge:
            return str(i)
    return str(len(edges))


def own_features(text: str, option: Option, context: Context) -> set[str]:
    """The option's own binary features, by name (features() adds each joined with the genre)."""
    evidence = text[option.start:option.end]
    words = [w.lower().replace("’", "'") for w in WORD_RE.findall(evidence[:600])]
    words = [w[:-3] if w.endswith("n't") and len(w) > 3 else w for w in words] + \
        ["n't" for w in words if w.endswith("n't")]
    summary = option.summary.lower().split()
    own = {"stance=" + str(option.stance), "positions=" + _bucket(len(option.positions), (0, 1)),
           "evidence=" + _bucket(len(words), (10, 20, 35)), "summary=" + _bucket(len(summary), (3, 6, 10)),
           "options=" + _bucket(context.count, (1, 3, 7)),
           "place=" + str(min(4, 5 * option.start // max(1, context.length))),
           "first=" + (words[0] if words and words[0] in FIRST_WORDS else ("name" if evidence[:1].isupper() else "-"))}
    own.update("holder=" + context.kinds.get(p.actor, "none") for p in option.positions)
    own.update("class=" + c for w in words if (c := CLASSES.get(w)))
    if "have" in words and any(CLASSES.get(w) in ("modal", "weak") for w in words):
        own.add("modal_have")  # "should have", "could have": a past course regretted
    own.update("year" for w in words if YEAR_RE.match(w))
    if evidence.rstrip(" \"”’')").endswith("?"):
        own.add("question")
    low = evidence.lower()
    if any(map(low.__contains__, PAST_TIME_KEYS)) and PAST_TIME_RE.search(evidence):
        own.add("past_time")
    own.update("quote=" + kind for kind, reach in context.reach.items() if reach.overlaps(option.start, option.end))
    if summary:
        own.add("verb=" + ("policy" if summary[0] in POLICY_VERB_SET else "be" if summary[0] in ("be", "have") else "other"))
    if POLICY_NOUN_RE.search(option.summary):
        own.add("policy_noun")
    if any(CLASSES.get(w) == "vague" for w in summary):
        own.add("vague_summary")
    return own


def features(text: str, option: Option, context: Context) -> list[str]:
    """The option's binary features, by name: its own, each also joined with the genre the analysis gave."""
    own = own_features(text, option, context)
    return sorted(own | {context.genre + ":" + f for f in own} | {"genre=" + context.genre})


def probability(names: list[str], weights: dict[str, float] | None = None, bias: float | None = None) -> float:
    w = WEIGHTS if weights is None else weights
    z = (BIAS if bias is None else bias) + sum(w.get(n, 0.0) for n in names)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _kept(text: str, option: Option, context: Context, cut: float) -> bool:
    """probability(features(...)) >= cut, without building the joined names' list (the same sum, term by term)."""
    prefix = context.genre + ":"
    get = WEIGHTS.get
    z = BIAS + get("genre=" + context.genre, 0.0)
    for f in own_features(text, option, context):
        z += get(f, 0.0) + get(prefix + f, 0.0)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) >= cut


def screened(text: str, options: list[Option], quotes: list[Quote], actors: list[Actor], genre: str | None,
             paragraphs: int, threshold: float | None = None) -> list[Option]:
    """The options the screen keeps: all of them when it is off, and in a text of fewer than MIN_PARAGRAPHS paragraphs
    (a sentence or a note: the model has seen articles only, and its piece-level features mean nothing there)."""
    cut = THRESHOLD if threshold is None else threshold
    if cut is None or not options or paragraphs < MIN_PARAGRAPHS:
        return options
    context = Context.of(text, options, quotes, actors, genre)
    return [o for o in options if _kept(text, o, context, cut)]

"""A small model of option sentences, for the experiment in scripts/train_options_model.py: logistic
regression (option or not) and softmax regression (the author's stance) on a sentence's words, word
pairs and a few cue classes, fitted by stochastic gradient descent with AdaGrad steps; standard
library only.

It is not used by the analyser: measured on the dev editorials it did not beat the rules (see
tests/data/options/README.md), so no weights ship. Kept so that the result can be reproduced and a
better model tried against the same measures.
"""
from __future__ import annotations

import math
import random
import re
from collections import defaultdict
from collections.abc import Sequence

MAX_CHARS = 2500  # as find_options: a longer "sentence" is a table or noise; only its start is read
STANCES = ("support", "oppose", "neutral", "conditional", "none")

TOKEN_RE = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)*|\d+(?:[.,]\d+)*|[?!;:]")
# word classes: what a word stands for generalises better than the word from a few hundred sentences
CLASSES = {
    **dict.fromkeys("should must ought shall".split(), "<modal>"),
    **dict.fromkeys("need needs needed".split(), "<need>"),
    **dict.fromkeys("not never no nor n't cannot".split(), "<neg>"),
    **dict.fromkeys("mistake error blunder folly disaster reckless foolish misguided wrong unwise dangerous "
                    "betrayal gimmick fantasy indefensible cruel illegal".split(), "<bad>"),
    **dict.fromkeys("wise sensible right prudent overdue essential imperative vital obvious better best "
                    "answer solution remedy way".split(), "<good>"),
    **dict.fromkeys("said says told argued argues insisted insists warned claimed claims believes "
                    "believe say argue insist".split(), "<say>"),
    **dict.fromkeys("urged urge urges called calls demanded demand demands pressed pressing proposed proposes "
                    "propose wants want recommended recommends asked asking lobbied".split(), "<ask>"),
    **dict.fromkeys("i we us our you your".split(), "<person>"),
    **dict.fromkeys("was were had did".split(), "<past>"),
    **dict.fromkeys("will likely expected probably forecast".split(), "<future>"),
}
YEAR_RE = re.compile(r"^(?:1[89]|20)\d\d$")
# --form-only (scripts/train_options_model.py): every word outside CLASSES and this list of function words, verbs of
# asking, promising, backing and saying and a few policy nouns is read as "<w>", so the model sees a sentence's form,
# not its topic (the news pool's few courses: a wall, a ban)
FORM_WORDS = frozenset("""the a an of to in on for with by at from as and or but if than that which who whom whose what
when where why how this these those it its they them their he him his she her we us our you your i me my be is are am
been being was were have has had do does did not no never would could can may might will shall should must ought need
needs needed up out over into about against after before because so such more most less all any some each every other
there here then now also only just even still yet already again very too instead rather whether while until call calls
called urge urges urged want wants wanted propose proposed proposes plan plans pledge pledged pledges promise promised
promises vow vowed vows support supports supported oppose opposes opposed back backs backed said says say told argue
argued argues insisted warned demand demanded ask asked asking push pushed pushing proposal idea policy bill law deal
measure""".split())
MASK_TOPIC = False  # set by train_options_model.py --form-only

Weights = dict[str, float]


def tokens(sentence: str) -> list[str]:
    """Lower-cased word tokens; a capitalised word after the first is <Cap>, a year <year>, another
    number <num>; with MASK_TOPIC a word of neither CLASSES nor FORM_WORDS is <w>."""
    out = []
    for i, m in enumerate(TOKEN_RE.finditer(sentence[:MAX_CHARS])):
        word = m.group().replace("’", "'")
        if word[0].isdigit():
            out.append("<year>" if YEAR_RE.match(word) else "<num>")
        elif i and word[0].isupper():
            out.append("<Cap>")
        else:
            low = word.lower()
            out.append("<w>" if MASK_TOPIC and low not in FORM_WORDS and low not in CLASSES else low)
    return out


def features(sentence: str) -> list[str]:
    """The sentence's distinct features: words, cue classes, pairs of (classed) words, the first word
    and the closing mark. `score` divides their weights' sum by the square root of their number, so a
    long sentence does not score high for its length alone."""
    toks = tokens(sentence)
    classed = [CLASSES.get(t, t) for t in toks]
    feats = ["w:" + t for t in toks]
    feats += ["c:" + c for c, t in zip(classed, toks) if c != t]
    feats += ["b:" + a + " " + b for a, b in zip(classed, classed[1:])]
    if toks:
        feats.append("first:" + classed[0])
        feats.append("last:" + toks[-1] if toks[-1] in "?!" else "last:.")
    return list(dict.fromkeys(feats))


def score(weights: Weights, feats: Sequence[str]) -> float:
    """The linear score: the bias plus the features' weights over the square root of their number."""
    get = weights.get
    return get("bias", 0.0) + sum(get(f, 0.0) for f in feats) / math.sqrt(len(feats) or 1)


def probabilities(zs: Sequence[float]) -> list[float]:
    """One score: the logistic of it; several: their softmax."""
    if len(zs) == 1:
        z = max(-40.0, min(40.0, zs[0]))
        return [1.0 / (1.0 + math.exp(-z))]
    top = max(zs)
    ex = [math.exp(z - top) for z in zs]
    total = sum(ex)
    return [e / total for e in ex]


def fit(xs: Sequence[Sequence[str]], ys: Sequence[Sequence[float]], *, epochs: int = 30, rate: float = 0.3,
        l2: float = 1e-4, seed: int = 14) -> list[Weights]:
    """One weight table per class (one class: logistic regression) fitted to feature lists `xs` and
    target rows `ys` (a probability per class)."""
    if not xs:
        raise ValueError("no training sentences")
    classes = len(ys[0])
    ws: list[defaultdict[str, float]] = [defaultdict(float) for _ in range(classes)]
    seen: list[defaultdict[str, float]] = [defaultdict(lambda: 1e-6) for _ in range(classes)]
    order = list(range(len(xs)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            feats = xs[i]
            norm = 1.0 / math.sqrt(len(feats) or 1)
            ps = probabilities([score(w, feats) for w in ws])
            for k in range(classes):
                g = ps[k] - ys[i][k]
                w, h = ws[k], seen[k]
                for f, x in [("bias", 1.0), *((f, norm) for f in feats)]:
                    gf = g * x + l2 * w[f] * (f != "bias")
                    h[f] += gf * gf
                    w[f] -= rate * gf / math.sqrt(h[f])
    return [{f: v for f, v in w.items() if v} for w in ws]


class SentenceModel:
    """The two regressions: whether a sentence argues an option, and the author's stance on it."""

    def __init__(self, option: Weights, stance: dict[str, Weights]) -> None:
        self.option, self.stance = option, stance

    @classmethod
    def train(cls, rows: Sequence[dict[str, object]], **kw: float) -> SentenceModel:
        """rows: {"text", "option": bool, "stance": one of STANCES but "none", or None}."""
        xs = [features(str(r["text"])) for r in rows]
        option = fit(xs, [[1.0 if r["option"] else 0.0] for r in rows], **kw)[0]  # type: ignore[arg-type]
        pos = [(x, r) for x, r in zip(xs, rows) if r["option"]]
        targets = [[1.0 if (r["stance"] or "none") == s else 0.0 for s in STANCES] for _, r in pos]
        stance = fit([x for x, _ in pos], targets, **kw) if pos else [{} for _ in STANCES]  # type: ignore[arg-type]
        return cls(option, dict(zip(STANCES, stance)))

    def option_score(self, sentence: str) -> float:
        """P(the sentence argues a concrete course of action)."""
        return probabilities([score(self.option, features(sentence))])[0]

    def stance_scores(self, sentence: str) -> dict[str, float]:
        """P(the author's stance), over STANCES ("none": the author takes no side)."""
        feats = features(sentence)
        return dict(zip(self.stance, probabilities([score(w, feats) for w in self.stance.values()])))


# --delex (scripts/train_options_model.py): no word of a sentence is read, only the class it stands for, so the model
# sees a sentence's form and what the analyser found in it, never its topic (the news pool's courses, its outlets)
DELEX = {
    **dict.fromkeys("should must ought shall".split(), "<modal>"),
    **dict.fromkeys("would could can may might".split(), "<weak>"),
    **dict.fromkeys("need needs needed require requires required".split(), "<need>"),
    **dict.fromkeys("not never no nor cannot without".split(), "<neg>"),
    **{w: "<bad>" for w, c in CLASSES.items() if c == "<bad>"},
    **{w: "<good>" for w, c in CLASSES.items() if c == "<good>"},
    **dict.fromkeys("said says told argued argues insisted insists warned claimed claims believes believe say argue "
                    "insist according added adds noted notes wrote writes".split(), "<say>"),
    **{w: "<ask>" for w, c in CLASSES.items() if c == "<ask>"},
    **dict.fromkeys("pledge pledged pledges promise promised promises vow vowed vows plan plans planned intend intends "
                    "intended aims aim".split(), "<commit>"),
    **dict.fromkeys("support supports supported back backs backed favor favors favour endorse endorsed "
                    "welcome welcomed".split(), "<back>"),
    **dict.fromkeys("oppose opposes opposed reject rejects rejected against criticized condemned".split(), "<against>"),
    **dict.fromkeys("if unless whether provided".split(), "<if>"),
    **dict.fromkeys("i we us our my me".split(), "<we>"),
    **dict.fromkeys("you your".split(), "<you>"),
    **dict.fromkeys("he she they him her them his their".split(), "<they>"),
    **dict.fromkeys("it its this that these those".split(), "<this>"),
    **dict.fromkeys("will going".split(), "<future>"),
    **dict.fromkeys("was were had did".split(), "<past>"),
    **dict.fromkeys("has have been".split(), "<perf>"),
    **dict.fromkeys("is are am be being".split(), "<be>"),
    **dict.fromkeys("what why how who which when where".split(), "<wh>"),
    **dict.fromkeys("the a an".split(), "<det>"),
    **dict.fromkeys("to".split(), "<to>"),
    **dict.fromkeys("of in on for with by at from as into about over after before".split(), "<prep>"),
    **dict.fromkeys("and or but because so than while".split(), "<conj>"),
    **dict.fromkeys("let lets".split(), "<let>"),
    **dict.fromkeys("now today soon immediately yet still already".split(), "<now>"),
    **dict.fromkeys("mr mrs ms dr president senator sen rep gov governor minister secretary".split(), "<title>"),
}
QUOTE_MARKS = "\"“”"


def delex_token(word: str, first: bool) -> str:
    """The class a word stands for: DELEX's, a title, <Cap>, a number, a suffix shape (<ed>, <ing>, <ly>) or <w>."""
    low = word.lower().replace("’", "'")
    if word[0].isdigit():
        return "<year>" if YEAR_RE.match(word) else "<num>"
    if not first and word[0].isupper() and low != "i":  # a name ("May", "Will") is no modal; a title is a title
        return "<title>" if DELEX.get(low) == "<title>" else "<Cap>"
    if low in DELEX:
        return DELEX[low]
    if low.endswith("n't"):
        return "<neg>"
    if word in "?!;:":
        return word
    for suffix, cls in (("ed", "<ed>"), ("ing", "<ing>"), ("ly", "<ly>")):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            return cls
    return "<w>"


def delex_features(sentence: str) -> list[str]:
    """A sentence's distinct form features: its classes (DELEX), pairs of classes (a run of <w> read as one), its
    first class (an imperative starts with <w>), closing mark, quote marks and length; no word of its own."""
    classes = [delex_token(m.group(), i == 0) for i, m in enumerate(TOKEN_RE.finditer(sentence[:MAX_CHARS]))]
    runs = [c for i, c in enumerate(classes) if not (c == "<w>" and i and classes[i - 1] == "<w>")]
    feats = ["c:" + c for c in classes if c != "<w>"]
    feats += ["b:" + a + " " + b for a, b in zip(runs, runs[1:])]
    if classes:
        feats += ["first:" + classes[0], "first2:" + " ".join(runs[:2]),
                  "last:" + (classes[-1] if classes[-1] in "?!" else ".")]
    stripped = sentence.strip()
    if any(q in sentence for q in QUOTE_MARKS):
        feats.append("quote:" + ("opens" if stripped[:1] in QUOTE_MARKS else "inside"))
    feats.append("len:" + str(min(len(classes) // 8, 5)))
    return list(dict.fromkeys(feats))

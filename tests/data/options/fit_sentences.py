"""A learned SENTENCE model of options against the rules, on the tuned pieces only (nineteenth session, issue 14).

    .venv/bin/python tests/data/options/fit_sentences.py [--refresh] [--folds 5] [--seed 19] [--l2 1e-5] [--epochs 8]
        [--separate] [--form] [--by-group] [--stance] [--show N] [--validate]

The result (README.md, "A sentence model on every tuned label ..."): no use beats the rules; nothing is wired into the
analyser and no weights ship. --validate is the one validation-s19 trial of the use fixed in VALIDATE_ADD (run once,
aggregate only); --show N prints the adder's best sentences of TUNED pieces only.

Data: every sentence of the TUNED labelled pieces: dev (the real editorials and the project's own op-eds),
`news-fit` (news-s18 included) and `ed-s17`. A sentence is positive when it overlaps a span of a gold entry
(`evidence` or `also_evidence`). Nothing of a validation, aside or held part is read: pieces are taken through
score.py's own split functions (`load`, `in_split`) and every piece's split is checked against TUNED_SPLITS.
The analyser runs once per piece (its options, quotes and genre are cached in a file of this checkout's own under
the temporary folder; --refresh rebuilds it).

Model: L2-regularised logistic regression by AdaGrad SGD (seeded, plain Python) over binary features that are meant
to generalise: hashed lower-cased word unigrams and bigrams, classes of modal, deontic, evaluative, asking and
saying words, whether the rules built an option in the sentence (and its stance) and whether the sentence holds a
rules' cue, the share of the sentence inside quotation marks, its place in the piece and the genre the analyser
gave. Cross-validation by piece (5 folds, every sentence of a piece in one fold).

Printed (counts and aggregate figures only): the data's counts; out-of-fold AUC; sentence-level recall /
precision of the model at its thresholds against the rules' own (a sentence "found" by the rules when a rule
option overlaps it); and option-level figures by score.py's matching, out of fold, for two uses:
- gate: a rule option is dropped when every sentence it overlaps scores below t;
- adder: a sentence without a rule option that scores at or above T becomes an option (its sentence as evidence);
each fold's threshold chosen on the OTHER folds' out-of-fold scores, and a paired bootstrap over pieces
(score.paired_difference) of the use against the rules.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import re
import sys
import tempfile
import zlib
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
for p in (ROOT, ROOT / "scripts", HERE):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from options_cv import load_scorer  # noqa: E402  # this folder's score.py by its path, as breakdown.py loads it (one loader)

scorer = load_scorer()

TUNED_SPLITS = ("dev", "news-fit", "ed-s17")
CACHE = Path(tempfile.gettempdir()) / f"fit-sentences-{zlib.crc32(str(ROOT).encode()):08x}.json"
BUCKETS = 1 << 18
WORDS = True  # --form: no word or word pair, only the classes and the context

TOKEN_RE = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)*|\d+(?:[.,]\d+)*|[?!;:]")
CLASSES = {
    **dict.fromkeys("should must ought shall".split(), "<modal>"),
    **dict.fromkeys("would could might may can".split(), "<weak>"),
    **dict.fromkeys("need needs needed necessary essential vital imperative urgent".split(), "<need>"),
    **dict.fromkeys("not never no nor n't cannot".split(), "<neg>"),
    **dict.fromkeys("mistake error blunder folly disaster reckless foolish misguided wrong unwise dangerous "
                    "betrayal gimmick fantasy indefensible cruel counterproductive absurd".split(), "<bad>"),
    **dict.fromkeys("wise sensible right prudent overdue better best answer solution remedy".split(), "<good>"),
    **dict.fromkeys("said says told argued argues insisted insists warned claimed claims believes believe say "
                    "argue insist according".split(), "<say>"),
    **dict.fromkeys("urged urge urges called calls call demanded demand demands pressed pressing proposed proposes "
                    "propose proposal wants want recommended recommends asked asking lobbied plan plans pledged "
                    "pledge promised promise vowed vow".split(), "<ask>"),
    **dict.fromkeys("support supports supported backed backs back oppose opposes opposed opposition reject rejects "
                    "rejected endorse endorsed".split(), "<side>"),
    **dict.fromkeys("i we us our you your".split(), "<person>"),
    **dict.fromkeys("was were had did ago yesterday".split(), "<past>"),
    **dict.fromkeys("will likely expected probably forecast".split(), "<future>"),
    **dict.fromkeys("if unless only".split(), "<cond>"),
}
YEAR_RE = re.compile(r"^(?:1[89]|20)\d\d$")


def tokens(sentence: str) -> list[str]:
    """Lower-cased words; a number is <num>, a year <year>; n't split off."""
    out = []
    for m in TOKEN_RE.finditer(sentence[:2500]):
        word = m.group().replace("’", "'").lower()
        if word[0].isdigit():
            out.append("<year>" if YEAR_RE.match(word) else "<num>")
        elif word.endswith("n't"):
            out += [word[:-3], "n't"]
        else:
            out.append(word)
    return out


def features(sentence: str, facts: dict[str, Any]) -> list[str]:
    """The sentence's distinct features: words and word pairs (class-mapped pairs too), the classes, and the
    facts of its context (`facts`: rule, rule_stance, cued, quote_share, place, first, genre)."""
    toks = tokens(sentence)
    classed = [CLASSES.get(t, t) for t in toks]
    feats = {"bias"}
    if WORDS:
        feats.update("w:" + t for t in toks)
        feats.update(f"b:{a} {b}" for a, b in zip(["^", *toks], [*toks, "$"]))
    feats.update("c:" + c for c in classed if c.startswith("<"))
    feats.update(f"k:{a} {b}" for a, b in zip(["^", *classed], [*classed, "$"]) if a.startswith("<") or b.startswith("<"))
    share = facts["quote_share"]
    context = [f"rule:{facts['rule']}", f"rule_stance:{facts['rule_stance']}", f"cued:{facts['cued']}",
               "quote:" + ("none" if share == 0 else "part" if share < 0.5 else "most"),
               f"place:{min(4, int(facts['place'] * 5))}", f"first:{facts['first']}", f"genre:{facts['genre']}",
               f"len:{min(5, len(toks) // 10)}"]
    feats.update(context)
    feats.update(f"{facts['genre']}|{c}" for c in context[:4])
    return sorted(feats)


def bucket(feature: str) -> int:
    return zlib.crc32(feature.encode()) % BUCKETS


# --- data -------------------------------------------------------------------------------------------------------

def _tuned_entries() -> list[tuple[str, str, dict[str, Any]]]:
    """(name, split asked, entry) of every tuned piece: score.py's split functions only."""
    allowed = {"dev", *scorer.NEWS_GROUPS["news-fit"], *scorer.TUNED_OPINION}
    out = []
    for split in TUNED_SPLITS:
        for name, entry in sorted(scorer.load(split).items()):
            if split == "dev" and not scorer.in_split(entry, "dev"):
                continue
            if entry["split"] not in allowed:
                raise SystemExit(f"refusing a piece of split {entry['split']!r}")
            out.append((name, split, entry))
    return out


def fingerprint() -> str:
    h = hashlib.sha256()
    for f in sorted((ROOT / "briefing_app" / "analysis").rglob("*.py")) + [HERE / "gold-v2.json"] + sorted(
            HERE.glob("gold-v2-news-s1[358]*.json")) + [HERE / "gold-v2-ed-s17.json", Path(__file__)]:
        h.update(str(f.relative_to(ROOT)).encode())
        h.update(f.read_bytes())
    return h.hexdigest()


def analysed(name: str, split: str, entry: dict[str, Any]) -> dict[str, Any]:
    from briefing_app.analysis import analyse
    from briefing_app.analysis.options.cues import _cued
    from briefing_app.analysis.segment import paragraphs, sentence_spans
    text = scorer.article_text(name, split)
    a = analyse(text)
    opts: list[tuple[int, int, str]] = [(o.start, o.end, str(o.stance)) for o in a.options]
    quotes = [(q.start, q.end) for q in a.quotes if q.kind != "indirect"]
    gold = [[list(s) for s in scorer._entry_spans(text, g)] for g in entry["options"]]
    sents = [(s, e) for ps, pe in paragraphs(text) for s, e in sentence_spans(text, ps, pe)]
    rows = []
    for i, (s, e) in enumerate(sents):
        inside = sum(max(0, min(e, qe) - max(s, qs)) for qs, qe in quotes)
        rule = [o for o in opts if o[0] < e and s < o[1]]
        facts = {"rule": bool(rule), "rule_stance": rule[0][2] if rule else "-", "cued": _cued(text[s:e].lower()),
                 "quote_share": inside / max(1, e - s), "place": i / max(1, len(sents)), "first": i == 0,
                 "genre": a.metadata.genre or "-"}
        label = any(gs < e and s < ge for spans in gold for gs, ge in spans)
        rows.append({"span": [s, e], "label": label, "rule": bool(rule), "text": text[s:e], "facts": facts})
    return {"name": name, "group": split, "gold": gold, "gold_stance": [str(g["stance"]) for g in entry["options"]],
            "options": opts, "rows": rows}


def pieces(refresh: bool = False) -> list[dict[str, Any]]:
    key = fingerprint()
    out: list[dict[str, Any]] = []
    if not refresh and CACHE.exists():
        cached = json.loads(CACHE.read_text())
        if cached.get("key") == key:
            out = list(cached["pieces"])
    if not out:
        out = [analysed(*t) for t in _tuned_entries()]
        CACHE.write_text(json.dumps({"key": key, "pieces": out}))
    for p in out:
        for r in p["rows"]:
            r["x"] = sorted({bucket(f) for f in features(r["text"], r["facts"])})
    return out


# --- model ------------------------------------------------------------------------------------------------------

EPOCHS, L2 = 8, 1e-5  # --epochs, --l2


def train(rows: list[tuple[list[int], bool]], epochs: int = 0, rate: float = 0.3, l2: float = -1.0,
          seed: int = 19) -> dict[int, float]:
    """Logistic regression by AdaGrad SGD, class-balanced; deterministic for a seed."""
    epochs = epochs or EPOCHS
    l2 = L2 if l2 < 0 else l2
    w: dict[int, float] = {}
    g2: dict[int, float] = {}
    pos = sum(1 for _, y in rows if y)
    weight_pos = (len(rows) - pos) / max(1, pos)
    order = list(range(len(rows)))
    rnd = random.Random(seed)
    for _ in range(epochs):
        rnd.shuffle(order)
        for i in order:
            x, y = rows[i]
            z = sum(w.get(j, 0.0) for j in x)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            grad = (p - y) * (weight_pos if y else 1.0)
            for j in x:
                wj = w.get(j, 0.0)
                gj = grad + l2 * wj
                g2[j] = g2.get(j, 0.0) + gj * gj
                w[j] = wj - rate * gj / math.sqrt(g2[j] + 1e-8)
    return w


def predict(w: dict[int, float], x: list[int]) -> float:
    z = sum(w.get(j, 0.0) for j in x)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def auc(scores: list[tuple[float, bool]]) -> float:
    ranked = sorted(scores)
    pos = sum(1 for _, y in ranked if y)
    neg = len(ranked) - pos
    rank_sum = sum(i + 1 for i, (_, y) in enumerate(ranked) if y)
    return (rank_sum - pos * (pos + 1) / 2) / max(1, pos * neg)


# --- uses, scored as score.py does -----------------------------------------------------------------------------

def counted(piece: dict[str, Any], scores: list[float], gate: float | None, add: float | None) -> tuple[int, int, int]:
    """(gold, found, matched) of one piece for the rules with the gate and/or adder at the given thresholds."""
    rows = piece["rows"]
    found: list[tuple[int, int]] = []
    for s, e, _ in piece["options"]:
        best = max((sc for r, sc in zip(rows, scores) if r["span"][0] < e and s < r["span"][1]), default=1.0)
        if gate is None or best >= gate:
            found.append((s, e))
    if add is not None:
        found += [(r["span"][0], r["span"][1]) for r, sc in zip(rows, scores) if not r["rule"] and sc >= add]
    gold = [[(sp[0], sp[1]) for sp in g] for g in piece["gold"]]
    pairs, absorbed = scorer.match_entries(gold, found)
    return len(gold), len(found) - len(absorbed), len(pairs)


def f1(counts: list[tuple[int, int, int]]) -> tuple[float, float, float]:
    g, f, m = (sum(c[i] for c in counts) for i in range(3))
    r, p = m / max(1, g), m / max(1, f)
    return r, p, 2 * r * p / max(1e-9, r + p)


GRID = [round(0.05 * i, 2) for i in range(1, 20)] + [0.97, 0.99]


def chosen(train_pieces: list[tuple[dict[str, Any], list[float]]], use: str) -> float | None:
    """The threshold of `use` with the best F1 on these pieces (None: the rules alone are best)."""
    best = f1([counted(p, s, None, None) for p, s in train_pieces])[2]
    pick = None
    for t in GRID:
        got = f1([counted(p, s, t if use == "gate" else None, t if use == "add" else None) for p, s in train_pieces])[2]
        if got > best + 1e-9:
            best, pick = got, t
    return pick


def out_of_fold(ps: list[dict[str, Any]], fold_of: dict[str, int], folds: int, seed: int, separate: bool
                ) -> dict[str, list[float]]:
    """Out-of-fold sentence scores: one model over all sentences, or (separate) a gate model fitted on the rules'
    sentences and an adder model on the others, each scoring its own kind."""
    oof: dict[str, list[float]] = {p["name"]: [0.0] * len(p["rows"]) for p in ps}
    kinds = (True, False) if separate else (None,)
    for k in range(folds):
        for kind in kinds:
            w = train([(r["x"], r["label"]) for p in ps if fold_of[p["name"]] != k for r in p["rows"]
                       if kind is None or r["rule"] == kind], seed=seed)
            for p in ps:
                if fold_of[p["name"]] == k:
                    for i, r in enumerate(p["rows"]):
                        if kind is None or r["rule"] == kind:
                            oof[p["name"]][i] = predict(w, r["x"])
    return oof


def useful(piece: dict[str, Any]) -> list[bool]:
    """Per sentence: it overlaps a gold entry no rule option matches (what an added option could gain)."""
    gold = [[(sp[0], sp[1]) for sp in g] for g in piece["gold"]]
    pairs, _ = scorer.match_entries(gold, [(o[0], o[1]) for o in piece["options"]])
    open_entries = [g for gi, g in enumerate(gold) if gi not in {a for a, _ in pairs}]
    return [any(gs < r["span"][1] and r["span"][0] < ge for g in open_entries for gs, ge in g) for r in piece["rows"]]


# --validate's use, fixed BEFORE validation was scored (the highest-precision point of the tuned out-of-fold additions:
# 0.99 gave +84 found, +17 right over all tuned pieces, +37 / +11 on news-fit): the adder at this threshold, in every
# piece and only in pieces the analyser calls news; the gate is not tried (no tuned fold chose one)
VALIDATE_ADD = 0.99


def validate(ps: list[dict[str, Any]], seed: int) -> None:
    """The model fitted on every tuned sentence, tried ONCE on validation-s19 (unread: aggregate counts and a paired
    interval only; no piece is named or printed)."""
    w = train([(r["x"], r["label"]) for p in ps for r in p["rows"]], seed=seed)
    entries = sorted(scorer.load("validation-s19").items())
    allowed = {*scorer.VALIDATION, *scorer.OPINION_VALIDATION}
    base, every, news = [], [], []
    for name, entry in entries:
        if entry["split"] not in allowed:
            raise SystemExit("refusing a piece outside validation-s19's parts")
        p = analysed(name, "validation-s19", entry)
        for r in p["rows"]:
            r["x"] = sorted({bucket(f) for f in features(r["text"], r["facts"])})
        scores = [predict(w, r["x"]) for r in p["rows"]]
        base.append(counted(p, scores, None, None))
        every.append(counted(p, scores, None, VALIDATE_ADD))
        is_news = bool(p["rows"]) and p["rows"][0]["facts"]["genre"] == "news"
        news.append(every[-1] if is_news else base[-1])
    for label, got in (("rules", base), (f"+ adder >= {VALIDATE_ADD}", every), (f"+ adder >= {VALIDATE_ADD}, news only", news)):
        g, f, m = (sum(c[i] for c in got) for i in range(3))
        diff = scorer.paired_difference(base, got)
        print(f"validation-s19 {label}: gold {g} found {f} matched {m} recall/precision/F1 "
              f"{'/'.join(f'{v:.3f}' for v in f1(got))}; paired " + ", ".join(f"{k} {a:+.3f}..{b:+.3f}" for k, (a, b) in diff.items()))


STANCES = ("support", "oppose", "neutral", "conditional", "None")


def _row_at(piece: dict[str, Any], at: int) -> dict[str, Any] | None:
    return next((r for r in piece["rows"] if r["span"][0] <= at < r["span"][1]), None)


def stance_cv(ps: list[dict[str, Any]], fold_of: dict[str, int], folds: int, seed: int) -> None:
    """The author's stance: one-vs-rest logistic models over the first evidence sentence of every gold entry of the
    training folds (its features include the rules' stance there), overriding the rules' stance on the test folds'
    matched options when the model's best class differs and its probability is at least c. Printed per group: the
    rules' right stances and, per c, fixes / breaks."""
    results: dict[str, Counter[str]] = {}
    for k in range(folds):
        train_rows = []
        for p in ps:
            if fold_of[p["name"]] == k:
                continue
            for spans, st in zip(p["gold"], p["gold_stance"]):
                r = _row_at(p, spans[0][0])
                if r is not None:
                    train_rows.append((r["x"], st))
        models = {c: train([(x, st == c) for x, st in train_rows], seed=seed) for c in STANCES}
        for p in ps:
            if fold_of[p["name"]] != k:
                continue
            gold = [[(sp[0], sp[1]) for sp in g] for g in p["gold"]]
            pairs, _ = scorer.match_entries(gold, [(o[0], o[1]) for o in p["options"]])
            tally = results.setdefault(p["group"], Counter())
            for gi, fi in pairs:
                want, got = p["gold_stance"][gi], p["options"][fi][2]
                r = _row_at(p, p["options"][fi][0])
                tally["matched"] += 1
                tally["rules right"] += got == want
                if r is None:
                    continue
                probs = {c: predict(m, r["x"]) for c, m in models.items()}
                total = sum(probs.values())
                best = max(STANCES, key=lambda c: probs[c])
                conf = probs[best] / total
                for c in (0.4, 0.5, 0.6, 0.7, 0.8):
                    if conf >= c and best != got:
                        tally[f"{c} fix"] += best == want
                        tally[f"{c} break"] += got == want
    for group, t in sorted(results.items()):
        print(f"stance {group}: rules right {t['rules right']} of {t['matched']}; override at c: " + "; ".join(
            f"{c} +{t[f'{c} fix']}/-{t[f'{c} break']}" for c in (0.4, 0.5, 0.6, 0.7, 0.8)))


def main() -> None:
    global WORDS
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--refresh", action="store_true")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--form", action="store_true", help="no words or word pairs: classes and context only")
    ap.add_argument("--separate", action="store_true", help="a gate model on rule sentences, an adder model on the rest")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--l2", type=float, default=1e-5)
    ap.add_argument("--show", type=int, default=0, help="print the adder's best N sentences of the TUNED pieces")
    ap.add_argument("--by-group", action="store_true", help="folds by group (dev, news-fit, ed-s17): transfer between them")
    ap.add_argument("--stance", action="store_true", help="the author's-stance model against the rules' stance")
    ap.add_argument("--validate", action="store_true", help="once: the fixed use on validation-s19, aggregate only")
    args = ap.parse_args()
    global EPOCHS, L2
    EPOCHS, L2 = args.epochs, args.l2
    WORDS = not args.form
    ps = pieces(args.refresh)
    by_group = Counter(p["group"] for p in ps)
    rows = [r for p in ps for r in p["rows"]]
    print(f"pieces {len(ps)} ({', '.join(f'{g} {n}' for g, n in sorted(by_group.items()))}); sentences {len(rows)}, "
          f"positive {sum(r['label'] for r in rows)}; rule sentences {sum(r['rule'] for r in rows)}, "
          f"of them positive {sum(r['rule'] and r['label'] for r in rows)}; gold entries "
          f"{sum(len(p['gold']) for p in ps)}")
    if args.validate:
        validate(ps, args.seed)
        return
    fold_of = {p["name"]: zlib.crc32(f"{args.seed}:{p['name']}".encode()) % args.folds for p in ps}
    if args.by_group:
        args.folds = len(TUNED_SPLITS)
        fold_of = {p["name"]: TUNED_SPLITS.index(p["group"]) for p in ps}
    if args.stance:
        stance_cv(ps, fold_of, args.folds, args.seed)
        return
    oof = out_of_fold(ps, fold_of, args.folds, args.seed, args.separate)
    scored = [(sc, r["label"]) for p in ps for r, sc in zip(p["rows"], oof[p["name"]])]
    print(f"out-of-fold AUC {auc(scored):.3f} (all sentences); "
          f"{auc([(sc, r['label']) for p in ps for r, sc in zip(p['rows'], oof[p['name']]) if not r['rule']]):.3f} "
          f"(sentences without a rule option); "
          f"{auc([(sc, r['label']) for p in ps for r, sc in zip(p['rows'], oof[p['name']]) if r['rule']]):.3f} "
          f"(rule sentences: right vs wrong)")
    pos = sum(y for _, y in scored)
    rule_tp = sum(r["rule"] and r["label"] for r in rows)
    rule_n = sum(r["rule"] for r in rows)
    print(f"sentence level: rules recall {rule_tp / pos:.3f} precision {rule_tp / rule_n:.3f} "
          f"F1 {2 * rule_tp / (pos + rule_n):.3f}")
    for t in (0.3, 0.5, 0.7, 0.8, 0.9):
        tp = sum(1 for sc, y in scored if sc >= t and y)
        n = sum(1 for sc, _ in scored if sc >= t)
        print(f"  model >= {t}: recall {tp / pos:.3f} precision {tp / max(1, n):.3f} F1 {2 * tp / (pos + n):.3f}")
    if args.show:
        best = sorted(((sc, u, p["group"], r["text"][:150]) for p in ps
                       for r, sc, u in zip(p["rows"], oof[p["name"]], useful(p)) if not r["rule"]), reverse=True)
        for sc, u, g, t in best[:args.show]:
            print(f"  {sc:.3f} {'OPEN' if u else '----'} {g}: {t!r}")
    for group in ("all", *TUNED_SPLITS):
        sel = [p for p in ps if group in ("all", p["group"])]
        cand = sorted(((sc, u) for p in sel for r, sc, u in zip(p["rows"], oof[p["name"]], useful(p)) if not r["rule"]),
                      reverse=True)
        tops = " / ".join(str(sum(u for _, u in cand[:k])) for k in (10, 20, 40, 80, 160))
        rule_scores = sorted((sc, r["label"]) for p in sel for r, sc in zip(p["rows"], oof[p["name"]]) if r["rule"])
        low = [sum(1 for _, y in rule_scores[:k] if y) for k in (10, 20, 40)]
        print(f"{group}: adder's top 10/20/40/80/160 sentences without a rule option hold {tops} open entries "
              f"({sum(u for _, u in cand)} of {len(cand)}); the gate's lowest 10/20/40 rule sentences hold "
              f"{'/'.join(map(str, low))} positives")
        base = [counted(p, oof[p["name"]], None, None) for p in sorted(sel, key=lambda p: p["name"])]
        sums = [sum(c[i] for c in base) for i in range(3)]
        steps = []
        for t in (0.8, 0.9, 0.95, 0.97, 0.98, 0.99):
            fixed = [counted(p, oof[p["name"]], None, t) for p in sorted(sel, key=lambda p: p["name"])]
            steps.append(f"{t}: +{sum(c[1] for c in fixed) - sums[1]} found, +{sum(c[2] for c in fixed) - sums[2]} right")
        print(f"{group}: adder at fixed thresholds: " + "; ".join(steps))
        line = [f"{group}: rules {'/'.join(f'{v:.3f}' for v in f1(base))}"]
        for use in ("gate", "add"):
            got: list[tuple[str, tuple[int, int, int]]] = []
            picks: list[float | None] = []
            for k in range(args.folds):
                others = [(p, oof[p["name"]]) for p in ps if fold_of[p["name"]] != k]
                pick = chosen(others, use)
                picks.append(pick)
                got += [(str(p["name"]), counted(p, oof[p["name"]], pick if use == "gate" else None,
                                                 pick if use == "add" else None)) for p in sel if fold_of[p["name"]] == k]
            got_counts = [c for _, c in sorted(got)]
            diff = scorer.paired_difference(base, got_counts)
            line.append(f"{use} (t {picks}) {'/'.join(f'{v:.3f}' for v in f1(got_counts))} paired "
                        + ", ".join(f"{k} {a:+.3f}..{b:+.3f}" for k, (a, b) in diff.items()))
        print("\n  ".join(line))


if __name__ == "__main__":
    main()

"""Train the options screen (briefing_app/analysis/options/screen.py) and cross-validate it by piece.

    .venv/bin/python scripts/train_option_screen.py [--cv] [--stance] [--write] [--l2 10.0] [--stability K [--cut T]]
        [--data tests/data/options/candidates.jsonl]

Data: `tests/data/options/candidates.jsonl` (scripts/option_candidates.py: every option the rules find in the tuned
labelled pieces, its features and its label by score.py's v2 matching; offsets and feature names only). Standard
library only, deterministic: full-batch gradient descent on an L2-regularised logistic regression (hit or absorbed = 1,
spurious = 0), a fixed number of steps, weights rounded to 4 decimals; `--write` writes screen_weights.py (a test
checks that the shipped weights are what this script writes from the shipped data).

--cv: 5 folds by piece (CRC-32 of the piece's name; every option of a piece in one fold): each fold's model is fitted
on the other folds only. Printed, pooled over the folds by score.py's matching (a dropped option can no longer match;
an absorbed one may take its place): recall / precision / F1 / the author's stance of the rules alone and with the
screen at fixed thresholds and at each fold's own threshold (the best F1 on the OTHER folds' out-of-fold scores), per
group (dev, news-fit, ed-s17) and in all; the AUC of hits against spurious options. The judged news reports (group
"judged-news": options judged right or wrong, no gold entries) are a check apart: never trained on (neither by a fold
nor by --write), scored by the fold model of their piece's fold; printed: their AUC and the precision of the options
kept (right kept / kept).

--stability K: K refits on the training rows with 5% of them dropped at random (seeds 0..K-1), each compared with the fit
on every row: how many screen decisions on all the options flip, per group (docs/options-screen.md, "Stability").
"""
from __future__ import annotations

import argparse
import json
import math
import random
import sys
import zlib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(ROOT / "scripts"))

from train_options_model import auc, f1_of  # noqa: E402  # (one AUC and one pooled F1 for the options experiments)

DATA = ROOT / "tests" / "data" / "options" / "candidates.jsonl"
WEIGHTS_PY = ROOT / "briefing_app" / "analysis" / "options" / "screen_weights.py"
STEPS, RATE, L2 = 400, 0.5, 10.0  # L2 10 (was 1.0 to session 25): docs/options-screen.md, "Stability"
GRID = [0.05 * i for i in range(1, 15)]
JUDGED = "judged-news"  # the group of the judged news reports: right / wrong options, no gold entries
HEADER = '"""Weights of the options screen (screen.py), written by scripts/train_option_screen.py: do not edit by hand."""\n'


def load(path: Path = DATA) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def rows_of(pieces: list[dict[str, Any]]) -> list[tuple[list[str], int]]:
    """The training rows: the labelled pieces' options (the judged reports' are a check apart, never trained on)."""
    return [(o["features"], 0 if o["label"] == "spurious" else 1) for p in pieces if p["group"] != JUDGED
            for o in p["options"]]


def fit(rows: list[tuple[list[str], int]], l2: float = L2, steps: int = STEPS, rate: float = RATE
        ) -> tuple[float, dict[str, float]]:
    """L2-regularised logistic regression by full-batch gradient descent (mean loss; the bias not regularised). The rows
    are summed in a canonical order (by label, then features), so the weights do not depend on the file's order."""
    rows = sorted(rows, key=lambda r: (r[1], r[0]))
    names = sorted({f for x, _ in rows for f in x})
    index = {f: i for i, f in enumerate(names)}
    xs = [[index[f] for f in x] for x, _ in rows]
    ys = [y for _, y in rows]
    n = len(rows)
    w = [0.0] * len(names)
    b = 0.0
    exp = math.exp
    for _ in range(steps):
        grad = [0.0] * len(names)
        gb = 0.0
        for x, y in zip(xs, ys):
            z = b + sum(map(w.__getitem__, x))  # (the same sum, in the same order, as a generator: about 2x faster)
            p = 1.0 / (1.0 + exp(-max(-30.0, min(30.0, z))))
            d = p - y
            gb += d
            for i in x:
                grad[i] += d
        b -= rate * gb / n
        for i in range(len(w)):
            w[i] -= rate * (grad[i] / n + l2 * w[i] / n)
    return round(b, 4), {f: round(w[i], 4) for f, i in index.items() if round(w[i], 4) != 0.0}


def prob(x: list[str], bias: float, weights: dict[str, float]) -> float:
    z = bias + sum(weights.get(f, 0.0) for f in x)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def weights_source(bias: float, weights: dict[str, float]) -> str:
    lines = [HEADER, f"BIAS = {bias!r}\n", "WEIGHTS: dict[str, float] = {\n"]
    lines += [f"    {name!r}: {value!r},\n" for name, value in sorted(weights.items())]
    return "".join(lines + ["}\n"])


# --- cross-validation -----------------------------------------------------------------------------------------

def _scorer() -> Any:
    """tests/data/options/score.py (its v2 matching and paired bootstrap; one implementation of each)."""
    from options_cv import load_scorer
    return load_scorer()


def _matches(gold: list[list[list[int]]], found: list[list[int]]) -> tuple[list[tuple[int, int]], dict[int, int]]:
    return _scorer().match_entries([[tuple(s) for s in g] for g in gold], [tuple(s) for s in found])  # type: ignore[no-any-return]


def counted(piece: dict[str, Any], keep: list[bool]) -> tuple[int, int, int, int]:
    """(gold, found, matched, stance right) of a piece with only the options `keep` marks."""
    kept = [o for o, k in zip(piece["options"], keep) if k]
    pairs, absorbed = _matches(piece["gold"], [o["span"] for o in kept])
    right = sum(1 for gi, fi in pairs if kept[fi]["stance"] == piece["gold_stance"][gi])
    return len(piece["gold"]), len(kept) - len(absorbed), len(pairs), right


def figures(counts: list[tuple[int, int, int, int]]) -> str:
    g, f, m, s = (sum(c[i] for c in counts) for i in range(4))
    r, p = m / g if g else 0.0, m / f if f else 0.0
    f1 = 2 * r * p / (r + p) if r + p else 0.0
    return f"found {f:3d} matched {m:3d}  R {r:.3f} P {p:.3f} F1 {f1:.3f} stance {s / m if m else 0:.3f}"


def cross_validate(pieces: list[dict[str, Any]], folds: int = 5, l2: float = L2) -> None:
    fold = {p["piece"]: zlib.crc32(p["piece"].encode()) % folds for p in pieces}
    scores: dict[str, list[float]] = {}
    for k in range(folds):
        bias, weights = fit(rows_of([p for p in pieces if fold[p["piece"]] != k]), l2)
        for p in pieces:
            if fold[p["piece"]] == k:
                scores[p["piece"]] = [prob(o["features"], bias, weights) for o in p["options"]]
    chosen: dict[int, float | None] = {}
    labelled = [p for p in pieces if p["group"] != JUDGED]
    for k in range(folds):
        others = [p for p in labelled if fold[p["piece"]] != k]
        best, cut = f1_of([counted(p, [True] * len(p["options"])) for p in others]), None
        for t in GRID:
            f = f1_of([counted(p, [s >= t for s in scores[p["piece"]]]) for p in others])
            if f > best + 1e-9:
                best, cut = f, t
        chosen[k] = cut
    print(f"folds' own thresholds: {[chosen[k] for k in range(folds)]}")
    scored = [(s, o["label"] != "spurious") for p in labelled
              for s, o in zip(scores[p["piece"]], p["options"]) if o["label"] != "absorbed"]
    print(f"AUC hit vs spurious, out of fold: {auc(scored):.3f} ({sum(y for _, y in scored)} hits, "
          f"{sum(not y for _, y in scored)} spurious)")
    judged = [(s, o["label"] == "hit", chosen[fold[p["piece"]]]) for p in pieces if p["group"] == JUDGED
              for s, o in zip(scores[p["piece"]], p["options"])]
    if judged:
        print(f"AUC right vs wrong on the judged reports (never trained on): {auc([(s, y) for s, y, _ in judged]):.3f}")
        cuts = [(f"screen {t:.2f}", [y for s, y, _ in judged if s >= t]) for t in GRID[:10]]
        kept = [("rules", [y for _, y, _ in judged])] + cuts + \
            [("folds' own", [y for s, y, c in judged if c is None or s >= c])]
        print(f"-- {JUDGED} ({len({p['piece'] for p in pieces if p['group'] == JUDGED})} pieces, judged options only)")
        for name, ys in kept:
            print(f"  {name:12s} kept {len(ys):3d} right {sum(ys):3d}  P {sum(ys) / len(ys) if ys else 0:.3f}")
    for group in ("dev", "news-fit", "ed-s17", "all"):
        part = [p for p in labelled if group in ("all", p["group"])]
        print(f"-- {group} ({len(part)} pieces, {sum(len(p['gold']) for p in part)} entries)")
        print(f"  rules        {figures([counted(p, [True] * len(p['options'])) for p in part])}")
        for t in GRID[:10]:
            print(f"  screen {t:.2f}  {figures([counted(p, [s >= t for s in scores[p['piece']]]) for p in part])}")
        own = [counted(p, [chosen[fold[p['piece']]] is None or s >= (chosen[fold[p['piece']]] or 0)
                           for s in scores[p["piece"]]]) for p in part]
        print(f"  folds' own   {figures(own)}")
        rules = [counted(p, [True] * len(p["options"]))[:3] for p in part]
        d = _scorer().paired_difference(rules, [c[:3] for c in own])
        print(f"  folds' own - rules, 90% paired interval over pieces: recall {d['recall'][0]:+.3f} to "
              f"{d['recall'][1]:+.3f}, precision {d['precision'][0]:+.3f} to {d['precision'][1]:+.3f}")


def stance_cv(pieces: list[dict[str, Any]], folds: int = 5, l2: float = L2) -> None:
    """--stance: the author's stance learned (issue 14, session 23) against the rules', out of fold by piece. Over the
    matched options of the labelled pieces, one logistic regression per gold stance (one against the rest) on the
    option's screen features (the rules' stance among them); the model's stance replaces the rules' only where its
    probability beats the rules' stance's by more than a margin. Printed: stance right, rules and model, per group."""
    rows = []  # (piece, group, features, the rules' stance, the gold stance)
    for p in pieces:
        if p["group"] == JUDGED:
            continue
        pairs, _ = _matches(p["gold"], [o["span"] for o in p["options"]])
        rows += [(p["piece"], p["group"], p["options"][fi]["features"], str(p["options"][fi]["stance"]),
                  str(p["gold_stance"][gi])) for gi, fi in pairs]
    labels = sorted({r[4] for r in rows})
    fold = [zlib.crc32(r[0].encode()) % folds for r in rows]
    probs: list[dict[str, float]] = [{} for _ in rows]
    for k in range(folds):
        train = [r for r, f in zip(rows, fold) if f != k]
        for c in labels:
            bias, weights = fit([(r[2], int(r[4] == c)) for r in train], l2)
            for i, r in enumerate(rows):
                if fold[i] == k:
                    probs[i][c] = prob(r[2], bias, weights)
    print(f"{len(rows)} matched options; gold stances {dict(sorted((c, sum(r[4] == c for r in rows)) for c in labels))}")
    for margin in (0.0, 0.2, 0.4, 0.6):
        final = [max(labels, key=pr.__getitem__) if max(pr.values()) - pr.get(r[3], 0.0) > margin else r[3]
                 for r, pr in zip(rows, probs)]
        line = []
        for group in ("dev", "news-fit", "ed-s17", "all"):
            idx = [i for i, r in enumerate(rows) if group in ("all", r[1])]
            line.append(f"{group} {sum(rows[i][3] == rows[i][4] for i in idx) / len(idx):.3f} -> "
                        f"{sum(final[i] == rows[i][4] for i in idx) / len(idx):.3f}")
        print(f"  margin {margin:.1f} ({sum(f != r[3] for f, r in zip(final, rows))} changed): rules -> model: "
              + "; ".join(line))


# --- stability: how many screen decisions a small change of the training rows flips -----------------------------------

PERTURBED_SHARE = 0.05  # the share of training rows a perturbed refit drops (at random, by seed)


def perturbed(pieces: list[dict[str, Any]], seed: int, share: float = PERTURBED_SHARE) -> list[dict[str, Any]]:
    """The pieces with each training row (a labelled piece's option) dropped with probability `share`, drawn in file
    order from random.Random(seed): the same seed drops the same rows. The judged reports' rows are never trained on
    and stay."""
    rng = random.Random(seed)
    return [p if p["group"] == JUDGED else {**p, "options": [o for o in p["options"] if rng.random() >= share]}
            for p in pieces]


def decisions(pieces: list[dict[str, Any]], bias: float, weights: dict[str, float], cut: float) -> list[bool]:
    """Whether the screen keeps each option of `pieces` (file order), at threshold `cut`."""
    return [prob(o["features"], bias, weights) >= cut for p in pieces for o in p["options"]]


def flips(pieces: list[dict[str, Any]], seed: int, cut: float, l2: float = L2,
          full: tuple[float, dict[str, float]] | None = None) -> dict[str, int]:
    """Per group (and "all"), how many of the options of `pieces` the refit on perturbed(pieces, seed) decides
    otherwise than the fit on every row (`full`, when it is given)."""
    shipped = decisions(pieces, *(full or fit(rows_of(pieces), l2)), cut)
    other = decisions(pieces, *fit(rows_of(perturbed(pieces, seed)), l2), cut)
    groups = [p["group"] for p in pieces for _ in p["options"]]
    out = {"all": sum(a != b for a, b in zip(shipped, other))}
    for group in sorted(set(groups)):
        out[group] = sum(a != b for a, b, g in zip(shipped, other, groups) if g == group)
    return out


def stability(pieces: list[dict[str, Any]], seeds: int, cut: float, l2: float = L2) -> None:
    """--stability: the decisions flipped by refits on the rows with PERTURBED_SHARE of them dropped, per seed."""
    full = fit(rows_of(pieces), l2)
    shipped = [prob(o["features"], *full) for p in pieces for o in p["options"]]
    print(f"threshold {cut}: {sum(s < cut for s in shipped)} of {len(shipped)} options dropped; "
          f"{sum(abs(s - cut) < 0.05 for s in shipped)} score within 0.05 of it")
    for group in ("dev", "news-fit", "ed-s17"):
        part = [p for p in pieces if p["group"] == group]
        print(f"  {group:8s} in sample: {figures([counted(p, [prob(o['features'], *full) >= cut for o in p['options']]) for p in part])}")
    total = 0
    for seed in range(seeds):
        f = flips(pieces, seed, cut, l2, full)
        total += f["all"]
        print(f"  seed {seed}: {f['all']} flipped ({', '.join(f'{g} {n}' for g, n in f.items() if g != 'all')})")
    print(f"mean {total / max(1, seeds):.2f} flipped of {len(shipped)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--stance", action="store_true", help="cross-validate a learned author's stance against the rules'")
    ap.add_argument("--write", action="store_true", help="write screen_weights.py from every row")
    ap.add_argument("--l2", type=float, default=L2)
    ap.add_argument("--stability", type=int, metavar="SEEDS", help="refit SEEDS times on the rows with 5%% dropped at "
                    "random and count the screen decisions that flip")
    ap.add_argument("--cut", type=float, help="--stability at this threshold (default: screen.THRESHOLD)")
    args = ap.parse_args()
    pieces = load(args.data)
    if args.cv:
        cross_validate(pieces, l2=args.l2)
    if args.stance:
        stance_cv(pieces, l2=args.l2)
    if args.stability:
        from briefing_app.analysis.options.screen import THRESHOLD
        stability(pieces, args.stability, args.cut if args.cut is not None else THRESHOLD if THRESHOLD is not None
                  else 0.2, args.l2)
    if args.write:
        bias, weights = fit(rows_of(pieces), args.l2)
        WEIGHTS_PY.write_text(weights_source(bias, weights), encoding="utf-8")
        print(f"{len(weights)} weights -> {WEIGHTS_PY}")


if __name__ == "__main__":
    main()

"""Refit the genre weights (analysis/genre.py) on the TUNED part of the shared corpora only: a
class-balanced, L2-regularised logistic regression over the cues `genre.guess` reports, by
Newton's method in plain Python. Prints the fitted weights (to be rounded into genre.py by hand)
and a 5-fold cross-validation on the tuned part: news reports called opinion when the threshold
lets 0.96 / 0.97 of the editorials through. The held part (measure_genre.held) is never read.

    .venv/bin/python tests/data/options/fit_genre.py [--shared ../shared] [--c 10]
"""
from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
for p in (ROOT, HERE):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from measure_genre import editorial_text, held, not_news_names  # noqa: E402

from briefing_app.analysis import genre as _genre  # noqa: E402
from briefing_app.analysis import pipeline as _pipeline  # noqa: E402

FEATURES = [*_genre.WEIGHTS, "abstract", "names", "quotes", "turns", "dateline", "speaker_headline"]


def cues(text: str) -> list[float]:
    """The cue values genre.guess weighs for `text` (the analysis run up to its metadata stage)."""
    stages = _pipeline.STAGES[:_pipeline.STAGES.index(_pipeline.metadata)]
    doc = _pipeline.run(text, None, stages)
    reported = [(q.start, q.end) for q in doc.quotes if q.kind == "indirect"]
    direct = sum(q.kind == "direct" for q in doc.quotes)
    got = _genre.guess(doc.text, doc.masked, direct, [(b.start, b.end) for b in doc.boilerplate], doc.paras,
                       reported).cues
    return [got.get(name, 0.0) for name in FEATURES]


def fit(xs: list[list[float]], ys: list[int], c: float) -> list[float]:
    """Weights (bias last) minimising the class-balanced log loss + |w|^2 / (2c)."""
    n, k = len(xs), len(xs[0]) + 1
    pos = sum(ys)
    cw = [n / (2 * pos) if y else n / (2 * (n - pos)) for y in ys]
    rows = [x + [1.0] for x in xs]
    w = [0.0] * k
    for _ in range(50):
        grad = [w[j] / c if j < k - 1 else 0.0 for j in range(k)]
        hess = [[(1.0 / c if i == j and j < k - 1 else 0.0) for j in range(k)] for i in range(k)]
        for x, y, weight in zip(rows, ys, cw):
            z = max(-30.0, min(30.0, sum(a * b for a, b in zip(w, x))))
            p = 1.0 / (1.0 + math.exp(-z))
            g, h = weight * (p - y), weight * p * (1 - p)
            for i in range(k):
                grad[i] += g * x[i]
                hi = h * x[i]
                row = hess[i]
                for j in range(k):
                    row[j] += hi * x[j]
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-8:
            break
    return w


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[piv] = m[piv], m[col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            for j in range(col, n + 1):
                m[r][j] -= f * m[col][j]
    out = [0.0] * n
    for r in range(n - 1, -1, -1):
        out[r] = (m[r][n] - sum(m[r][j] * out[j] for j in range(r + 1, n))) / m[r][r]
    return out


def score(w: list[float], x: list[float]) -> float:
    return sum(a * b for a, b in zip(w, x)) + w[-1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--c", type=float, default=10.0, help="inverse L2 strength (10 was used)")
    args = ap.parse_args()
    corpora = args.shared / "corpora"
    not_news = not_news_names()
    eds = [p for p in sorted((corpora / "editorials").glob("*/*.json")) if not held(p.stem)]
    news = [p for p in sorted((corpora / "polnear-train" / "text").glob("*.txt"))
            if not held(p.stem) and p.stem not in not_news]
    if not eds or not news:
        sys.exit(f"corpora not found under {corpora}")
    xs = [cues(editorial_text(p)) for p in eds] + [cues(p.read_text(encoding="utf-8")) for p in news]
    ys = [1] * len(eds) + [0] * len(news)
    print(f"tuned part: {len(eds)} editorials, {len(news)} news reports")
    folds = [i % 5 for i in range(len(ys))]  # editorials first, then news: every fold gets both
    scores = [0.0] * len(ys)
    for f in range(5):
        w = fit([x for x, g in zip(xs, folds) if g != f], [y for y, g in zip(ys, folds) if g != f], args.c)
        for i, g in enumerate(folds):
            if g == f:
                scores[i] = score(w, xs[i])
    ed_scores = sorted(s for s, y in zip(scores, ys) if y)
    for keep in (0.96, 0.97):
        threshold = ed_scores[int(len(ed_scores) * (1 - keep))]
        fp = sum(1 for s, y in zip(scores, ys) if not y and s > threshold)
        print(f"5-fold CV: with {keep:.2f} of editorials kept, news reports called opinion {fp}/{len(news)}"
              f" = {fp / len(news):.3f}")
    w = fit(xs, ys, args.c)
    print("weights fitted on the whole tuned part:")
    for name, v in zip(FEATURES, w):
        print(f"  {name:16} {v:+.3f}")
    print(f"  {'bias':16} {w[-1]:+.3f}")


if __name__ == "__main__":
    main()

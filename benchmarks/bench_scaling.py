"""How analysis time grows with the length of a text: the CPU time of `analyse()` on a text of
the actor set's tuned articles joined (different articles: more people, places, organisations and
quotes as the text grows, as in a long report or transcript) of about 8 x 1,000 words, against one
of about 1,000 words, per language. Linear work costs the same per word at both lengths; a
look-up that scans everything found so far makes the long text's cost per word grow with its length.

    .venv/bin/python benchmarks/bench_scaling.py [--times 8] [--repeat 3]
Target: the 8x text in at most 10x the CPU time of the 1x text (per word, at most 1.25x as much).
tests/analysis/test_linear_lookups.py counts the same texts' work instead (English at 16x, Russian and Korean
at 8x: Python steps per word and the English patterns' characters read per character, tests/analysis/work_meter.py,
which a loaded machine does not move) and keeps a loose CPU bound of 2x per word (English was 1.61x at 16x before
the look-ups were made linear).

The articles are the ones listed in scaling_articles.txt (the tuned set when that bound was set), so that
new articles in the actor set do not change the text measured. --all takes every tuned article of today's
set: more distinct people and organisations per 16,000 words (no article repeats), on which English
measured 1.46-1.49x per word at 16x in session 8, at that session's start code too; 1.28-1.29x once coref
descriptions, org_affiliations' names before a person and en.py's mentions inside organisations used
per-document indexes (same-minute runs of the old code: 1.34-1.45x). Still scanning every organisation per
call: org_coref.latest_org, org_coref.aliases (substring tests of the whole text per organisation).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from briefing_app.analysis import analyse  # noqa: E402
from tests import tuned_sets  # noqa: E402

LANGUAGES = ("en", "ru", "ko")
WORDS = 1000  # the 1x text: articles joined until it has this many words
TARGET = 10.0  # the 8x text's CPU time over the 1x text's


FIXED = ROOT / "benchmarks" / "scaling_articles.txt"  # the articles the scaling text is made of


def tuned_articles(code: str, every: bool = False) -> list[str]:
    """The actor set's tuned articles in one language (its scorer's own rule, tests/tuned_sets.py: no held or aside
    article): those listed in scaling_articles.txt (the set as the scaling target was set on), or with `every` all
    of today's."""
    listed = {line.strip() for line in FIXED.read_text(encoding="utf-8").splitlines() if line.strip()[:1] not in ("", "#")}
    return [p.read_text(encoding="utf-8") for p in tuned_sets.tuned_articles(f"{code}*.txt") if every or p.name in listed]


def long_text(articles: list[str], words: int) -> str:
    """Articles joined from the first on (cycling if the set has too few) until there are `words` words."""
    parts: list[str] = []
    count = 0
    while count < words:
        parts.append(articles[len(parts) % len(articles)])
        count += len(parts[-1].split())
    return "\n\n".join(parts)


def cpu_time(text: str, repeat: int) -> float:
    """The least CPU time of `repeat` runs of analyse(text) (after one run to warm caches)."""
    analyse(text)
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        analyse(text)
        best = min(best, time.process_time() - start)
    return best


def scaling(code: str, times: int, repeat: int, every: bool = False) -> tuple[int, int, float, float]:
    """(words 1x, words Nx, CPU s 1x, CPU s Nx)."""
    articles = tuned_articles(code, every)
    small, big = long_text(articles, WORDS), long_text(articles, WORDS * times)
    return len(small.split()), len(big.split()), cpu_time(small, repeat), cpu_time(big, repeat)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--times", type=int, default=8)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--all", action="store_true", help="every tuned article of the actor set today, not the fixed list")
    a = ap.parse_args()
    worst = 0.0
    for code in LANGUAGES:
        w1, wn, t1, tn = scaling(code, a.times, a.repeat, a.all)
        per_word = (tn / wn) / (t1 / w1)
        worst = max(worst, tn / t1)
        print(f"{code}: 1x {w1:6,} words {t1 * 1000:7.1f} ms CPU; {a.times}x {wn:7,} words {tn * 1000:8.1f} ms CPU; "
              f"time x{tn / t1:.1f} for words x{wn / w1:.1f}; per word {tn / wn * 1e6:.1f} vs {t1 / w1 * 1e6:.1f} us "
              f"(x{per_word:.2f})")
    if a.times == 8:
        print(f"target: the 8x text in <= {TARGET:g}x the time of the 1x text: {'met' if worst <= TARGET else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Genre on the hand-written Russian and Korean set (README.md): opinion pieces called opinion and
news reports called opinion, per language, tuned and held part apart.

    .venv/bin/python tests/data/genre/score.py [--show] [--held] [--actors]
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from briefing_app.analysis import analyse  # noqa: E402

ARTICLES = HERE / "articles"
ACTORS = HERE.parent / "actors"


def part(stem: str) -> str:
    """"held-2" (the later, harder batch, held whole), "held-3" (a third batch's pieces whose name's CRC-32
    is even), "held" (the first batch's pieces whose name's CRC-32 is 0 mod 3) or "tuned"."""
    if "-h2-" in stem:
        return "held-2"
    if "-b3-" in stem:
        return "held-3" if zlib.crc32(stem.encode()) % 2 == 0 else "tuned"
    return "held" if zlib.crc32(stem.encode()) % 3 == 0 else "tuned"


def held(stem: str) -> bool:
    return part(stem) != "tuned"


def actor_news(lang: str) -> list[Path]:
    """The actor set's news articles in `lang` that its scorer does not hold aside (no op-eds)."""
    spec = importlib.util.spec_from_file_location("actor_score", ACTORS / "score.py")
    if spec is None or spec.loader is None:
        return []
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [p for p in sorted((ACTORS / "articles").glob(f"{lang}*.txt"))
            if module.part_of(p.stem) == "tuned" and "oped" not in p.stem and "column" not in p.stem]


def _ratio(k: int, n: int) -> str:
    return f"{k}/{n} = {k / n:.2f}" if n else "-"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list the tuned part's misses (never the held part's)")
    ap.add_argument("--held", action="store_true", help="also print the held part's figures (aggregate only)")
    ap.add_argument("--actors", action="store_true", help="add the actor set's tuned ru/ko news articles")
    args = ap.parse_args()
    called = {p.stem: analyse(p.read_text(encoding="utf-8")).metadata.genre == "opinion"
              for p in sorted(ARTICLES.glob("*.txt")) if args.held or not held(p.stem)}
    print("lang  part   opinion called opinion   news called opinion")
    for lang in ("ru", "ko"):
        for which in ("tuned", "held", "held-2", "held-3") if args.held else ("tuned",):
            names = [n for n in called if n.startswith(lang + "-") and part(n) == which]
            ops = [n for n in names if "-op-" in n]
            news = [n for n in names if "-news-" in n]
            print(f"{lang}    {which:6} {_ratio(sum(called[n] for n in ops), len(ops)):22}   "
                  f"{_ratio(sum(called[n] for n in news), len(news))}")
        if args.actors:
            extra = actor_news(lang)
            wrong = sum(analyse(p.read_text(encoding="utf-8")).metadata.genre == "opinion" for p in extra)
            print(f"{lang}    actor set's tuned news articles called opinion: {_ratio(wrong, len(extra))}")
    if args.show:
        print("\ntuned part's misses (the held part's are never listed):")
        for name, opinion in called.items():
            if not held(name) and opinion != ("-op-" in name):
                print(f"  {'opinion called news' if '-op-' in name else 'news called opinion'}: {name}")


if __name__ == "__main__":
    main()

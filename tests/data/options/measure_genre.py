"""Genre on the shared corpora (not in the repository): every editorial should come out opinion,
no PolNeAR news report should. PolNeAR also holds op-eds, columns, blogs and analysis pieces,
listed by byline and title in polnear_not_news.tsv; they are left out of the news-report figure.

Both corpora are split by a fixed rule, the one of scripts/score_split.py: a piece whose file name
(without extension) hashes (CRC-32) to 0 mod 5 is held aside, the rest is the tuned part. Cues and
weights are tuned on the tuned part only, and only its misses may be listed.

    .venv/bin/python tests/data/options/measure_genre.py [--shared ../shared] [--show] [--held]

--show lists the tuned part's misses (news reports called opinion, editorials called news).
--held also prints the held part's figures (aggregate only): look at them once per candidate
you seriously consider, never while tuning.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from briefing_app.analysis import analyse  # noqa: E402


def held(name: str) -> bool:
    """The fixed split: held aside when the CRC-32 of the file name is 0 mod 5."""
    return zlib.crc32(name.encode()) % 5 == 0


def editorial_text(path: Path) -> str:
    """Plain text of one Webis editorial: units joined, a space where the corpus dropped one."""
    paras = []
    for para in json.loads(path.read_text(encoding="utf-8"))["paragraphs"]:
        out = ""
        for unit in para:
            t = unit["text"]
            if out and t and re.match(r"[\w\"“‘(]", t[0]) and re.search(r"[\w.!?;:,\"”’)]$", out):
                out += " "
            out += t
        paras.append(out.strip())
    return "\n\n".join(p for p in paras if p)


def not_news_names() -> set[str]:
    return {line.split("\t")[1].strip() for line in (HERE / "polnear_not_news.tsv").read_text().splitlines()
            if line and not line.startswith("#")}


def _ratio(k: int, n: int) -> str:
    return f"{k}/{n} = {k / max(n, 1):.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--show", action="store_true", help="list the tuned part's misses (never the held part's)")
    ap.add_argument("--held", action="store_true", help="also print the held part's figures (aggregate only)")
    args = ap.parse_args()
    corpora = args.shared / "corpora"
    parts = ("tuned", "held") if args.held else ("tuned",)
    eds = [p for p in sorted((corpora / "editorials").glob("*/*.json")) if args.held or not held(p.stem)]
    news = [p for p in sorted((corpora / "polnear-train" / "text").glob("*.txt")) if args.held or not held(p.stem)]
    if not eds or not news:
        sys.exit(f"corpora not found under {corpora}")
    not_news = not_news_names()
    ed_news = {p.stem for p in eds if analyse(editorial_text(p)).metadata.genre != "opinion"}
    called = {p.stem for p in news if analyse(p.read_text(encoding="utf-8")).metadata.genre == "opinion"}
    print("part    editorials called opinion   news reports called opinion   all PolNeAR called opinion")
    for part in parts:
        ed_names = {p.stem for p in eds if held(p.stem) == (part == "held")}
        all_news = {p.stem for p in news if held(p.stem) == (part == "held")}
        reports = all_news - not_news
        ed_ok = len(ed_names - ed_news)
        print(f"{part:6}  {_ratio(ed_ok, len(ed_names)):26}  {_ratio(len(called & reports), len(reports)):28}  "
              f"{_ratio(len(called & all_news), len(all_news))}")
    print("targets: editorials >= 0.95, news reports <= 0.03")
    if args.show:
        print("\ntuned part's misses (the held part's are never listed):")
        for name in sorted(called - not_news):
            if not held(name):
                print(f"  news called opinion: {name}")
        for name in sorted(ed_news):
            if not held(name):
                print(f"  editorial called news: {name}")


if __name__ == "__main__":
    main()

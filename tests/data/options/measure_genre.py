"""Genre on the shared corpora (not in the repository): every editorial should come out opinion,
no PolNeAR news report should (PolNeAR also holds some op-eds and blogs, counted as news here).

    .venv/bin/python tests/data/options/measure_genre.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from briefing_app.analysis import analyse  # noqa: E402


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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    corpora = args.shared / "corpora"
    eds = sorted((corpora / "editorials").glob("*/*.json"))
    news = sorted((corpora / "polnear-train" / "text").glob("*.txt"))
    if not eds or not news:
        sys.exit(f"corpora not found under {corpora}")
    ed_op = sum(analyse(editorial_text(p)).metadata.genre == "opinion" for p in eds)
    called = {p.stem for p in news if analyse(p.read_text(encoding="utf-8")).metadata.genre == "opinion"}
    news_op = len(called)
    print(f"editorials called opinion: {ed_op}/{len(eds)} = {ed_op / len(eds):.3f}   (target >= 0.95)")
    print(f"news called opinion:       {news_op}/{len(news)} = {news_op / len(news):.3f}   (target <= 0.03)")
    not_news = {line.split("\t")[1].strip() for line in (HERE / "polnear_not_news.tsv").read_text().splitlines()
                if line and not line.startswith("#")}
    reports = [p for p in news if p.stem not in not_news]
    wrong = len(called - not_news)
    print(f"  of them op-eds/columns/analyses by byline and title: {len(called & not_news)}; news reports only: "
          f"{wrong}/{len(reports)} = {wrong / len(reports):.3f}")


if __name__ == "__main__":
    main()

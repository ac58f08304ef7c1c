"""Genre on the shared corpora (not in the repository): every editorial should come out opinion,
no PolNeAR news report should. PolNeAR also holds op-eds, columns, blogs and analysis pieces,
listed by byline and title in polnear_not_news.tsv; they are left out of the news-report figure.

Both corpora are split by a fixed rule, the one of scripts/score_split.py: a piece whose file name
(without extension) hashes (CRC-32) to 0 mod 5 is held aside, the rest is the tuned part. Cues and
weights are tuned on the tuned part only, and only its misses may be listed.

    .venv/bin/python tests/data/options/measure_genre.py [--shared ../shared] [--show] [--held]

--show lists the tuned part's misses (news reports called opinion, editorials called news), and of them only the
pieces the options set may tune on (`listable`): an editorial only when it is a dev piece of gold-v2.json (the genre
tuned part also holds the options held editorials), a PolNeAR piece not when an options batch keeps it aside or for
validation.
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


def options_dev_editorials() -> frozenset[str]:
    """"outlet/stem" of the editorials the options set tunes on (gold-v2.json's dev pieces, named outlet-stem)."""
    gold = json.loads((HERE / "gold-v2.json").read_text(encoding="utf-8"))["articles"]
    return frozenset(name.replace("-", "/", 1) for name, entry in gold.items() if entry["split"] == "dev")


def options_kept_out_news() -> frozenset[str]:
    """PolNeAR stems an options batch keeps out of tuning (asides, validation batches). The held batches' files are
    not opened: their pieces are in the held part, which `held` leaves out already."""
    import score  # here, not at the top: score imports this module
    tuned = {*score.NEWS_GROUPS["news-fit"], *score.TUNED_OPINION}
    return frozenset(name for split in (*score.NEWS, *score.OPINION) if "held" not in split and split not in tuned
                     for name in score.load(split))


def listable(path: Path, tuned_editorials: frozenset[str], kept_out: frozenset[str]) -> bool:
    """Whether --show may name this piece: the genre tuned part and a piece the options set tunes on (an editorial of
    options dev; a PolNeAR piece no options aside or validation batch holds)."""
    if held(path.stem):
        return False
    if path.suffix == ".json":  # an editorial: editorials/<outlet>/<stem>.json
        return f"{path.parent.name}/{path.stem}" in tuned_editorials
    return path.stem not in kept_out


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
    ed_news = {p for p in eds if analyse(editorial_text(p)).metadata.genre != "opinion"}
    called = {p for p in news if analyse(p.read_text(encoding="utf-8")).metadata.genre == "opinion"}
    print("part    editorials called opinion   news reports called opinion   all PolNeAR called opinion")
    for part in parts:
        ed_names = {p for p in eds if held(p.stem) == (part == "held")}
        all_news = {p for p in news if held(p.stem) == (part == "held")}
        reports = {p for p in all_news if p.stem not in not_news}
        ed_ok = len(ed_names - ed_news)
        print(f"{part:6}  {_ratio(ed_ok, len(ed_names)):26}  {_ratio(len(called & reports), len(reports)):28}  "
              f"{_ratio(len(called & all_news), len(all_news))}")
    print("targets: editorials >= 0.95, news reports <= 0.03")
    if args.show:
        tuned_eds, kept_out = options_dev_editorials(), options_kept_out_news()
        shown = [p for p in sorted(called) if p.stem not in not_news and listable(p, tuned_eds, kept_out)]
        shown_eds = [p for p in sorted(ed_news) if listable(p, tuned_eds, kept_out)]
        print(f"\ntuned misses of pieces options tunes on ({len(called & reports) - len(shown)} news and "
              f"{len(ed_news) - len(shown_eds)} editorial misses not listed: genre held, options held, aside or "
              "validation):")
        for p in shown:
            print(f"  news called opinion: {p.stem}")
        for p in shown_eds:
            print(f"  editorial called news: {p.parent.name}/{p.stem}")


if __name__ == "__main__":
    main()

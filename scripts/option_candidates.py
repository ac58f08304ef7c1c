"""Dump every option the rules find in the TUNED labelled pieces, with its screen features and its label.

    .venv/bin/python scripts/option_candidates.py [--out tests/data/options/candidates.jsonl]

One JSON line per piece: its name, its group (dev, news-fit, ed-s17), the spans of each gold entry (`evidence` and
`also_evidence`) with its stance, and each option the analyser gives (span, the author's stance, the screen's features
from `briefing_app.analysis.options.screen.features`, and its label by score.py's v2 matching: "hit", "absorbed" or
"spurious"). Offsets, stances and feature names only: no text of any piece, so the file can ship with the repository and
`scripts/train_option_screen.py` can retrain the screen from it with the standard library alone.

Only tuned pieces are read, through score.py's own split functions; a piece of any other split is refused. The
analyser runs with the screen off (the rules' options as they are).

Also the judged news sample (`judged_news.py`: tuned PolNeAR reports that no batch labels, each option the analyser gave
judged right or wrong by convention v2 in `judged-news-s15.json`, samples A and B), as group "judged-news": no gold
entries (`gold` empty: no recall), each option that overlaps a judgement labelled "hit" (right) or "spurious" (wrong),
an option no judgement covers left out. A piece outside the tuned part of the PolNeAR split or in a labelled batch is
refused.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
for path in (ROOT, ROOT / "scripts", ROOT / "tests" / "data" / "options"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from options_cv import load_scorer  # noqa: E402

OUT = ROOT / "tests" / "data" / "options" / "candidates.jsonl"


def tuned_pieces() -> list[tuple[str, str, dict[str, Any]]]:
    """(name, group, gold entry) of every tuned piece: fit_sentences' reader (score.py's split functions only; a piece
    of any other split is refused)."""
    import fit_sentences
    return fit_sentences._tuned_entries()


def piece_row(name: str, group: str, entry: dict[str, Any]) -> dict[str, Any]:
    from briefing_app.analysis import analyse
    from briefing_app.analysis.options import screen
    scorer = load_scorer()
    text = scorer.article_text(name, group)
    saved, screen.THRESHOLD = screen.THRESHOLD, None
    try:
        a = analyse(text)
    finally:
        screen.THRESHOLD = saved
    gold = [scorer._entry_spans(text, g) for g in entry["options"]]
    spans = [(o.start, o.end) for o in a.options]
    pairs, absorbed = scorer.match_entries(gold, spans)
    hits = {fi for _, fi in pairs}
    context = screen.Context.of(text, a.options, a.quotes, a.actors, a.metadata.genre)
    options = [{"span": [o.start, o.end], "stance": o.stance, "features": screen.features(text, o, context),
                "label": "hit" if i in hits else "absorbed" if i in absorbed else "spurious"}
               for i, o in enumerate(a.options)]
    return {"piece": name, "group": group, "gold": [[list(s) for s in g] for g in gold],
            "gold_stance": [g["stance"] for g in entry["options"]], "options": options}


def judged_pieces() -> list[tuple[str, list[dict[str, Any]]]]:
    """(name, judgements) of every piece of the judged news samples A and B (tuned PolNeAR reports in no batch)."""
    import judged_news
    from score_split import held
    labelled = {name for name, _, _ in tuned_pieces()} | judged_news._tuned_batches()
    by_piece: dict[str, list[dict[str, Any]]] = {}
    for j in json.loads(judged_news.JUDGED.read_text(encoding="utf-8"))["judged"]:
        if j.get("from", "sample") in ("sample", "sample-b"):
            by_piece.setdefault(j["piece"], []).append(j)
    for name in by_piece:
        if held(name) or name in labelled:
            raise SystemExit("refusing a judged piece outside the tuned unlabelled reports")
    return sorted(by_piece.items())


def judged_row(name: str, judgements: list[dict[str, Any]]) -> dict[str, Any]:
    """A judged report's row: its options that a judgement covers, "hit" (right) or "spurious" (wrong), matched as
    read_judged.precision does (the same span first, else an overlap)."""
    from briefing_app.analysis import analyse
    from briefing_app.analysis.options import screen
    from read_judged import _overlaps
    scorer = load_scorer()
    text = (scorer.NEWS_TEXTS / f"{name}.txt").read_text(encoding="utf-8")
    saved, screen.THRESHOLD = screen.THRESHOLD, None
    try:
        a = analyse(text)
    finally:
        screen.THRESHOLD = saved
    context = screen.Context.of(text, a.options, a.quotes, a.actors, a.metadata.genre)
    options = []
    for o in a.options:
        found = {"piece": name, "start": o.start, "end": o.end}
        j = next((j for j in judgements if (j["start"], j["end"]) == (o.start, o.end)), None) \
            or next((j for j in judgements if _overlaps(found, j)), None)
        if j is not None:
            options.append({"span": [o.start, o.end], "stance": o.stance, "features": screen.features(text, o, context),
                            "label": "hit" if j["right"] else "spurious"})
    return {"piece": name, "group": "judged-news", "gold": [], "gold_stance": [], "options": options}


def rows() -> list[dict[str, Any]]:
    """Every row: the labelled tuned pieces', then the judged reports' (those with a judged option)."""
    out = [piece_row(*t) for t in tuned_pieces()]
    return out + [r for r in (judged_row(*t) for t in judged_pieces()) if r["options"]]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    all_rows = rows()
    args.out.write_text("".join(json.dumps(r, sort_keys=True, separators=(",", ":")) + "\n" for r in all_rows),
                        encoding="utf-8")
    labels = [o["label"] for r in all_rows for o in r["options"]]
    judged = sum(r["group"] == "judged-news" for r in all_rows)
    print(f"{len(all_rows)} pieces ({judged} judged reports), {len(labels)} options: {labels.count('hit')} hit, "
          f"{labels.count('absorbed')} absorbed, "
          f"{labels.count('spurious')} spurious -> {args.out}")


if __name__ == "__main__":
    main()

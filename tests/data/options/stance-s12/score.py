"""Score the author's stance on the stance probe set (README.md in this folder).

    .venv/bin/python tests/data/options/stance-s12/score.py [-v]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _options_scorer() -> Any:
    """tests/data/options/score.py, loaded by its path (other test folders hold a score.py of their own)."""
    spec = importlib.util.spec_from_file_location("options_score_for_stance", HERE.parent / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(verbose: bool = False) -> dict[str, dict[str, Any]]:
    from briefing_app.analysis import analyse
    match_entries = _options_scorer().match_entries
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))["articles"]
    out: dict[str, dict[str, Any]] = {}
    for name, entry in sorted(gold.items()):
        part = out.setdefault(entry["part"], {"entries": 0, "matched": 0, "right": 0, "confusion": Counter()})
        text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
        found = analyse(text).options
        spans = [[(text.index(g["evidence"]), text.index(g["evidence"]) + len(g["evidence"]))] for g in entry["options"]]
        pairs, _ = match_entries(spans, [(o.start, o.end) for o in found])
        part["entries"] += len(entry["options"])
        part["matched"] += len(pairs)
        for gi, fi in pairs:
            want, got = entry["options"][gi]["stance"], found[fi].stance
            part["right"] += want == got
            part["confusion"][(str(want), str(got))] += 1
            if verbose and entry["part"] == "tune":
                print(f"  {'ok ' if want == got else 'BAD'} {name}: {found[fi].summary!r} got {got}, want {want}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list the tune part's matched entries")
    args = ap.parse_args()
    for part, r in sorted(score(args.verbose).items(), reverse=True):
        share = r["right"] / r["matched"] if r["matched"] else 0.0
        print(f"{part:5s} entries {r['entries']:2d} matched {r['matched']:2d} stance {r['right']}/{r['matched']} = {share:.2f}  "
              f"confusion (gold, found): {dict(sorted(r['confusion'].items()))}")


if __name__ == "__main__":
    main()

"""Precision of the analyser's options on the tuned, unlabelled "read" editorials, judged by hand.

The pieces are those named in SELECTION-read-7.md and SELECTION-read-8.md (editorials only; the PolNeAR news
of read-8 is not included). `judged-read-s9.json` holds one judgement per option the analyser gave at the time
of judging (piece, evidence start/end, right or wrong by convention v2, kind of error). This script reruns the
analyser and prints precision over the options it gives now: a judged option that is still found counts as
judged; an option not judged yet is listed as new (judge it and add it).

    python tests/data/options/read_judged.py            # precision now
    python tests/data/options/read_judged.py --dump     # list every option (for judging)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CORPUS = ROOT.parent / "shared" / "corpora" / "editorials"
JUDGED = HERE / "judged-read-s9.json"
OUTLETS = ("aljazeera", "foxnews", "guardian")


def read_pieces(selection_text: str) -> list[tuple[str, str]]:
    """(outlet, number) pairs named in a SELECTION-read file: lines such as '- aljazeera: 064, 066' or
    '- third: aljazeera 097, 109; foxnews 139'."""
    found: list[tuple[str, str]] = []
    for line in selection_text.splitlines():
        if not line.startswith("- "):
            continue
        for outlet, numbers in re.findall(r"\b(" + "|".join(OUTLETS) + r"):?\s+((?:\d{3}(?:,\s*)?)+)", line):
            found.extend((outlet, n) for n in re.findall(r"\d{3}", numbers))
    return found


def piece_paths() -> list[tuple[str, Path]]:
    pairs: list[tuple[str, str]] = []
    for sel in ("SELECTION-read-7.md", "SELECTION-read-8.md"):
        pairs.extend(read_pieces((HERE / sel).read_text(encoding="utf-8")))
    out = []
    for outlet, number in sorted(set(pairs)):
        (path,) = sorted((CORPUS / outlet).glob(f"{number}-*.json"))
        out.append((f"{outlet}-{path.stem}", path))
    return out


def found_options() -> list[dict[str, Any]]:
    from briefing_app.analysis import analyse

    from measure_genre import editorial_text

    rows = []
    for name, path in piece_paths():
        text = editorial_text(path)
        for o in analyse(text).options:
            rows.append({"piece": name, "start": o.start, "end": o.end, "summary": o.summary,
                         "stance": o.stance, "evidence": text[o.start:o.end]})
    return rows


def _overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return bool(a["piece"] == b["piece"] and a["start"] < b["end"] and b["start"] < a["end"])


def precision(found: list[dict[str, Any]], judged: list[dict[str, Any]]) -> dict[str, Any]:
    """Right / judged over the found options that overlap a judgement; the rest are returned as new."""
    right = wrong = 0
    kinds: Counter[str] = Counter()
    new = []
    for f in found:
        key = (f["piece"], f["start"], f["end"])  # two options on one span: the one with the same summary first
        j = next((j for j in judged if (j["piece"], j["start"], j["end"]) == key and j.get("summary") == f.get("summary")),
                 None) or next((j for j in judged if (j["piece"], j["start"], j["end"]) == key), None) \
            or next((j for j in judged if _overlaps(f, j)), None)
        if j is None:
            new.append(f)
        elif j["right"]:
            right += 1
        else:
            wrong += 1
            kinds[j["kind"]] += 1
    return {"right": right, "wrong": wrong, "precision": right / (right + wrong) if right + wrong else 1.0,
            "wrong_kinds": dict(kinds.most_common()), "new": new}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dump", action="store_true", help="print every option found (JSON lines)")
    args = ap.parse_args()
    found = found_options()
    if args.dump:
        for f in found:
            print(json.dumps(f, ensure_ascii=False))
        return
    judged = json.loads(JUDGED.read_text(encoding="utf-8"))["judged"]
    r = precision(found, judged)
    print(f"read editorials: {len(piece_paths())} pieces, {len(found)} options found")
    print(f"precision {r['right']}/{r['right'] + r['wrong']} = {r['precision']:.2f}; wrong by kind: {r['wrong_kinds']}")
    for f in r["new"]:
        print(f"  not judged: {f['piece']} {f['start']}-{f['end']} {f['summary']!r}")


if __name__ == "__main__":
    main()

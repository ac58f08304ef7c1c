"""Precision of the analyser's options on tuned PolNeAR news reports that no batch labels, judged by hand.

The sample (fifteenth session, rule written before any piece was run; `sample()` computes it):
- Pool: the PolNeAR train news reports of the TUNED part of `scripts/score_split.py` (CRC-32 of the stem not
  0 mod 5; the held part is never listed), not in `polnear_not_news.tsv`, 150 to 1,200 whitespace words, and in
  no tuned news batch: not in `gold-v2-news-s13.json`, `gold-v2-news-s14.json` or a later `gold-v2-news-s1*.json`
  tuned batch (aside parts included: news-s15, news-s15b, news-s15c of this session too).
- Order: ascending CRC-32 of `"judged-news-s15:" + stem`, at most 12 per publisher (PolNeAR has 7 publishers), the first 80.
- Sample B (`--second`, `"from": "sample-b"`): the same rule over the pool without the first sample's 80, the first 80;
  judged once, with the rules of the commit named in its entries' note, after the rules of this session were written
  (a fresh figure for them), then tuned on like the first.

`judged-news-s15.json` holds one judgement per option the analyser gave on those reports at the time of judging
(piece, evidence start/end, right or wrong by convention v2, the kind of error), and the false options the
analyser gave on the tuned news-s13 / news-s14 reports (the spurious ones by score.py's matching), judged the same
way (`"from": "news-s13"` / `"news-s14"`). No held or aside piece is listed.

    python tests/data/options/judged_news.py            # precision now, and the wrong ones by kind
    python tests/data/options/judged_news.py --dump     # every option found on the sample (JSON lines, for judging)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
for _p in (ROOT, HERE):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

from read_judged import _overlaps, precision  # noqa: E402  (the same counting as the read editorials')


def _options_score() -> Any:
    """tests/data/options/score.py by its path (other test data folders hold a `score` module too)."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("options_set_score_judged", HERE / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


score = _options_score()

JUDGED = HERE / "judged-news-s15.json"
SALT = "judged-news-s15:"
SIZE = 80


def _tuned_batches() -> frozenset[str]:
    """Every piece of a tuned news batch (gold-v2-news-s13/-s14/later -s1*.json; never the held batches' files)."""
    names: set[str] = set()
    for path in sorted(HERE.glob("gold-v2-news-s1*.json")):
        names.update(json.loads(path.read_text(encoding="utf-8"))["articles"])
    return frozenset(names)


def sample(second: bool = False) -> list[str]:
    """The 80 reports of the rule in the module docstring; `second`: the next 80 of the same order (sample B)."""
    first = score._news_selection(SALT, SIZE, _tuned_batches(), cap=12)
    if not second:
        return first
    return score._news_selection(SALT, SIZE, _tuned_batches() | frozenset(first), cap=12)


def found_options(names: list[str]) -> list[dict[str, Any]]:
    from briefing_app.analysis import analyse

    rows = []
    for name in names:
        text = (score.NEWS_TEXTS / f"{name}.txt").read_text(encoding="utf-8")
        for o in analyse(text).options:
            rows.append({"piece": name, "start": o.start, "end": o.end, "summary": o.summary, "stance": o.stance,
                         "positions": [[p.actor, p.stance] for p in o.positions],
                         "evidence": text[o.start:o.end]})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dump", action="store_true", help="print every option found on the sample (JSON lines)")
    ap.add_argument("--second", action="store_true", help="sample B: the next 80 reports of the same order")
    args = ap.parse_args()
    names = sample(args.second)
    found = found_options(names)
    if args.dump:
        for f in found:
            print(json.dumps(f, ensure_ascii=False))
        return
    part = "sample-b" if args.second else "sample"
    judged = [j for j in json.loads(JUDGED.read_text(encoding="utf-8"))["judged"] if j.get("from", "sample") == part]
    r = precision(found, judged)
    print(f"unlabelled tuned news reports: {len(names)} pieces, {len(found)} options found")
    print(f"precision {r['right']}/{r['right'] + r['wrong']} = {r['precision']:.2f}; wrong by kind: {r['wrong_kinds']}")
    for f in r["new"]:
        print(f"  not judged: {f['piece']} {f['start']}-{f['end']} {f['summary']!r}")
    false = [j for j in json.loads(JUDGED.read_text(encoding="utf-8"))["judged"] if j.get("from") in score.NEWS]
    given = found_options(sorted({j["piece"] for j in false}))
    again = [j for j in false if any(_overlaps(f, j) for f in given)]
    print(f"news-s13/-s14 tuned: {len(again)} of the {len(false)} judged false options still given")


if __name__ == "__main__":
    main()

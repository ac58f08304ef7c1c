"""Score the analyser on the project's own evaluation set (articles/ + answers/ here).

    .venv/bin/python tests/data/eval/score.py [--show]

  direct recall     gold direct quotes with >= 50% of their characters covered by predicted direct quotes
  direct precision  predicted direct quotes with >= 50% of their characters inside a gold direct or
                    indirect span (a mixed quote inside reported speech is right)
  speaker accuracy  recalled gold direct quotes whose best-overlapping prediction names the gold
                    speaker (actor name or mention, by full name or surname); for anonymous gold
                    sources the prediction must not name anybody
  scare/title       gold scare quotes and titles found with kind scare or title
  speech F1         gold direct + indirect spans against predicted direct + indirect (50% both ways)
Figures are printed overall and per language. `scores()` returns them for the test.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from briefing_app.analysis import analyse  # noqa: E402


def load() -> list[tuple[str, str, dict]]:
    docs = []
    for ans in sorted((HERE / "answers").glob("*.json")):
        gold = json.loads(ans.read_text(encoding="utf-8"))
        text = (HERE / "articles" / gold["article"]).read_text(encoding="utf-8")
        docs.append((ans.stem, text, gold))
    return docs


def _chars(a: int, b: int) -> set[int]:
    return set(range(a, b))


def _norm(s: str | None) -> str:
    return " ".join((s or "").replace("’", "'").lower().split())


def speaker_ok(gold: str | None, pred) -> bool:
    name = _norm(pred.speaker) if pred is not None else ""
    mention = _norm(pred.mention.text) if pred is not None and pred.mention else ""
    if gold is None:
        return not name  # anonymous stays anonymous
    g = _norm(gold)
    if not name and not mention:
        return False
    for cand in (name, mention):
        if cand and (cand == g or g in cand or cand in g and len(cand) > 3):
            return True
    surname = g.split()[-1]
    return len(g.split()) > 1 and (surname in name.split() or surname in mention.split())


def new_counts() -> dict[str, int]:
    return dict.fromkeys(["gold_direct", "rec_direct", "pred_direct", "ok_direct", "spk_n", "spk_ok",
                          "gold_st", "ok_st", "gold_speech", "rec_speech", "pred_speech", "ok_speech"], 0)


def score_doc(text: str, gold: dict, c: dict[str, int], show: list[str]) -> None:
    res = analyse(text)
    gq = gold["quotes"]
    preds_d = [q for q in res.quotes if q.kind == "direct"]
    preds_s = [q for q in res.quotes if q.kind in ("direct", "indirect")]
    gold_speech = set().union(*(_chars(g["start"], g["end"]) for g in gq if g["kind"] in ("direct", "indirect")))
    for g in gq:
        gc = _chars(g["start"], g["end"])
        if g["kind"] == "direct":
            c["gold_direct"] += 1
            covered, best, best_ov = set(), None, 0
            for q in preds_d:
                ov = gc & _chars(q.start, q.end)
                covered |= ov
                if len(ov) > best_ov:
                    best, best_ov = q, len(ov)
            if len(covered) >= 0.5 * len(gc):
                c["rec_direct"] += 1
                c["spk_n"] += 1
                if speaker_ok(g["speaker"], best):
                    c["spk_ok"] += 1
                else:
                    got = (best.speaker, best.mention.text if best.mention else None)
                    show.append(f"  speaker  {g['text'][:50]!r}: gold {g['speaker']!r}, got {got}")
            else:
                show.append(f"  missed   direct {g['text'][:60]!r}")
        if g["kind"] in ("scare", "title"):
            c["gold_st"] += 1
            if any(q.kind in ("scare", "title") and len(gc & _chars(q.start, q.end)) >= 0.5 * len(gc) for q in res.quotes):
                c["ok_st"] += 1
            else:
                show.append(f"  missed   {g['kind']} {g['text'][:60]!r}")
        if g["kind"] in ("direct", "indirect"):
            c["gold_speech"] += 1
            cover = set().union(*(gc & _chars(q.start, q.end) for q in preds_s)) if preds_s else set()
            if len(cover) >= 0.5 * len(gc):
                c["rec_speech"] += 1
            elif g["kind"] == "indirect":
                show.append(f"  missed   indirect {g['text'][:60]!r}")
    for q in preds_d:
        c["pred_direct"] += 1
        qc = _chars(q.start, q.end)
        if qc and len(qc & gold_speech) >= 0.5 * len(qc):
            c["ok_direct"] += 1
        else:
            show.append(f"  spurious direct {q.text[:60]!r}")
    for q in preds_s:
        c["pred_speech"] += 1
        qc = _chars(q.start, q.end)
        if qc and len(qc & gold_speech) >= 0.5 * len(qc):
            c["ok_speech"] += 1
        elif q.kind == "indirect":
            show.append(f"  spurious indirect {q.text[:60]!r}")


def figures(c: dict[str, int]) -> dict[str, float]:
    def div(a: int, b: int) -> float:
        return a / b if b else 1.0
    sr, sp = div(c["rec_speech"], c["gold_speech"]), div(c["ok_speech"], c["pred_speech"])
    return {
        "direct_recall": div(c["rec_direct"], c["gold_direct"]),
        "direct_precision": div(c["ok_direct"], c["pred_direct"]),
        "speaker_accuracy": div(c["spk_ok"], c["spk_n"]),
        "scare_title_recall": div(c["ok_st"], c["gold_st"]),
        "speech_recall": sr, "speech_precision": sp,
        "speech_f1": 2 * sr * sp / (sr + sp) if sr + sp else 0.0,
        "gold_direct": c["gold_direct"], "gold_speech": c["gold_speech"],
    }


def scores(show: bool = False) -> dict[str, dict[str, float]]:
    per: dict[str, dict[str, int]] = {"all": new_counts()}
    for name, text, gold in load():
        lines: list[str] = []
        for key in ("all", gold["language"]):
            c = per.setdefault(key, new_counts())
            score_doc(text, gold, c, lines if key == "all" else [])
        if show and lines:
            print(f"== {name}")
            print("\n".join(lines))
    return {k: figures(v) for k, v in per.items()}


def main() -> int:
    res = scores(show="--show" in sys.argv)
    n = len(load())
    print(f"{n} articles")
    for key, f in res.items():
        print(f"{key:4} direct recall {f['direct_recall']:.3f}  precision {f['direct_precision']:.3f}  "
              f"speaker {f['speaker_accuracy']:.3f}  ({f['gold_direct']} direct)  |  scare/title {f['scare_title_recall']:.3f}  |  "
              f"speech recall {f['speech_recall']:.3f} precision {f['speech_precision']:.3f} F1 {f['speech_f1']:.3f} "
              f"({f['gold_speech']} spans)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Score Russian (or Korean) quote-sentence detection on the written probe (tests/data/ru_probe/ru_probe.json,
ko_probe.json; see README.md).

    score.py [--lang ru|ko|en] [--part tuned|aside] [--batch s26|s27|s28|s29] [--show]

Each item is a short text with one labelled sentence: has it a quote or reported speech (direct or indirect), and its
source. A sentence counts as found when a direct or indirect quote of the analysis overlaps it (as tests/data/actors/
score.py counts sentences); its source is right when the source's last word matches, by stem, a word of the found
quote's speaker or mention. --show lists the misses of the tuned part only (never of the aside part)."""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from briefing_app.analysis import analyse  # noqa: E402

WORD_RE = re.compile(r"[\w-]+")


def _stem(word: str) -> str:
    w = word.lower().replace("ё", "е")
    return w[:max(4, len(w) - 2)] if len(w) > 4 else w


def _same(a: str, b: str) -> bool:
    short = min(len(a), len(b))
    return a == b or a[:short] == b[:short] and short >= 3


BATCH_FILES = {"s26": "{lang}_probe.json", "s27": "{lang}_probe_s27.json",  # the first probe, the second (another design)
               "s28": "{lang}_probe_s28.json",  # the third: other verbs and nouns of speech, plural sources, styles
               "s29": "{lang}_probe_s29.json"}  # the fourth: gerunds, participles, anaphoric sources, groups, idioms


def load(part: str, lang: str = "ru", batch: str = "s26") -> list[dict]:
    items = json.loads((HERE / BATCH_FILES[batch].format(lang=lang)).read_text(encoding="utf-8"))
    return [x for x in items if x["part"] == part]


def score(part: str, show: bool, lang: str = "ru", batch: str = "s26") -> dict[str, float]:
    c = {"gold": 0, "pred": 0, "both": 0, "src": 0, "src_n": 0}
    for x in load(part, lang, batch):
        text, sent = x["text"], x["sentence"]
        start = text.find(sent)
        assert start != -1, x["id"]
        end = start + len(sent)
        hits = [q for q in analyse(text).quotes if q.kind in ("direct", "indirect") and q.start < end and start < q.end]
        c["gold"] += x["quote"]
        c["pred"] += bool(hits)
        if x["quote"] != bool(hits):
            if show and part == "tuned":
                print(f"{x['id']} {'missed' if x['quote'] else 'SPURIOUS'}: {sent}")
            continue
        if x["quote"]:
            c["both"] += 1
            if x["source"]:
                c["src_n"] += 1
                best = max(hits, key=lambda q: min(q.end, end) - max(q.start, start))
                want = _stem(WORD_RE.findall(x["source"])[-1])
                got = [_stem(w) for s in (best.speaker, best.mention.text if best.mention else None) if s
                       for w in WORD_RE.findall(s)]
                ok = any(_same(want, g) for g in got)
                c["src"] += ok
                if show and part == "tuned" and not ok:
                    print(f"{x['id']} source {best.speaker!r} (mention "
                          f"{best.mention.text if best.mention else None!r}), want {x['source']!r}: {sent}")
    r = c["both"] / c["gold"] if c["gold"] else 0.0
    p = c["both"] / c["pred"] if c["pred"] else 0.0
    return {"items": len(load(part, lang, batch)), "quotes": c["gold"], "precision": p, "recall": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0, "source": c["src"] / c["src_n"] if c["src_n"] else 0.0}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", default="tuned", choices=("tuned", "aside"))
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--lang", default="ru", choices=("ru", "ko", "en"))  # en: the s26 batch holds the English probe
    ap.add_argument("--batch", default="s26", choices=tuple(BATCH_FILES))
    a = ap.parse_args()
    f = score(a.part, a.show, a.lang, a.batch)
    print(f"{a.lang} probe {a.batch} {a.part}: {f['items']} items, {f['quotes']} quote sentences: precision {f['precision']:.3f} "
          f"recall {f['recall']:.3f} F1 {f['f1']:.3f} source {f['source']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

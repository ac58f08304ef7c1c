"""Write articles/NN-slug.txt and answers/NN-slug.json from specs_a.py and specs_b.py.

Offsets come from str.index (the n-th occurrence when an annotation gives one), so the answers
always agree with the texts; the script then prints every span for a hand check.

    python tests/data/eval/build_answers.py [--check]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from specs_a import ARTICLES as A  # noqa: E402
from specs_b import ARTICLES as B  # noqa: E402

LANG = {"23": "ru", "24": "ru", "25": "ru", "26": "ru", "27": "ko", "28": "ko", "29": "ko"}


def locate(text: str, needle: str, occurrence: int = 0) -> int:
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.index(needle, pos + 1)
    return pos


def build(write: bool = True) -> list[dict]:
    out = []
    for slug, text, anns in A + B:
        quotes = []
        for ann in anns:
            kind, needle, speaker = ann[:3]
            occ = ann[3] if len(ann) > 3 else 0
            start = locate(text, needle, occ)
            end = start + len(needle)
            assert text[start:end] == needle
            quotes.append({"start": start, "end": end, "text": needle, "kind": kind, "speaker": speaker})
        quotes.sort(key=lambda q: q["start"])
        parts = slug.split("-")
        style = parts[2] if parts[1] in ("ru", "ko") else parts[1]
        doc = {"article": f"{slug}.txt", "language": LANG.get(slug[:2], "en"), "style": style, "quotes": quotes}
        out.append(doc)
        if write:
            (HERE / "articles").mkdir(exist_ok=True)
            (HERE / "answers").mkdir(exist_ok=True)
            (HERE / "articles" / f"{slug}.txt").write_text(text, encoding="utf-8")
            (HERE / "answers" / f"{slug}.json").write_text(
                json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    docs = build(write="--check" not in sys.argv)
    for d in docs:
        text = (HERE / "articles" / d["article"]).read_text(encoding="utf-8")
        print("==", d["article"], d["language"], d["style"])
        for q in d["quotes"]:
            assert text[q["start"]:q["end"]] == q["text"]
            print(f"  {q['kind']:8} {q['start']:5}-{q['end']:<5} {q['speaker']!s:28} | {text[q['start']-8:q['start']]!r} [{q['text'][:60]}] {text[q['end']:q['end']+6]!r}")
    print(len(docs), "articles,", sum(len(d["quotes"]) for d in docs), "annotations")

"""Score the own English speaker articles of the seventeenth session (issue 15), written with their answers before the
analyser ran on them: how many quotations get the mention or the speaker their answer gives.

    .venv/bin/python tests/data/speakers/score.py [tuned|aside|all] [-v]

answers.json, per article (articles/<name>.txt): its part, its kind and its answers (the first words of a quotation, then
the answer). "mention" articles: quotations after a sentence with no cue and their near misses (a group, a sign, a
passive, a document); the answer is a word the speaker mention must hold, null for no mention. "speaker" articles:
description speakers ("the Texas senator", "the billionaire", "a senior aide"); the answer is the canonical speaker,
null for nobody (a mention must still be given). Rules were tuned on the "tuned" part only; the "aside" part was scored
once before any rule (fresh: mention 0/16, speaker 3/6) and once at the session's end (11/16, 6/6), for measurement
only. -v prints each answer of the tuned part."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from briefing_app.analysis import analyse

HERE = Path(__file__).resolve().parent


def score(name: str, kind: str, answers: list[list[str | None]], show: bool) -> tuple[int, int]:
    quotes = [q for q in analyse((HERE / "articles" / f"{name}.txt").read_text(encoding="utf-8")).quotes
              if q.kind == "direct"]
    ok = 0
    for start, want in answers:
        q = next((q for q in quotes if start and q.text.lstrip("“\"").startswith(start)), None)
        mention = q.mention.text if q is not None and q.mention else None
        if kind == "speaker":
            right = q is not None and q.speaker == want and (want is not None or mention is not None)
        else:
            right = q is not None and (mention is None if want is None else
                                       mention is not None and want.lower() in mention.lower())
        ok += right
        if show:
            print(f"{'ok ' if right else 'BAD'} {name}: {start!r} want {want!r} mention {mention!r} "
                  f"speaker {q.speaker if q else None!r}")
    return ok, len(answers)


def main() -> int:
    part = next((a for a in sys.argv[1:] if not a.startswith("-")), "tuned")
    table = json.loads((HERE / "answers.json").read_text(encoding="utf-8"))
    totals: dict[str, list[int]] = {}
    for name, entry in table.items():
        if part not in ("all", entry["part"]):
            continue
        ok, n = score(name, entry["kind"], entry["answers"], "-v" in sys.argv and entry["part"] == "tuned")
        total = totals.setdefault(f"{entry['kind']} {entry['part']}", [0, 0])
        total[0] += ok
        total[1] += n
    for label, (ok, n) in sorted(totals.items()):
        print(f"{label}: {ok}/{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

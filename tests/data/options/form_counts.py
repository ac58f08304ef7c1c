"""How often a sentence form carries an option, before anyone builds a rule for it (issue 14, session 25).

    .venv/bin/python tests/data/options/form_counts.py REGEX [REGEX ...] [--show N] [--refresh]

For each regular expression (case-insensitive, searched in each sentence):
- tuned: the sentences of the TUNED labelled pieces (dev, news-fit, ed-s17: fit_sentences.pieces, which reads them
  through score.py's own split functions and refuses any other split) that match, split by whether they overlap a
  gold entry's span ("gold") and a rule option ("rule"); "gold, no rule" is what a rule for the form could win,
  "neither" what it could add wrongly;
- corpora: how many sentences of the 230 editorials and of the PolNeAR training texts match, and how many of those
  hold no option of the analyser's (the ground a new rule would cover on unseen text). Both corpora hold held and
  aside pieces: only counts are printed for them, never a name or a sentence.
--show N prints up to N matching sentences of the tuned pieces (never of the corpora).

A form is worth a rule when it is frequent in the corpora AND mostly one way in the tuned answers; the session-25
counts of the forms named in issue 14 are in README.md ("Forms counted in session 25").
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
for p in (ROOT, HERE):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

CORPUS_CACHE = Path(tempfile.gettempdir()) / f"form-counts-{zlib.crc32(str(ROOT).encode()):08x}.json"
SHARED = ROOT.parent / "shared" / "corpora"


def tuned_counts(rows: Iterable[dict[str, Any]], rx: re.Pattern[str]) -> dict[str, int]:
    """Counts of the tuned sentence rows (fit_sentences' rows: text, label, rule) that `rx` matches."""
    c = {"sentences": 0, "gold": 0, "rule": 0, "gold, no rule": 0, "neither": 0}
    for r in rows:
        if rx.search(r["text"]):
            c["sentences"] += 1
            c["gold"] += r["label"]
            c["rule"] += r["rule"]
            c["gold, no rule"] += r["label"] and not r["rule"]
            c["neither"] += not r["label"] and not r["rule"]
    return c


def corpus_counts(sentences: Iterable[tuple[str, bool]], rx: re.Pattern[str]) -> tuple[int, int]:
    """(sentences `rx` matches, of them those without an analyser option) of (text, has option) pairs."""
    matched = no_option = 0
    for text, has_option in sentences:
        if rx.search(text):
            matched += 1
            no_option += not has_option
    return matched, no_option


def _sentences(text: str) -> list[tuple[str, bool]]:
    from briefing_app.analysis import analyse
    from briefing_app.analysis.segment import paragraphs, sentence_spans
    options = [(o.start, o.end) for o in analyse(text).options]
    return [(text[s:e], any(os_ < e and s < oe for os_, oe in options))
            for ps, pe in paragraphs(text) for s, e in sentence_spans(text, ps, pe)]


def corpora(refresh: bool = False) -> dict[str, list[tuple[str, bool]]]:
    """Every sentence of the editorials and of the PolNeAR training texts with whether the analyser found an option in
    it; cached under the temporary folder against the analysis code (fit_sentences.fingerprint)."""
    import fit_sentences
    from measure_genre import editorial_text
    key = fit_sentences.fingerprint()
    if not refresh and CORPUS_CACHE.exists():
        cached = json.loads(CORPUS_CACHE.read_text(encoding="utf-8"))
        if cached.get("key") == key:
            return {k: [(t, bool(o)) for t, o in v] for k, v in cached["corpora"].items()}
    out: dict[str, list[tuple[str, bool]]] = {"editorials": [], "polnear": []}
    for f in sorted((SHARED / "editorials").glob("*/*.json")):
        out["editorials"] += _sentences(editorial_text(f))
    for f in sorted((SHARED / "polnear-train" / "text").glob("*.txt")):
        out["polnear"] += _sentences(f.read_text(encoding="utf-8"))
    CORPUS_CACHE.write_text(json.dumps({"key": key, "corpora": out}), encoding="utf-8")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("forms", nargs="+", help="regular expressions, searched case-insensitively in each sentence")
    ap.add_argument("--show", type=int, default=0, help="print up to N matching sentences of the TUNED pieces")
    ap.add_argument("--refresh", action="store_true", help="rebuild both caches")
    args = ap.parse_args()
    import fit_sentences
    rows = [r for p in fit_sentences.pieces(args.refresh) for r in p["rows"]]
    sents = corpora(args.refresh)
    sizes = {k: len(v) for k, v in sents.items()}
    print(f"tuned sentences {len(rows)}; corpora sentences {sizes}")
    for form in args.forms:
        rx = re.compile(form, re.I)
        counts = tuned_counts(rows, rx)
        corp = {k: corpus_counts(v, rx) for k, v in sents.items()}
        print(f"{form}\n  tuned {counts}\n  corpora (matched, without an option) {corp}")
        for r in [r for r in rows if rx.search(r["text"])][:args.show]:
            print(f"    gold={int(r['label'])} rule={int(r['rule'])} {r['text'].strip()[:200]}")


if __name__ == "__main__":
    main()

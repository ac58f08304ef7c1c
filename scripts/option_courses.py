"""A learned candidate generator for options (issue 14, session 23): measured on tuned data, NOT wired into the analyser.

    .venv/bin/python scripts/option_courses.py [--refresh] [--show N] [--steps 200]

The question: the rules propose no option at all for about a third of the tuned gold entries (dev 114 of 382, news-fit
86 of 206, ed-s17 38 of 55). Can a sentence classifier over FORM features ("this sentence argues a course") propose
options there, and the options screen (screen.py) judge them, for a better F1 than the rules and the screen alone?
Result (docs/options-screen.md, "A learned candidate generator"): no; every setting loses F1 out of fold.

Data: every sentence of the TUNED labelled pieces (dev, news-fit, ed-s17), through fit_sentences' reader (score.py's
split functions; a piece of any other split is refused). The analyser runs once per piece with the screen off; what it
computed (paragraphs and sentences, quotations and their kinds, the actors' mentions and kinds, the genre, the rules'
options) is cached with the text in this checkout's own file under the temporary folder (--refresh rebuilds it). A
sentence is positive when it overlaps a span of a gold entry; the generator is trained and applied only on sentences
no rule option overlaps.

Stage one, the sentence model: features of form only (sentence_features: the screen's word classes, runs of classes
in order, a policy verb first (a command), a policy verb or noun, "we"/a body/an actor of some kind in the first words,
a rules' cue, the share and kind of quotation, the place in the piece and the paragraph, length, question, year, past
time; each also joined with the genre); train_option_screen's logistic regression; 5 folds by piece (CRC-32 of the
name). Printed: AUC over the sentences without a rule option, how many of the best-scored N hold an entry no kept rule
option matches, and option-level figures (score.py's v2 matching) of the screened rules plus the sentences at or above
T1 as options (the whole sentence as evidence).

Stage two, the screen as judge: each sentence at or above T1 becomes an option (candidate(): summary by phrases.summary
from the words after a modal, else the sentence; the author's support, or opposition with a negation; inside a
quotation, a position and no author's stance), the screen is refitted per fold on the rules' rows of
tests/data/options/candidates.jsonl plus the candidates (as the retrain rule asks), and both the rules' options and the
candidates are kept at or above T2.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
import zlib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
for path in (ROOT, ROOT / "scripts", ROOT / "tests" / "data" / "options"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from options_cv import load_scorer  # noqa: E402
from train_option_screen import DATA as SCREEN_ROWS  # noqa: E402
from train_option_screen import fit, load, prob  # noqa: E402  (one logistic regression for both stages)
from train_options_model import auc, f1_of  # noqa: E402

from briefing_app.analysis.options import screen  # noqa: E402
from briefing_app.analysis.options.cues import _cued  # noqa: E402
from briefing_app.analysis.options.lexicon import PAST_TIME_RE, POLICY_NOUN_RE  # noqa: E402
from briefing_app.analysis.options.phrases import summary as make_summary  # noqa: E402
from briefing_app.core.model import Option, Position  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / f"option-courses-{zlib.crc32(str(ROOT).encode()):08x}.json"
FOLDS = 5
# a body as the subject ("the government should", "Washington must"): by word, in the sentence's first four
BODY_WORDS = frozenset("government administration congress washington council ministers parliament state eu nato un "
                       "authorities leaders officials lawmakers city country nation board".split())
MODAL_RE = re.compile(r"\b(?:should|must|ought\s+to|needs?\s+to|has\s+to|have\s+to|could|would|can|will)\s+"
                      r"(?:not\s+|also\s+|now\s+|instead\s+)*(?:be\s+)?", re.I)
NEGATION_RE = re.compile(r"\b(?:not|never|no)\b|n[’']t\b", re.I)


# --- data ---------------------------------------------------------------------------------------------------------

def _overlaps(a: list[int] | tuple[int, int], b: list[int] | tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def analysed(name: str, group: str, entry: dict[str, Any]) -> dict[str, Any]:
    """A piece's text, gold spans and what the analyser computed, per sentence (the screen off; `kept`: what it keeps)."""
    from briefing_app.analysis import pipeline
    scorer = load_scorer()
    text = scorer.article_text(name, group)
    saved, screen.THRESHOLD = screen.THRESHOLD, None
    try:
        doc = pipeline.run(text)
    finally:
        screen.THRESHOLD = saved
    kept = {id(o) for o in screen.screened(doc.text, doc.options, doc.quotes, doc.actors, doc.metadata.genre,
                                            len(doc.paras))}
    mentions = sorted((m.start, m.end, a.kind) for a in doc.actors for m in a.mentions)
    sentences = []
    for pi, (ps, pe) in enumerate(doc.paras):
        spans = doc.text_sentences(ps, pe)
        for si, (s, e) in enumerate(spans):
            sentences.append({"span": [s, e], "para": pi, "in_para": si, "para_len": len(spans),
                              "quotes": [[max(s, q.start), min(e, q.end), q.kind] for q in doc.quotes
                                         if q.start < e and s < q.end],
                              "mentions": [[ms, me, k] for ms, me, k in mentions if s <= ms < e]})
    return {"piece": name, "group": group, "text": text, "genre": doc.metadata.genre or "none", "paras": len(doc.paras),
            "gold": [[list(s) for s in scorer._entry_spans(text, g)] for g in entry["options"]],
            "options": [{"span": [o.start, o.end], "stance": o.stance, "kept": id(o) in kept} for o in doc.options],
            "sentences": sentences}


def pieces(refresh: bool = False) -> list[dict[str, Any]]:
    import fit_sentences
    key = hashlib.sha256((fit_sentences.fingerprint() + Path(__file__).read_text(encoding="utf-8")).encode()).hexdigest()
    out: list[dict[str, Any]] = []
    if not refresh and CACHE.exists():
        cached = json.loads(CACHE.read_text(encoding="utf-8"))
        out = list(cached["pieces"]) if cached.get("key") == key else []
    if not out:
        out = [analysed(*t) for t in fit_sentences._tuned_entries()]
        CACHE.write_text(json.dumps({"key": key, "pieces": out}), encoding="utf-8")
    for p in out:
        for i, row in enumerate(p["sentences"]):
            row["rule"] = any(_overlaps(o["span"], row["span"]) for o in p["options"])
            row["gold"] = [gi for gi, g in enumerate(p["gold"]) if any(_overlaps(x, row["span"]) for x in g)]
            row["x"] = sentence_features(p, i)
    return out


# --- stage one: the sentence model ----------------------------------------------------------------------------------

def _words(sentence: str) -> list[str]:
    words = [w.lower().replace("’", "'") for w in screen.WORD_RE.findall(sentence[:600])]
    return [w[:-3] if w.endswith("n't") and len(w) > 3 else w for w in words] + ["n't" for w in words if w.endswith("n't")]


def sentence_features(piece: dict[str, Any], i: int) -> list[str]:
    """A sentence's binary features by name: form only (word classes, never a word), each also joined with the genre."""
    row = piece["sentences"][i]
    s, e = row["span"]
    sentence = piece["text"][s:e]
    words = _words(sentence)
    classes = [screen.CLASSES.get(w, "pverb" if w in screen.POLICY_VERB_SET else "to" if w == "to" else ".")
               for w in words]
    runs: list[str] = []
    for c in classes:
        if not runs or runs[-1] != c:
            runs.append(c)
    f = {"c=" + c for c in classes if c != "."}
    f.update(f"k={a}_{b}" for a, b in zip(["^", *runs], [*runs, "$"]) if a != "." or b != ".")
    if words and words[0] in screen.POLICY_VERB_SET:
        f.add("imperative")
    if any(w in ("we", "our", "us") for w in words[:4]):
        f.add("subj=we")
    if any(w in BODY_WORDS for w in words[:4]):
        f.add("subj=body")
    f.update("subjkind=" + k for ms, _, k in row["mentions"] if ms - s < 40)
    if POLICY_NOUN_RE.search(sentence):
        f.add("pnoun")
    if _cued(sentence.lower()):
        f.add("cued")
    share = sum(qe - qs for qs, qe, _ in row["quotes"]) / max(1, e - s)
    f.add("quote=" + ("none" if share == 0 else "part" if share < 0.6 else "most"))
    f.update("qkind=" + k for _, _, k in row["quotes"])
    f.add("place=" + str(min(4, 5 * i // max(1, len(piece["sentences"])))))
    if i == 0:
        f.add("first_sentence")
    if row["in_para"] == 0:
        f.add("para_first")
    if row["para_len"] == 1:
        f.add("para_single")
    f.add("len=" + str(min(5, len(words) // 8)))
    if sentence.rstrip(" \"”’')").endswith("?"):
        f.add("question")
    if any(screen.YEAR_RE.match(w) for w in words):
        f.add("year")
    if PAST_TIME_RE.search(sentence):
        f.add("past_time")
    g = piece["genre"]
    return sorted(f | {g + ":" + x for x in f} | {"genre=" + g})


def folds_of(ps: list[dict[str, Any]]) -> dict[str, int]:
    return {p["piece"]: zlib.crc32(p["piece"].encode()) % FOLDS for p in ps}


def out_of_fold(ps: list[dict[str, Any]], steps: int) -> None:
    """Each sentence without a rule option gets its score ("p") from the model fitted on the other folds."""
    fold = folds_of(ps)
    for k in range(FOLDS):
        rows = [(r["x"], 1 if r["gold"] else 0) for p in ps if fold[p["piece"]] != k for r in p["sentences"]
                if not r["rule"]]
        bias, weights = fit(rows, steps=steps)
        for p in ps:
            for r in p["sentences"] if fold[p["piece"]] == k else ():
                r["p"] = prob(r["x"], bias, weights) if not r["rule"] else 0.0


def _new_entries(p: dict[str, Any]) -> set[int]:
    """The gold entries no kept rule option overlaps."""
    return {gi for gi, g in enumerate(p["gold"])
            if not any(_overlaps(x, o["span"]) for x in g for o in p["options"] if o["kept"])}


def counts(p: dict[str, Any], found: list[tuple[int, int]], added: int) -> tuple[str, int, int, int, int]:
    scorer = load_scorer()
    pairs, absorbed = scorer.match_entries([[tuple(s) for s in g] for g in p["gold"]], found)
    return p["group"], len(p["gold"]), len(found) - len(absorbed), len(pairs), added


def figures(cs: list[tuple[str, int, int, int, int]]) -> str:
    g, f, m, a = (sum(c[1] for c in cs), sum(c[2] for c in cs), sum(c[3] for c in cs), sum(c[4] for c in cs))
    r, pr = m / g if g else 0.0, m / f if f else 0.0
    return f"found {f:4d} (+{a:3d}) matched {m:3d} R {r:.3f} P {pr:.3f} F1 {2 * r * pr / (r + pr) if r + pr else 0:.3f}"


def stage_one(ps: list[dict[str, Any]], show: int) -> None:
    scored = [(r["p"], bool(r["gold"])) for p in ps for r in p["sentences"] if not r["rule"]]
    print(f"stage one: {len(scored)} sentences without a rule option, {sum(y for _, y in scored)} overlap an entry; "
          f"AUC out of fold {auc(scored):.3f}")
    ranked = sorted(((r["p"], p, r) for p in ps for r in p["sentences"] if not r["rule"]), key=lambda t: -t[0])
    for n in (10, 20, 40, 80, 160, 320):
        new = sum(1 for _, p, r in ranked[:n] if set(r["gold"]) & _new_entries(p))
        print(f"  best {n:3d} (score >= {ranked[n - 1][0]:.3f}): {new} hold an entry no kept rule option matches")
    for _, p, r in ranked[:show]:  # tuned pieces only
        s, e = r["span"]
        print(f"  {r['p']:.2f} {'G' if r['gold'] else '-'} {p['group']}: {' '.join(p['text'][s:e].split())[:160]}")
    for t1 in (None, 0.5, 0.4, 0.35, 0.3, 0.25):
        cs = [added(p, t1) for p in ps]
        print(f"  screened rules + sentences >= {t1}: " + " | ".join(
            f"{g} {figures([c for c in cs if g in ('all', c[0])])}" for g in ("all", "dev", "news-fit", "ed-s17")))
    fold = folds_of(ps)
    grid: list[float | None] = [None, 0.6, 0.55, 0.5, 0.45, 0.4, 0.35, 0.3, 0.25, 0.2]
    own = {k: max(grid, key=lambda t: f1_of([added(p, t)[1:4] for p in ps if fold[p["piece"]] != k])) for k in range(FOLDS)}
    cs = [added(p, own[fold[p["piece"]]]) for p in ps]
    print(f"  folds' own T1 (best F1 on the other folds) {[own[k] for k in range(FOLDS)]}: " + " | ".join(
        f"{g} {figures([c for c in cs if g in ('all', c[0])])}" for g in ("all", "dev", "news-fit", "ed-s17")))


def added(p: dict[str, Any], t1: float | None) -> tuple[str, int, int, int, int]:
    """A piece's counts with its kept rule options and its sentences without a rule option scored at or above t1."""
    found = [(o["span"][0], o["span"][1]) for o in p["options"] if o["kept"]]
    extra = [(r["span"][0], r["span"][1]) for r in p["sentences"] if t1 is not None and not r["rule"] and r["p"] >= t1]
    return counts(p, found + extra, len(extra))


# --- stage two: the candidates as options, judged by the screen -----------------------------------------------------

def candidate(p: dict[str, Any], row: dict[str, Any]) -> Option:
    """An option built from a sentence: its summary from the words after a modal (else the sentence), the author's
    support (opposition with a negation), or inside a quotation a position of its speaker and no author's stance."""
    s, e = row["span"]
    sentence = p["text"][s:e]
    modal = MODAL_RE.search(sentence)
    phrase = sentence[modal.end():] if modal else sentence
    side = "oppose" if NEGATION_RE.search(sentence) else "support"
    quoted = sum(qe - qs for qs, qe, _ in row["quotes"]) / max(1, e - s) > 0.6
    option = Option(make_summary(phrase.rstrip(" .!?\"”"), verb_first=bool(modal)), None if quoted else side, s, e)
    if quoted:
        option.positions.append(Position("?", side, s, e))
    return option


def stage_two(ps: list[dict[str, Any]], t1: float, t2s: tuple[float, ...]) -> dict[float, list[tuple[str, int, int, int, int]]]:
    rules = {r["piece"]: r for r in load(SCREEN_ROWS)}
    fold = folds_of(ps)
    cands: dict[str, list[tuple[Option, list[str], int]]] = {}
    for p in ps:
        rows = [r for r in p["sentences"] if not r["rule"] and r["p"] >= t1]
        context = screen.Context([(qs, qe, k) for r in p["sentences"] for qs, qe, k in r["quotes"]], {}, p["genre"],
                                 len(p["text"]), len(p["options"]) + len(rows))
        cands[p["piece"]] = [(o, screen.features(p["text"], o, context), 1 if r["gold"] else 0)
                             for r in rows for o in [candidate(p, r)]]
    out: dict[float, list[tuple[str, int, int, int, int]]] = {t: [] for t in t2s}
    for k in range(FOLDS):
        train = [(o["features"], 0 if o["label"] == "spurious" else 1) for p in ps if fold[p["piece"]] != k
                 for o in rules[p["piece"]]["options"]]
        train += [(x, y) for p in ps if fold[p["piece"]] != k for _, x, y in cands[p["piece"]]]
        bias, weights = fit(train)
        for p in ps:
            if fold[p["piece"]] != k:
                continue
            ruled = [(tuple(o["span"]), prob(o["features"], bias, weights)) for o in rules[p["piece"]]["options"]]
            added = [((o.start, o.end), prob(x, bias, weights)) for o, x, _ in cands[p["piece"]]]
            for t2 in t2s:
                found = [span for span, sc in ruled if sc >= t2 or p["paras"] < screen.MIN_PARAGRAPHS]
                extra = [span for span, sc in added if sc >= t2]
                out[t2].append(counts(p, found + extra, len(extra)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--refresh", action="store_true")
    ap.add_argument("--show", type=int, default=0, help="print the N best-scored sentences (tuned pieces only)")
    ap.add_argument("--steps", type=int, default=200)
    args = ap.parse_args()
    ps = pieces(args.refresh)
    out_of_fold(ps, args.steps)
    stage_one(ps, args.show)
    print("stage two (the screen refitted per fold on the rules' rows and the candidates; kept at >= T2):")
    for t1 in (2.0, 0.4, 0.3, 0.25, 0.2):
        for t2, cs in stage_two(ps, t1, (0.2, 0.3, 0.4, 0.5)).items():
            print(f"  T1 {t1 if t1 <= 1 else 'none'} T2 {t2}: " + " | ".join(
                f"{g} {figures([c for c in cs if g in ('all', c[0])])}" for g in ("all", "dev", "news-fit", "ed-s17")))


if __name__ == "__main__":
    main()

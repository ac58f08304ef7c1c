"""Leave-pieces-out cross-validation of the options sentence model on REAL tuned editorials.

    .venv/bin/python scripts/options_cv.py [--folds 5] [--refresh]

The pieces: the real editorials of the dev part (dev-1..3 of tests/data/options, not the own-* op-eds)
with their v2 labels, plus the 60 read editorials (SELECTION-read-7/-8): their options judged right or
wrong (judged-read-s9.json) and, where gold-v2-read.json has them, their v2 labels. Nothing of the held
parts is read. The analyser runs once per piece; its options and sentences are cached in a file of this
checkout's own under the temporary folder (CACHE), rebuilt when the analysis code or the tuned labels change
(fingerprint(); --refresh rebuilds it anyway).

Folds are by editorial: no sentence of a test piece is ever in training. Each fold trains on the other
folds' dev pieces and on every read piece, chooses its thresholds by an inner cross-validation on its own
training dev pieces, and is scored on its test pieces with score.py's v2 matching. Printed: the rules'
recall / precision / F1 pooled over the test folds, and the same with the model used as
- gate: the rules' options the gate model scores below the fold's threshold are dropped;
- adder: sentences without a rule option whose sentence score is at or above the fold's threshold are
  added as options (their whole sentence as the evidence);
- stance: the stance model overrides the rules' author's stance at or above the fold's confidence.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import random
import sys
import tempfile
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "options"
for path in (ROOT, ROOT / "scripts", DATA):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from options_model import STANCES, SentenceModel, delex_features, features, fit, probabilities, score  # noqa: E402

PER_GENRE = False  # set by train_options_model.py --delex: thresholds also per genre the analyser gave (tg_genre)
DELEX = False  # set by train_options_model.py --delex: every model reads form features only (context_features)

# one cache per checkout: the cached options are the rules' of this checkout's code
CACHE = Path(tempfile.gettempdir()) / f"options-cv-cache-{zlib.crc32(str(ROOT).encode()):08x}.json"
FINGERPRINT = "_fingerprint"  # the cache's key for what its pieces were made from (fingerprint())


def load_scorer() -> ModuleType:
    """tests/data/options/score.py, loaded by its path (other test folders hold a score.py of their own)."""
    module = sys.modules.get("options_score")
    if module is None:
        spec = importlib.util.spec_from_file_location("options_score", DATA / "score.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["options_score"] = module
        spec.loader.exec_module(module)
    return module
Piece = dict[str, Any]


def _spans(text: str, option: dict[str, Any]) -> list[list[int]]:
    out = []
    for ev in [option["evidence"], *option.get("also_evidence", [])]:
        s = text.index(ev)
        out.append([s, s + len(ev)])
    return out


def _analysed(name: str, text: str, kind: str) -> Piece:
    from briefing_app.analysis import analyse
    from briefing_app.analysis.segment import paragraphs, sentence_spans
    a = analyse(text)
    opts = [{"start": o.start, "end": o.end, "stance": o.stance, "summary": o.summary, "holder": o.holder,
             "positions": len(o.positions)} for o in a.options]
    sents = [[s, e] for ps, pe in paragraphs(text) for s, e in sentence_spans(text, ps, pe)]
    # what else the analyser found, for --delex's features: quotes by kind, actors' mentions by the actor's kind
    quotes = [[q.start, q.end, q.kind] for q in a.quotes]
    mentions = [[m.start, m.end, actor.kind] for actor in a.actors for m in actor.mentions]
    return {"name": name, "kind": kind, "text": text, "options": opts, "sentences": sents, "quotes": quotes,
            "mentions": mentions, "genre": a.metadata.genre}


def build() -> list[Piece]:
    in_split, load = load_scorer().in_split, load_scorer().load
    pieces = []
    for name, entry in sorted(load("", "v2").items()):
        if name.startswith("own") or not any(in_split(entry, s) for s in ("dev-1", "dev-2", "dev-3", "dev-10")):
            continue
        text = (DATA / "articles" / f"{name}.txt").read_text(encoding="utf-8")
        p = _analysed(name, text, "dev")
        p["gold"] = [{"spans": _spans(text, g), "stance": g["stance"]} for g in entry["options"]]
        p["batch"] = entry.get("batch", "")
        pieces.append(p)
    return pieces


def news_pieces(split: str = "news-tuned") -> list[Piece]:
    """The labelled PolNeAR news reports of a news split score.py knows ("news-tuned"; "news-aside" only for an
    aggregate figure), analysed, with their v2 entries as gold."""
    scorer = load_scorer()
    pieces = []
    for name, entry in sorted(scorer.load(split).items()):
        text = scorer.article_text(name, split)
        p = _analysed(name, text, "news")
        p["gold"] = [{"spans": _spans(text, g), "stance": g["stance"]} for g in entry["options"]]
        p["batch"] = entry["split"]
        pieces.append(p)
    return pieces


def fingerprint(root: Path = ROOT) -> str:
    """What the cached pieces were made from: the analysis code (every rule the options read, the actors and quotes
    that give holders) and the tuned labels and training sentences the pieces take their gold from (no held or blind
    batch's file: none of them is cached), as one SHA-256 over the files' paths and bytes."""
    data = root / "tests" / "data" / "options"
    files = sorted((root / "briefing_app" / "analysis").rglob("*.py")) + sorted(
        [p for p in data.glob("*.json") if "held" not in p.name and "blind" not in p.name]
        + [data / "score.py"] + [p for p in (data / "train").rglob("*") if p.is_file()])
    digest = hashlib.sha256()
    for path in files:
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def cached(key: str, refresh: bool = False, cache: Path = CACHE) -> list[Piece]:
    """The analysed pieces of `key` ("real": the dev editorials, "own": the own sentences, or a news split) from
    the checkout's cache, built when missing, when `refresh`, or when the code or labels changed since it was
    written (its fingerprint differs: a cache of older rules would score them, not the checkout's)."""
    code = fingerprint()
    store = json.loads(cache.read_text(encoding="utf-8")) if cache.exists() and not refresh else {}
    if store.get(FINGERPRINT) != code:
        store = {FINGERPRINT: code}
    if key not in store or any("mentions" not in p for p in store[key][:1]):  # an older cache lacks what --delex reads
        store[key] = build() if key == "real" else own_pieces() if key == "own" else news_pieces(key)
        cache.write_text(json.dumps(store), encoding="utf-8")
    return list(store[key])


def own_pieces() -> list[Piece]:
    """The project's own training sentences (tests/data/options/train), each analysed as a text of its own: a
    piece whose gold is the whole sentence when it argues an option."""
    from train_options_model import load as own_rows
    out = []
    for i, r in enumerate(own_rows()):
        text = r["text"]
        p = _analysed(f"own-sentence-{i}", text, "own")
        p["sentences"] = [[0, len(text)]]
        p["gold"] = [{"spans": [[0, len(text)]], "stance": r["stance"]}] if r["option"] else []
        out.append(p)
    return out


def overlaps(a: Sequence[int], b: Sequence[int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def option_label(p: Piece, o: dict[str, Any]) -> bool:
    """Whether a rule option is right: it overlaps a span of a gold entry."""
    return any(overlaps((o["start"], o["end"]), s) for g in p["gold"] for s in g["spans"])


def context_features(p: Piece, span: Sequence[int]) -> list[str]:
    """--delex: a span's form (options_model.delex_features) and what the analyser found around it: its place in the
    piece, the quotes it overlaps by kind, the actors it mentions by kind, the piece's genre as the analyser read it."""
    s, e = span[0], span[1]
    feats = delex_features(p["text"][s:e])
    starts = [sp[0] for sp in p["sentences"]]
    i = sum(x < s for x in starts)
    feats.append("at:first" if i == 0 else "at:" + str(min(4, 5 * i // max(1, len(starts)))))
    feats += ["qk:" + k for k in sorted({k for qs, qe, k in p.get("quotes", ()) if qs < e and s < qe})]
    kinds = [k for ms, me, k in p.get("mentions", ()) if s <= ms and me <= e]
    feats += ["ak:" + k for k in sorted(set(kinds))]
    feats.append("an:" + str(min(len(kinds), 3)))
    if any(ms - s < 3 for ms, me, k in p.get("mentions", ()) if s <= ms < e):
        feats.append("ak:opens")
    feats.append("genre:" + str(p.get("genre")))
    return feats


def gate_features(p: Piece, o: dict[str, Any]) -> list[str]:
    text = p["text"]
    if DELEX:
        return context_features(p, (o["start"], o["end"])) + [
            "st:" + str(o["stance"]), "held:" + str(o["holder"] is not None), "pos:" + str(min(o["positions"], 2)),
            "len:" + str(min(len(o["summary"].split()) // 3, 4))]
    feats = features(text[o["start"]:o["end"]])
    verb = o["summary"].split()[0].lower() if o["summary"].split() else ""
    feats += ["verb:" + verb, "st:" + str(o["stance"]), "held:" + str(o["holder"] is not None),
              "pos:" + str(min(o["positions"], 2)), "len:" + str(min(len(o["summary"].split()) // 3, 4))]
    return feats


def gate_rows(pieces: Sequence[Piece]) -> tuple[list[list[str]], list[list[float]]]:
    xs, ys = [], []
    for p in pieces:
        for o in p["options"]:
            xs.append(gate_features(p, o))
            ys.append([1.0 if option_label(p, o) else 0.0])
    return xs, ys


def sentence_rows(pieces: Sequence[Piece]) -> list[dict[str, Any]]:
    rows = []
    for p in pieces:
        for s in p["sentences"]:
            g = next((g for g in p["gold"] if any(overlaps(s, sp) for sp in g["spans"])), None)
            rows.append({"text": p["text"][s[0]:s[1]], "option": g is not None,
                         "stance": (g["stance"] if g else None)})
    return rows


def evaluate(pieces: Sequence[Piece], found_of: Callable[[Piece], list[dict[str, Any]]]) -> dict[str, float]:
    """score.py's v2 figures over dev pieces for the options found_of gives."""
    match_entries = load_scorer().match_entries
    gold_n = found_n = matched = stance_ok = 0
    for p in pieces:
        found = found_of(p)
        pairs, absorbed = match_entries([[tuple(s) for s in g["spans"]] for g in p["gold"]],
                                        [(o["start"], o["end"]) for o in found])
        gold_n += len(p["gold"])
        found_n += len(found) - len(absorbed)
        matched += len(pairs)
        stance_ok += sum(found[fi]["stance"] == p["gold"][gi]["stance"] for gi, fi in pairs)
    r = matched / gold_n if gold_n else 1.0
    pr = matched / found_n if found_n else 1.0
    return {"gold": gold_n, "found": found_n, "matched": matched, "recall": r, "precision": pr,
            "f1": 2 * r * pr / (r + pr) if r + pr else 0.0, "stance": stance_ok / matched if matched else 0.0}


class FoldModels:
    """The models of one fold, trained on `train` (dev pieces of the other folds plus the read pieces)."""

    def __init__(self, train: Sequence[Piece], epochs: int) -> None:
        xs, ys = gate_rows(train)
        self.gate = fit(xs, ys, epochs=epochs)[0]
        if DELEX:
            sx = [context_features(p, s) for p in train for s in p["sentences"]]
            sy = [[1.0 if any(overlaps(s, sp) for g in p["gold"] for sp in g["spans"]) else 0.0]
                  for p in train for s in p["sentences"]]
            self.delex = fit(sx, sy, epochs=epochs)[0]
        else:
            self.sent = SentenceModel.train(sentence_rows(train), epochs=epochs)

    def sentence_score(self, p: Piece, s: Sequence[int]) -> float:
        if DELEX:
            return probabilities([score(self.delex, context_features(p, s))])[0]
        return self.sent.option_score(p["text"][s[0]:s[1]])

    def gate_score(self, p: Piece, o: dict[str, Any]) -> float:
        return probabilities([score(self.gate, gate_features(p, o))])[0]

    def uncovered(self, p: Piece) -> list[tuple[float, list[int]]]:
        out = []
        for s in p["sentences"]:
            if not any(overlaps(s, (o["start"], o["end"])) for o in p["options"]):
                out.append((self.sentence_score(p, s), s))
        return out


def gated(p: Piece, scores: dict[int, float], t: float) -> list[dict[str, Any]]:
    return [o for i, o in enumerate(p["options"]) if scores[i] >= t]


def added(p: Piece, uncovered: list[tuple[float, list[int]]], t: float) -> list[dict[str, Any]]:
    return p["options"] + [{"start": s[0], "end": s[1], "stance": "support"} for sc, s in uncovered if sc >= t]


def folds_of(pieces: Sequence[Piece], k: int, seed: int, by: Callable[[Piece], str] | None = None) -> list[list[Piece]]:
    """k folds of the pieces in a shuffled order; with `by`, whole groups (a publisher's reports) to a fold."""
    if by is None:
        order = list(pieces)
        random.Random(seed).shuffle(order)
        return [order[i::k] for i in range(k)]
    groups = sorted({by(p) for p in pieces})
    random.Random(seed).shuffle(groups)
    fold_of = {g: i % k for i, g in enumerate(groups)}
    return [[p for p in pieces if fold_of[by(p)] == i] for i in range(min(k, len(groups)))]


def scores_for(models: FoldModels, test: Sequence[Piece]) -> dict[str, Any]:
    return {p["name"]: {"gate": {i: models.gate_score(p, o) for i, o in enumerate(p["options"])},
                        "unc": models.uncovered(p),
                        "stance": {} if DELEX else {i: models.sent.stance_scores(p["text"][o["start"]:o["end"]])
                                                    for i, o in enumerate(p["options"])}} for p in test}


GATE_TS = [0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9]
ADD_TS = [1.01, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.5]


def best_threshold(pieces: Sequence[Piece], sc: dict[str, Any], kind: str) -> float:
    if kind == "gate":
        return max(GATE_TS, key=lambda t: (evaluate(pieces, lambda p: gated(p, sc[p["name"]]["gate"], t))["f1"], -t))
    return max(ADD_TS, key=lambda t: (evaluate(pieces, lambda p: added(p, sc[p["name"]]["unc"], t))["f1"], t))


def out_of_fold(pieces: Sequence[Piece], folds: int, inner_folds: int, epochs: int, fixed: FoldModels | None = None,
                extra: Sequence[Piece] = (), by: Callable[[Piece], str] | None = None) -> dict[str, Any]:
    """Every piece's gate, adder and stance scores from models that never saw it, and the fold's thresholds (tg, ta)
    chosen on the other folds. fixed: one model for every fold (trained elsewhere: only the thresholds come from the
    folds); otherwise each fold trains on the other folds' pieces plus `extra`, its thresholds chosen by an inner
    cross-validation over its own training pieces. by: folds of whole groups (outer and inner)."""
    outer: dict[str, Any] = {}
    for test in folds_of(pieces, folds, 14, by):
        names = {p["name"] for p in test}
        train = [p for p in pieces if p["name"] not in names]
        if fixed is not None:
            inner = scores_for(fixed, train)
            models = fixed
        else:
            inner = {}
            for itest in folds_of(train, inner_folds, 15, by):
                inames = {p["name"] for p in itest}
                inner.update(scores_for(FoldModels([*extra, *(p for p in train if p["name"] not in inames)], epochs),
                                        itest))
            models = FoldModels([*extra, *train], epochs)
        sc = scores_for(models, test)
        tg, ta = best_threshold(train, inner, "gate"), best_threshold(train, inner, "add")
        for p in test:
            sc[p["name"]]["tg"], sc[p["name"]]["ta"] = tg, ta
        print(f"  fold: {len(test)} pieces, thresholds gate {tg} adder {ta}", flush=True)
        for key in sorted({str(p.get("genre")) for p in test}) if PER_GENRE else ():
            # also the thresholds of the training pieces of the genre the analyser gave the test piece
            same = [p for p in train if str(p.get("genre")) == key] or list(train)
            tg, ta = best_threshold(same, inner, "gate"), best_threshold(same, inner, "add")
            for p in test:
                if str(p.get("genre")) == key:
                    sc[p["name"]]["tg_genre"], sc[p["name"]]["ta_genre"] = tg, ta
            print(f"    {key}: gate {tg} adder {ta}", flush=True)
        outer.update(sc)
    return outer


def report(pieces: Sequence[Piece], outer: dict[str, Any]) -> None:
    """The rules' figures and the gate's, the adder's and the stance model's out of fold."""
    def show(label: str, r: dict[str, float]) -> None:
        print(f"{label:28s} gold {r['gold']} found {r['found']} matched {r['matched']}  recall {r['recall']:.3f}  "
              f"precision {r['precision']:.3f}  F1 {r['f1']:.3f}  stance {r['stance']:.3f}")
    rules = evaluate(pieces, lambda p: p["options"])
    show("rules", rules)
    show("rules + gate (CV thresholds)", evaluate(pieces, lambda p: gated(p, outer[p["name"]]["gate"], outer[p["name"]]["tg"])))
    show("rules + adder (CV thresholds)", evaluate(pieces, lambda p: added(p, outer[p["name"]]["unc"], outer[p["name"]]["ta"])))
    for t in GATE_TS[1:6]:
        show(f"  gate at {t}", evaluate(pieces, lambda p, t=t: gated(p, outer[p["name"]]["gate"], t)))
    for t in ADD_TS[1:6]:
        show(f"  adder at {t}", evaluate(pieces, lambda p, t=t: added(p, outer[p["name"]]["unc"], t)))
    from train_options_model import auc
    g = [(outer[p["name"]]["gate"][i], bool(option_label(p, o))) for p in pieces for i, o in enumerate(p["options"])]
    u = [(sc, any(overlaps(s, sp) for gg in p["gold"] for sp in gg["spans"])) for p in pieces
         for sc, s in outer[p["name"]]["unc"]]
    print(f"gate AUC (out of fold) {auc(g):.3f} over {len(g)} rule options ({sum(y for _, y in g)} right); "
          f"adder AUC {auc(u):.3f} over {len(u)} uncovered sentences ({sum(y for _, y in u)} hold an entry)")
    g.sort()
    print("  gate: lowest 5% / 10% / 20% of the rule options, right / wrong: " + ", ".join(
        f"{sum(y for _, y in g[:round(q * len(g))])} / {sum(not y for _, y in g[:round(q * len(g))])}" for q in (0.05, 0.1, 0.2)))
    u.sort(reverse=True)
    print("  uncovered top 10/20/40/80 holding an entry: " + " / ".join(str(sum(y for _, y in u[:k])) for k in (10, 20, 40, 80))
          + f" (an addition raises F1 only above TP / (gold + found) = {rules['matched'] / (rules['gold'] + rules['found']):.2f} right)")
    stances = []  # (model's confidence, model's stance, rules' stance, gold stance) on matched rule options
    for p in pieces:
        for o_i, o in enumerate(p["options"]):
            entry = next((e for e in p["gold"] if any(overlaps((o["start"], o["end"]), sp) for sp in e["spans"])), None)
            if entry is not None:
                ss = outer[p["name"]]["stance"][o_i]
                top = max(STANCES, key=lambda k: ss[k])
                stances.append((ss[top], None if top == "none" else top, o["stance"], entry["stance"]))
    print(f"stance on {len(stances)} rule options overlapping an entry: rules right {sum(r == g for _, _, r, g in stances)}, "
          f"model {sum(m == g for _, m, _, g in stances)}; model overriding at confidence 0.5 / 0.6 / 0.7 fixes / breaks: "
          + ", ".join(f"{sum(m == g for c, m, r, g in stances if c >= t and m != r)} / "
                      f"{sum(r == g for c, m, r, g in stances if c >= t and m != r)}" for t in (0.5, 0.6, 0.7)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--inner", type=int, default=4)
    ap.add_argument("--epochs", type=int, default=15)
    ap.add_argument("--refresh", action="store_true")
    ap.add_argument("--train", choices=["own", "real"], default="own",
                    help="own (default): weights from the project's own sentences only (the editorials may not be "
                         "shipped), real pieces for thresholds and measurement; real: the experiment of training on "
                         "the other folds' editorials (weights that could not ship)")
    args = ap.parse_args()
    dev, own = cached("real", args.refresh), cached("own")
    print(f"{len(dev)} real dev editorials ({sum(len(p['gold']) for p in dev)} entries; "
          f"{sum(p['batch'] == 'read-v2' for p in dev)} of them dev-10), {len(own)} own sentences; training: {args.train}")
    fixed = FoldModels(own, args.epochs) if args.train == "own" else None
    report(dev, out_of_fold(dev, args.folds, args.inner, args.epochs, fixed))


if __name__ == "__main__":
    main()

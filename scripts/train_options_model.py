"""Train the options sentence model on the project's own sentences and measure it against the rules.

    .venv/bin/python scripts/train_options_model.py [--cv 5] [--split dev]

Training data: tests/data/options/train/*.jsonl ({"text", "option", "stance", "holder"}), sentences
written for this project, never taken from the editorial corpus. The model (scripts/options_model.py)
is trained on all of them, then compared with the rules on the editorials of one part of
tests/data/options (default "dev"; any split score.py knows; only aggregate figures are printed):

- sentences: how well its score ranks the sentences that hold a gold option above the others (AUC);
- gate: among the rules' options, how well it ranks the ones that match gold above the spurious ones,
  and what dropping its lowest-scored 5/10/20% would remove (true / spurious);
- adder: among the sentences where the rules found nothing, how many of its top 10/20/40 hold a gold
  option;
- stance: on the rules' options that match gold, how many stances its confident answers would fix or
  break if they overrode the rules'.

--gate instead drops the rules' options the model scores below a threshold chosen on the training sentences
(5-fold, best F1 over the rules' options there) and prints the rules' and the gated figures on --split.
--news trains on the labelled news reports instead (score.py's "news-tuned": PolNeAR reports, v2 labels) and
cross-validates BY PIECE (scripts/options_cv.py's folds: each fold's gate and sentence models are trained on the
other folds' reports, plus with --with own / dev the own sentences or the real dev editorials; its thresholds are
chosen by an inner cross-validation on its own training reports; --by-publisher: leave one publisher out) and
prints the rules' figures, the gate's and the adder's out of fold (--form-only: every topic word read as one
token), then trains on every tuned report, takes the thresholds the folds chose (median) and prints the figures on
the real dev editorials (scripts/options_cv.py's pieces); with --aside also aggregate figures on "news-aside" (run
it once).
--delex trains both on FORM features only (options_model.delex_features: the classes words stand for, never a word;
options_cv.context_features: place in the piece, quotes and actors' mentions by kind, the genre the analyser gave) over
every tuned label (the real dev editorials and news-fit: no aside, held or validation batch), leaves one batch out
(thresholds by an inner CV by batch, pooled and per genre), then cross-validates by piece within the editorials, and
prints the rules' F1 and the gate's and the adder's on the same folds, editorials and news apart, with the per-batch
differences and a paired bootstrap over pieces.
--cv k first prints k-fold cross-validated figures on the training sentences themselves. --rules prints
instead how the rules do on the training sentences, each read as a text of its own (recall and precision
of "this sentence argues an option", the author's stance of its first option); they are a tuning set
for the rules too, so -v lists the misses.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "options"
for path in (ROOT, ROOT / "scripts", DATA):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

import options_model  # noqa: E402
from options_model import STANCES, SentenceModel  # noqa: E402


def load(folder: Path = DATA / "train") -> list[dict[str, Any]]:
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if not isinstance(row.get("text"), str) or not isinstance(row.get("option"), bool) or \
                    (row.get("stance") or "none") not in STANCES or (row.get("stance") and not row["option"]):
                raise ValueError(f"{path.name}:{n}: a row needs text, option (true/false) and a stance of {STANCES}")
            rows.append(row)
    return rows


def auc(scored: list[tuple[float, bool]]) -> float:
    """The chance that a random positive scores above a random negative (ties count half)."""
    pos = sorted(s for s, y in scored if y)
    neg = sorted(s for s, y in scored if not y)
    if not pos or not neg:
        return float("nan")
    wins, i, j = 0.0, 0, 0
    for p in pos:
        while i < len(neg) and neg[i] < p:
            i += 1
        j = max(j, i)
        while j < len(neg) and neg[j] == p:
            j += 1
        wins += i + 0.5 * (j - i)
    return wins / (len(pos) * len(neg))


def cross_validate(rows: list[dict[str, Any]], k: int) -> None:
    order = list(range(len(rows)))
    random.Random(14).shuffle(order)
    scored: list[tuple[float, bool]] = []
    stance_ok = stance_n = 0
    for fold in range(k):
        test = set(order[fold::k])
        model = SentenceModel.train([rows[i] for i in order if i not in test])
        for i in test:
            r = rows[i]
            scored.append((model.option_score(r["text"]), r["option"]))
            if r["option"]:
                ss = model.stance_scores(r["text"])
                stance_n += 1
                stance_ok += max(ss, key=lambda s: ss[s]) == (r["stance"] or "none")
    tp = sum(p >= 0.5 and y for p, y in scored)
    print(f"cv {k}-fold on the training sentences: AUC {auc(scored):.3f}  precision@0.5 "
          f"{tp / max(1, sum(p >= 0.5 for p, _ in scored)):.2f}  recall@0.5 {tp / max(1, sum(y for _, y in scored)):.2f}  "
          f"stance {stance_ok / max(1, stance_n):.2f}")


def articles(split: str) -> Iterator[tuple[str, list[tuple[int, int, dict[str, Any]]]]]:
    """(text, gold options with their spans) of every editorial in `split`."""
    from options_cv import _scorer  # score.py by its path: a bare "score" may be another folder's
    scorer = _scorer()
    in_split, gold = scorer.in_split, scorer.load
    for name, entry in sorted(gold(gold="v1").items()):  # v1: the labels this experiment was measured against
        if in_split(entry, split):
            text = (DATA / "articles" / f"{name}.txt").read_text(encoding="utf-8")
            yield text, [(text.index(g["evidence"]), text.index(g["evidence"]) + len(g["evidence"]), g)
                         for g in entry["options"]]


def compare(model: SentenceModel, split: str) -> None:
    from briefing_app.analysis import analyse
    from briefing_app.analysis.segment import paragraphs, sentence_spans
    sentences, candidates, uncovered, stances = [], [], [], []
    for text, gold in articles(split):
        found = analyse(text).options
        for o in found:
            sent = text[o.start:o.end]
            match = [g for gs, ge, g in gold if gs < o.end and o.start < ge]
            candidates.append((model.option_score(sent), bool(match)))
            if match:
                ss = model.stance_scores(sent)
                top = max(ss, key=lambda s: ss[s])
                stances.append((ss[top], None if top == "none" else top, o.stance, match[0]["stance"]))
        for ps, pe in paragraphs(text):
            for s, e in sentence_spans(text, ps, pe):
                item = (model.option_score(text[s:e]), any(gs < e and s < ge for gs, ge, _ in gold))
                sentences.append(item)
                if not any(o.start < e and s < o.end for o in found):
                    uncovered.append(item)
    print(f"{split}: sentences {len(sentences)} ({sum(y for _, y in sentences)} hold an option)  AUC {auc(sentences):.3f}")
    print(f"  gate: rule options {len(candidates)} ({sum(y for _, y in candidates)} match gold)  AUC {auc(candidates):.3f}")
    candidates.sort()
    for share in (0.05, 0.1, 0.2):
        cut = candidates[:round(share * len(candidates))]
        print(f"    drop lowest {share:.0%}: {sum(y for _, y in cut)} true, {sum(not y for _, y in cut)} spurious")
    uncovered.sort(reverse=True)
    print(f"  adder: sentences without a rule option {len(uncovered)} ({sum(y for _, y in uncovered)} hold one)  "
          + "  ".join(f"top {k}: {sum(y for _, y in uncovered[:k])}" for k in (10, 20, 40)))
    print(f"  stance: rules right on {sum(r == g for _, _, r, g in stances)} of {len(stances)} matched; model "
          f"{sum(m == g for _, m, _, g in stances)}")
    for conf in (0.5, 0.6, 0.7):
        over = [(m, r, g) for c, m, r, g in stances if c >= conf and m != r]
        print(f"    model overrides at confidence {conf}: fixes {sum(m == g for m, _, g in over)}, "
              f"breaks {sum(r == g for _, r, g in over)}")


def rules_on_sentences(rows: list[dict[str, Any]], verbose: bool) -> None:
    from briefing_app.analysis import analyse
    tp = fn = fp = stance_ok = 0
    for r in rows:
        found = analyse(r["text"]).options
        if r["option"] and found:
            tp += 1
            stance_ok += found[0].stance == r["stance"]
        elif r["option"] or found:
            fn, fp = fn + r["option"], fp + (not r["option"])
            if verbose:
                print(("  missed: " if r["option"] else "  spurious: ") + r["text"][:120])
    print(f"rules on the training sentences: recall {tp / max(1, tp + fn):.3f}  precision {tp / max(1, tp + fp):.3f}  "
          f"stance of the first option {stance_ok / max(1, tp):.3f}  ({tp} found, {fn} missed, {fp} spurious)")


def own_threshold(rows: list[dict[str, Any]]) -> float:
    """The gate threshold that maximises F1 over the rules' options on the training sentences, each scored by a
    model trained without it (5-fold): chosen on the project's own data, not on dev or held editorials."""
    from briefing_app.analysis import analyse
    order = list(range(len(rows)))
    random.Random(14).shuffle(order)
    cands: list[tuple[float, bool]] = []
    for fold in range(5):
        test = set(order[fold::5])
        model = SentenceModel.train([rows[i] for i in order if i not in test])
        cands += [(model.option_score(rows[i]["text"]), rows[i]["option"]) for i in test if analyse(rows[i]["text"]).options]
    gold = sum(r["option"] for r in rows)

    def f1(t: float) -> float:
        kept = [y for p, y in cands if p >= t]
        return 2 * sum(kept) / (len(kept) + gold) if kept else 0.0
    return max([0.0, *sorted({p for p, _ in cands})], key=f1)


def gated(model: SentenceModel, split: str, threshold: float) -> None:
    from briefing_app.analysis import analyse
    tally = Counter[str]()
    for text, gold in articles(split):
        found = analyse(text).options
        for name, opts in (("rules", found), ("gated", [o for o in found if model.option_score(text[o.start:o.end]) >= threshold])):
            used: set[int] = set()
            for o in opts:
                hit = next((gi for gi, (gs, ge, _) in enumerate(gold) if gi not in used and gs < o.end and o.start < ge), None)
                if hit is not None:
                    used.add(hit)
            tally[name + " found"] += len(opts)
            tally[name + " matched"] += len(used)
        tally["gold"] += len(gold)
    print(f"{split}: gate at {threshold:.3f} (chosen on the training sentences)  " + "  ".join(
        f"{n}: recall {tally[n + ' matched'] / max(1, tally['gold']):.3f} precision "
        f"{tally[n + ' matched'] / max(1, tally[n + ' found']):.3f}" for n in ("rules", "gated")))


def publisher(piece: dict[str, Any]) -> str:
    """A PolNeAR report's publisher: its name's part before the first "_"."""
    return str(piece["name"]).split("_")[0]


def news(extra: str, aside: bool, by_publisher: bool = False, folds: int = 5, inner: int = 4, epochs: int = 15) -> None:
    """The model trained on the news labels, cross-validated by piece over news-tuned (see the module's doc)."""
    import statistics

    from options_cv import FoldModels, added, cached, evaluate, gated, out_of_fold, report, scores_for
    pieces = cached("news-tuned")
    more = cached({"own": "own", "dev": "real"}[extra]) if extra != "none" else []
    print(f"news-tuned: {len(pieces)} reports, {sum(len(p['gold']) for p in pieces)} entries; "
          f"extra training: {extra} ({len(more)} pieces)")
    outer = out_of_fold(pieces, 7 if by_publisher else folds, inner, epochs, extra=more,
                        by=publisher if by_publisher else None)
    report(pieces, outer)
    tg = statistics.median(outer[p["name"]]["tg"] for p in pieces)
    ta = statistics.median(outer[p["name"]]["ta"] for p in pieces)
    models = FoldModels([*more, *pieces], epochs)
    for split, key in (("real dev editorials", "real"), *((("news-aside (aggregate)", "news-aside"),) if aside else ())):
        test = cached(key)
        sc = scores_for(models, test)
        for label, r in (("rules", evaluate(test, lambda p: p["options"])),
                         (f"rules + gate at {tg}", evaluate(test, lambda p, sc=sc: gated(p, sc[p["name"]]["gate"], tg))),
                         (f"rules + adder at {ta}", evaluate(test, lambda p, sc=sc: added(p, sc[p["name"]]["unc"], ta)))):
            print(f"{split} {label:24s} found {r['found']} matched {r['matched']}  recall {r['recall']:.3f}  "
                  f"precision {r['precision']:.3f}  F1 {r['f1']:.3f}")


def counts(pieces: list[dict[str, Any]], found_of: Any) -> dict[str, tuple[int, int, int]]:
    """Per piece: (gold, found, matched) of the options found_of gives, by score.py's v2 matching."""
    from options_cv import evaluate
    out = {}
    for p in pieces:
        r = evaluate([p], found_of)
        out[p["name"]] = (int(r["gold"]), int(r["found"]), int(r["matched"]))
    return out


def f1_of(rows: list[tuple[int, int, int]]) -> float:
    gold, found, matched = (sum(r[i] for r in rows) for i in range(3))
    return 2 * matched / (gold + found) if gold + found else 0.0


def compare_by(pieces: list[dict[str, Any]], outer: dict[str, Any], group: Any, title: str) -> None:
    """The rules' F1 against the gate's and the adder's out of fold, pooled and per group (a batch, a fold), with
    the groups' spread of the difference and a paired bootstrap over pieces (95% interval of the difference)."""
    import statistics
    from options_cv import added, gated
    systems = {"rules": counts(pieces, lambda p: p["options"]),
               "gate": counts(pieces, lambda p: gated(p, outer[p["name"]]["gate"], outer[p["name"]]["tg"])),
               "adder": counts(pieces, lambda p: added(p, outer[p["name"]]["unc"], outer[p["name"]]["ta"]))}
    if all("tg_genre" in outer[p["name"]] for p in pieces):  # thresholds chosen per genre the analyser gave
        systems["gate/genre"] = counts(pieces, lambda p: gated(p, outer[p["name"]]["gate"], outer[p["name"]]["tg_genre"]))
        systems["adder/genre"] = counts(pieces, lambda p: added(p, outer[p["name"]]["unc"], outer[p["name"]]["ta_genre"]))
    groups = sorted({group(p) for p in pieces})
    print(f"{title}: {len(pieces)} pieces, {sum(systems['rules'][p['name']][0] for p in pieces)} entries")
    for name, c in systems.items():
        rows = [c[p["name"]] for p in pieces]
        print(f"  {name:11s} gold {sum(r[0] for r in rows)} found {sum(r[1] for r in rows)} matched "
              f"{sum(r[2] for r in rows)}  F1 {f1_of(rows):.3f}")
    from options_cv import option_label, overlaps
    rules = [systems["rules"][p["name"]] for p in pieces]
    g = [(outer[p["name"]]["gate"][i], option_label(p, o)) for p in pieces for i, o in enumerate(p["options"])]
    u = [(sc, any(overlaps(s, sp) for e in p["gold"] for sp in e["spans"])) for p in pieces
         for sc, s in outer[p["name"]]["unc"]]
    g.sort()
    u.sort(reverse=True)
    print(f"  gate AUC {auc(g):.3f} over {len(g)} rule options ({sum(y for _, y in g)} right), lowest 5/10/20% right / "
          "wrong: " + ", ".join(f"{sum(y for _, y in g[:round(q * len(g))])}/{sum(not y for _, y in g[:round(q * len(g))])}"
                                for q in (0.05, 0.1, 0.2)))
    print(f"  adder AUC {auc(u):.3f} over {len(u)} sentences without a rule option ({sum(y for _, y in u)} hold an "
          "entry), top 10/20/40/80 holding one: " + "/".join(str(sum(y for _, y in u[:k])) for k in (10, 20, 40, 80))
          + f" (an addition pays above {sum(r[2] for r in rules) / max(1, sum(r[0] + r[1] for r in rules)):.2f} right)")
    for name in [n for n in systems if n != "rules"]:
        deltas = []
        for g in groups:
            names = [p["name"] for p in pieces if group(p) == g]
            deltas.append(f1_of([systems[name][n] for n in names]) - f1_of([systems["rules"][n] for n in names]))
        rng = random.Random(14)
        names = [p["name"] for p in pieces]
        boot = []
        for _ in range(1000):
            pick = [rng.choice(names) for _ in names]
            boot.append(f1_of([systems[name][n] for n in pick]) - f1_of([systems["rules"][n] for n in pick]))
        boot.sort()
        print(f"  {name} - rules per group: " + " ".join(f"{d:+.3f}" for d in deltas)
              + f"  mean {statistics.mean(deltas):+.3f} sd {statistics.pstdev(deltas):.3f}; bootstrap 95% "
              f"[{boot[25]:+.3f}, {boot[974]:+.3f}]")


def by_batch(inner: int = 3, epochs: int = 15) -> None:
    """--delex: the gate and the adder on form features only, trained on every tuned label (the real dev editorials
    and news-fit: never an aside, held or validation batch), left out one batch at a time, then by piece within the
    editorials (the news always in training); F1 against the rules on the same folds, editorials and news apart."""
    import options_cv
    from options_cv import cached, out_of_fold
    options_cv.DELEX = options_cv.PER_GENRE = True
    eds, news_ = cached("real"), cached("news-fit")
    for p in eds:
        p["batch"] = p["batch"] or "dev-1"  # the first dev batch's entries carry no batch name
    pieces = [*eds, *news_]
    batches = sorted({p["batch"] for p in pieces})
    print(f"leave one batch out over {len(batches)} batches: {', '.join(batches)}")
    outer = out_of_fold(pieces, len(batches), inner, epochs, by=lambda p: p["batch"])
    compare_by(eds, outer, lambda p: p["batch"], "editorials, leave one batch out")
    compare_by(news_, outer, lambda p: p["batch"], "news, leave one batch out")
    folds = options_cv.folds_of(eds, 5, 14)
    fold_of = {p["name"]: i for i, f in enumerate(folds) for p in f}
    outer = out_of_fold(eds, 5, inner, epochs, extra=news_)
    compare_by(eds, outer, lambda p: fold_of[p["name"]], "editorials, by piece (5 folds, news always trained on)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cv", type=int, default=0, help="k-fold cross-validation on the training sentences")
    ap.add_argument("--split", default="dev", help="the editorials to compare on (score.py's split names)")
    ap.add_argument("--rules", action="store_true", help="score the rules on the training sentences instead")
    ap.add_argument("--gate", action="store_true", help="gate the rules' options at a threshold chosen on the training "
                                                          "sentences and compare on --split (greedy matching)")
    ap.add_argument("--news", action="store_true", help="train on news-tuned and cross-validate by piece there")
    ap.add_argument("--with", dest="extra", choices=["none", "own", "dev"], default="none",
                    help="with --news: more training pieces in every fold (own sentences, real dev editorials)")
    ap.add_argument("--by-publisher", action="store_true", help="with --news: leave one publisher out per fold "
                                                                   "(a publisher's boilerplate stays in one fold)")
    ap.add_argument("--form-only", action="store_true", help="with --news: words outside options_model.FORM_WORDS "
                                                                 "and its classes read as <w> (form, not topic)")
    ap.add_argument("--aside", action="store_true", help="with --news: aggregate figures on news-aside too (once)")
    ap.add_argument("-v", "--verbose", action="store_true", help="with --rules: list the rules' misses")
    ap.add_argument("--delex", action="store_true", help="form features only (options_model.delex_features and what "
                                                             "the analyser found), leave one batch out; see by_batch")
    args = ap.parse_args()
    if args.delex:
        by_batch()
        return
    if args.news:
        options_model.MASK_TOPIC = args.form_only
        news(args.extra, args.aside, args.by_publisher)
        return
    rows = load()
    print(f"{len(rows)} training sentences, {sum(r['option'] for r in rows)} options")
    if args.rules:
        rules_on_sentences(rows, args.verbose)
        return
    if args.cv:
        cross_validate(rows, args.cv)
    if args.gate:
        gated(SentenceModel.train(rows), args.split, own_threshold(rows))
        return
    compare(SentenceModel.train(rows), args.split)


if __name__ == "__main__":
    main()

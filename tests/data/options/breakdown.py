"""Where options are missed and where spurious ones come from, in aggregate cells of surface form.

    .venv/bin/python tests/data/options/breakdown.py tuned|validation|held [--save FILE.json]
    .venv/bin/python tests/data/options/breakdown.py tuned --examples CELL [--group dev-real] [--misses|--spurious]
    .venv/bin/python tests/data/options/breakdown.py --compare A.json B.json

Groups (score.py's splits and v2 matching: a found option matches an entry when it overlaps one of its spans, one to
one, largest overlap first; a further found option on a matched entry is absorbed):
- tuned: "dev-real" (the real editorials of dev: dev-1, dev-2, dev-3, dev-10), "dev-own" (the tuner's own op-eds,
  dev-4..dev-9), "news-fit" (tuned PolNeAR reports without the validation batches) and "ed-s17" (real opinion pieces,
  tuned from the eighteenth session);
- validation: news-s15e + news-s15g together, and "opinion-s17": the tuned parts of ed-s17b and ed-s17c (the
  eighteenth session's opinion validation; every aside stays aside): unread, cells only;
- held: every held editorial split together, "held-real" (held-1, held-2, held-3, held-4, held-5, held-6, held-7: real
  editorials) and "held-written" (held-8: pieces written for it): cells only, at most once per session's run limit.

A cell is a surface property of a gold entry's first evidence sentence (or of a found option's sentence): a modal
(should, must, need to, ought to, have to), an imperative opening, "it is time", a "we/us + modal" or "<Name> + modal"
subject, a question, a conditional, a negation, a call verb (urge, call for, demand, propose ...), a position verb
(support, back, oppose, reject ...), would/could/might, will/plan/promise, want/hope, an evaluative word (mistake,
right, better, necessary ...), or none of the cues ("no-cue"); who holds it (the author, a named actor only, both);
the author's stance; the paragraph (headline, first body paragraph, last, middle); sentence length; the evidence's
length in words; the summary's verb class; one evidence span or several; evidence inside quotation marks; the genre
the analyser gave; whether the options stage's cue gate admits the sentence (options.cues: a sentence without a cue
word or a command opening is never read); the split; for a missed entry, the stage it reached (`Trace.stage`); for a
found option and a matched entry, the rule function whose hit made the option ("rule:calls.call_hits": precision and
hits per rule).
For every missed entry its kind: "taken" (a found option overlaps it but matched another entry), "boundary" (a found
option in its sentence, no overlap), "paragraph" (one in its paragraph only), "nothing" (none in its paragraph),
and whether the piece got any option at all. For found options: matched, absorbed or spurious, and spurious with a
gold entry in its sentence (a span-boundary false option) or without.

Printed per group and cell: gold n, recall, the cell's share of the group's misses, found n, precision, and the
author's stance accuracy over the cell's matched entries (score.py's "stance"). Held and
validation groups print cells only: the code never prints a piece's name or text for them (--examples refuses them).
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
for _path in (ROOT, ROOT / "scripts"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from briefing_app.analysis.options.cues import _cued  # noqa: E402
from briefing_app.analysis.options.imperatives import POLICY_VERBS, opens_command  # noqa: E402
from briefing_app.analysis.pipeline import run  # noqa: E402

Counts = collections.Counter[str]
REAL_DEV = ("dev-1", "dev-2", "dev-3", "dev-10")
OWN_DEV = ("dev-4", "dev-5", "dev-6", "dev-7", "dev-8", "dev-9")
HELD_REAL = ("held-1", "held-2", "held-3", "held-4", "held-5", "held-6", "held-7")
HELD_WRITTEN = ("held-8",)
VALIDATION = ("news-s15e", "news-s15g")
MODES: dict[str, dict[str, tuple[str, ...]]] = {"tuned": {"dev-real": REAL_DEV, "dev-own": OWN_DEV, "news-fit": ("news-fit",),
                                                           "ed-s17": ("ed-s17",)},
         "validation": {"validation": VALIDATION, "opinion-s17": ("ed-s17b", "ed-s17c")},
         "held": {"held-real": HELD_REAL, "held-written": HELD_WRITTEN}}
PRIVATE = frozenset({"validation", "held"})  # modes whose pieces are never named or quoted

MODAL_RE = re.compile(r"\b(?:should|shouldn[’']t|must|mustn[’']t|ought\s+to|needs?\s+to|need\s+not|have\s+to|has\s+to|"
                      r"had\s+better)\b", re.I)
SUBJECT_MODAL_RE = re.compile(
    r"\b(?P<who>we|us|america|the\s+(?:united\s+states|us|u\.s\.|west|government|administration|eu|un|uk)|washington|"
    r"[A-Z][\w.’'-]+)(?:\s+\w+){0,2}?\s+(?:should|must|ought\s+to|needs?\s+to|has\s+to|have\s+to)\b")
TIME_RE = re.compile(r"\b(?:it\s+is|it[’']s|it\s+was)\s+(?:high\s+|long\s+past\s+|past\s+|now\s+)?time\b|\btime\s+has\s+come\b",
                     re.I)
CONDITION_RE = re.compile(r"\b(?:if|unless|provided|as\s+long\s+as|only\s+when)\b", re.I)
NEGATION_RE = re.compile(r"\b(?:not|no|never|nor|neither|cannot)\b|n[’']t\b", re.I)
CALL_RE = re.compile(r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:for|on|upon)|demand(?:s|ed|ing)?|press(?:es|ed|ing)?\s+for|"
                     r"push(?:es|ed|ing)?\s+for|advocat\w*|propos\w*|recommend\w*|appeal\w*|campaign\w*\s+(?:for|to)|plead\w*|"
                     r"insist\w*|ask(?:s|ed|ing)?)\b", re.I)
POSITION_RE = re.compile(r"\b(?:support\w*|back(?:s|ed|ing)|oppos\w*|reject\w*|endors\w*|favou?r\w*|against|welcom\w*|"
                         r"resist\w*|den(?:y|ies|ied)|refus\w*)\b", re.I)
HYPOTHETICAL_RE = re.compile(r"\b(?:would|could|might)\b|[’']d\b", re.I)
FUTURE_RE = re.compile(r"\b(?:will|won[’']t|plan(?:s|ned|ning)?\s+to|going\s+to|intend\w*|announc\w*|promis\w*|pledg\w*|"
                       r"vow\w*)\b|[’']ll\b", re.I)
WANT_RE = re.compile(r"\b(?:want\w*|hop(?:e|es|ed|ing)|wish\w*|prefer\w*)\b", re.I)
EVALUATIVE_RE = re.compile(r"\b(?:mistake|wrong|right|better|best|wise|unwise|foolish|necessary|essential|crucial|"
                           r"vital|important|imperative|urgent|folly|key|welcome|deserves?|worth)\b", re.I)
IMPERATIVE_VERBS = frozenset(POLICY_VERBS) | frozenset(
    """let make take keep do don't give get put bring support help hold pay send start use work consider think look stand
    act try talk engage invest push press demand insist accept avoid admit apologize apologise listen learn remember
    focus treat pull leave join call tell ask resist refuse change fix cut spend slow reverse heed respect""".split())
QUOTES = "\"“”‘’'«»"
VERB_CLASSES = {
    "impose": "impose sanction punish penalise penalize tax fine tariff",
    "negotiate": "negotiate talk engage hold open resume meet reach seek pursue broker mediate dialogue accept compromise "
                 "agree cooperate work",
    "withdraw": "withdraw pull leave exit end abandon drop scrap repeal cancel suspend close lift quit withdrawal",
    "fund": "fund invest spend provide give pay send supply increase raise boost expand cut reduce lower subsidise "
            "subsidize double",
    "ban": "ban prohibit restrict limit block bar stop halt curb outlaw",
    "military": "strike attack intervene arm deploy bomb invade defend fight use",
    "reform": "reform pass adopt enact introduce create establish set build change amend require regulate make "
              "allow legalise legalize protect",
    "keep": "keep maintain continue restore preserve reinstate return stay",
    "permit": "let allow give offer grant open free hand guarantee",
    "account": "investigate prosecute charge try impeach resign release recognise recognize condemn apologise "
               "apologize hold",
}
VERB_CLASS = {w: cls for cls, words in reversed(VERB_CLASSES.items()) for w in words.split()}
LENGTHS = (15, 30, 45)
TRACE: Trace | None = None  # set while main() runs: each missed entry also gets the stage it reached
EVIDENCE_WORDS = (8, 20)


def scorer() -> ModuleType:
    """score.py of this folder, loaded by its path as scripts/options_cv.py loads it (one loader)."""
    from options_cv import load_scorer  # scripts/ on the path (below)

    return load_scorer()


def pieces(split: str) -> Iterator[tuple[str, dict[str, Any], str]]:
    """(name, gold entry, text) of every piece of one of score.py's splits, as score.score() selects them."""
    sc = scorer()
    own_file = split == sc.HELD_4 or split in sc.V2_ONLY or split in sc.NEWS_GROUPS or split in sc.OPINION_GROUPS
    for name, entry in sorted(sc.load(split).items()):
        if own_file or sc.in_split(entry, split):
            yield name, entry, sc.article_text(name, split)


def form_cells(sentence: str) -> list[str]:
    """The form cells of one sentence: every form it has, or "plain"."""
    s = sentence.strip().lstrip(QUOTES + "(-—– ")
    first = re.match(r"[A-Za-z’']+", s)
    cells = []
    if MODAL_RE.search(s):
        cells.append("modal")
    if first and first.group().lower() in IMPERATIVE_VERBS and not re.match(r"\s*(?:'s|’s)", s[first.end():]):
        cells.append("imperative")
    if TIME_RE.search(s):
        cells.append("it-is-time")
    subject = SUBJECT_MODAL_RE.search(s)
    if subject:
        who = subject.group("who").lower()
        cells.append("we+modal" if who in ("we", "us") else "named+modal")
    if s.rstrip(QUOTES + ") ").endswith("?"):
        cells.append("question")
    if CONDITION_RE.search(s):
        cells.append("conditional")
    if NEGATION_RE.search(s):
        cells.append("negation")
    for cue, pattern in (("call", CALL_RE), ("position", POSITION_RE), ("would/could", HYPOTHETICAL_RE),
                         ("will/plan", FUTURE_RE), ("want/hope", WANT_RE), ("evaluative", EVALUATIVE_RE)):
        if pattern.search(s):
            cells.append(cue)
    if not {"modal", "imperative", "it-is-time", "question", "call", "position", "would/could", "will/plan",
            "want/hope", "evaluative"} & set(cells):
        cells.append("no-cue")
    return cells


def verb_class(summary: str) -> str:
    word = re.match(r"\s*(?:not\s+|do\s+not\s+|don[’']t\s+)?([A-Za-z]+)", summary, re.I)
    if not word:
        return "other"
    w = word.group(1).lower()
    if w in ("a", "an", "the", "more", "no", "new"):
        return "noun-summary"
    return VERB_CLASS.get(w, "other-verb")


def _length(n: int, bounds: tuple[int, ...] = LENGTHS) -> str:
    return next((f"<{b:02d}" for b in bounds if n < b), f">={bounds[-1]}")


def _place(paras: list[tuple[int, int]], pos: int) -> str:
    index = next((i for i, (s, e) in enumerate(paras) if s <= pos < e), len(paras) - 1)
    if index == 0:
        return "headline"
    if index == 1:
        return "first-para"
    return "last-para" if index == len(paras) - 1 else "middle"


def _quoted(text: str, start: int, end: int, para: tuple[int, int]) -> bool:
    """Is text[start:end] inside a quotation of its paragraph (an odd number of opening marks before it)?"""
    before = text[para[0]:start]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def common_cells(text: str, doc: Any, start: int, end: int, summary: str) -> list[str]:
    """Cells shared by gold entries and found options: form, place, length, verb class, quotation, genre."""
    ss, se = doc.sentences.of(start)
    sentence = text[ss:max(se, ss + 1)]
    para = next(((s, e) for s, e in doc.paras if s <= start < e), (ss, se))
    cells = [f"form:{c}" for c in form_cells(sentence)]
    cells.append(f"place:{_place(doc.paras, start)}")
    cells.append(f"length:{_length(len(sentence.split()))}")
    cells.append(f"verb:{verb_class(summary)}")
    cells.append("quoted:yes" if _quoted(text, start, end, para) else "quoted:no")
    cells.append(f"genre:{doc.metadata.genre}")
    gated = _cued(text[ss:se].lower()) or opens_command(text, ss, se)
    cells.append("gate:cued" if gated else "gate:uncued")  # the options stage reads a sentence only with a cue word
    return cells


class Trace:
    """Where in the options stage a course died: the phrases the action-phrase builders (np_hit, vp_hit, gerund_hit,
    passive_hit) were handed and turned down, with the reason, and the hits `_sentence` gave before holders and the
    final filters. Installed by wrapping those functions in every options module that imported them (and restored)."""

    BUILDERS = ("np_hit", "vp_hit", "gerund_hit", "passive_hit")

    def __init__(self) -> None:
        self.rejected: list[tuple[int, int, str]] = []
        self.hits: list[tuple[int, int]] = []
        self.made_by: dict[int, str] = {}  # id of a Hit -> the innermost rule function (`*_hits`) that returned it
        self.option_rule: dict[int, str] = {}  # id of an Option -> the rule of the first hit that made it
        self._saved: list[tuple[ModuleType, str, Any]] = []

    def __enter__(self) -> Trace:
        import briefing_app.analysis.options as options
        from briefing_app.analysis.options import action_hits
        originals = {attr: getattr(action_hits, attr) for attr in self.BUILDERS}
        for name, module in list(sys.modules.items()):
            if name.startswith("briefing_app.analysis.options"):
                for attr in self.BUILDERS:
                    if getattr(module, attr, None) is originals[attr]:
                        self._saved.append((module, attr, getattr(module, attr)))
                        setattr(module, attr, self._builder(getattr(module, attr), attr))
        rules = {fn for name, module in list(sys.modules.items()) if name.startswith("briefing_app.analysis.options")
                 for attr, fn in vars(module).items()
                 if callable(fn) and (attr.endswith("_hits") or attr == "imperative_hit")
                 and getattr(fn, "__module__", "").startswith("briefing_app.analysis.options")}
        wrapped = {fn: self._rule(fn) for fn in rules}
        for name, module in list(sys.modules.items()):
            if name.startswith("briefing_app.analysis.options"):
                for attr, fn in list(vars(module).items()):
                    if callable(fn) and fn in wrapped:
                        self._saved.append((module, attr, fn))
                        setattr(module, attr, wrapped[fn])
        self._saved.append((options, "_add", options._add))
        original_add = options._add

        def add(out: Any, hit: Any, *args: Any) -> Any:
            option = original_add(out, hit, *args)
            if option is not None:
                self.option_rule.setdefault(id(option), self.made_by.get(id(hit), "other"))
            return option
        vars(options)["_add"] = add
        self._saved.append((options, "_sentence", options._sentence))
        original = options._sentence

        def sentence(text: str, s: int, e: int, *args: Any, **kwargs: Any) -> Any:
            hits = original(text, s, e, *args, **kwargs)
            self.hits += [(h.start, h.end) for h in hits]
            return hits
        options._sentence = sentence
        return self

    def __exit__(self, *exc: object) -> None:
        for module, attr, fn in reversed(self._saved):
            setattr(module, attr, fn)
        self._saved = []

    def clear(self) -> None:
        self.rejected, self.hits, self.made_by, self.option_rule = [], [], {}, {}

    def _rule(self, fn: Any) -> Any:
        name = fn.__module__.rsplit(".", 1)[-1] + "." + fn.__name__

        def ruled(*args: Any, **kwargs: Any) -> Any:
            out = fn(*args, **kwargs)
            for hit in out if isinstance(out, list) else [out]:
                if hit is not None:
                    self.made_by.setdefault(id(hit), name)  # an inner rule's name stays (calls inside phrasal)
            return out
        return ruled

    def _builder(self, fn: Any, kind: str) -> Any:
        from briefing_app.analysis.options import action_hits
        from briefing_app.analysis.options.lexicon import POLICY_NOUN_RE
        from briefing_app.analysis.options.phrases import ACTION_OF_RE, action_end, is_concrete

        def built(text: str, start: int, end: int, *args: Any, **kwargs: Any) -> Any:
            hit = fn(text, start, end, *args, **kwargs)
            if hit is None and start < end:
                vend = action_end(text, start, end)
                phrase = text[start:vend]
                if kind == "np_hit" and is_concrete("adopt " + phrase) and len(phrase.split()) >= 3 and not (
                        POLICY_NOUN_RE.search(phrase) or ACTION_OF_RE.match(phrase)
                        or action_hits.NOT_A_NOUN_PHRASE_RE.match(phrase)):
                    reason = "np-no-policy-noun"
                elif not is_concrete(phrase if kind != "np_hit" else "adopt " + phrase):
                    reason = "not-concrete"
                else:
                    reason = "other"
                self.rejected.append((start, vend, reason))
            return hit
        return built

    def stage(self, spans: list[tuple[int, int]], gated: bool) -> str:
        """The furthest stage a missed entry with these spans reached."""
        def near(a: int, b: int) -> bool:
            return any(a < ge and gs < b for gs, ge in spans)
        if any(near(a, b) for a, b in self.hits):
            return "hit-dropped"  # a rule's hit: lost to holders, verdicts or the final filter
        reasons = {r for a, b, r in self.rejected if near(a, b)}
        for reason in ("np-no-policy-noun", "not-concrete", "other"):
            if reason in reasons:
                return f"phrase-{reason}"
        return "no-candidate" if gated else "uncued"


def piece_cells(text: str, entry: dict[str, Any], doc: Any = None
                ) -> tuple[list[tuple[list[str], bool, str, dict[str, Any]]], list[tuple[list[str], str, Any]]]:
    """For one piece: (cells, hit, miss kind, gold option) per gold entry and (cells, outcome, found option) per
    found option; `doc`: the analysed document (run(text) when not given)."""
    sc = scorer()
    trace = TRACE
    if doc is None:
        if trace is not None:
            trace.clear()
        doc = run(text)
    elif trace is not None:
        trace.clear()
    found = doc.options
    spans = [(o.start, o.end) for o in found]
    entry_spans = [sc._entry_spans(text, g) for g in entry["options"]]
    pairs, absorbed = sc.match_entries(entry_spans, spans)
    matched = dict(pairs)
    used = set(matched.values())
    gold_out = []
    for gi, g in enumerate(entry["options"]):
        start, end = entry_spans[gi][0]
        cells = common_cells(text, doc, start, end, g["summary"])
        named = bool(g["positions"])
        cells.append("holder:both" if named and g["stance"] else "holder:actor-only" if named else "holder:author")
        cells.append(f"stance:{g['stance']}")
        cells.append("spans:several" if g.get("also_evidence") else "spans:one")
        first_sentence = doc.sentences.of(start)
        cells.append("sentences:several" if end > first_sentence[1] + 1 else "sentences:one")
        cells.append(f"evidence-words:{_length(len(g['evidence'].split()), EVIDENCE_WORDS)}")
        cells.append("piece-found:none" if not found else "piece-found:some")
        kind = "hit"
        if gi not in matched:
            sentences = [doc.sentences.of(s) for s, _ in entry_spans[gi]]
            paras = [p for p in doc.paras if any(p[0] <= s < p[1] for s, _ in entry_spans[gi])]
            if any(fs < e and s < fe for fs, fe in spans for s, e in entry_spans[gi]):
                kind = "taken"
            elif any(fs < se and ss < fe for fs, fe in spans for ss, se in sentences):
                kind = "boundary"
            elif any(fs < pe and ps < fe for fs, fe in spans for ps, pe in paras):
                kind = "paragraph"
            else:
                kind = "nothing"
            if trace is not None:
                cells.append("stage:" + trace.stage(entry_spans[gi], "gate:cued" in cells))
        if gi in matched:
            cells.append("stance-right:" + ("yes" if found[matched[gi]].stance == g["stance"] else "no"))
            if trace is not None:
                cells.append("rule:" + trace.option_rule.get(id(found[matched[gi]]), "other"))
        gold_out.append((cells, gi in matched, kind, g))
    found_out = []
    gold_sentences = {doc.sentences.of(s) for spans_ in entry_spans for s, _ in spans_}
    for fi, o in enumerate(found):
        cells = common_cells(text, doc, o.start, o.end, o.summary)
        cells.append("holder:author" if o.stance else "holder:actor-only")
        if trace is not None:
            cells.append("rule:" + trace.option_rule.get(id(o), "other"))
        cells.append(f"stance:{o.stance}")
        if fi in used:
            outcome = "matched"
        elif fi in absorbed:
            outcome = "absorbed"
        else:
            near = doc.sentences.of(o.start) in gold_sentences
            outcome = "spurious:gold-in-sentence" if near else "spurious:no-gold-in-sentence"
        found_out.append((cells, outcome, o))
    return gold_out, found_out


def tally(splits: tuple[str, ...], examples: str | None = None, want: str = "misses") -> dict[str, Counts]:
    """Per-cell counts over the splits' pieces (keys: gold, hit, found, ok, and "miss:<kind>"); with `examples`,
    print the tuned entries (want="misses") or found options ("spurious") of that cell."""
    out: dict[str, Counts] = collections.defaultdict(collections.Counter)
    for split in splits:
        for name, entry, text in pieces(split):
            gold, found = piece_cells(text, entry)
            for cells, hit, kind, g in gold:
                for cell in ["all", f"split:{split}", *cells]:
                    out[cell]["gold"] += 1
                    out[cell]["hit"] += hit
                    out[cell]["stance_ok"] += "stance-right:yes" in cells  # the author's stance of a matched entry
                    if not hit:
                        out[cell][f"miss:{kind}"] += 1
                if examples in cells and want == "misses" and not hit:
                    print(f"  {kind:9s} {name}: {g['evidence'][:150]!r}  [{g['summary']}]")
            for cells, outcome, o in found:
                for cell in ["all", f"split:{split}", *cells]:
                    if outcome != "absorbed":
                        out[cell]["found"] += 1
                        out[cell]["ok"] += outcome == "matched"
                    out[cell][outcome] += 1
                if examples in cells and want == "spurious" and outcome.startswith("spurious"):
                    print(f"  {outcome[9:]:20s} {name}: {text[o.start:o.end][:150]!r}  [{o.summary}]")
    return out


def table(name: str, counts: dict[str, Counts]) -> list[str]:
    total_miss = counts["all"]["gold"] - counts["all"]["hit"]
    lines = [f"== {name}", f"{'cell':28s} {'gold':>5s} {'recall':>6s} {'miss%':>6s} | {'found':>5s} {'prec':>5s} | stance"]
    binned = ("length", "evidence-words")  # bins in their order, other cells by size
    for cell in sorted(counts, key=lambda c: (c != "all", c.split(":")[0],
                                              0 if c.split(":")[0] in binned else -counts[c]["gold"], c)):
        c = counts[cell]
        miss = c["gold"] - c["hit"]
        recall = f"{c['hit'] / c['gold']:.2f}" if c["gold"] else "  -  "
        share = f"{miss / total_miss:.2f}" if total_miss else "  -  "
        prec = f"{c['ok'] / c['found']:.2f}" if c["found"] else "  -  "
        stance = f"{c['stance_ok'] / c['hit']:.2f}" if c["hit"] else "  -  "
        lines.append(f"{cell:28s} {c['gold']:5d} {recall:>6s} {share:>6s} | {c['found']:5d} {prec:>5s} | {stance:>5s}")
    a = counts["all"]
    kinds = {k[5:]: v for k, v in a.items() if k.startswith("miss:")}
    lines.append("misses by kind: " + ", ".join(f"{k} {v} ({v / total_miss:.2f})" for k, v in sorted(kinds.items()))
                 if total_miss else "misses by kind: none")
    lines.append("found by outcome: " + ", ".join(f"{k} {a[k]}" for k in ("matched", "absorbed",
                                                                            "spurious:gold-in-sentence",
                                                                            "spurious:no-gold-in-sentence")))
    for kind in sorted(kinds):  # where each kind of miss sits by form
        forms = {cell: c[f"miss:{kind}"] for cell, c in counts.items() if cell.startswith("form:") and c[f"miss:{kind}"]}
        lines.append(f"  {kind} misses by form: " + ", ".join(f"{k[5:]} {v}" for k, v in
                                                               sorted(forms.items(), key=lambda kv: -kv[1])))
    return lines


def compare(a_path: Path, b_path: Path) -> list[str]:
    """Two saved runs side by side: per cell recall, share of misses and precision in each, and the gap in share."""
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (a_path, b_path))
    lines = []

    def rate(x: dict[str, int], num: str, den: str) -> str:
        return f"{x.get(num, 0) / x[den]:.2f}" if x.get(den) else "  -"
    for ga, gb in ((x, y) for x in a for y in b):
        ca, cb = a[ga], b[gb]
        ma = ca["all"]["gold"] - ca["all"]["hit"]
        mb = cb["all"]["gold"] - cb["all"]["hit"]
        lines.append(f"== {ga} vs {gb}")
        lines.append(f"{'cell':28s} {'n':>4s} {'rec':>5s} {'miss%':>5s} {'found':>5s} {'prec':>5s} | {'n':>4s} {'rec':>5s} "
                     f"{'miss%':>5s} {'found':>5s} {'prec':>5s} | {'Δmiss%':>6s}")
        rows = []
        for cell in sorted(set(ca) | set(cb)):
            xa, xb = ca.get(cell, {}), cb.get(cell, {})
            na, nb = xa.get("gold", 0), xb.get("gold", 0)
            if not (na or nb or xa.get("found") or xb.get("found")):
                continue
            sa = (na - xa.get("hit", 0)) / ma if ma else 0.0
            sb = (nb - xb.get("hit", 0)) / mb if mb else 0.0
            rows.append((cell, xa, xb, sa, sb))
        for cell, xa, xb, sa, sb in sorted(rows, key=lambda r: (r[0] != "all", r[0].split(":")[0], -abs(r[4] - r[3]))):
            lines.append(f"{cell:28s} {xa.get('gold', 0):4d} {rate(xa, 'hit', 'gold'):>5s} {sa:5.2f} {xa.get('found', 0):5d} "
                         f"{rate(xa, 'ok', 'found'):>5s} | {xb.get('gold', 0):4d} {rate(xb, 'hit', 'gold'):>5s} {sb:5.2f} "
                         f"{xb.get('found', 0):5d} {rate(xb, 'ok', 'found'):>5s} | {sb - sa:+6.2f}")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", nargs="?", choices=sorted(MODES))
    ap.add_argument("--save", type=Path, help="write the cell counts as JSON (for --compare)")
    ap.add_argument("--examples", metavar="CELL", help="tuned only: list the misses (or --spurious) of CELL")
    ap.add_argument("--group", help="with --examples: one group of the mode (dev-real, dev-own, news-fit)")
    ap.add_argument("--spurious", action="store_true", help="with --examples: list spurious found options instead")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("A", "B"))
    args = ap.parse_args()
    if args.compare:
        print("\n".join(compare(*args.compare)))
        return 0
    if not args.mode:
        ap.error("a mode (tuned, validation, held) or --compare")
    if args.examples and args.mode in PRIVATE:
        ap.error(f"{args.mode} pieces are scored in aggregate cells only: --examples is for tuned pieces")
    groups = MODES[args.mode]
    if args.group:
        groups = {args.group: groups[args.group]}
    saved = {}
    global TRACE
    with Trace() as TRACE:
        for name, splits in groups.items():
            counts = tally(splits, args.examples, "spurious" if args.spurious else "misses")
            saved[name] = {cell: dict(c) for cell, c in counts.items()}
            if not args.examples:
                print("\n".join(table(name, counts)))
    TRACE = None
    if args.save:
        args.save.write_text(json.dumps(saved, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

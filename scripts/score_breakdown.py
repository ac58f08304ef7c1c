"""Where quotes and speakers go wrong, in aggregate cells: the scorer's figures (../shared/tools/score-attributions,
its own rules) per publisher, per article length and per form of the gold quote, on one part of the shared PolNeAR
train split (scripts/score_split.py's tuned/held rule).

    .venv/bin/python scripts/score_breakdown.py tuned|held

Cells of gold direct quotes (recall, speaker): where the gold source is (after the quotation in its paragraph, before
it, inside a split quotation, in another paragraph, none), what it is (a pronoun, a name, a description), whether the
quotation is a paragraph of its own or runs over paragraphs. Cells of speech attributions (recall): direct or indirect,
the cue's word (say, tell, according to, a colon, other) and, for indirect ones, the cue's stem and frame ("respond/negated"
for "did not respond to", "call/noun" for "a call for"). Predictions (speech precision): direct or indirect. For each
cell: n and the rate; also how concentrated the speaker misses are (how many articles hold one, the most in one), what
the misses of each place and form gave (no mention, another mention), whether a source before its quotation is in the
quotation's sentence or an earlier one, and the scorer's direct precision (so one run gives every aggregate figure).
Aggregates only, for either part: no article's name or text is printed, so the held part may be read this way (within
its run limit).
"""
from __future__ import annotations

import collections
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from score_split import CORPUS, held  # noqa: E402
from probe_split import _scorer, best_overlap  # noqa: E402

Counts = collections.Counter[str]
PRONOUN_RE = re.compile(r"(?i)(?:he|she|they|we|i|it|you)$")
WORDS = (500, 1000, 2000)
# cells that part the gold direct quotes, the speech attributions and the predictions: summed per publisher and length
PARTS = ((("direct in-sentence", "direct own-paragraph", "direct over-paragraphs"), "direct"),
         (("speech recall direct", "speech recall indirect"), "speech recall"), (("speech precision",), "speech precision"))


def _length(words: int) -> str:
    return next((f"words<{w}" for w in WORDS if words < w), f"words>={WORDS[-1]}")


def _source_form(src: str) -> str:
    if PRONOUN_RE.match(src.strip()):
        return "pronoun"
    return "name" if src[:1].isupper() and not re.match(r"(?:The|A|An|His|Her|Their|Its)\b", src) else "description"


# a sentence's end between a source before its quotation and the quotation ("Warren took the stage. “Q”")
SENTENCE_END_RE = re.compile(r"[.!?][”\"’']?\s+(?=[“\"‘'A-Z])")


def _source_place(raw: str, content: list[tuple[int, int]], source: list[tuple[int, int]] | None) -> str:
    if not source:
        return "none"
    a, b, s = content[0][0], content[-1][1], source[0][0]
    para_start, para_end = raw.rfind("\n", 0, a) + 1, raw.find("\n", b)
    para_end = len(raw) if para_end == -1 else para_end
    if not para_start <= s < para_end:
        return "other-paragraph"
    if a < s < b:
        return "inside"
    return "after" if s >= b else "before"


def _before_kind(raw: str, a: int, source: list[tuple[int, int]]) -> str:
    """A source before its quotation: in the quotation's sentence, or in an earlier one (which may have no cue)."""
    return "earlier-sentence" if SENTENCE_END_RE.search(raw, source[-1][1], a + 1) else "same-sentence"


# words that open a sentence or a phrase in capitals without naming anyone (for counting the names before a quotation)
OPENERS = frozenset("""A After Also An And As Asked At Before But By During Earlier For From He Her His How I If In It Its
Last Later On One Or She Since So That The Their Then There These They This Those Today Under We What When Where While
With Yet Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
September October November December""".split())
NAME_RE = re.compile(r"\b[A-Z][\w’'.-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w’'.-]*)*")


def _names(text: str) -> int:
    """How many capitalised names a piece of text holds (a run of capitalised words; a lone opener word is no name)."""
    return sum(1 for m in NAME_RE.finditer(text) if m.group().split()[0].rstrip("’'.") not in OPENERS
               or len(m.group().split()) > 1)


def before_form(raw: str, a: int, source: list[tuple[int, int]], cue: str) -> str:
    """The form of a source before its quotation in the quotation's own sentence: one cell per quotation, the first
    form that fits in this order: "according-to" (a fronted "According to X,"), "colon" (the source, then a colon
    right before the quotation: "X: “…”", "X said: “…”"), "possessive" (the quotation inside a noun phrase of the
    source's: "X's warning that “…”"), "pronoun" (he, she, they ...: the antecedent is elsewhere), "description"
    (a title or a description only: "the senator"), "relative" (a clause after the source: "X, who …, said"),
    "two-names" (another name between the sentence's start and the quotation), "fronted" (a phrase before the source:
    "In an interview Monday, X said"), "plain" ("X said “…”")."""
    s, e = source[0][0], source[-1][1]
    src, between = raw[s:e], raw[e:a]
    start = max((m.end() for m in SENTENCE_END_RE.finditer(raw, raw.rfind("\n", 0, s) + 1, s + 1)),
                default=raw.rfind("\n", 0, s) + 1)
    lead = raw[start:s]
    if "according" in cue.lower() or re.search(r"(?i)according\s+to\s*$", lead):
        return "according-to"
    if re.search(r":\s*$", between):
        return "colon"
    if re.match(r"[’']s?\s", between) or re.search(r"[’']s\s+\w+(?:\s+\w+)?\s+(?:that|of|to)?\s*$", raw[s:a]):
        return "possessive"
    form = _source_form(src)
    if form != "name":
        return form
    if re.match(r",\s+(?:who|whose|which|where|when)\b", between) or src.rstrip().endswith(","):
        return "relative"
    if _names(lead) + _names(between) >= 1:
        return "two-names"
    return "fronted" if re.search(r"[,—–]\s*$", lead) else "plain"


def _cue_word(cue: str) -> str:
    c = cue.strip().lower()
    if c == ":":
        return "colon"
    if "according" in c:
        return "according-to"
    if re.search(r"\bsa(?:y|ys|id|ying)\b", c):
        return "say"
    if re.search(r"\bt(?:ell|ells|old|elling)\b", c):
        return "tell"
    return "other"


# the gold cue's verb or noun, by its stem (the scorer's SPEECH words, grouped): "did not respond to" -> respond
CUE_LEMMAS = (("say", r"\bsa(?:y|ys|id|ying)\b"), ("tell", r"\bt(?:ell|ells|old|elling)\b"), ("according-to", r"according"),
              ("call", r"\bcall"), ("ask", r"\bask"), ("describe", r"describ"), ("respond", r"respond|repl"),
              ("write", r"wr(?:ote|ite|iting)"), ("tweet", r"tweet"), ("claim", r"claim"), ("deny", r"deni|deny"),
              ("announce", r"announc"), ("declare", r"declar"), ("urge", r"\burg"), ("promise", r"promis|vow"),
              ("report", r"report"), ("warn", r"warn"), ("explain", r"explain"), ("suggest", r"suggest"),
              ("argue", r"argu"), ("add", r"\badd"), ("note", r"\bnot(?:ed|es|ing)\b"), ("state", r"\bstat(?:ed|es|ing)\b"),
              ("predict", r"predict"), ("acknowledge", r"acknowledg|admit|conced"), ("insist", r"insist"),
              ("recall", r"recall"), ("noun", r"statement|remark|speech|interview"), ("colon", r"^:$"))
# the frame the cue stands in: a noun ("a call for", "his claim"), a passive ("was asked"), a negation ("did not
# respond to"), an infinitive ("to declare"), a participle ("stating"), else a finite verb
CUE_FRAMES = (("noun", r"^(?:a|an|the|his|her|their|its)\b|[’']s\b|\b(?:statement|remarks?|speech|interview|"
                       r"claims?|declarations?|predictions?|denials?|calls?)$|\b(?:statement|remarks?|speech) "),
              ("passive", r"\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|told|said)\b"),
              ("negated", r"\b(?:not|n[’']t|never|no)\b"), ("infinitive", r"\bto\s+\w+$|^to\b"),
              ("participle", r"ing\b"))


def cue_cell(cue: str) -> str:
    """'lemma/frame' of a gold attribution's cue: 'respond/negated', 'call/noun', 'describe/participle'."""
    c = re.sub(r"\s+", " ", cue.strip().lower())
    lemma = next((name for name, pat in CUE_LEMMAS if re.search(pat, c)), "other")
    frame = next((name for name, pat in CUE_FRAMES if re.search(pat, c)), "finite")
    return f"{lemma}/{'plain' if lemma in ('colon', 'according-to') else frame}"


def cells(sa: Any, raw: str, gold: list[dict[str, Any]], quotes: list[dict[str, Any]]) -> tuple[dict[str, Counts], int]:
    """Per-cell counts of one article (n and hits under keys 'n' and 'ok') and its number of speaker misses."""
    out: dict[str, Counts] = collections.defaultdict(collections.Counter)
    direct = [q for q in quotes if q.get("kind") == "direct"]
    spoken = [set(range(q["start"], q["end"])) for q in quotes if q.get("kind") in ("direct", "indirect")]
    covered = set().union(*spoken) if spoken else set()
    speech_gold: set[int] = set()
    for g in gold:
        if not (sa.SPEECH.search(g["cue"].strip()) or g["cue"].strip() == ":"):
            continue
        gc = sa.chars(g["content"])
        speech_gold |= gc
        form = "direct" if raw[g["content"][0][0]:g["content"][0][1]].lstrip()[:1] in sa.QUOTE_MARKS else "indirect"
        ok = len(gc & covered) >= 0.5 * len(gc)
        keys = [f"speech recall {form}", f"speech recall cue={_cue_word(g['cue'])}"]
        if form == "indirect":
            keys.append(f"indirect recall cue={cue_cell(g['cue'])}")  # (not a "speech recall" key: PARTS sums those)
        for key in keys:
            out[key]["n"] += 1
            out[key]["ok"] += ok
    gold_chars = set().union(*(sa.chars(g["content"]) for g in gold)) if gold else set()
    for q in direct:  # the scorer's direct precision: a predicted direct quote half inside some gold content
        c = set(range(q["start"], q["end"]))
        out["direct precision"]["n"] += 1
        out["direct precision"]["ok"] += bool(c) and len(c & gold_chars) >= 0.5 * len(c)
    for q in quotes:
        if q.get("kind") in ("direct", "indirect"):
            c = set(range(q["start"], q["end"]))
            out[f"speech precision {q['kind']}"]["n"] += 1
            out[f"speech precision {q['kind']}"]["ok"] += bool(c) and len(c & speech_gold) >= 0.5 * len(c)
    misses = 0
    for g in gold:
        a, b = g["content"][0][0], g["content"][-1][1]
        if raw[a:g["content"][0][1]].lstrip()[:1] not in sa.QUOTE_MARKS:
            continue
        gc = sa.chars(g["content"])
        cov, best = best_overlap(gc, direct)
        para_start, para_end = raw.rfind("\n", 0, a) + 1, raw.find("\n", b)
        own = not re.search(r"[A-Za-z]", raw[para_start:a] + raw[b:len(raw) if para_end == -1 else para_end])
        shape = "over-paragraphs" if "\n" in raw[a:b] else "own-paragraph" if own else "in-sentence"
        place = _source_place(raw, g["content"], g["source"])
        keys = [f"direct {shape}", f"direct source={place}"]
        if place == "before":
            kind = _before_kind(raw, a, g["source"])
            keys.append(f"direct source=before/{kind}")
            if kind == "same-sentence":
                keys.append(f"direct source=before/same-sentence form={before_form(raw, a, g['source'], g['cue'])}")
        if g["source"]:
            keys.append(f"direct source-form={_source_form(raw[g['source'][0][0]:g['source'][-1][1]])}")
        recalled = len(cov) >= 0.5 * len(gc)
        for key in keys:
            out[key]["n"] += 1
            out[key]["ok"] += recalled
            if recalled and g["source"]:
                mention = ((best or {}).get("speaker") or {}).get("mention") or {}
                right = "start" in mention and bool(set(range(mention["start"], mention["end"])) & sa.chars(g["source"]))
                out[key]["spk_n"] += 1
                out[key]["spk_ok"] += right
                misses += key == keys[0] and not right
                if not right and key != keys[0]:  # what the speaker misses give: no mention, or another one
                    out[f"{key} miss-got={'other' if 'start' in mention else 'none'}"]["n"] += 1
    return out, misses


def main() -> int:
    if len(sys.argv) != 2 or sys.argv[1] not in ("tuned", "held"):
        print(__doc__)
        return 2
    part = sys.argv[1]
    sa = _scorer()
    docs: dict[str, tuple[str, list[dict[str, Any]], str]] = {}
    for txt in sorted((CORPUS / "text").glob("*.txt")):
        ann = CORPUS / "attributions" / (txt.stem + ".ann")
        if held(txt.stem) == (part == "held") and ann.exists():
            raw = txt.read_text(encoding="utf-8")
            docs[str(txt.resolve())] = (raw, sa.parse_ann(ann.read_text(encoding="utf-8")), txt.stem)
    proc = subprocess.run([str(ROOT / ".venv" / "bin" / "briefing"), "extract", "--format", "jsonl", *docs],
                          capture_output=True, text=True, cwd=ROOT)
    results = {}
    for line in proc.stdout.splitlines():
        obj = json.loads(line)
        results[str(Path(obj["path"]).resolve())] = obj
    total: dict[str, Counts] = collections.defaultdict(collections.Counter)
    per_article_misses = []
    for path, (raw, gold, stem) in docs.items():
        got, misses = cells(sa, raw, gold, results.get(path, {}).get("quotes", []))
        per_article_misses.append(misses)
        for group in ("all", re.sub(r"[-_]\d.*", "", stem), _length(len(raw.split()))):
            for key, c in got.items():  # (the cells of each of these prefixes part the whole)
                for prefix, name in PARTS:
                    if key.startswith(prefix):
                        total[f"[{group}] {name}"] += c
        for key, c in got.items():
            total[key] += c
    print(f"part {part}: {len(docs)} articles")
    for key in sorted(total):
        c = total[key]
        line = f"{key:44s} n {c['n']:5d}  rate {c['ok'] / c['n']:.3f}" if c["n"] else f"{key:44s} n     0"
        if "miss-got=" in key:
            line = f"{key:60s} n {c['n']:5d}"
        if c["spk_n"]:
            line += f"  | speaker n {c['spk_n']:4d} rate {c['spk_ok'] / c['spk_n']:.3f}"
        print(line)
    hit = [m for m in per_article_misses if m]
    print(f"speaker misses: {sum(hit)} in {len(hit)} articles, at most {max(hit, default=0)} in one")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Generality probes for English quotes and speakers: rewrite the TUNED part of the PolNeAR train split in one
meaning-keeping way (every "said," as "said Monday,", every "said" as "countered", ...), move the gold offsets with
the text, and score again with the scorer's own rules. A figure that drops under a probe shows a rule that fits the
corpus's wording rather than a kind of phrasing. Only the tuned part is read (scripts/score_split.py's split).

    .venv/bin/python scripts/probe_split.py base,day,setting,v:countered [--show]

--show prints the speaker misses of each probe (tuned articles only). --lost scores the unchanged text first and
prints for each probe the quotes and speakers it loses (with --show: which ones).
"""
from __future__ import annotations

import importlib.machinery
import importlib.util
import json
import random
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from score_split import CORPUS, SCORER, held  # noqa: E402

Offsets = list[int] | tuple[list[int], list[int]]  # one map for starts and ends, or (starts, ends)


class Lit(str):
    """Words written in by a probe (a plain string piece names a group of the match)."""


# written words; a group copied, or changed keeping its length, or replaced by other words
Piece = Lit | str | tuple[str, Callable[[str], str] | str]
PROBES: dict[str, Callable[[str], tuple[str, Offsets | None]]] = {}
VERBS = ["added", "noted", "explained", "argued", "insisted", "recalled", "quipped", "remarked", "observed",
         "continued", "acknowledged", "warned", "stressed", "countered", "declared", "asserted"]


def rewrite(text: str, pattern: str, repl: Callable[[re.Match[str]], str]) -> tuple[str, Offsets]:
    """The rewritten text and a map from each old offset (and the end) to the new one."""
    out: list[str] = []
    omap = [0] * (len(text) + 1)
    pos = n = 0
    for m in re.finditer(pattern, text):
        for i in range(pos, m.start()):
            omap[i] = n + i - pos
        n += m.start() - pos
        out.append(text[pos:m.start()])
        r = repl(m)
        for i in range(m.start(), m.end()):
            omap[i] = n + min(i - m.start(), len(r))
        out.append(r)
        n += len(r)
        pos = m.end()
    for i in range(pos, len(text) + 1):
        omap[i] = n + i - pos
    out.append(text[pos:])
    return "".join(out), omap


def reorder(text: str, pattern: str, build: Callable[[re.Match[str]], list[Piece] | None],
            flags: int = 0) -> tuple[str, Offsets]:
    """Rewrite each match as the pieces build() gives: literals and the match's groups, in any order, each group's
    characters moved with it (a gold span inside a group moves with its words; one over a literal falls on it).
    build() returns None to keep a match as it is. Returns separate maps for span starts and ends."""
    out: list[str] = []
    starts = list(range(len(text) + 1))
    ends = list(range(len(text) + 1))
    pos = n = 0
    for m in re.finditer(pattern, text, flags):
        pieces = build(m)
        if pieces is None:
            continue
        for i in range(pos, m.start()):
            starts[i], ends[i + 1] = n + i - pos, n + i - pos + 1
        n += m.start() - pos
        out.append(text[pos:m.start()])
        for i in range(m.start(), m.end()):
            starts[i], ends[i + 1] = n, n
        for piece in pieces:
            if isinstance(piece, Lit):
                out.append(piece)
                n += len(piece)
                continue
            group, change = (piece, lambda t: t) if not isinstance(piece, tuple) else piece
            a, b = m.span(group)
            if isinstance(change, str):  # the group's words replaced: its spans fall on the new words
                for i in range(a, b):
                    starts[i], ends[i + 1] = n, n + len(change)
                out.append(change)
                n += len(change)
                continue
            got = change(m.group(group))
            assert len(got) == b - a, "a group keeps its length"
            for i in range(a, b):
                starts[i], ends[i + 1] = n + i - a, n + i - a + 1
            out.append(got)
            n += len(got)
        pos = m.end()
    for i in range(pos, len(text) + 1):
        starts[i] = n + i - pos
        if i > pos or pos == 0:
            ends[i] = n + i - pos
    out.append(text[pos:])
    return "".join(out), (starts, ends)


def _lone(text: str, m: re.Match[str]) -> bool:
    """A capitalised word before "said" that is not the end of a longer name nor a pronoun."""
    return not re.search(r"[A-Z][\w.]*\s$", text[max(0, m.start() - 30):m.start()]) and \
        m.group() not in ("He", "She", "They", "It", "The", "We", "I")


def probe(name: str, text: str) -> tuple[str, Offsets | None]:
    if name == "base":
        return text, None
    if name == "says":
        return rewrite(text, r"\bsaid\b", lambda m: "says")
    if name == "day":
        return rewrite(text, r"\bsaid(?=[.,])", lambda m: "said Monday")
    if name == "place":
        return rewrite(text, r"\bsaid(?=[.])", lambda m: "said at a rally in Ohio")
    if name == "setting":
        return rewrite(text, r"\bsaid(?=,)", lambda m: "said in a telephone interview from Ohio")
    if name == "asked":
        return rewrite(text, r"(?<=[a-z]) said(?=[.])", lambda m: " said when asked about it")
    if name == "mr":
        return rewrite(text, r"\b[A-Z][a-z]+(?= said\b)", lambda m: "Mr. " + m.group() if _lone(text, m) else m.group())
    if name == "appositive":
        return rewrite(text, r"\b[A-Z][a-z]+(?= said\b)",
                       lambda m: m.group() + ", a longtime adviser," if _lone(text, m) else m.group())
    if name == "straight":  # curly quotation marks typed as straight ones
        return rewrite(text, r"[“”]", lambda m: '"')
    if name == "curly":  # straight (and NYT '') quotation marks typed as curly ones, paired within a paragraph
        # each mark is rewritten on its own (a whole quotation rewritten at once moved the gold offsets inside it by
        # one character per '' mark): opening and closing alternate within a paragraph, as they were paired before
        state = {"para": -1, "open": False}

        def mark(m: re.Match[str]) -> str:
            para = text.rfind("\n", 0, m.start())
            if para != state["para"]:
                state["para"], state["open"] = para, False
            state["open"] = m.group() == "“" or m.group() != "”" and not state["open"]  # (curly marks kept, as read)
            if m.group() == "'''":  # NYT's '' glued to a nested single mark: “' opening, '” closing
                return "“'" if state["open"] else "'”"
            return m.group() if m.group() in "“”" else "“" if state["open"] else "”"
        return rewrite(text, r"'''|''|[\"“”]", mark)
    if name == "colon":  # 'X said, “Q”' as 'X said: “Q”'
        return rewrite(text, r"(?<=\bsaid), (?=[“\"])", lambda m: ": ")
    if name == "nothat":  # 'said that CONTENT' as 'said CONTENT'
        return rewrite(text, r"\b(?:said|says) that ", lambda m: m.group()[:-5])
    if name == "addthat":  # 'said he ...' as 'said that he ...' (not an inverted tag: '“Q,” said the mayor', "Q, says he")
        return rewrite(text, r"(?<![,”\"'] )(?<![,”\"']  )\b(?:said|says) (?=(?:he|she|they|we) \w+)", lambda m: m.group() + "that ")
    if name in NEW_PROBES:
        return NEW_PROBES[name](text)
    if name == "verbs":
        rnd = random.Random(len(text))
        return rewrite(text, r"\bsaid\b", lambda m: rnd.choice(VERBS))
    if name.startswith("v:"):
        return rewrite(text, r"\bsaid\b", lambda m: name[2:])
    raise SystemExit(f"unknown probe {name!r}")


NAME = r"[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|de|van|von|al|bin)){0,3}"
OPEN, CLOSE = "(?:[“\"]|'')", "(?:[”\"]|'')"
AFTER_QUOTE = "(?:(?<=[,?!][”\"] )|(?<=[,?!]'' ))"  # '“Q,” ' before a speaker tag
LOWER_FIRST = frozenset("He She They We It The A An Another One".split())
SPEECH_TAG_RE = re.compile(r"\b(?:said|says|told|added|asked)\b")


def _cap(t: str) -> str:
    return t[:1].upper() + t[1:]


def _low(t: str) -> str:
    return t[:1].lower() + t[1:] if t.split(" ", 1)[0] in LOWER_FIRST else t


def _front(m: re.Match[str]) -> list[Piece] | None:
    """'“Q,” Jindal said in an interview.' as 'Jindal said in an interview, “Q.”'"""
    if not SPEECH_TAG_RE.search(m.group("tag")):
        return None
    return [("tag", _cap), Lit(", "), "o", "q", Lit("."), "e"]


NOQ = "[^“”\"\n]"  # no quotation mark, no paragraph end
NOQQ = "(?:(?!'')[^“”\"\n])"  # nor NYT's two marks
# given names and surnames none of the analyser's lists holds, for people renamed by the "rename" probe
MALE_POOL = "Tenzin Kwame Anil Chidi Yusuf Dmitri Lorenzo Ezekiel Tobiah Rashad Emeka Soren".split()
FEMALE_POOL = "Thandiwe Ngozi Xiomara Folasade Ayesha Marisol Winifred Philippa Yetunde Saoirse Ines Keziah".split()
SURNAME_POOL = ("Okafor Brannigan Castellano Lindqvist Oyelaran Mwangi Haverford Delacroix Petrakis Nakamura "
                "Szymanski Abernathy Quennell Vukovic Ferreira Tiwari Achterberg Mbeki Galloway Renwick").split()
FULL_NAME_RE = re.compile(r"\b(?P<g>[A-Z][a-z]+) (?:[A-Z]\. )?(?P<s>[A-Z][a-z]{2,})\b(?![ \t]+[A-Z][a-z])")


def _rename(text: str) -> tuple[str, Offsets]:
    """Every person named 'Given Surname' (a given name the analyser lists) renamed with names it does not list, the
    same person the same way through the article (the surname alone and possessives too): speakers found by the
    name lists rather than by the tag's shape show up as lost."""
    from briefing_app.analysis.given_names import FEMALE_NAMES, MALE_NAMES, sex_of
    given: dict[str, str] = {}
    family: dict[str, str] = {}
    for m in FULL_NAME_RE.finditer(text):
        g, sur = m.group("g"), m.group("s")
        if g.lower() not in FEMALE_NAMES | MALE_NAMES or sur.lower() in FEMALE_NAMES | MALE_NAMES:
            continue
        pool = FEMALE_POOL if sex_of(g) == "f" else MALE_POOL
        given.setdefault(g, pool[len(given) % len(pool)])
        n = len(family)
        family.setdefault(sur, SURNAME_POOL[n % len(SURNAME_POOL)] + ("" if n < len(SURNAME_POOL) else "son"))
    if not family:
        return text, list(range(len(text) + 1))
    sur_alt = "|".join(sorted(family, key=len, reverse=True))
    giv_alt = "|".join(sorted(given, key=len, reverse=True))

    def repl(m: re.Match[str]) -> str:
        g = m.group("g")
        return (given[g] + m.group("mid") if g else "") + family[m.group("s")]
    return rewrite(text, rf"\b(?:(?P<g>{giv_alt})(?P<mid> (?:[A-Z]\. )?)(?=(?:{sur_alt})\b))?(?P<s>{sur_alt})\b", repl)


def _midtag(m: re.Match[str]) -> list[Piece] | None:
    """'“A. B,” Smith said.' as '“A,” Smith said. “B.”': a tag between two parts of a quotation."""
    if not SPEECH_TAG_RE.search(m.group("tag")):
        return None
    return ["o", "a", Lit(","), "e", Lit(" "), "tag", Lit(". "), Lit(m.group("o")), "b", Lit("."), "e"]


NEW_PROBES: dict[str, Callable[[str], tuple[str, Offsets]]] = {
    "rename": _rename,
    "midtag": lambda t: reorder(t, f"^(?P<o>{OPEN})(?P<a>{NOQQ}{{20,}}?[a-z]{{3}})\\. (?P<b>[A-Z]{NOQQ}{{20,}}?),"
                                   f"(?P<e>{CLOSE}) (?P<tag>(?:[A-Z][\\w.'’-]*|he|she)(?: [A-Z][\\w.'’-]*){{0,3}} "
                                   "(?:said|says|added|told \\w+))\\.$", _midtag, re.M),
    # a party and state after a lawmaker's name: '“Q,” Smith (R-Ohio) said.'
    "party": lambda t: rewrite(t, AFTER_QUOTE + f"{NAME}(?= said\\b)", lambda m: m.group() + " (R-Ohio)"),
    # a participle aside between the speaker and the verb
    "aside": lambda t: rewrite(t, AFTER_QUOTE + f"{NAME}(?= said\\b)",
                               lambda m: m.group() + ", speaking to reporters in Ohio on Tuesday,"),
    "onenl": lambda t: rewrite(t, r"\n\n", lambda m: "\n"),
    "nbsp": lambda t: rewrite(t, r"(?<=\bsaid) | (?=said\b)", lambda m: "\u00a0"),
    "dblspace": lambda t: rewrite(t, r"(?<=\bsaid) | (?=said\b)", lambda m: "  "),
    # '“Q,” Smith said.' as '“Q,” said Smith.' and back
    "invert": lambda t: reorder(t, AFTER_QUOTE + f"(?P<np>{NAME}) (?P<v>said|says)(?=[.,])",
                                lambda m: ["v", Lit(" "), "np"]),
    "uninvert": lambda t: reorder(t, AFTER_QUOTE + f"(?P<v>said|says) (?P<np>(?:[a-z]+ ){{0,3}}{NAME})(?=[.,])",
                                  lambda m: ["np", Lit(" "), "v"]),
    # the speaker tag moved before a whole-paragraph quotation and after it
    "front": lambda t: reorder(t, f"^(?P<o>{OPEN})(?P<q>{NOQ}+?),(?P<e>{CLOSE}) (?P<tag>{NOQ}{{1,60}}?)\\.$", _front, re.M),
    "back": lambda t: reorder(t, f"^(?P<tag>{NOQ}{{1,60}}?\\b(?:said|says|told \\w+)),? (?P<o>{OPEN})(?P<q>{NOQ}+?)\\."
                                 f"(?P<e>{CLOSE})$",
                              lambda m: ["o", "q", Lit(","), "e", Lit(" "), ("tag", _low), Lit(".")], re.M),
    # a long quotation set over two paragraphs (no closing mark at the first one's end)
    "split": lambda t: reorder(t, f"(?:^|(?<=[\\s(]))(?P<o>{OPEN})(?P<q1>{NOQQ}{{40,}}?[a-z]{{3}}[.!?]) "
                                  f"(?P<q2>[A-Z]{NOQQ}{{20,}}?{CLOSE})[ \\t]*$",
                               lambda m: ["o", "q1", Lit("\n\n"), Lit(m.group("o")), "q2"], re.M),
    # '“A,” X said. “B.”' as two paragraphs: the second a floating quotation
    "floating": lambda t: reorder(t, f"^(?P<p>{OPEN}{NOQ}+{CLOSE} {NOQ}{{1,60}}?\\.) (?P<q>{OPEN}{NOQ}+{CLOSE})$",
                                  lambda m: ["p", Lit("\n\n"), "q"] if SPEECH_TAG_RE.search(m.group("p")) else None,
                                  re.M),
    "told": lambda t: rewrite(t, r"\bsaid(?=[.,])", lambda m: "told reporters"),
    "later": lambda t: rewrite(t, r"(?<=[A-Za-z]) said\b", lambda m: " later said"),
    "hassaid": lambda t: rewrite(t, r"(?<=[A-Za-z] )said\b", lambda m: "has said"),
    "according": lambda t: reorder(t, AFTER_QUOTE + f"(?P<np>{NAME}) said(?=\\.)", lambda m: [Lit("according to "), "np"]),
    "and": lambda t: reorder(t, AFTER_QUOTE + f"(?P<np>{NAME}) (?P<v>said)(?=[.,])",
                             lambda m: ["np", Lit(" and others "), "v"]),
    "pronoun": lambda t: reorder(t, AFTER_QUOTE + f"(?P<np>{NAME}) (?P<v>said)(?=[.,])",
                                 lambda m: [("np", "he"), Lit(" "), "v"]),
    "apos": lambda t: rewrite(t, r"(?<=[A-Za-z])['’](?=[A-Za-z])", lambda m: "’" if m.group() == "'" else "'"),
    "dash": lambda t: rewrite(t, r" (?:-|--|—|–) ", lambda m: " - " if m.group() == " — " else " — "),
}


def _scorer() -> Any:
    loader = importlib.machinery.SourceFileLoader("score_attributions", str(SCORER))
    spec = importlib.util.spec_from_loader("score_attributions", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def best_overlap(gold_chars: set[int], preds: list[dict[str, Any]]) -> tuple[set[int], dict[str, Any] | None]:
    """The characters of a gold quote the predictions cover, and the prediction covering most of them (None if none)."""
    covered: set[int] = set()
    best, best_ov = None, 0
    for q in preds:
        ov = gold_chars & set(range(q["start"], q["end"]))
        covered |= ov
        if len(ov) > best_ov:
            best, best_ov = q, len(ov)
    return covered, best


# (article, gold index; speech attributions -1 - index) -> (missed/speaker/speech/ok, what to show)
Outcomes = dict[tuple[str, int], tuple[str, str]]


def score(name: str, sa: Any, docs: dict[str, tuple[str, list[dict[str, Any]]]], show: bool) -> Outcomes:
    """Print the probe's figures; return each gold direct quote's outcome."""
    outcomes: Outcomes = {}
    tmp = Path(tempfile.mkdtemp())
    gold: dict[str, tuple[str, list[dict[str, Any]]]] = {}
    for stem, (raw, anns) in docs.items():
        text, omap = probe(name, raw)
        if omap is not None:
            om0, om1 = omap if isinstance(omap, tuple) else (omap, omap)

            def move(segs: list[tuple[int, int]] | None, s: list[int] = om0, e: list[int] = om1) \
                    -> list[tuple[int, int]] | None:
                return [(s[a], max(s[a], e[b])) for a, b in segs] if segs else segs
            anns = [{"content": move(g["content"]), "source": move(g["source"]), "cue": g["cue"]} for g in anns]
        file = tmp / (stem + ".txt")
        file.write_text(text, encoding="utf-8")
        gold[str(file.resolve())] = (text, anns)
    proc = subprocess.run([str(ROOT / ".venv" / "bin" / "briefing"), "extract", "--format", "jsonl", *gold],
                          capture_output=True, text=True, cwd=ROOT)
    results = {}
    for line in proc.stdout.splitlines():
        try:
            obj = json.loads(line)
        except ValueError:
            continue
        results[str(Path(obj["path"]).resolve())] = obj
    g_n = rec = spk = spk_n = p_n = p_ok = sp_n = sp_rec = sp_ok = c_n = 0
    for path, (raw, anns) in gold.items():
        quotes = results[path]["quotes"]
        preds = [q for q in quotes if q["kind"] == "direct"]
        direct = [g for g in anns if raw[g["content"][0][0]:g["content"][0][1]].lstrip()[:1] in sa.QUOTE_MARKS]
        g_n += len(direct)
        all_gold = set().union(*(sa.chars(g["content"]) for g in anns)) if anns else set()
        cpreds = [set(range(q["start"], q["end"])) for q in quotes if q["kind"] in ("direct", "indirect")]
        covered_all = set().union(*cpreds) if cpreds else set()
        c_n += len(cpreds)
        speech: set[int] = set()
        for gi, g in enumerate(anns):
            if sa.SPEECH.search(g["cue"].strip()) or g["cue"].strip() == ":":
                gc = sa.chars(g["content"])
                speech |= gc
                sp_n += 1
                hit = len(gc & covered_all) >= 0.5 * len(gc)
                sp_rec += hit
                s0, e0 = g["content"][0][0], g["content"][-1][1]
                outcomes[(Path(path).stem, -1 - gi)] = ("ok" if hit else "speech", f"{raw[max(0, s0 - 100):e0 + 60]!r}")
        sp_ok += sum(bool(c) and len(c & speech) >= 0.5 * len(c) for c in cpreds)
        for q in preds:
            c = set(range(q["start"], q["end"]))
            p_n += 1
            p_ok += bool(c) and len(c & all_gold) >= 0.5 * len(c)
        for g in direct:
            key = (Path(path).stem, anns.index(g))
            s0, e0 = g["content"][0][0], g["content"][-1][1]
            outcomes[key] = ("missed", f"{raw[max(0, s0 - 150):e0 + 80]!r}")
            gc = sa.chars(g["content"])
            covered, best = best_overlap(gc, preds)
            if len(covered) < 0.5 * len(gc):
                continue
            rec += 1
            if g["source"]:
                spk_n += 1
                m = ((best or {}).get("speaker") or {}).get("mention") or {}
                ok = "start" in m and bool(set(range(m["start"], m["end"])) & sa.chars(g["source"]))
                spk += ok
                src = raw[g["source"][0][0]:g["source"][-1][1]]
                outcomes[key] = ("ok" if ok else "speaker", f"gold={src!r} got={m.get('text')!r}\n      "
                                 f"{raw[max(0, s0 - 150):e0 + 80]!r}")
                if show and not ok:
                    print(f"  {name} {Path(path).stem[:30]} {outcomes[key][1]}")
            else:
                outcomes[key] = ("ok", "")
    sr, sp = sp_rec / sp_n, sp_ok / c_n
    print(f"{name:14} direct recall {rec / g_n:.4f} precision {p_ok / p_n:.4f} speaker {spk / spk_n:.4f} | "
          f"speech recall {sr:.4f} precision {sp:.4f} F1 {2 * sr * sp / (sr + sp):.4f}", flush=True)
    return outcomes


def compare(name: str, base: Outcomes, got: Outcomes, show: bool) -> None:
    """Quotes and speakers found on the unchanged text but lost under the probe (and the reverse)."""
    lost_q = [k for k, (o, _) in got.items() if o == "missed" and base.get(k, ("",))[0] != "missed"]
    lost_s = [k for k, (o, _) in got.items() if o == "speaker" and base.get(k, ("",))[0] == "ok"]
    lost_r = [k for k, (o, _) in got.items() if o == "speech" and base.get(k, ("",))[0] == "ok"]
    won = sum(o == "ok" and base.get(k, ("",))[0] != "ok" for k, (o, _) in got.items())
    print(f"{'':14} lost quotes {len(lost_q)}, lost speakers {len(lost_s)}, lost speech attributions {len(lost_r)}, "
          f"gained {won}", flush=True)
    for k in (lost_q + lost_s + lost_r) if show else []:
        print(f"  {name} {k[0][:30]} {got[k][0]} {got[k][1]}")


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if not args:
        print(__doc__)
        return 2
    sa = _scorer()
    docs = {}
    for txt in sorted((CORPUS / "text").glob("*.txt")):
        ann = CORPUS / "attributions" / (txt.stem + ".ann")
        if not held(txt.stem) and ann.exists():
            docs[txt.stem] = (txt.read_text(encoding="utf-8"), sa.parse_ann(ann.read_text(encoding="utf-8")))
    show = "--show" in sys.argv
    names = args[0].split(",")
    if "--lost" in sys.argv:
        base = score("base", sa, docs, False)
        for name in names:
            if name != "base":
                compare(name, base, score(name, sa, docs, False), show)
        return 0
    for name in names:
        score(name, sa, docs, show)
    return 0


if __name__ == "__main__":
    sys.exit(main())

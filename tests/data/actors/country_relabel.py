"""Relabel Russian and Korean answers by the one country rule, mechanically (a measurement tool, nineteenth session).

    .venv/bin/python tests/data/actors/country_relabel.py [--part tuned|aside|held|held2|...] [--show] [--write]
                                                          [--rev COMMIT]

The rule (score.py's README, "One country rule for all three languages"): a country named ONLY inside another actor's
name or title is no actor of its own. Decided here from the answer file and the article text alone (no analyser):

- The MENTIONS of a country entry are the places the text names it by its name or an alias (Russian: every case form,
  the words compared by their stem, the first letter in either case; Korean: the form at the start of a word, a
  particle may follow).
- The SPANS of the other actors (not countries) are the places the text names them by their name, an alias or, for
  people, a title (one of the ";"-separated titles; Russian titles by stem, first letter in either case).
- A mention lies inside another actor when
  (a) it lies within such a span ("глава МИД России" as a title, "Правительство России", "미국 국무부" as a name);
  (b) Russian: it follows a body's span with only spaces between ("МИД России", "В Минсельхозе России");
  (c) Russian: it sits in a title chain that ends at a person's span: the word before it is no preposition or
      conjunction ("в России Иван Петров" is a place), and only lower-case words and "в/при + Name" lie between it and
      the person ("госсекретарём США Марко Рубио", "Посол России в Германии Сергей Нечаев", "Президент России
      Владимир Путин");
  (d) Korean: a space and then another actor's span or a title word follow it, also at the head of a list of countries
      joined by "과/와" or commas ("미국 국무장관", "토니 블링컨 미국 국무장관", "한국과 중국, 일본 외교장관이");
  (e) Korean, from the nineteenth session: a space and a common noun follow it, so that the country only modifies the
      noun ("미국 공장", "한국 언론의", "영국 조선사", "미국 조지아주 전기차 공장"; not its side, government, authorities or
      officials, "한국 측은", "중국 당국", nor a place or list word, "미국 내", "미국 등": country_inside.ko_modifier).
- A country that is the source of a quoted sentence of the answer speaks in its own right: it stays.
A country entry with at least one mention, every mention inside, is dropped; the person's or body's affiliation
string that names the country stays as it is. A country with no mention found is kept (nothing to judge).

Prints the number of entries dropped per part (and per language); --show lists the dropped entries and each mention
with its context, for TUNED parts only (nothing of aside or held answers is ever printed but counts); --write rewrites
the answer files of the part (the entries removed, nothing else changed); --rev reads the answers as they were at a
commit (to check the rule against a relabelling by hand: `--part tuned --rev b40b7317^`).
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from tests.tuned_sets import actor_score  # noqa: E402


_score = actor_score()
PARTS: tuple[str, ...] = _score.PARTS
part_of = _score.part_of

from briefing_app.analysis.country_inside import ko_modifier  # noqa: E402
from briefing_app.analysis.lang.ko_titles import AMBIGUOUS  # noqa: E402
from briefing_app.analysis.lang.ko_words import title_word  # noqa: E402

RU_NOT_A_TITLE = frozenset("в во на по от из у к ко с со о об при для против между через и а или".split())
RU_WORD_BEFORE_RE = re.compile(r"([А-ЯЁа-яё-]+)[ \t]+$")
RU_TITLE_GAP_RE = re.compile(r"(?:[ \t]+(?:(?:в|во|при)[ \t]+[А-ЯЁ][А-ЯЁа-яё-]*|[а-яё][а-яё-]*))*[ \t]+")
KO_LINK_RE = re.compile(r"(?:과|와)?,?[ \t]+")
KO_GAP_RE = re.compile(r"[ \t]+")
KO_WORD_RE = re.compile(r"[가-힣]+")
CYR_RE = re.compile(r"[а-яё]", re.IGNORECASE)
HANGUL = "가-힣"
Span = tuple[int, int]


def _ru_word(word: str) -> str:
    """A Russian word in any case form: its stem and up to three letters ("России", "госсекретарём"); the first letter in
    either case ("Глава" / "глава")."""
    stem = word if len(word) <= 4 or not CYR_RE.search(word) else word[:len(word) - 2]
    head, rest = stem[0], re.escape(stem[1:])
    first = f"[{re.escape(head.upper())}{re.escape(head.lower())}]" if head.upper() != head.lower() else re.escape(head)
    return first + rest + ("[а-яё]{0,3}" if CYR_RE.search(word) else "")


def form_re(form: str, language: str) -> re.Pattern[str] | None:
    words = form.split()
    if not words:
        return None
    if language == "ru":
        return re.compile(r"(?<![\w-])" + r"[ \t]+".join(_ru_word(w) for w in words) + r"(?![\w-])")
    return re.compile(f"(?<![{HANGUL}A-Za-z0-9])" + r"[ \t]+".join(re.escape(w) for w in words))


def spans(text: str, forms: list[str], language: str) -> list[Span]:
    found: set[Span] = set()
    for form in forms:
        pattern = form_re(form, language)
        if pattern is not None:
            found |= {(m.start(), m.end()) for m in pattern.finditer(text)}
    return sorted(found)


def _titles(actor: dict[str, Any]) -> list[str]:
    return [t.strip() for t in (actor.get("title") or "").split(";") if t.strip()]


class Others:
    """The spans of an answer's actors other than countries."""

    def __init__(self, text: str, actors: list[dict[str, Any]], language: str) -> None:
        self.all: list[Span] = []
        self.body_ends: set[int] = set()
        self.starts: set[int] = set()
        self.person_starts: set[int] = set()
        for a in actors:
            if a["kind"] == "country":
                continue
            names = spans(text, [a["name"], *a["aliases"]], language)
            titles = spans(text, _titles(a), language) if a["kind"] == "person" else []
            self.all += names + titles
            self.starts |= {s for s, _ in names + titles}
            if a["kind"] in ("organization", "government"):
                self.body_ends |= {e for _, e in names}
            if a["kind"] == "person":
                self.person_starts |= {s for s, _ in names}

    def within(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e and (s, e) != (start, end) for s, e in self.all)


def _gap_start(text: str, at: int) -> int:
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return at


def ru_inside(text: str, start: int, end: int, others: Others) -> bool:
    if others.within(start, end) or _gap_start(text, start) in others.body_ends:
        return True
    before = RU_WORD_BEFORE_RE.search(text, max(0, start - 40), start)
    if before is None or before.group(1).lower() in RU_NOT_A_TITLE:
        return False
    gap = RU_TITLE_GAP_RE.match(text, end)
    return gap is not None and gap.end() - end < 80 and gap.end() in others.person_starts


def ko_inside(text: str, start: int, end: int, others: Others, country_ends: dict[int, int]) -> bool:
    if others.within(start, end):
        return True
    if text[end:end + 1] not in " \t,과와":
        return False  # "미국의", "북한은": a particle, the country itself
    while (link := KO_LINK_RE.match(text, end)) and link.end() in country_ends:
        end = country_ends[link.end()]
    gap = KO_GAP_RE.match(text, end)
    if gap is None:
        return False
    if gap.end() in others.starts:
        return True
    word = KO_WORD_RE.match(text, gap.end())
    if word is None:
        return False
    title = title_word(word.group())
    return title is not None and title not in AMBIGUOUS or ko_modifier(word.group())


def dropped(text: str, gold: dict[str, Any]) -> list[tuple[dict[str, Any], list[Span]]]:
    """The country entries the rule drops, each with its mentions."""
    language = gold["language"]
    actors = gold["actors"]
    others = Others(text, actors, language)
    speakers = {s.get("source") for s in gold.get("sentences", []) if s.get("quote")}
    countries = [(a, spans(text, [a["name"], *a["aliases"]], language)) for a in actors if a["kind"] == "country"]
    country_ends = {s: e for _, ms in countries for s, e in ms}
    out = []
    for a, mentions in countries:
        if not mentions or speakers & {a["name"], *a["aliases"]}:
            continue
        if language == "ru":
            inside = all(ru_inside(text, s, e, others) for s, e in mentions)
        else:
            inside = all(ko_inside(text, s, e, others, country_ends) for s, e in mentions)
        if inside:
            out.append((a, mentions))
    return out


def _answers(rev: str | None) -> list[tuple[Path, dict[str, Any]]]:
    files = sorted((HERE / "answers").glob("*.json"))
    if rev is None:
        return [(f, json.loads(f.read_text(encoding="utf-8"))) for f in files]
    rel = (HERE / "answers").relative_to(ROOT)
    listing = subprocess.run(["git", "-C", str(ROOT), "ls-tree", "--name-only", f"{rev}:{rel}"],
                             check=True, capture_output=True, text=True).stdout.split()
    out = []
    for name in sorted(listing):
        blob = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:{rel}/{name}"],
                              check=True, capture_output=True, text=True).stdout
        out.append((HERE / "answers" / name, json.loads(blob)))
    return out


def _dump_like(old: str, gold: dict[str, Any]) -> str:
    """The answer in the layout its file had (indent 1 or 2, a final newline or not): only the entries change."""
    layout = json.loads(old)
    for indent in (1, 2):
        for end in ("\n", ""):
            if json.dumps(layout, ensure_ascii=False, indent=indent) + end == old:
                return json.dumps(gold, ensure_ascii=False, indent=indent) + end
    raise ValueError("an answer file in an unknown layout")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--part", default="tuned", help="tuned, aside, held, held2 ... or all")
    parser.add_argument("--show", action="store_true", help="list the dropped entries (tuned parts only)")
    parser.add_argument("--write", action="store_true", help="rewrite the answer files of the part")
    parser.add_argument("--rev", help="read the answers as they were at this commit")
    args = parser.parse_args(argv)
    if args.part not in PARTS:
        parser.error(f"unknown part {args.part!r}")
    if args.write and args.rev:
        parser.error("--write works on the answer files as they are")
    counts: dict[tuple[str, str], list[int]] = {}
    for path, gold in _answers(args.rev):
        part = part_of(path.stem)
        if gold["language"] not in ("ru", "ko") or args.part != "all" and part != args.part:
            continue
        text = (HERE / "articles" / gold["article"]).read_text(encoding="utf-8")
        drops = dropped(text, gold)
        tally = counts.setdefault((part, gold["language"]), [0, 0, 0])
        tally[0] += 1
        tally[1] += sum(a["kind"] == "country" for a in gold["actors"])
        tally[2] += len(drops)
        if args.show and part == "tuned":
            for a, mentions in drops:
                where = "; ".join(text[max(0, s - 30):e + 30].replace("\n", " ") for s, e in mentions)
                print(f"{path.stem}: drop {a['name']}  [{where}]")
        if args.write and drops:
            gone = {id(a) for a, _ in drops}
            gold["actors"] = [a for a in gold["actors"] if id(a) not in gone]
            path.write_text(_dump_like(path.read_text(encoding="utf-8"), gold), encoding="utf-8")
    for (part, language), (files, countries, gone_count) in sorted(counts.items()):
        print(f"{part:7s} {language}: {files:3d} answers, {countries:3d} country entries, {gone_count:3d} dropped")
    return 0


if __name__ == "__main__":
    sys.exit(main())

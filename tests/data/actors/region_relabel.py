"""Relabel Russian answers by the region and city rule, mechanically (a measurement tool, twentieth session).

    .venv/bin/python tests/data/actors/region_relabel.py [--part tuned|aside|held|held2|...] [--show] [--write]
                                                         [--rev COMMIT]

The rule (score.py's README, "Russian regions and cities"): a Russian region or city is an actor when it acts or is
acted on as a polity (the subject or object of a verb, its authorities or budget: "Подмосковье поднимет цены", "город
должен был", "просило у города", "Власти Петербурга перенесли", "Московские власти"); a place of events ("в Томской
области", "в Тулуне"), a name inside another actor's name or title ("Губернатор Пермского края", "правительство
Прикамья", "Мэр Тулуна") or a modifier of a common noun ("больниц Свердловской области", "жители Подмосковья") is not.
Countries keep the one country rule (country_relabel.py). Decided here from the answer file and the article text alone:

- A REGION entry is a Russian answer's entry of kind "government" or "organization" whose name is a region's ("...ая
  область", "...ий край", "Республика ...", "... автономный округ") or a city's (one or two capitalised words, kind
  "government" only, or a city of CITIES under either kind).
- Its MENTIONS are the places the text names it by its name or an alias (every case form, by stem, as
  country_relabel.spans finds them).
- A mention SPEAKS FOR THE POLITY when it does not lie inside another actor's name or title (country_relabel.Others),
  does not follow a body's name with only spaces between, and the word before it is
  (a) none (the start of a sentence, a headline, a clause after a comma or a dash), or
  (b) a word of its authorities or budget ("власти", "бюджет", ...), or
  (c) a conjunction or a preposition that is no place ("что", "как", "и", "у", "с", "против", ...), or
  (d) shaped like a verb (past "-л/-ла/-ли/-ло", present "-ет/-ит/-ют/-ут/-ат/-ят", infinitive "-ть", reflexive);
  an alias holding "власт" ("Московские власти") always does. The word before being a place preposition ("в", "на",
  "из", "по", "для", ...) or any other word (a noun or adjective the name modifies: "жители Подмосковья", "Глава
  региона") makes it no such mention.
- A region entry with at least one mention, none speaking for the polity, is dropped; the affiliation strings that name
  the region stay. An entry with no mention found is kept (nothing to judge). The tool only drops: a region an answer
  does not list is never added.

Prints the number of entries dropped per part; --show lists the dropped entries with each mention in context, for
TUNED parts only (nothing of aside or held answers is ever printed but counts); --write rewrites the answer files of the
part (the entries removed, nothing else changed); --rev reads the answers as they were at a commit.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


if str(HERE) not in sys.path:  # country_relabel.py, this folder's (it loads score.py under a name of its own)
    sys.path.insert(0, str(HERE))
import country_relabel as _cr  # noqa: E402
PARTS: tuple[str, ...] = _cr.PARTS
part_of = _cr.part_of
Span = tuple[int, int]

REGION_NAME_RE = re.compile(r"[А-ЯЁ][а-яё-]+(?:ая[ \t]+область|ий[ \t]+край|ой[ \t]+край|ый[ \t]+край|"
                            r"ий[ \t]+автономный[ \t]+округ|ый[ \t]+автономный[ \t]+округ)|"
                            r"Республика[ \t]+[А-ЯЁ][а-яё-]+|[А-ЯЁ][а-яё-]+-[А-ЯЁ][а-яё-]+[ \t]+автономный[ \t]+округ")
CITY_NAME_RE = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*(?:[ \t]+[А-ЯЁ][а-яё]+)?")
CITIES = frozenset("""Москва Санкт-Петербург Петербург Новосибирск Екатеринбург Казань Нижний Новгород Челябинск Омск
Самара Ростов-на-Дону Уфа Красноярск Пермь Воронеж Волгоград Краснодар Саратов Тюмень Тольятти Ижевск Барнаул
Ульяновск Иркутск Хабаровск Ярославль Владивосток Махачкала Томск Оренбург Кемерово Новокузнецк Рязань Астрахань
Пенза Липецк Калининград Тула Киров Чебоксары Курск Ставрополь Севастополь Сочи Тверь Магнитогорск Иваново Брянск
Белгород Сургут Владимир Архангельск Калуга Смоленск Курган Мурманск Вологда Тамбов Кострома Новгород Псков Якутск
Петрозаводск Сыктывкар Тулун Нижнеудинск""".split())
AUTHORITY = frozenset("""власти властей властям властями властях бюджет бюджета бюджету бюджетом бюджете руководство
руководства руководству руководством""".split())
PLACE_PREP = frozenset("в во на из по под над около близ до для среди вокруг возле".split())
NOT_A_PLACE = frozenset("""что чтобы как и а но или же ли если когда где пока хотя ведь также тоже уже только даже
у с со к ко от против между перед за при о об через""".split())
VERB_END_RE = re.compile(r"(?:л|ла|ли|ло|ть|ти|ет|ит|ют|ут|ат|ят|ется|ится|ются|ятся|лся|лась|лись|лось|ем|им)$")
WORD_BEFORE_RE = re.compile(r"([А-ЯЁа-яё-]+)[ \t]*$")


def is_region(actor: dict[str, Any]) -> bool:
    """Is this answer entry a Russian region or city (by its kind and the shape of its name)?"""
    name = actor["name"].strip()
    if actor["kind"] not in ("government", "organization"):
        return False
    if REGION_NAME_RE.fullmatch(name) or name in CITIES:
        return True
    return actor["kind"] == "government" and bool(CITY_NAME_RE.fullmatch(name))


def speaks(text: str, start: int, end: int, others: Any) -> bool:
    """Does this mention name the polity acting or acted on (the rules above)?"""
    if others.within(start, end) or _cr._gap_start(text, start) in others.body_ends:
        return False
    if "власт" in text[start:end].lower():
        return True
    line_start = max(text.rfind("\n", 0, start), text.rfind(".", 0, start), text.rfind(",", 0, start),
                     text.rfind("—", 0, start), text.rfind(":", 0, start), text.rfind("«", 0, start))
    before = WORD_BEFORE_RE.search(text, line_start + 1, start)
    if before is None:
        return not text[line_start + 1:start].strip()
    word = before.group(1).lower()
    if word in AUTHORITY or word in NOT_A_PLACE:
        return True
    if word in PLACE_PREP:
        return False
    return bool(VERB_END_RE.search(word)) and len(word) > 3


def dropped(text: str, gold: dict[str, Any]) -> list[tuple[dict[str, Any], list[Span]]]:
    """The region and city entries the rule drops, each with its mentions."""
    if gold["language"] != "ru":
        return []
    actors = gold["actors"]
    out = []
    for a in actors:
        if not is_region(a):
            continue
        others = _cr.Others(text, [o for o in actors if o is not a], "ru")
        mentions = _cr.spans(text, [a["name"], *a["aliases"]], "ru")
        if mentions and not any(speaks(text, s, e, others) for s, e in mentions):
            out.append((a, mentions))
    return out


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
    counts: dict[str, list[int]] = {}
    for path, gold in _cr._answers(args.rev):
        part = part_of(path.stem)
        if gold["language"] != "ru" or args.part != "all" and part != args.part:
            continue
        text = (HERE / "articles" / gold["article"]).read_text(encoding="utf-8")
        drops = dropped(text, gold)
        tally = counts.setdefault(part, [0, 0, 0])
        tally[0] += 1
        tally[1] += sum(is_region(a) for a in gold["actors"])
        tally[2] += len(drops)
        if args.show and part == "tuned":
            for a, mentions in drops:
                where = "; ".join(text[max(0, s - 30):e + 30].replace("\n", " ") for s, e in mentions)
                print(f"{path.stem}: drop {a['name']}  [{where}]")
        if args.write and drops:
            gone = {id(a) for a, _ in drops}
            gold["actors"] = [a for a in gold["actors"] if id(a) not in gone]
            path.write_text(_cr._dump_like(path.read_text(encoding="utf-8"), gold), encoding="utf-8")
    for part, (files, regions, gone_count) in sorted(counts.items()):
        print(f"{part:7s} ru: {files:3d} answers, {regions:3d} region and city entries, {gone_count:3d} dropped")
    return 0


if __name__ == "__main__":
    sys.exit(main())

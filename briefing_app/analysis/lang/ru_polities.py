"""Russian regions and cities as actors (twentieth session, the coordinator's convention): a region or city is an actor
when it acts or is acted on as a polity: its authorities or budget ("Власти Татарстана построят", "Пермские власти
оштрафуют", "бюджет города"), the subject of a verb ("Подмосковье поднимет цены", "регион справляется", "город должен
был"), a city asked for something ("просило у города"); a place of events ("в Томской области"), a name inside a body's
name or a title ("Губернатор Пермского края") or a modifier of a common noun ("жители Подмосковья") is not.

The places are the regions and cities the article's actors are already affiliated with (a mayor's city, a governor's
region, a city hall's or a regional legislature's place): a description ("город", "регион", "столицы") stands for the
one such place of its sort, an adjective ("Пермские власти") for the place its stem opens. Countries keep their own
rule (ru_countries)."""
from __future__ import annotations

import functools
import re

from briefing_app.analysis.lang import ru_regions
from briefing_app.analysis.lang.ru_affiliations import FEDERAL_CITIES, REGION_RE, REPUBLICS, a_city, city_nominative
from briefing_app.analysis.lang.ru_countries import country
from briefing_app.analysis.lang.ru_org_case import org_nominative
from briefing_app.core.model import Actor, Span

_VERB = r"(?:[а-яё]+(?:ет|ёт|ит|ут|ют|ат|ят|ется|ится|ются|ятся|ил|ал|ел|ял|ла|ли|ло)|должен|должна|должно|может|будет|не)"
VERB_AFTER_RE = re.compile(r"[ \t]+" + _VERB + r"(?![\w-])")  # a verb right after the subject
_PLACE = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*(?:[ \t]+(?:област(?:и|ью)|кра(?:я|ем)|республики))?"
# (every pattern below is tried only where its literal words stand, found by str.find: one that opens with a class or
# a look-behind is otherwise tried by the regex engine at every offset of the text)
# its authorities or budget, named: "Власти Татарстана", "бюджет Томской области", "властям Петербурга"
NAMED_RE = re.compile(r"(?:[Вв]ласт(?:и|ей|ям|ями|ях)|[Бб]юджет(?:а|у|ом|е)?)[ \t]+(?P<place>" + _PLACE + r")(?![\w-])")
AUTHORITY_NEEDLES = (("ласт", "Вв"), ("юджет", "Бб"))  # a word's letters after its first, and its first in either case
# its authorities by the place's adjective: "Пермские власти", "Свердловских властей", also in lower case mid-sentence
# ("В понедельник пермские власти", "решение пермских властей") (read back from "власт"; the stem must open the name
# of a place the article's actors are affiliated with, so "местные/городские власти" give nothing)
ADJ_BEFORE_RE = re.compile(r"(?P<stem>[А-ЯЁа-яё][а-яё]{3,})(?:ие|их|им|ими)[ \t]+$")
# a description standing for the one place: its budget or authorities ("бюджет города", "власти столицы"), asked of
# ("у города"), or the subject of a verb at a clause's start ("город должен", "что регион справляется", "городу стоило")
DESCRIPTION_NEEDLES = (("ород", "Гг"), ("толиц", "Сс"), ("егион", "Рр"), ("бласт", "Оо"), ("рая", "Кк"))
WORD_RE = re.compile(r"[А-ЯЁа-яё]+(?![\w-])")
GENITIVES = frozenset("города столицы региона области края".split())
SUBJECTS = frozenset("город городу столица регион региону область".split())
OWNER_BEFORE_RE = re.compile(r"(?:^|(?<![\w-]))(?:[Вв]ласт(?:и|ей|ям|ями|ях)|[Бб]юджет(?:а|у|ом|е)?|у)[ \t]+$")
CLAUSE_BEFORE_RE = re.compile(r"(?:^|[.,:—\n]|(?<![\w-])(?:что|как))[ \t]*$")
# the first two letters of the everyday region names (a sentence opening with none is not tried)
SYNONYM_OPENINGS = frozenset(stem[:2].capitalize() if stem != "спб" else "СП" for stem in ru_regions.SYNONYMS)
# a seat that stands for a city's government, added to the city once it acts ("Смольный отложил", "провалом Смольного")
SEAT_RE = re.compile(r"Смольн(?:ый|ого|ому|ым|ом)(?![\w-])")
SEATS = {"Смольн": "Санкт-Петербург"}
CITY_WORDS = {"город", "города", "городу", "столица", "столицы"}
CITY_HOLDER_RE = re.compile(r"мэр|градоначальник|глава города|городск|^(?:мэрия|администрация) [А-ЯЁ]", re.I)


@functools.lru_cache(maxsize=1024)
def _place_kind(name: str) -> str | None:
    """"region" for a region's name, "federal" for a federal city's, "city" for a one-word place that may be a city
    (a_city), else None."""
    if REGION_RE.fullmatch(name) or name in REPUBLICS.values() or name in ru_regions.SYNONYMS.values() \
            and name not in FEDERAL_CITIES:
        return "region"
    return "federal" if name in FEDERAL_CITIES else "city" if a_city(name) else None


@functools.lru_cache(maxsize=1024)
def _city_holder(words: str) -> bool:
    return CITY_HOLDER_RE.search(words) is not None


def _places(out: list[Actor]) -> tuple[list[str], list[str]]:
    """The cities and regions the article's actors are affiliated with (one form for each, by its first five letters)."""
    cities: dict[str, str] = {}
    regions: dict[str, str] = {}
    for a in out:
        aff = a.affiliation
        kind = _place_kind(aff) if aff else None
        if kind is None or aff is None:
            continue
        if kind == "region":
            regions.setdefault(aff[:5], aff)
        elif kind == "federal" or _city_holder(a.title or a.name if a.kind == "person" else a.name):
            if a.kind == "person" or aff[:5] not in cities:
                cities[aff[:5]] = aff  # (a mayor's "Ярославль" over a city hall's "Ярославля")
    return list(cities.values()), list(regions.values())


def _named(place: str, cities: list[str]) -> str | None:
    """The nominative of a region or city named in the genitive ("Татарстана", "Томской области", "Петербурга")."""
    if " " in place:
        return org_nominative(place) if REGION_RE.fullmatch(place) else None
    if official := ru_regions.official(place):
        return official
    republic = next((v for k, v in REPUBLICS.items() if place.lower().startswith(k)), None)
    if republic:
        return republic
    city = city_nominative(place)
    if city == "Москва" or not country(place) and any(c[:5] == city[:5] for c in cities):
        return next((c for c in cities if c[:5] == city[:5]), city)
    return None


def polities(text: str, out: list[Actor], sentence_starts: list[int]) -> None:
    """Add the regions and cities that act (the rules above) as actors of kind "government", or their mentions to the
    actor of that name (sentence_starts: where the document's sentences start)."""
    if "ласт" not in text and "юджет" not in text and "ород" not in text and "егион" not in text and "толиц" not in text \
            and not ru_regions.SYNONYM_RE.search(text):
        return  # ("Власти", "области", "Город", "Регион": the words every rule needs; an everyday name)
    cities, regions = _places(out)
    found: list[tuple[str, Span]] = []
    for at in _starts(text, AUTHORITY_NEEDLES):
        m = NAMED_RE.match(text, at)
        if m and (name := _named(m.group("place"), cities)):
            found.append((name, Span(m.start("place"), m.end("place"))))
        if text[at] == "в" and (adj := ADJ_BEFORE_RE.search(text, max(0, at - 40), at)) \
                and not (adj.start() and text[adj.start() - 1].isalpha()):
            stem = adj.group("stem")[:4].lower()
            match = next((p for p in cities + regions if any(w[:4].lower() == stem for w in re.split(r"[ -]", p))), None)
            if match and (end := WORD_RE.match(text, at)):
                found.append((match, Span(adj.start(), end.end())))
    for at in sentence_starts:
        m = ru_regions.SYNONYM_RE.match(text, at) if text[at:at + 2] in SYNONYM_OPENINGS else None
        if m and VERB_AFTER_RE.match(text, m.end()) and (official := ru_regions.official(m.group())):
            found.append((official, Span(m.start(), m.end())))
    for at in _starts(text, DESCRIPTION_NEEDLES):
        w = WORD_RE.match(text, at)
        word = w.group().lower() if w else ""
        if word in GENITIVES and OWNER_BEFORE_RE.search(text, max(0, at - 12), at) \
                or word in SUBJECTS and CLAUSE_BEFORE_RE.search(text, max(0, at - 8), at) and VERB_AFTER_RE.match(text, at + len(word)):
            pool = cities if word in CITY_WORDS else regions
            if len(pool) == 1:
                found.append((pool[0], Span(at, at + len(word))))
    by_name = {a.name: a for a in out}
    for name, span in found:
        actor = by_name.get(name)
        if actor is None:
            actor = by_name[name] = Actor(name, "government", None, None, [], [])
            out.append(actor)
        elif actor.kind not in ("government", "country"):
            continue  # (a body or person of that name)
        if not any(sp.start == span.start for sp in actor.mentions):
            actor.mentions.append(span)
            actor.mentions.sort(key=lambda sp: sp.start)
        _alias(actor, text[span.start:span.end])
    for m in (SEAT_RE.match(text, at) for at in _starts(text, (("мольн", "С"),))):
        actor = by_name.get(SEATS[m.group()[:6]]) if m else None
        if m and actor is not None and actor.kind == "government" and not any(sp.start == m.start() for sp in actor.mentions):
            actor.mentions.append(Span(m.start(), m.end()))
            actor.mentions.sort(key=lambda sp: sp.start)
            _alias(actor, m.group())


def _starts(text: str, needles: tuple[tuple[str, str], ...]) -> list[int]:
    """Where a word opens with one of `heads` followed by its `tail`, for each (tail, heads) of needles, in text order
    (str.find looks for the lower-case tail: a find of a word with a capital letter is many times slower)."""
    found = []
    for tail, heads in needles:
        found += [at - 1 for at in _tails(text, tail) if text[at - 1] in heads and (at == 1 or not text[at - 2].isalpha())]
    return sorted(found)


def _tails(text: str, tail: str) -> list[int]:
    out, at = [], text.find(tail, 1)
    while at != -1:
        out.append(at)
        at = text.find(tail, at + len(tail))
    return out


def _alias(actor: Actor, form: str) -> None:
    if form != actor.name and form[0].isupper() and form not in actor.aliases:
        actor.aliases.append(form)


__all__ = ["polities"]

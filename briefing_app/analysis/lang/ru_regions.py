"""Russian regions across an article (eighth session): a region's everyday name stands for its official
one ("губернатор Подмосковья" -> Московская область, "Кузбасс" -> Кемеровская область); a region's
government named in lower case is a body ("правительство Московской области"); a territorial office of
a federal service named in full ("Управления Федеральной антимонопольной службы по Московской области")
is one body whose parent is the service."""
from __future__ import annotations

import functools
import re

from briefing_app.analysis.lang.ru_org_case import org_nominative
from briefing_app.core.model import Actor, Span

# everyday names of regions, by stem, and the official name they stand for
SYNONYMS = {"подмосков": "Московская область", "прикамь": "Пермский край", "кубан": "Краснодарский край",
            "приморь": "Приморский край", "забайкаль": "Забайкальский край", "заураль": "Курганская область",
            "оренбурж": "Оренбургская область", "кузбас": "Кемеровская область", "ямал": "Ямало-Ненецкий автономный округ",
            "югр": "Ханты-Мансийский автономный округ", "башкири": "Республика Башкортостан",
            "приамурь": "Амурская область", "ленобласт": "Ленинградская область", "смоленщин": "Смоленская область",
            "брянщин": "Брянская область", "белгородчин": "Белгородская область", "тамбовщин": "Тамбовская область",
            "рязанщин": "Рязанская область", "псковщин": "Псковская область", "вологодчин": "Вологодская область",
            "нижегородчин": "Нижегородская область", "ставропольск кра": "Ставропольский край",
            "петербург": "Санкт-Петербург", "спб": "Санкт-Петербург"}  # ("Санкт-Петербурга" itself is no everyday name: a hyphen before it)
SYNONYM_RE = re.compile(r"(?:Подмосков|Прикамь|Кубан|Приморь|Забайкаль|Заураль|Оренбурж|Кузбас|Ямал|Югр|Башкири|"
                        r"Приамурь|Ленобласт|Смоленщин|Брянщин|Белгородчин|Тамбовщин|Рязанщин|Псковщин|Вологодчин|"
                        r"Нижегородчин|Петербург|СПб)[а-яё]*(?![\w-])")
# regional bodies known by a short name, and their region
REGIONAL_BODIES = {"Мособлдума": "Московская область", "Мосгорсуд": "Москва", "Мосгордума": "Москва"}
REGION_GEN = r"[А-ЯЁ][а-яё-]+(?:ой|ого)[ \t]+(?:области|края|республики)"
# "правительство Московской области", "администрации Пермского края" (a capitalised one is found elsewhere)
REGION_BODY_RE = re.compile(r"(?P<head>правительств|администраци)[а-яё]*[ \t]+(?P<region>" + REGION_GEN + r")(?![\w-])")
BODY_HEADS = {"правительств": "Правительство", "администраци": "Администрация"}
# "Управления Федеральной антимонопольной службы по Московской области": a service's office in a region
# ("Главное следственное управление Следственного комитета по Москве", "Следственное управление СК по Тверской области":
# the Investigative Committee's and the Interior Ministry's offices too)
OFFICE_RE = re.compile(r"(?P<head>[Уу]правлени[а-яё]*|Главн[а-яё]+(?:[ \t]+следственн[а-яё]+)?[ \t]+[Уу]правлени[а-яё]*|"
                       r"[Сс]ледственн[а-яё]+[ \t]+[Уу]правлени[а-яё]*|[Тт]ерриториальн[а-яё]+[ \t]+орган[а-яё]*)[ \t]+"
                       r"(?P<parent>Федеральн[а-яё]+(?:[ \t]+[а-яё]+){1,4}?|Следственного[ \t]+комитета(?:[ \t]+(?:России|РФ))?|"
                       r"(?:СК|МВД)(?:[ \t]+(?:России|РФ))?)[ \t]+по[ \t]+"
                       r"(?P<where>" + REGION_GEN + r"|(?:г\.[ \t]*)?[А-ЯЁ][а-яё-]+(?:[ \t]+[А-ЯЁ][а-яё-]+)?)")


def _offices(text: str) -> list[re.Match[str]]:
    """OFFICE_RE's matches, looked for only around the words its heads hold (the pattern is slow to scan a whole text)."""
    found: dict[int, re.Match[str]] = {}
    for stem in ("правлени", "ерриториальн"):
        at = text.find(stem)
        while at >= 0:
            for m in OFFICE_RE.finditer(text, max(0, at - 40), at + 300):
                if m.start() <= at < m.end() and _word_start(text, m.start()):
                    found[m.start()] = m
            at = text.find(stem, at + 1)
    return [found[k] for k in sorted(found)]


def _word_start(text: str, at: int) -> bool:
    """Does a word start at `at` (no letter, digit or hyphen right before it)?"""
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-_")


@functools.lru_cache(maxsize=1024)
def official(name: str | None) -> str | None:
    """The official name of a region given by its everyday name in any case ("Подмосковья" ->
    "Московская область"), else None."""
    if not name or not SYNONYM_RE.fullmatch(name):
        return None
    low = name.lower()
    return next((full for stem, full in SYNONYMS.items() if low.startswith(stem)), None)


def named_regions(text: str) -> set[str]:
    """The official names of the regions a text names by an everyday name."""
    return {r for m in SYNONYM_RE.finditer(text) if _word_start(text, m.start()) and (r := official(m.group()))}


def regions(text: str, out: list[Actor]) -> list[Actor]:
    """The rules above applied to the article's actors (a new list: a person made of a body's name leaves it)."""
    for a in out:
        named = SYNONYM_RE.search(a.title) if a.kind == "person" and a.title and not a.affiliation else None
        region = official(named.group() if named else a.affiliation)
        if region:
            a.affiliation = region  # "губернатор Подмосковья Андрей Воробьёв": Московская область
        if a.kind == "organization" and a.name in REGIONAL_BODIES and a.affiliation in (None, "Россия"):
            a.affiliation = REGIONAL_BODIES[a.name]
    names = {a.name: a for a in out}
    for m in REGION_BODY_RE.finditer(text):
        if not _word_start(text, m.start()):
            continue
        name = f"{BODY_HEADS[m.group('head')]} {m.group('region')}"
        actor = names.get(name)
        if actor is None:
            actor = names[name] = Actor(name, "organization", None, org_nominative(m.group("region")), [], [])
            out.append(actor)
        actor.mentions.append(Span(m.start(), m.end()))
    offices = _offices(text) if "по " in text and ("едеральн" in text or "ледствен" in text or "МВД " in text
                                                  or "СК " in text) else []
    made: set[int] = set()
    for m in offices:
        head = m.group("head").lower()
        investigative = "следствен" in head
        head = ("Главное следственное управление" if investigative else "Главное управление") if head.startswith("главн") \
            else "Следственное управление" if investigative else "Управление" if head.startswith("управлени") \
            else "Территориальный орган"
        name = f"{head} {m.group('parent')} по {m.group('where')}"
        actor = names.get(name)
        if actor is None:
            actor = names[name] = Actor(name, "organization", None, org_nominative(m.group("parent")), [], [])
            out.append(actor)
        made.add(id(actor))
        if not any(sp.start == m.start() for sp in actor.mentions):  # (found whole by the name rules already)
            actor.mentions.append(Span(m.start(), m.end()))
        if m.group() != name and m.group() not in actor.aliases:
            actor.aliases.append(m.group())
    # the service named only inside its office's name is no actor of its own, and neither is a "person"
    # made of the office's capitalised words ("Управления Федеральной")
    inside = [(m.start(), m.end()) for m in offices]
    return [a for a in out if id(a) in made or not a.mentions
            or not all(any(s <= sp.start and sp.end <= e for s, e in inside) for sp in a.mentions)]

__all__ = ["SYNONYMS", "named_regions", "official", "regions"]

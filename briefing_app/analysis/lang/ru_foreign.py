"""A foreign country's state body is an actor of its own: "Министерство иностранных дел Молдавии" and
"МИД РФ" in one article are two ministries, not one (the organisation rules name both "МИД"). The
mentions of a state body followed by a foreign country in the genitive ("МИД Молдавии", "Минобороны
Украины") or after its adjective ("турецкого МИД", once the text has named that body in full) go to
an organisation named as the text first names it so, the country's; the rest stay where they were."""
from __future__ import annotations

import re

from briefing_app.analysis.lang.ru_countries import COUNTRY_ADJ_RE, alias_of, country
from briefing_app.analysis.lang.ru_org_case import org_nominative
from briefing_app.analysis.lang.ru_orgs import STATE_RE
from briefing_app.core.model import Actor, Span

COUNTRY_AFTER_RE = re.compile(r"[ \t]+(?P<c>[А-ЯЁ][а-яё]+|[А-ЯЁ]{2,4})(?![\w-])")
ADJ_BEFORE_RE = re.compile(r"(?<![\w-])(?P<a>[а-яё]+[сц]к(?:ого|ому|им|ом|ий|ая|ой|ое|ую))[ \t]+$")
MIN_GENITIVE_RE = re.compile(r"^(Мин[а-яё]+[бвгдзклмнпрстфхц])а(?=[ \t])")  # "Минфина США": a declined short name
DECLINED_HEAD_RE = re.compile(r"(?!Мин(?!истерств))[А-ЯЁ][а-яё]{4,}")  # "Министерства", "Государственного"; not "МИД", "Минобороны"


def _foreign(text: str, s: Span) -> tuple[str, Span, bool] | None:
    """The foreign country a mention names and the mention with it (True: with the country after it)."""
    m = COUNTRY_AFTER_RE.match(text, s.end)
    c = country(m.group("c")) if m else None
    if m and c:
        return (c, Span(s.start, m.end()), True) if c != "Россия" else None
    b = ADJ_BEFORE_RE.search(text, max(0, s.start - 30), s.start)
    c = country(b.group("a")) if b and COUNTRY_ADJ_RE.match(b.group("a")) else None
    return (c, Span(b.start(), s.end), False) if b and c and c != "Россия" else None


def foreign_bodies(text: str, out: list[Actor]) -> list[Actor]:
    """out with foreign countries' state bodies split from the Russian ones of the same name."""
    added: list[Actor] = []
    gone: set[int] = set()
    for org in [a for a in out if a.kind == "organization" and STATE_RE.match(a.name) and a.mentions]:
        moved: dict[str, list[tuple[Span, Span, bool]]] = {}
        for s in org.mentions:
            found = _foreign(text, s)
            if found:
                moved.setdefault(found[0], []).append((s, found[1], found[2]))
        for c, spans in moved.items():
            named = next((text[w.start:w.end] for _, w, after in spans if after), None)
            if named is None:
                continue  # "турецкого МИД" alone: no name the text gives it
            name = org_nominative(named) if DECLINED_HEAD_RE.fullmatch(named.split()[0]) else \
                MIN_GENITIVE_RE.sub(r"\1", named, count=1)  # ("Минфина США" -> "Минфин США"; "Минобороны Украины" as it is)
            body = Actor(name, "organization", None, c, [named] if name != named else [],
                         sorted((w for _, w, _ in spans), key=lambda s: s.start))
            added.append(body)
            _heads_follow(text, out, org.name, body, [w for _, w, after in spans if after])
            taken = {id(o) for o, _, _ in spans}
            org.mentions = [s for s in org.mentions if id(s) not in taken]
        if moved and not org.mentions:
            gone.add(id(org))
    return [a for a in out if id(a) not in gone] + added


def _heads_follow(text: str, out: list[Actor], old: str, body: Actor, named: list[Span]) -> None:
    """'Глава Министерства иностранных дел Украины Андрей Сибига': a person whose affiliation was the body's bare name
    and whose mention stands right after a mention naming the country is the foreign body's."""
    for p in out:
        if p.kind == "person" and p.affiliation == old and any(
                0 < s.start - w.end <= 2 and not text[w.end:s.start].strip() for s in p.mentions for w in named):
            p.affiliation = body.name


# a national body's one-word short name, named with its country after it ("Нацбанка Казахстана", "Нацгвардии Украины")
NATIONAL_SHORT_RE = re.compile(r"(?:Нац|Центро)[а-яё]{3,}$")
FOREIGN_AFTER_RE = re.compile(r"[ \t]+(?P<c>[А-ЯЁ][а-яё]+(?:а|я|ы|и))(?![\w-])")  # "Национального банка Казахстана"


def named_with_country(text: str, out: list[Actor]) -> None:
    """'Председатель Национального банка Казахстана': a body of several words (or a national body's short name: "Нацбанка
    Казахстана") named with a foreign country after it is that country's, and its name holds the country (people whose
    affiliation was the bare body follow)."""
    for a in out:
        if a.kind == "organization" and a.affiliation not in (None, "Россия"):
            _own_country_after(text, a)
        if a.kind != "organization" or " " not in a.name and not NATIONAL_SHORT_RE.match(a.name) \
                or a.affiliation not in (None, "Россия") \
                or a.name.startswith("Министерств"):
            continue  # (a foreign ministry and its short forms are ru_foreign's)
        after = next((m for s in a.mentions if (m := FOREIGN_AFTER_RE.match(text, s.end))), None)
        home = country(after.group("c")) if after else None
        if after is None or home is None or home == "Россия" or after.group("c") in a.name:
            continue
        old = a.name
        a.name, a.affiliation = f"{old} {after.group('c')}", home
        for p in out:
            if p.kind == "person" and p.affiliation == old:
                p.affiliation = a.name


def _own_country_after(text: str, a: Actor) -> None:
    """'В Госдепартаменте США', 'Пентагон США', 'Белый дом США': a foreign body known by its own name, named with its country
    after it, has that form as an alias too (as "Минсельхоз" has "Минсельхоз России"): the name as the text writes it."""
    for s in a.mentions:
        m = COUNTRY_AFTER_RE.match(text, s.end)
        if m and country(m.group("c")) == a.affiliation and alias_of(m.group("c")) in (None, "КНР", "ФРГ"):  # (not a capital)
            for full in (f"{a.name} {m.group('c')}", text[s.start:m.end()]):  # ("Госдепартамент США", "Госдепартаменте США")
                if full not in a.aliases:
                    a.aliases.append(full)
            return


__all__ = ["foreign_bodies", "named_with_country"]

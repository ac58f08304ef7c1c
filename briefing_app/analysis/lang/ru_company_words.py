"""Russian companies named by their kind and bodies named only in a title (tenth session): "компании",
"перевозчика", "авиакомпания" after a company is named stand for the company the text calls so or names most
("Ритейлер «Магнит» ... сообщила компания"), never another kind of body or "другие компании"; a body named only in
a person's title ("Лидер оппозиционной Партии свободы и справедливости X") is an actor of its own; a coach or player
is of the club the sentence names before them."""
from __future__ import annotations

import bisect
import re

from briefing_app.analysis.lang.ru_affiliations import OUTLETS, PARTIES, a_city
from briefing_app.analysis.lang.ru_countries import country
from briefing_app.analysis.lang.ru_orgs import FOREIGN_BODIES, STATE_RE, guillemet_nominative
from briefing_app.analysis.spans import SpanReach
from briefing_app.core.model import Actor, Span

# a company named by its kind ("в расписании компании", "Генеральный директор перевозчика", "авиакомпания не планирует",
# "Предприятие обещает")
COMPANY_WORD_RE = re.compile(r"(?<![А-ЯЁа-яё-])(?:(?P<c>(?:[Кк]омпани|[Аа]виакомпани)(?:я|и|ю|ей)|[Пп]редприяти(?:е|я|ю|ем))|(?P<k>(?:[Пп]еревозчик|[Рр]итейлер|"
                             r"[Хх]олдинг|[Кк]онцерн|[Зз]астройщик|[Дд]евелопер)(?:а|у|ом|е)?))(?![а-яё-])")  # (a developer: "Адвокат застройщика")
# words before it that make it any company, not the one named ("другие компании", "российских перевозчиков")
ANY_COMPANY_BEFORE_RE = re.compile(r"(?:[а-яё]+(?:ие|ых|ым|ими)|друг[а-яё]+|эт[иоа]х?|вс[еёи]х?|кажд[а-яё]+|одн[а-яё]+|"
                                   r"нескольк[а-яё]+)[ \t]+$")
NOT_COMPANY_RE = re.compile(r"(?:[Аа]ссоциаци|[Сс]оюз|[Фф]онд|[Кк]омитет|[Сс]овет|[Сс]лужб|[Аа]гентств|[Пп]арти|[Дд]вижени|[Цц]ентр|"
                            r"[Ии]нститут|[Уу]ниверситет|[Пп]алат|[Сс]уд|[Пп]рокуратур|АТОР|РСПП)")
COMPANY_FORMS = {"компани": "компания", "предприяти": "предприятие", "авиакомпани": "авиакомпания", "перевозчик": "перевозчик", "ритейлер": "ритейлер",
                 "холдинг": "холдинг", "концерн": "концерн", "застройщик": "застройщик", "девелопер": "девелопер"}


# a kind of body before a name that is no company ("инвестиционного фонда Mubadala", "кредита Газпромбанка" is one)
OTHER_KIND_BEFORE_RE = re.compile(r"(?:фонд|агентств|бирж|ассоциаци|союз|организаци|министерств|служб)[а-яё]*[ \t]+«?$", re.I)


COMPANY_REACH = 3000  # characters before a kind word that the company it stands for is looked for in


def _introduced_as(text: str, firm: Actor, form: str) -> bool:
    """Is the firm named right after its kind word somewhere ("Ритейлер «Магнит»", "авиакомпании «Победа»")?"""
    return any(text[max(0, s.start - len(form) - 4):s.start].lower().lstrip().startswith(form[:-2]) for s in firm.mentions)


COMPANY_STEMS = ("омпани", "еревозчик", "итейлер", "олдинг", "онцерн", "астройщик", "евелопер", "редприяти")  # each word's letters after its first


def _company_words(text: str) -> list[re.Match[str]]:
    """COMPANY_WORD_RE's matches in text order, read only where a stem occurs (str.find): the pattern scanned over the
    whole text cost as much as the rest of the pass."""
    found: dict[int, re.Match[str]] = {}
    for stem in COMPANY_STEMS:
        at = text.find(stem) if stem in text else -1
        while at >= 0:
            for start in (at - 1, at - 5):  # "компании", "авиакомпании"
                m = COMPANY_WORD_RE.match(text, start) if start >= 0 else None
                if m is not None and (start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "-")):
                    found.setdefault(m.start(), m)
                    break
            at = text.find(stem, at + len(stem))
    return [found[k] for k in sorted(found)]


def company_descriptions(text: str, out: list[Actor]) -> None:
    """'компании', 'перевозчика', 'авиакомпания' after a company is named: an alias and mention of the company the
    text calls so, else the one it names most, else the latest, in the COMPANY_REACH characters before (no state
    body, party, association or outlet; not "другие компании")."""
    if not any(w in text for w in COMPANY_STEMS):
        return
    firms = [a for a in out if a.kind == "organization" and a.mentions and not STATE_RE.match(a.name)
             and a.name not in PARTIES and a.name not in OUTLETS and a.name not in FOREIGN_BODIES and not NOT_COMPANY_RE.search(a.name)
             and a.affiliation in (None, "") and not country(a.name)]
    firms = [f for f in firms if not OTHER_KIND_BEFORE_RE.search(text, max(0, f.mentions[0].start - 30), f.mentions[0].start)]
    spans = sorted((s.start, s.end, i) for i, f in enumerate(firms) for s in f.mentions)  # (as named, before this pass)
    starts = [sp[0] for sp in spans]
    introduced: dict[tuple[int, str], bool] = {}
    for m in _company_words(text) if firms else ():
        lo = bisect.bisect_left(starts, m.start() - COMPANY_REACH)
        at = bisect.bisect_left(starts, m.start())
        if ANY_COMPANY_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()) or lo == at \
                or at < len(starts) and starts[at] <= m.end() + 3 or at and spans[at - 1][1] > m.start():
            continue  # "Ритейлер «Магнит»": the kind word of the name right after it (or inside a name)
        word = m.group().lower()
        form = next(v for k, v in sorted(COMPANY_FORMS.items(), key=lambda kv: -len(kv[0])) if word.startswith(k))
        counts: dict[int, list[int]] = {}  # each firm named in reach: how often, and where last
        for start, _, i in spans[lo:at]:
            c = counts.setdefault(i, [0, 0])
            c[0], c[1] = c[0] + 1, start
        for i in counts:
            if (i, form) not in introduced:
                introduced[(i, form)] = _introduced_as(text, firms[i], form)
        best = max(counts, key=lambda i: (introduced[(i, form)], counts[i][0], counts[i][1]))
        firm = firms[best]
        if form not in firm.aliases:
            firm.aliases.append(form)
        firm.mentions.append(Span(m.start(), m.end()))
        firm.mentions.sort(key=lambda s: s.start)


# a body's head noun in a title's affiliation ("лидер оппозиционной Партии свободы и справедливости")
TITLE_BODY_HEAD_RE = re.compile(r"^(?:Партия|Союз|Ассоциация|Движение|Объединение|Федерация|Конфедерация|Лига|Палата|Академия|"
                                r"Институт|Центр|Фонд|Организация) [а-яё]")


def bodies_of_titles(text: str, out: list[Actor]) -> None:
    """A body named only in a person's title ("Лидер оппозиционной Партии свободы и справедливости Драган Джилас")
    is an actor too, its mention the words the title names it with."""
    names = {a.name for a in out} | {al for a in out for al in a.aliases}
    for a in list(out):
        aff = a.affiliation if a.kind == "person" and a.mentions else None
        if not aff or aff in names or not TITLE_BODY_HEAD_RE.match(aff) or len(aff.split()) < 2:
            continue
        at = a.mentions[0].start
        tail = aff.split(" ", 1)[1]  # the genitive words after the head are the same in every case
        found = text.rfind(" " + tail, max(0, at - 120), at)
        head = text.rfind(" ", max(0, at - 140), found) + 1 if found > 0 else -1
        if head > 0 and text[head:head + 3].lower() == aff[:3].lower():
            out.append(Actor(aff, "organization", None, None, [], [Span(head, found + 1 + len(tail))]))
            names.add(aff)
    for a in list(out):  # "Аналитик Halyk Finance Мурат Темирханов": a firm in Latin letters, written as it is named
        aff = a.affiliation if a.kind == "person" and a.mentions else None
        if aff and aff not in names and LATIN_NAME_RE.fullmatch(aff):
            at = text.rfind(aff, max(0, a.mentions[0].start - len(aff) - 2), a.mentions[0].start)
            if at >= 0:
                out.append(Actor(aff, "organization", None, None, [], [Span(at, at + len(aff))]))
                names.add(aff)


LATIN_NAME_RE = re.compile(r"[A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,3}")  # ("Halyk Finance", "Freedom Finance Global")


# a body named in lower case inside a title, with its genitive complement ("заместитель руководителя департамента
# транспорта и развития дорожно-транспортной инфраструктуры столицы", "начальник управления дорог мэрии")
LOWER_BODY_IN_TITLE_RE = re.compile(
    r"(?<![\w-])(?P<head>департамент|управлени|комитет|комисси|отдел|служб|инспекци|дирекци)[а-яё]*"
    r"(?P<rest>(?:[ \t]+(?:и|[а-яё-]{3,}(?:ого|его|ой|ей|ых|их|а|я|ы|и|ов|ев|ей|ий))){1,8})$")
PLACE_WORDS = frozenset("столицы города региона области края республики района".split())
CITY_WORDS = frozenset("мэрии столицы города".split())
LOWER_HEADS = {"департамент": "департамент", "управлени": "управление", "комитет": "комитет", "комисси": "комиссия",
               "отдел": "отдел", "служб": "служба", "инспекци": "инспекция", "дирекци": "дирекция"}


def lower_bodies_of_titles(text: str, out: list[Actor]) -> None:
    """'Начальник департамента транспорта и дорожно-благоустроительного комплекса мэрии Константин Антонов': the
    department is an actor (in the nominative, with the title's words as an alias) and the person's affiliation; so it
    is when the title names its place after the body and the person had the place ("Начальник департамента транспорта
    Томской области X", "... мэрии Новосибирска X": the department, named with its place)."""
    names = {a.name.lower(): a for a in out if a.kind == "organization"}
    for a in out[:]:
        if a.kind != "person" or not a.title or " " not in a.title or a.affiliation and a.affiliation.lower() in names \
                or not any(head in a.title for head in LOWER_HEADS):
            continue  # (a plain look for a body's word first: the pattern below is slow on long titles)
        place = PLACE_AFTER_RE.search(a.title) if a.affiliation else None  # "... Томской области" in the title
        title = a.title[:place.start()] if place else a.title
        m = LOWER_BODY_IN_TITLE_RE.search(title)
        if m is None or m.group("rest").split()[0] == "и":
            continue
        written = title[m.start():]
        if a.affiliation and place is None:  # the place after the title's words, right before the person's name
            at = min(sp.start for sp in a.mentions) if a.mentions else -1
            found = text.rfind(written, max(0, at - 200), at)
            place = PLACE_AFTER_RE.match(text, found + len(written), at) if found >= 0 else None
            if place is None or place.end() != at:
                continue
        words = m.group("rest").split()
        civic = words[-1] in CITY_WORDS  # "... мэрии", "... столицы": the city's
        if words[-1] in PLACE_WORDS and len(words) > 1:
            words = words[:-1]  # "... инфраструктуры столицы": the body, the place aside
        name = f"{LOWER_HEADS[m.group('head')]} {' '.join(words)}"
        if place:
            name, written = f"{name} {place.group('place')}", f"{written} {place.group('place')}"
        body = names.get(name.lower())
        if body is None:
            found = text.find(written)
            spans = [Span(found, found + len(written))] if found >= 0 else []
            cities = {p.affiliation for p in out if p.kind == "person" and (p.title or "").startswith(("мэр", "глава"))
                      and a_city(p.affiliation)} if civic else set()
            home = a.affiliation if place else cities.pop() if len(cities) == 1 else None
            if place and place.group("city") and (hall := names.get(f"{HALLS[place.group('hall')]} {place.group('city')}".lower())):
                home = hall.name  # "... мэрии Новосибирска": of the city hall the text names
            body = names[name.lower()] = Actor(name, "organization", None, home, [written] if written != name else [], spans)
            out.append(body)
        a.affiliation = body.name
        if place:
            a.title = title[:m.start()].strip() or a.title  # "начальник": the body is in its own field


# a place named after a body inside a title, before the person's name: a region or a city hall ("департамента
# транспорта Томской области X", "... мэрии Новосибирска X")
PLACE_AFTER_RE = re.compile(r"[ \t]+(?P<place>[А-ЯЁ][а-яё-]+(?:ой|ого)[ \t]+(?:области|края|республики)"
                            r"|(?P<hall>мэрии|администрации)[ \t]+(?P<city>[А-ЯЁ][а-яё-]+))(?:[ \t]+|$)")
HALLS = {"мэрии": "мэрия", "администрации": "администрация"}


GUILLEMET_NAME_RE = re.compile(r"«(?P<name>[А-ЯЁA-Z0-9][^«»\n]{0,40})»")


# an outlet that reports, named in guillemets right after its verb: "Как сообщает «Парламентская газета», ...", "Как пишет
# «Коммерсант» со ссылкой на ...", "..., передаёт «Интерфакс»." (not one told, in the dative: "рассказал «Известиям»")
RELAY_VERB = r"(?:сообща(?:ет|ют)|сообщил[аои]?|пиш(?:ет|ут)|написал[аои]?|переда(?:ёт|ет|ют)|передал[аои]?|уточня(?:ет|ют)|отмеча(?:ет|ют))"
AS_RELAYS_RE = re.compile(r"(?<![А-ЯЁа-яё])[Кк]ак[ \t]+(?:[а-яё]+[ \t]+)?" + RELAY_VERB + r"[ \t]+$")
RELAYS_LAST_RE = re.compile(r",[ \t]+" + RELAY_VERB + r"[ \t]+$")
SOURCE_END_RE = re.compile(r"[ \t]*(?:[.!]|$|со[ \t]+ссылкой[ \t]+на[ \t])")
DATIVE_NAME_RE = re.compile(r"(?:ям|ам|у|ю|е)$")


def outlet_sources(text: str, out: list[Actor]) -> None:
    """An outlet that reports the words of a sentence, named in guillemets after its verb, is an organisation (the
    answers keep media when they act); one told something ("рассказал «Известиям»") is not."""
    if "«" not in text:
        return
    names = {a.name for a in out} | {x for a in out for x in a.aliases}
    for m in GUILLEMET_NAME_RE.finditer(text):
        name = m.group("name")
        if name in names or DATIVE_NAME_RE.search(name) or len(name.split()) > 3 or not (
                AS_RELAYS_RE.search(text, max(0, m.start() - 40), m.start())
                or RELAYS_LAST_RE.search(text, max(0, m.start() - 40), m.start()) and SOURCE_END_RE.match(text, m.end())):
            continue
        out.append(Actor(name, "organization", None, None, [], [Span(m.start("name"), m.end("name"))]))
        names.add(name)


def guillemet_mentions(text: str, out: list[Actor]) -> None:
    """'«Спартак» отправил ...', 'Московский «Спартак» расторг', 'полузащитник «Спартака»': every name in guillemets
    whose nominative is an organisation's name is a mention of it."""
    if "«" not in text:
        return
    by_name = {a.name: a for a in out if a.kind == "organization"}
    # each organisation's own mentions, asked once per name in guillemets (a mention added here ends before the
    # next name's «, so it never holds one); the new mentions join them sorted by start at the end
    found: dict[int, tuple[Actor, SpanReach, list[Span]]] = {}
    for m in GUILLEMET_NAME_RE.finditer(text):
        org = by_name.get(m.group("name")) or by_name.get(guillemet_nominative(m.group("name")))
        if org is None:
            continue
        if id(org) not in found:
            found[id(org)] = (org, SpanReach((s.start, s.end) for s in org.mentions), [])
        _, held, new = found[id(org)]
        if not held.covers(m.start("name")):
            new.append(Span(m.start("name"), m.end("name")))
    for org, _, new in found.values():
        if new:
            org.mentions.extend(new)
            org.mentions.sort(key=lambda s: s.start)


# a sports title ("главный тренер", "полузащитник") whose holder plays or coaches for a club
SPORTS_TITLE_RE = re.compile(r"^(?:бывший |исполняющий обязанности )?(?:главн[а-яё]+ )?(?:тренер|наставник|капитан|полузащитник|"
                             r"нападающий|защитник|вратарь|голкипер|форвард|игрок|ассистент)")


def team_people(text: str, out: list[Actor]) -> None:
    """'Футбольный клуб «Зенит» объявил об уходе главного тренера Сергея Семака': a coach or player with no
    affiliation is of the club named before them in the same sentence."""
    bodies = sorted(((s.start, a) for a in out if a.kind == "organization" for s in a.mentions), key=lambda t: t[0])
    for a in out:
        if a.kind != "person" or a.affiliation or not a.title or not a.mentions or not SPORTS_TITLE_RE.match(a.title):
            continue
        at = a.mentions[0].start
        sent = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
        before = [b for start, b in bodies if sent <= start < at]
        if before:
            a.affiliation = before[-1].name


__all__ = ["bodies_of_titles", "company_descriptions", "guillemet_mentions", "lower_bodies_of_titles", "team_people"]

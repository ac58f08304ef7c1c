"""Russian collective sources: a body named in lower case that speaks ("В областной прокуратуре
сообщили", "в мэрии Екатеринбурга заявили", "Источник в правительстве рассказал") is an actor of
its own, named in the nominative ("Областная прокуратура", "Мэрия Екатеринбурга", "Правительство"),
and the source of what it says. A mention that holds an actor already ("представитель ведомства
Светлана Петренко") is that actor's and left to it, and a press service speaks for the body it
serves ("пресс-служба суда"), which is no new actor; a source with no body ("источник, знакомый с ситуацией") stays
without one: nothing is invented."""
from __future__ import annotations

import bisect
import re

from briefing_app.analysis.document import Document
from briefing_app.analysis.lang.ru_body_anaphora import REACH, antecedent
from briefing_app.analysis.lang.ru_countries import country
from briefing_app.analysis.lang.ru_org_case import adjective_for, city_from_genitive, org_nominative
from briefing_app.analysis.lang.ru_orgs import MANY_AFTER_RE, PLURAL_ADJ_BEFORE_RE, STATE_RE
from briefing_app.analysis.trie import class_opening
from briefing_app.core.model import Actor, Span

# a body's head noun in the prepositional case ("в мэрии"), the genitive ("из правительства") or the
# nominative, and its nominative
BODY_NOMINATIVE = {
    "правительств": "правительство", "мэри": "мэрия", "администраци": "администрация", "прокуратур": "прокуратура",
    "министерств": "министерство", "ведомств": "ведомство", "департамент": "департамент", "управлени": "управление",
    "комитет": "комитет", "посольств": "посольство",
    "представительств": "представительство", "правлени": "правление", "горсовет": "горсовет", "заксобрани": "заксобрание",
    "фонд": "фонд", "Фонд": "фонд",  # ("В Фонде развития территорий": no organisation rule names it)
    # kinds that only stand for a body named before, never a new one ("экспертов центра", "По версии следствия")
    "центр": "центр", "следстви": "следствие",
}
GENERIC = frozenset(("центр", "следствие"))
# what a body's name may hold after its head in the genitive ("министерстве жилищно-коммунального хозяйства",
# "Фонде развития территорий"): adjectives, a noun and a plural noun (not "хозяйства причиной аварии")
GENITIVE_NOUN = (r"(?:[а-яё-]{3,}(?:ого|его|ой|ей|ых|их)[ \t]+){0,2}(?:[а-яё]{3,}(?:ства|ения|ания|ития|ости|ции|ики|уры|ов|дел)|"
                 r"хозяйства|защиты|политики|культуры|экологии|энергетики|транспорта|труда|спорта|туризма|бизнеса)")
# ... and a second one joined by "и" ("тарифного регулирования и энергетики", "труда и социальной защиты")
COMPLEMENT = (r"(?:[ \t]+" + GENITIVE_NOUN + r"(?:[ \t]+[а-яё]{3,}(?:ий|ов|ей|ей))?(?:[ \t]+и[ \t]+" + GENITIVE_NOUN + r")?)?")
BODY_RE = re.compile(r"(?<![\w-])(?:(?P<adj>[а-яё]{4,}(?:ой|ом|ем|ого|его)|(?<=в )[а-яё]{4,}(?:ое|ую))[ \t]+)?(?P<noun>(?:"
                     + "|".join(sorted(BODY_NOMINATIVE, key=len, reverse=True)) + r")(?:е|и|а|ы|ой|у|ом|о|я|ие|ия|ь)?)"
                     r"(?P<rest>" + COMPLEMENT + r"(?:[ \t]+(?:[А-ЯЁ][а-яё-]+|республики|региона|области|края|города|района|страны)){0,2})"
                     r"(?![\w-])")


# heads that, bare, stand for a body the text named before ("сообщили в министерстве" after "МИД")
ANAPHORIC = frozenset("министерство ведомство комитет департамент управление посольство представительство правление фонд".split()) \
    | GENERIC


ADJ_BEFORE_RE = re.compile(r"[А-ЯЁа-яё-]{3,}(?:ое|ая|ый|ий|ой|ом|ем|ого|его|ую|ые|ых|их|ым|им|ей)[ \t]+$")  # an adjective: no bare word


def _head(m: re.Match[str]) -> str:
    noun = m.group("noun")
    return next(n for stem, n in sorted(BODY_NOMINATIVE.items(), key=lambda kv: -len(kv[0])) if noun.startswith(stem))


BODY_HINT_RE = re.compile("|".join(BODY_NOMINATIVE))


def _nominative(m: re.Match[str]) -> str:
    head = _head(m)
    adj = adjective_for(m.group("adj"), head) if m.group("adj") else None
    name = " ".join(w for w in (adj, head, m.group("rest").strip()) if w)
    return name[0].upper() + name[1:]


def collective(doc: Document, out: list[Actor]) -> list[Actor]:
    """Add the bodies that speak in lower case to out as actors, each with the mention that speaks; the
    actors it added."""
    text = doc.text
    found = [(q.mention, m) for q in doc.quotes + doc.reported if q.mention is not None
             and BODY_HINT_RE.search(text, q.mention.start, q.mention.end)  # (a plain scan first: faster)
             and (m := BODY_RE.search(text, q.mention.start, q.mention.end)) is not None and m.end() <= q.mention.end]
    if not found:
        return []
    added: list[Actor] = []
    # (a country inside the mention is the body's own complement: "В посольстве России отметили")
    starts = sorted(s.start for a in out if a.kind in ("organization", "person") for s in a.mentions)
    by_name = {a.name.lower(): a for a in out}
    bare = [(mention, m) for mention, m in found if not m.group("adj") and not m.group("rest")
            and _head(m) in ANAPHORIC | {"мэрия", "администрация"}]
    for mention, m in [f for f in found if f not in bare] + bare:  # (the bodies named in full first: "В мэрии" after them)
        i = bisect.bisect_left(starts, mention.start)
        if i < len(starts) and starts[i] < mention.end:
            continue  # (a mention that names an actor is that actor's: "представитель ведомства Светлана Петренко")
        if (mention, m) in bare:  # "сообщили в министерстве", "Предприятие обещает": the body of that kind named before
            body = None if ADJ_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()) else \
                antecedent(out, _head(m), m.start(), m.end()) or _written_before(text, m, out, by_name, added)
            if body is not None:  # (not after an adjective: "Эстонское внешнеполитическое ведомство" is no ministry before)
                body.mentions.append(Span(m.start(), m.end()))
                bisect.insort(starts, m.start())
                continue
            if _head(m) in ANAPHORIC:
                continue
        if m.group("noun")[:1].isupper() and m.start() == mention.start and not m.group("adj") and _head(m) != "фонд":
            continue  # "Правительство Москвы" with a capital: the organisation rules name it (not a "Фонд ...")
        name = _nominative(m)
        actor = by_name.get(name.lower())
        if actor is None:
            place = m.group("rest").split()
            caps = [w for w in place if w[:1].isupper()]
            home = city_from_genitive(org_nominative(" ".join(caps))) if caps else None  # "мэрии Екатеринбурга", "Перми"
            if not place and not m.group("adj") and STATE_RE.match(name):
                home = "Россия"  # "Источник в правительстве": a federal body, unqualified
            actor = Actor(name, "organization", None, home, [], [])
            out.append(actor)
            added.append(actor)
            by_name[name.lower()] = actor
        written = m.group()
        if written.lower() != name.lower() and written not in actor.aliases:
            actor.aliases.append(written)
        if not any(s.start == m.start() for s in actor.mentions):
            actor.mentions.append(Span(m.start(), m.end()))
            bisect.insort(starts, m.start())
    return added


def _written_before(text: str, bare: re.Match[str], out: list[Actor], by_name: dict[str, Actor],
                    added: list[Actor]) -> Actor | None:
    """A body of the bare word's kind written in lower case with its complement before it ("направил запрос в областное
    министерство тарифного регулирования ... В министерстве пообещали"): an actor of its own, found or made."""
    head = _head(bare)
    if head in GENERIC or head in ("мэрия", "администрация"):
        return None
    lo = max(0, bare.start() - REACH)
    last = None
    for m in BODY_RE.finditer(text, lo, bare.start()):
        if _head(m) == head and (m.group("adj") or m.group("rest").strip()) and not m.group("noun")[:1].isupper():
            last = m
    if last is None:
        return None
    name = _nominative(last)
    actor = by_name.get(name.lower())
    if actor is None:
        actor = Actor(name, "organization", None, None, [], [Span(last.start(), last.end())])
        if last.group().lower() != name.lower():
            actor.aliases.append(last.group())
        out.append(actor)
        added.append(actor)
        by_name[name.lower()] = actor
    return actor


# the federal government in lower case, bare ("поручил правительству", "направил в правительство письмо", "кабмина"), and
# what makes it no participant: a qualifier after it (a region's or another country's: "правительство Германии",
# "правительства региона"; "правительству РФ", "правительство России" name the federal one), an adjective before it
# ("турецком правительстве", "переходное правительство") or a title, a meeting or a
# building it is only the complement of ("Председатель правительства", "на заседании правительства", "в Доме правительства")
GOVERNMENT_RE = re.compile(r"(?<![\w-])(?P<g>[Пп]равительств(?:о|а|у|ом|е)|[Кк]абмин(?:а|у|ом|е)?)(?![\w-])")
GOVERNMENT_QUALIFIED_RE = re.compile(r"[ \t]+(?:[А-ЯЁ]|(?:региона|области|края|республики|страны|города|района)(?![\w-]))")
FEDERAL_QUALIFIED_RE = re.compile(r"[ \t]+(?:РФ|России|Российской[ \t]+Федерации)(?![\w-])")  # (part of the mention)
GOVERNMENT_OF_RE = re.compile(r"(?:(?<![\w-])(?:[Зз]аседани|[Сс]овещани|[Чч]лен|[Дд]ом|[Пп]редседател|[Зз]ампред|[Гг]лав|[Рр]уководител|"
                              r"[Аа]ппарат|[Вв]ице-премьер|[Пп]ремьер)[а-яё]*|[А-ЯЁа-яё][а-яё]{2,}(?P<adj>ое|ее|ого|его|ому|ему|ым|им|ом))"
                              r"(?:[ \t]+(?:в|во))?[ \t]+$")
# another government named before ("правительство Германии", "турецкое правительство", "переходное правительство"): a bare
# one after it is that one again ("Канцлер ... заявил, что правительство Германии поддержит ... правительство выделит")
GOVERNMENT_FEDERAL_RE = re.compile(r"[ \t]+(?:Росси|РФ(?![\w-])|Российской|страны(?![\w-]))")  # ("страны": whichever the text is of)
GOVERNMENT_OTHER_ADJ_RE = re.compile(r"(?:(?<![\w-])(?!(?:[Рр]оссийск|[Фф]едеральн))[А-ЯЁа-яё][а-яё]+(?:ск|цк)|(?<![\w-])(?:[Пп]ереходн|[Вв]ременн))"
                                     r"(?:ое|ого|ому|им|ом)[ \t]+$")
# a government that is only the place of a career ("работал в правительстве", "пришёл в правительство", "ушёл из
# правительства"), or many governments ("Европейские правительства", "Правительства многих стран", "правительства стран
# ЕС"): no party of the text's
CAREER_BEFORE_RE = re.compile(r"(?<![\w-])(?:работа[а-яё]*|служи[а-яё]*|приш[её]л|пришл[аи]|приход[а-яё]*|переш[её]л|перешл[аи]|"
                              r"уш[её]л|ушл[аи]|уход[а-яё]*|вош[её]л|вошл[аи]|вернул[а-яё]*|покинул[а-яё]*|назначен[а-яё]*)"
                              r"[ \t]+(?:(?:в|во|из)[ \t]+)?$")
# what ties a paragraph to Russia: a bare government in a paragraph that names another country and none of these is
# that country's ("Министр иностранных дел Франции заявил, что правительство готово к переговорам")
RUSSIAN_RE = re.compile(r"Росси|[Рр]оссийск|РФ|Москв|Кремл|Госдум|Путин|Мишустин|[Фф]едеральн|рубл|[Вв]ице-премьер")
CAPITALISED_RE = re.compile(class_opening("[А-ЯЁ]", r"[\w-]") + r"[а-яё-]{2,}")
FEDERAL_NAME = "Правительство России"


def government(doc: Document, out: list[Actor]) -> None:
    """The federal government named in lower case is an actor whenever the text makes it a party, as the answers keep
    it (score.py: it acts, decides, is asked or addressed; not a meeting's, a building's or a title's complement): one
    actor "Правительство России" (a body that speaks named "Правительство" by collective() is it), its written forms
    its aliases."""
    text = doc.actor_text
    spans = []
    foreign: dict[str, list[tuple[int, int, str]]] = {}  # another country's government: its spans and names
    other = len(text)  # where another government is first named
    named: list[tuple[int, int]] = []  # the federal one named with Russia's name ("правительство России")
    for stem in ("равительств", "абмин"):  # (found by str.find: a scan of the whole text by the pattern cost ~0.7%)
        at = text.find(stem)
        while at > 0:
            m = GOVERNMENT_RE.match(text, at - 1)
            of = GOVERNMENT_OF_RE.search(text, max(0, m.start() - 40), m.start()) if m is not None else None
            if m is not None and of is not None and of.group("adj") and not _agrees(of.group("adj"), m.group("g")):
                of = None  # "указом правительства": a noun in -ом, no adjective of the government
            if m is not None and of is not None and of.group("adj") and FEDERAL_ADJ_RE.match(of.group()):
                named.append((of.start(), m.end("g")))  # "в российском правительстве", "федеральное правительство"
                of = None
                at = text.find(stem, at + len(stem))
                continue
            if m is None or of is not None and not GOVERNMENT_OTHER_ADJ_RE.search(text, max(0, m.start() - 40), m.start()):
                pass  # (a title's, a meeting's: "Председатель правительства Михаил Мишустин" names no other one)
            elif CAREER_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()) or m.group("g")[-1] == "а" and (
                    PLURAL_ADJ_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()) or MANY_AFTER_RE.match(text, m.end())):
                pass  # (a career's place, "работал в правительстве"; many governments, "Правительства стран ЕС")
            elif GOVERNMENT_QUALIFIED_RE.match(text, m.end()) or GOVERNMENT_OTHER_ADJ_RE.search(
                    text, max(0, m.start() - 40), m.start()):
                federal = FEDERAL_QUALIFIED_RE.match(text, m.end())
                if federal is not None:  # "правительству РФ", "правительство России": the federal one, named in full
                    named.append((m.start("g"), federal.end()))
                elif not GOVERNMENT_FEDERAL_RE.match(text, m.end()):
                    other = min(other, m.start())
                    _foreign(text, m, foreign)
            else:
                spans.append(m.span("g"))
            at = text.find(stem, at + len(stem))
    if len(foreign) == 1:  # (after another government: that one again)
        first = next(iter(foreign.values()))
        first.extend((s, e, first[0][2]) for s, e in spans if s > other)
    spans = [sp for sp in spans if sp[0] < other]
    abroad = sorted(sp.start for a in out if a.kind == "country" and a.name != "Россия" for sp in a.mentions)
    if spans:
        home = [sp for sp in spans if not _abroad(text, sp[0], abroad)]
        for s, e in spans:  # "Президент Казахстана ... поручил правительству": the one country of the paragraph's
            if (s, e) not in home and (c := _paragraph_country(text, s, out)) is not None:
                foreign.setdefault(c[0], []).append((s, e, f"правительство {c[1]}"))
        spans = home
    _foreign_actors(text, out, foreign)
    if named:  # (named, it is the federal one wherever it stands)
        spans = sorted(spans + named)
    if not spans:
        return
    actor = next((a for a in out if a.kind == "organization" and a.name in ("Правительство", FEDERAL_NAME)), None)
    if actor is None:
        actor = Actor(FEDERAL_NAME, "organization", None, "Россия", [], [])
        out.append(actor)
    elif actor.name != FEDERAL_NAME:
        for q in doc.quotes + doc.reported:
            if q.speaker == actor.name:
                q.speaker = FEDERAL_NAME
        actor.aliases.append(actor.name)
        actor.name, actor.affiliation = FEDERAL_NAME, actor.affiliation or "Россия"
    held = {sp.start for sp in actor.mentions}
    for s, e in spans:
        written = text[s:e]
        if written.lower() != FEDERAL_NAME.lower() and written not in actor.aliases:
            actor.aliases.append(written)
        if s not in held:
            actor.mentions.append(Span(s, e))
    actor.mentions.sort(key=lambda sp: sp.start)  # (the two stems' spans were found one stem after the other)


COUNTRY_AFTER_RE = re.compile(r"[ \t]+(?P<c>[А-ЯЁ][а-яё-]+)")
# a title, a meeting or a building the government named by an adjective is only the complement of ("глава армянского
# правительства", "на заседании турецкого правительства")
COMPLEMENT_OF_RE = re.compile(r"(?<![\w-])(?:[Зз]аседани|[Сс]овещани|[Чч]лен|[Дд]ом|[Пп]редседател|[Зз]ампред|[Гг]лав|[Рр]уководител|"
                              r"[Аа]ппарат|[Вв]ице-премьер|[Пп]ремьер)[а-яё]*(?:[ \t]+(?:в|во))?[ \t]+$")
COUNTRY_ADJ_RE = re.compile(r"(?P<adj>[А-ЯЁа-яё][а-яё]+(?:ск|цк))(?:ое|ого|ому|им|ом)[ \t]+$")


def _foreign(text: str, m: re.Match[str], foreign: dict[str, list[tuple[int, int, str]]]) -> None:
    """'правительство Германии', 'в турецком правительстве': another country's government named in lower case, kept
    with its country (named as the text gives the country: "правительство Германии", "турецкое правительство")."""
    after = COUNTRY_AFTER_RE.match(text, m.end())
    c = country(after.group("c")) if after else None
    if after is not None and c and c != "Россия":
        foreign.setdefault(c, []).append((m.start("g"), after.end(), f"правительство {after.group('c')}"))
        return
    adj = COUNTRY_ADJ_RE.search(text, max(0, m.start() - 40), m.start())
    c = country(adj.group()) if adj else None
    if adj is not None and c and c != "Россия" and not COMPLEMENT_OF_RE.search(text, max(0, adj.start() - 30), adj.start()):
        foreign.setdefault(c, []).append((adj.start(), m.end("g"), f"{adj.group('adj').lower()}ое правительство"))


def _paragraph_country(text: str, at: int, out: list[Actor]) -> tuple[str, str] | None:
    """The one country other than Russia named in the paragraph before `at`, with its form there (if in the genitive,
    as after a title: "президент Казахстана"; else its name)."""
    para = text.rfind("\n", 0, at) + 1
    found = {(c.name, text[sp.start:sp.end]) for c in out if c.kind == "country" and c.name != "Россия"
             for sp in c.mentions if para <= sp.start < at}
    if len({name for name, _ in found}) != 1:
        return None
    name = next(iter(found))[0]
    genitive = sorted(form for _, form in found if form.endswith(("а", "и", "ы", "я")) and form != name)
    return name, (genitive[0] if genitive else name)


def _foreign_actors(text: str, out: list[Actor], foreign: dict[str, list[tuple[int, int, str]]]) -> None:
    """Each other country's government found above as an actor (one already named in full is it: its mentions added)."""
    for c, found in foreign.items():
        name = found[0][2]
        actor = next((a for a in out if a.kind == "organization" and a.name.lower() == name.lower()), None)
        if actor is None:
            actor = Actor(name, "organization", None, c, [], [])
            out.append(actor)
        held = {sp.start for sp in actor.mentions}
        for s, e, _ in found:
            written = text[s:e]
            if written.lower() != actor.name.lower() and written not in actor.aliases:
                actor.aliases.append(written)
            if s not in held:
                actor.mentions.append(Span(s, e))
                held.add(s)
        actor.mentions.sort(key=lambda sp: sp.start)


FEDERAL_ADJ_RE = re.compile(r"(?:[Рр]оссийск|[Фф]едеральн)[а-яё]+[ \t]")  # an adjective that names the federal government
# the case endings of an adjective that agrees with each ending of "правительство" / "кабмин"
AGREEING = {"о": ("ое", "ее"), "а": ("ого", "его"), "у": ("ому", "ему"), "ом": ("ым", "им"), "е": ("ом",), "н": ()}


def _agrees(adj_end: str, noun: str) -> bool:
    """Whether an adjective ending agrees in case with the government word ("новое правительство", "турецком
    правительстве"; not "указом правительства", where "-ом" is a noun's)."""
    end = next((e for e in ("ом", "о", "а", "у", "е", "н") if noun.endswith(e)), "")
    return adj_end in AGREEING.get(end, ())


def _abroad(text: str, at: int, abroad: list[int]) -> bool:
    """Whether the paragraph before `at` names another country (a start in abroad, or a place of one: "В Нигере военные
    захватили власть") and nothing Russian."""
    para = text.rfind("\n", 0, at) + 1
    if RUSSIAN_RE.search(text, para, at):
        return False
    return any(para <= s < at for s in abroad) or any(
        (c := country(m.group())) and c != "Россия" for m in CAPITALISED_RE.finditer(text, para, at))


__all__ = ["collective", "government"]

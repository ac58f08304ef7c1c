"""Russian bodies across an article (sixth session): the agency of a dateline credit ("МОСКВА,
12 ноября. /ТАСС/.") is no actor; "МИД РФ" / "МИД России" is an alias of МИД; "Брюссель" stands
for the Евросоюз when the text names it; a party in guillemets ("от «Яблока»") is an actor and a
deputy's affiliation; a committee "по ..." in a title is a body of its own ("председатель комитета
по развитию транспортной инфраструктуры"), or of the legislature its paragraph names
("Глава комитета по охране здоровья" after "Госдумы"); "Его заместитель" works where the person
before does; a city body with a city in the genitive keeps it ("Прокуратура Санкт-Петербурга")."""
from __future__ import annotations

import re

from briefing_app.analysis.cues import stem_matches
from briefing_app.analysis.lang import ru_foreign, ru_heads
from briefing_app.analysis.lang.ru_countries import country
from briefing_app.analysis.lang.ru_names import is_given
from briefing_app.analysis.lang.ru_org_case import city_from_genitive, org_nominative
from briefing_app.analysis.occurrences import word_starts
from briefing_app.analysis.trie import class_opening
from briefing_app.core.model import Actor, Span

# "МОСКВА, 12 ноября. /ТАСС/.", "МОСКВА, 5 дек — РИА Новости.": the agency's credit in a dateline
DATELINE_AGENCY_RE = re.compile(r"^[А-ЯЁ -]{3,30},[^\n]{0,30}?(?:/(?P<a>[А-ЯЁA-Z][А-ЯЁA-Zа-яё -]{1,20})/|[—–][ \t]+(?P<b>[А-ЯЁA-Z][\w -]{1,20}?)\.)",
                                re.M)
COUNTRY_AFTER_RE = re.compile(r"[ \t]+(?:РФ|России)(?![\w-])")
BRUSSELS_RE = re.compile(class_opening("Б", r"[\w-]") + r"рюссел[ьяюем]{1,2}(?![\w-])")
# "от «Яблока»", "партии «Новые люди»": the party's name and its nominative
PARTIES = {"яблок": "Яблоко", "единая росси": "Единая Россия", "единой росси": "Единая Россия",
           "справедлив": "Справедливая Россия", "новые люди": "Новые люди", "новых люд": "Новые люди"}
PARTY_QUOTED_RE = re.compile(r"(?:(?<![\w-])от|[Пп]арти[а-яё]*|[Фф]ракци[а-яё]*|\()[ \t]*«(?P<name>[^»\n]{2,30})»")
# "в газете «Известия»": a newspaper or agency by its stem, where it publishes (an outlet that only receives words, "в
# интервью «Известиям»", "рассказал изданию «РБК»", is no actor: the set's convention from held3 and s9 on)
MEDIA = {"известия": "Известия", "ведомост": "Ведомости", "коммерсант": "Коммерсантъ", "российск газет": "Российская газета",
         "интерфакс": "Интерфакс", "тасс": "ТАСС", "риа новост": "РИА Новости", "рбк": "РБК"}
MEDIA_RE = re.compile(r"(?:газете|издании|журнале)[ \t]+«(?P<name>[^»\n]{2,30})»")  # (its words first: the engine skips to them)
IN_BEFORE_RE = re.compile(r"(?<![\w-])[Вв][ \t]$")  # ... after "в" (read back from each match)
# "ГУ МЧС по региону", "Главного управления МЧС России по Иркутской области", "Управления Роспотребнадзора по Свердловской
# области", "ГУ МВД по Москве": a territorial branch of a federal body (by its acronym or its one-word name)
BRANCH_RE = re.compile(r"(?<![\w-])(?P<name>(?P<core>(?:ГУ|Главн(?:ое|ого|ому|ом) управлени[еяюи]|Управлени[еяюи])[ \t]+"
                       r"(?P<parent>[А-ЯЁ]{2,6}|Рос[а-яё]{4,}[аиы])(?P<country>[ \t]+(?:России|РФ))?)"
                       r"(?:[ \t]+по[ \t]+(?:[А-ЯЁ][а-яё-]+(?:ой|ому)[ \t]+(?:области|краю|республике)|"
                       r"(?:г\.[ \t]*|городу[ \t]+)?[А-ЯЁ][а-яё-]+[еуи]|Республике[ \t]+[А-ЯЁ][а-яё-]+))?)(?![\w-])")
BRANCH_STEMS = ("ГУ", "Главн", "Управлени")  # every match of BRANCH_RE opens with one (branches() looks for them first)
BRANCH_CASE_RE = re.compile(r"^(?:Главн(?:ое|ого|ому|ом) управлени[еяюи]|Управлени[яюи])")
REGION_DATIVE_RE = re.compile(r"([А-ЯЁ][а-яё-]+)(?:ой|ому) (области|краю|республике)$")
REGION_GEN_RE = re.compile(r"[ \t]+(?P<region>[А-ЯЁ][а-яё-]+(?:ой|ого)[ \t]+(?:области|края|республики))")
# "комитета по развитию транспортной инфраструктуры": a committee or commission "по ..." in lower case
COMMITTEE_RE = re.compile(r"(?<![\w-])(?P<head>комитет|комисси|департамент|управлени)[а-яё]*[ \t]+по[ \t]+"
                          r"(?P<rest>[а-яё-]+(?:[ \t]+[а-яё-]+){0,3})")
LEGISLATURE_RE = re.compile(r"(?<![\w-])(?:Госдум|Государственн[а-яё]+ дум|Совет[а-яё]* Федерации|Законодательн[а-яё]+ собрани|"
                            r"Мосгордум)[а-яё]*")
# (a feminine city or a republic in -и too: "Мэрия Казани", "Правительство Якутии")
GENITIVE_CITY_RE = re.compile(r"[ \t]+(?P<city>(?:Санкт-)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?[аыи])(?![\w-])")
# "Арбитражный суд Москвы", "Тверской районный суд Москвы", "Басманный суд Москвы" (a district's court by the district's
# adjective alone): a court named with its city or region after it (not the country's high courts: "Верховный суд России")
COURT_TYPE = r"(?:[Аа]рбитражный|[Гг]ородской|[Рр]айонный|[Оо]бластной|[Кк]раевой|[Оо]кружной|[Гг]арнизонный|[Мм]ежрайонный)"
COURT_RE = re.compile(r"(?:(?!(?:Верховный|Конституционный|Высший)[ \t])[А-ЯЁ][а-яё]+(?:ий|ой|ый)[ \t]+(?:" + COURT_TYPE
                      + r"[ \t]+)?|" + COURT_TYPE + r"[ \t]+)суд")
CITY_BODIES = ("Прокуратура", "Правительство", "Администрация", "Мэрия", "Законодательное собрание", "Государственный совет",
               "Народное собрание", "Государственное собрание", "Городская дума", "Законодательная дума", "Областная дума",
               "Краевая дума")
LEGISLATURES = ("Законодательное собрание", "Законодательная дума", "Областная дума", "Краевая дума", "Городская дума")
# a region's ministry or department named by its field, the region right after ("Министерство экологии Московской
# области", "Департамент транспорта Томской области"); not a country's ("Министерство обороны Украины": no region)
REGIONAL_OFFICE_RE = re.compile(r"(?:Министерство|Департамент)[ \t]+[а-яё]")


def dateline_agency(text: str) -> str | None:
    """The agency credited in the dateline, if any ("ТАСС")."""
    m = DATELINE_AGENCY_RE.search(text[:300])
    return (m.group("a") or m.group("b")).strip() if m else None


def _party(name: str) -> str | None:
    low = name.lower()
    return next((full for stem, full in PARTIES.items() if low.startswith(stem)), None)


# an outlet told something: right after a verb of saying ("рассказал РБК", "сообщил ТАСС, что") or between
# a body and its verb ("В Минтрансе РБК пояснили")
RECEIVER_BEFORE_RE = re.compile(r"(?:[а-яё]{3,}(?:ал|ил|ел|ял|ла|ли)|В[о]?[ \t]+[А-ЯЁ][А-ЯЁа-яё-]*|интервью|\))[ \t]+$")
RECEIVER_AFTER_RE = re.compile(r"[ \t]+[а-яё]{3,}(?:ли|ют|ят)(?![а-яё])")


# an outlet spoken to ("в разговоре с сербским изданием Sportal", "в интервью газете Financial Times")
SPOKEN_TO_RE = re.compile(r"(?:в[ \t]+(?:разговоре|беседе|интервью)[ \t]+(?:с[ \t]+)?(?:[а-яё]+(?:им|ым|ой|ому)[ \t]+)?"
                          r"(?:изданием|газетой|телеканалом|агентством|порталом|журналом|изданию|газете|телеканалу|агентству|"
                          r"порталу|журналу))[ \t]+«?$")


def _only_told(text: str, a: Actor) -> bool:
    """An outlet every mention of which receives a comment: no actor of the text."""
    if a.kind == "organization" and a.mentions and all(SPOKEN_TO_RE.search(text, max(0, s.start - 60), s.start)
                                                       for s in a.mentions):
        return True
    return a.kind == "organization" and a.name.split()[-1].upper() in {"РБК", "ТАСС", "ИНТЕРФАКС"} and all(
        text[s.start - 1:s.start] == "/"  # the dateline's credit ("/ТАСС/")
        or (s.start == 0 or text[s.start - 1] == "\n") and text[s.end:s.end + 1] == ":"  # "РБК: " asks the questions
        or RECEIVER_BEFORE_RE.search(text, max(0, s.start - 30), s.start)
        and (not text[s.start - 3:s.start].strip().startswith("В") or RECEIVER_AFTER_RE.match(text, s.end))
        or " " in a.name and RECEIVER_AFTER_RE.match(text, s.end)  # "В правительстве Подмосковья Интерфаксу сообщили"
        for s in a.mentions)


DATELINE_CITY_RE = re.compile(r"[А-ЯЁ-]{3,30},[ \t]+[0-9]{1,2}[ \t]+[а-яё]+")


def _dateline_city(text: str, a: Actor) -> bool:
    """'ВЕНА, 4 марта.': a city in capitals opening a dateline is no organisation."""
    return a.kind == "organization" and a.name.isupper() and all(
        (s.start == 0 or text[s.start - 1] == "\n") and DATELINE_CITY_RE.match(text, s.start) for s in a.mentions)


MIN_ONE_WORD_RE = re.compile(r"Мин[а-яё]{3,}")  # a ministry's one-word short name ("Минсельхоз", "Минфин")
# acronyms of Russian federal bodies the answers name with the country when the text does ("МИД России": ru94, ru125,
# ru129, ru137; ru47 lists both)
HOME_NAMED = frozenset(("МИД",))


def bodies(text: str, out: list[Actor]) -> list[Actor]:
    """The article's actors with the rules above applied (a new list: a credited agency and an outlet
    that is only told things leave it)."""
    credited = dateline_agency(text)
    out = [a for a in out if not (credited and a.kind == "organization" and a.name == credited and len(a.mentions) == 1)
           and not _only_told(text, a) and not _dateline_city(text, a)]
    names = {a.name: a for a in out}
    for a in out:
        if a.kind == "organization" and (a.name.isupper() or MIN_ONE_WORD_RE.fullmatch(a.name)):  # ("Минсельхозе России")
            for s in list(a.mentions):
                after = COUNTRY_AFTER_RE.match(text, s.end)
                if after and (form := text[s.start:after.end()]) not in a.aliases:
                    a.aliases.append(form)  # "МИД РФ"
            home = next((f for f in a.aliases if f.split()[0] == a.name and f.endswith(" России")), None)
            if home is not None and a.name in HOME_NAMED:  # "Глава МИД России Сергей Лавров": the body as the text names it
                a.aliases = [a.name, *(f for f in a.aliases if f != home)]
                a.name = home
    eu = names.get("Евросоюз")
    if eu is not None:
        for m in BRUSSELS_RE.finditer(text):
            eu.mentions.append(Span(m.start(), m.end()))
            if m.group() not in eu.aliases:
                eu.aliases.append(m.group())
    ru_foreign.named_with_country(text, out)
    _parties(text, out, names)
    _media_and_branches(text, out, names)
    _committees(text, out, names)
    _city_bodies(text, out)
    _foreign_bodies(text, out)
    _missions(text, out)
    ru_heads.deputies(text, out)
    ru_heads.heads_of_it(text, out)
    branches = [(s.start, s.end) for a in out if a.kind == "organization" and BRANCH_RE.fullmatch(a.name) for s in a.mentions]
    if branches:  # "Главном управлении" inside "В Главном управлении МЧС по ... области": the branch's words, no body
        parents = {a.affiliation for a in out if a.kind == "organization" and BRANCH_RE.fullmatch(a.name)}
        out = [a for a in out if a.kind != "organization" or BRANCH_RE.fullmatch(a.name) or not a.mentions or a.name in parents
               or not all(any(b0 <= s.start and s.end <= b1 for b0, b1 in branches) for s in a.mentions)]
    return out


PARTY_BEFORE_RE = re.compile(r"(?:(?<![\w-])от|[Пп]арти[а-яё]*|[Фф]ракци[а-яё]*|\()[ \t]*$")
PARTY_REACH = 30  # characters before a "«" that "партии", "фракции", "от" or "(" are read in


def _party_quoted(text: str) -> list[re.Match[str]]:
    """PARTY_QUOTED_RE's matches, read only before each "«" (str.find) instead of at every position of the text."""
    found: list[re.Match[str]] = []
    end, at = 0, text.find("«")
    while at != -1:
        if at >= end:
            before = PARTY_BEFORE_RE.search(text, max(end, at - PARTY_REACH), at)
            m = PARTY_QUOTED_RE.match(text, before.start()) if before else None
            if m is not None:
                found.append(m)
                end = m.end()
        at = text.find("«", at + 1)
    return found


def _parties(text: str, out: list[Actor], names: dict[str, Actor]) -> None:
    for m in _party_quoted(text):
        party = _party(m.group("name"))
        if party is None:
            continue
        actor = names.get(party)
        if actor is None:
            actor = names[party] = Actor(party, "organization", None, None, [], [])
            out.append(actor)
        actor.mentions.append(Span(m.start("name"), m.end("name")))
        named_from = f"от «{m.group('name')}»"  # (a plain substring test before the pattern: most titles lack it)
        named_from_re = re.compile(r"\b" + re.escape(named_from))
        bracket = text[m.start()] == "("
        for a in out:  # "Депутат ... от «Яблока» Борис Вишневский", "Антон Горелкин («Единая Россия»)": the deputy's
            if a.kind == "person" and (a.title and named_from in a.title and named_from_re.search(a.title)
                                       or bracket and any(0 <= m.start() - s.end <= 3 for s in a.mentions)):
                a.affiliation = party


def _media_and_branches(text: str, out: list[Actor], names: dict[str, Actor]) -> None:
    for m in MEDIA_RE.finditer(text):
        if not IN_BEFORE_RE.search(text, max(0, m.start() - 2), m.start()):
            continue
        low = m.group("name").lower()
        name = next((full for stem, full in MEDIA.items() if low.startswith(stem)), None)
        if name is not None and name not in names:
            names[name] = Actor(name, "organization", None, None, [], [Span(m.start("name"), m.end("name"))])
            out.append(names[name])
    for m in stem_matches(BRANCH_RE, BRANCH_STEMS, text):  # (a scan tries the pattern's look-behind at every offset)
        name = BRANCH_CASE_RE.sub(lambda h: "Главное управление" if h.group().startswith("Гл") else "Управление",
                                  m.group("name"))  # "В Главном управлении МЧС по ... области"
        name = REGION_DATIVE_RE.sub(lambda r: f"{r.group(1)}ой {r.group(2)}", name)  # ("по Оренбургской области")
        if name not in names:  # the parent body in the nominative, with the country the text gives it ("МЧС России")
            parent = org_nominative(m.group("parent")) + (m.group("country") or "")
            names[name] = Actor(name, "organization", None, parent, [], [])
            out.append(names[name])
        names[name].mentions.append(Span(m.start(), m.end()))
        core = m.group("core")
        for a in out:  # "Руководитель Управления Роспотребнадзора по ... области Дмитрий X": the branch's
            if a.kind == "person" and a.title and core in a.title and (a.affiliation is None or a.affiliation in core
                                                                       or core.startswith(a.affiliation)):
                a.affiliation = name
    for a in out:  # "Начальник главка": the branch named before
        if a.kind == "person" and not a.affiliation and a.title and re.search(r"\bглавка\b", a.title):
            branches = [b for b in out if b.kind == "organization" and BRANCH_RE.fullmatch(b.name) and b.mentions
                        and b.mentions[0].start < a.mentions[0].start]
            a.affiliation = branches[-1].name if branches else None


def _committees(text: str, out: list[Actor], names: dict[str, Actor]) -> None:
    for a in out:
        if a.kind != "person" or a.affiliation or not a.title:
            continue
        at = a.mentions[0].start if a.mentions else 0
        m = COMMITTEE_RE.search(text, max(0, at - 150), at) if COMMITTEE_RE.search(a.title) else None
        if m is None:
            continue
        para = text[text.rfind("\n", 0, at) + 1:at]
        legislature = [x for x in out if x.kind == "organization" and LEGISLATURE_RE.match(x.name)]
        if LEGISLATURE_RE.search(para) and len(legislature) == 1:
            a.affiliation = legislature[0].name  # a committee of the Duma named in the paragraph
            continue
        head = {"комисси": "Комиссия", "управлени": "Управление"}.get(m.group("head"), m.group("head").capitalize())
        name = f"{head} по {m.group('rest')}"
        if name not in names:
            names[name] = Actor(name, "organization", None, None, [], [Span(m.start(), m.end())])
            out.append(names[name])
        a.affiliation = name


# a foreign country in the genitive right after a state body ("Центральная избирательная комиссия Молдавии")
COUNTRY_GEN_RE = re.compile(r"[ \t]+(?P<c>[А-ЯЁ][а-яё]+(?:ии|и|ы|а))(?![\w-])")
STATE_BODY_RE = re.compile(r"(?:[А-ЯЁ][а-яё]+(?:ая|ый|ое|ий)[ \t]+)*(?:[а-яё]+(?:ая|ый|ое|ий)[ \t]+)*(?:комиссия|парламент|правительство|"
                           r"министерство|суд|служба|генпрокуратура|прокуратура)$", re.I)


MISSION_RE = re.compile(r"(?:Мисси|Делегаци)[яиюей]{1,2}[ \t]+(?P<org>[А-ЯЁA-Z]{2,6})(?![\w-])")


def _missions(text: str, out: list[Actor]) -> None:
    """'Миссия ОБСЕ отметила': the organisation's mission is the organisation (an alias and a mention)."""
    by_name = {a.name: a for a in out if a.kind == "organization"}
    for m in MISSION_RE.finditer(text) if "Мисси" in text or "Делегаци" in text else ():
        org = by_name.get(m.group("org"))
        if org is not None and m.group() not in org.aliases:
            org.aliases.append(m.group())
            org.mentions.append(Span(m.start(), m.end()))


def _foreign_bodies(text: str, out: list[Actor]) -> None:
    """'Центральная избирательная комиссия Молдавии': a body named with a foreign country keeps it in its name,
    the short name an alias, and the country as its affiliation."""
    for a in out:
        if a.kind != "organization" or a.affiliation or not a.mentions or not STATE_BODY_RE.fullmatch(a.name):
            continue
        after = COUNTRY_GEN_RE.match(text, a.mentions[0].end)
        c = country(after.group("c")) if after else None
        if after and c and c != "Россия":
            a.aliases.append(a.name)
            a.name, a.affiliation = f"{a.name} {after.group('c')}", c
            a.mentions[0] = Span(a.mentions[0].start, after.end())


# a family name in the genitive after a body is its head's, no place ("Правительство Мишустина", "Администрация Медведева")
SURNAME_GEN_RE = re.compile(r"(?:ина|ына|ева|ёва)$")


def _genitive_city(text: str, at: int) -> re.Match[str] | None:
    """A city in the genitive right after a body's name at `at` ("Законодательное собрание Петербурга"), not a woman's
    given name opening the name of the person after it ("депутат Законодательного собрания Ольга Ерёменко")."""
    city = GENITIVE_CITY_RE.match(text, at)
    return None if city is None or is_given(city.group("city")) or SURNAME_GEN_RE.search(city.group("city")) else city


# a district after a city's prosecutor's office or administration, its city after it if any ("Прокуратура Калининского
# района", "Прокуратура Центрального административного округа Омска", "Администрация Советского района Казани")
DISTRICT_GEN_RE = re.compile(r"[ \t]+(?P<district>[А-ЯЁ][а-яё-]+ого[ \t]+(?:административного[ \t]+)?(?:района|округа))"
                             r"(?:[ \t]+(?P<city>(?:Санкт-)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?[аыи])(?![\w-]))?")


def _district_bodies(text: str, out: list[Actor]) -> None:
    """'Прокуратура Калининского района начала проверку': a district's prosecutor's office or administration, named with
    the district (and its city) after it, is that body (it was the bare "Прокуратура"); its place is its affiliation."""
    for a in out:
        if a.kind != "organization" or a.name not in ("Прокуратура", "Администрация") or not a.mentions:
            continue
        found = next(((i, d) for i, sp in enumerate(a.mentions) if (d := DISTRICT_GEN_RE.match(text, sp.end))), None)
        if found is None:
            continue
        at, m = found
        city = m.group("city") if m.group("city") and not is_given(m.group("city")) \
            and not SURNAME_GEN_RE.search(m.group("city")) else None  # ("... района Ольга Петрова": a name, no city)
        a.name = f"{a.name} {m.group('district')}" + (f" {city}" if city else "")
        if city:
            a.affiliation = city_from_genitive(org_nominative(city))
        a.mentions[at] = Span(a.mentions[at].start, m.end() if city else m.end("district"))


# the same office in lower case, in any case ("направила запрос в прокуратуру Фрунзенского района")
LOWER_DISTRICT_BODY_RE = re.compile(r"(?P<head>прокуратур|администраци)(?:а|ы|е|у|ой|я|и|ю|ей)(?=[ \t]+[А-ЯЁ])")
LOWER_HEADS = {"прокуратур": "Прокуратура", "администраци": "Администрация"}


def _lower_district_bodies(text: str, out: list[Actor]) -> None:
    """'в прокуратуру Фрунзенского района': a district's office named in lower case is that body too (its mentions added
    to the actor of the same name, or a new one)."""
    names = {a.name: a for a in out}
    # (tried where its words stand: a pattern opening with a look-behind is tried at every offset of the text)
    starts = sorted(at for head in LOWER_HEADS for at in word_starts(text, head))
    for m in (LOWER_DISTRICT_BODY_RE.match(text, at) for at in starts):
        d = DISTRICT_GEN_RE.match(text, m.end()) if m else None
        if m is None or d is None or d.group("city") and (is_given(d.group("city")) or SURNAME_GEN_RE.search(d.group("city"))):
            continue
        city = d.group("city")
        name = f"{LOWER_HEADS[m.group('head')]} {d.group('district')}" + (f" {city}" if city else "")
        actor = names.get(name)
        if actor is None:
            actor = names[name] = Actor(name, "organization", None,
                                        city_from_genitive(org_nominative(city)) if city else None, [], [])
            out.append(actor)
        actor.mentions.append(Span(m.start(), d.end() if city else d.end("district")))
        actor.mentions.sort(key=lambda sp: sp.start)


def _city_bodies(text: str, out: list[Actor]) -> None:
    _district_bodies(text, out)
    _lower_district_bodies(text, out)
    for a in out:
        office = a.kind == "organization" and REGIONAL_OFFICE_RE.match(a.name) is not None
        if a.kind == "organization" and (a.name in CITY_BODIES or COURT_RE.fullmatch(a.name) or office) and a.mentions:
            placed = next((i for i, sp in enumerate(a.mentions) if REGION_GEN_RE.match(text, sp.end)
                           or not office and _genitive_city(text, sp.end)), None)
            if placed is None or len(a.mentions) > 1 and text[a.mentions[placed].start:a.mentions[placed].end] != a.name \
                    and not (placed == 0 and (office or a.name in LEGISLATURES)):
                continue  # (named once with its place, the other mentions are short forms of it; a legislature or an
                # office named first with its place, in any case: "Депутат Законодательной думы Томской области ...
                # Председатель Законодательной думы")
            a.mentions.insert(0, a.mentions.pop(placed))
            region = REGION_GEN_RE.match(text, a.mentions[0].end)
            if region:  # "Прокуратура Оренбургской области": the region's
                for p in out:  # "депутат Законодательного собрания Свердловской области": of the full name
                    if p.kind == "person" and p.affiliation == a.name and region.group("region") in (p.title or ""):
                        p.affiliation = f"{a.name} {region.group('region')}"
                if COURT_RE.fullmatch(a.name):
                    a.aliases.append(a.name)  # "Красногорский городской суд" stays a name of it
                a.name = f"{a.name} {region.group('region')}"
                a.affiliation = org_nominative(region.group("region"))
                a.mentions[0] = Span(a.mentions[0].start, region.end())
                continue
            city = _genitive_city(text, a.mentions[0].end)
            if city:
                if COURT_RE.fullmatch(a.name):
                    a.aliases.append(a.name)
                for p in out:  # "депутат Государственного совета Татарстана": of the full name
                    if p.kind == "person" and p.affiliation == a.name and city.group("city") in (p.title or ""):
                        p.affiliation = f"{a.name} {city.group('city')}"
                a.name = f"{a.name} {city.group('city')}"
                if a.affiliation in (None, "Россия"):  # "Прокуратура Санкт-Петербурга", "Государственный совет Татарстана"
                    a.affiliation = city_from_genitive(org_nominative(city.group("city")))  # ("Мэрия Казани": Казань)
                a.mentions[0] = Span(a.mentions[0].start, city.end())

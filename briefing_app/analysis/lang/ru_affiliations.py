"""Russian affiliations and descriptions resolved across an article: "представитель ведомства" /
"секретарь генсовета партии" -> the state body or party named before; "министр ... региона" ->
the one region named; "альянс", "регулятор", "ведомство" as aliases of the latest organisation
they fit."""
from __future__ import annotations

import bisect
import re

from briefing_app.analysis.lang import ru_regions
from briefing_app.analysis.lang.ru_countries import country
from briefing_app.analysis.lang.ru_names import given_any_case
from briefing_app.analysis.lang.ru_org_case import city_from_genitive, org_nominative
from briefing_app.analysis.lang.ru_orgs import FOREIGN_BODIES, NOT_ORG_ACRONYMS, PARENT_ACRONYM_RE, PARTY_RE, STATE_RE
from briefing_app.analysis.trie import cased_opening, class_opening
from briefing_app.core.model import Actor, Span

PARTIES = frozenset("КПРФ ЛДПР Яблоко".split())
ACRONYM_RE = re.compile(r"[А-ЯЁ]{2,6}")
OUTLETS = frozenset(("РИА Новости", "ТАСС", "Интерфакс", "РБК", "Известия", "Ведомости", "Коммерсантъ", "Российская газета"))


def _fits_description(text: str, org: Actor, word: str) -> bool:
    """'партии' stands for a party, 'ведомства' / 'министерства' for a state body, 'компании' for
    a company (neither of those)."""
    if org.name in OUTLETS and word != "агентства":
        return False  # "директора компании" after "сообщает РИА Новости": not the agency's
    party = org.name in PARTIES or any(PARTY_RE.search(text, max(0, m.start - 12), m.start) for m in org.mentions)
    state = bool(STATE_RE.match(org.name)) or org.name in FOREIGN_BODIES  # (the State Department is a "ведомство")
    if word in ("театра", "банка", "университета", "музея", "суда", "ассоциации", "фонда", "института", "союза", "академии",
                "совета", "больницы", "поликлиники", "школы", "колледжа", "профсоюза", "департамента", "центра"):
        # "директор театра": the theatre named before; "сопредседатель профсоюза": the union named "профсоюз «Учитель»";
        # "исполнительный директор ассоциации" after "Ассоциации компаний интернет-торговли (АКИТ)": a form the text gave it;
        # "вице-президент академии" after "РАН": an acronym holding the kind's letter (not a state body's: ФАС)
        kind = word[:-1]
        return kind in org.name.lower() or any(kind in n.lower() for n in org.aliases) \
            or any(kind in text[max(0, sp.start - 16):sp.start].lower() for sp in org.mentions) \
            or bool(ACRONYM_RE.fullmatch(org.name)) and kind[0].upper() in org.name and not state
    return party if word in ("партии", "фракции") else state if word in ("ведомства", "министерства") else not (party or state) \
        if word in ("компании", "предприятия", "клуба", "команды", "холдинга", "перевозчика", "авиакомпании", "концерна",
                    "корпорации", "госкорпорации", "ритейлера") else True


def agencies(text: str, out: list[Actor]) -> None:
    """'представитель ведомства' / 'компании': the agency or company is the organisation named
    last before the person."""
    orgs = [a for a in out if a.kind == "organization" and a.mentions]
    for a in out:
        word = re.search(r"\b(?:ведомства|компании|организации|министерства|партии|клуба|команды|холдинга|театра|"
                         r"банка|университета|музея|суда|перевозчика|авиакомпании|концерна|корпорации|госкорпорации|"
                         r"ритейлера|фракции|ассоциации|фонда|института|союза|профсоюза|академии|совета|больницы|поликлиники|школы|колледжа|"
                         r"предприятия|департамента|центра)$",
                         a.title or "")
        if a.kind != "person" or a.affiliation or not word or not a.mentions:
            continue
        at = a.mentions[0].start
        fits = [o for o in orgs if _fits_description(text, o, word.group()) and o.mentions[0].start < at]
        stem = word.group()[:-2]  # "ритейлера": an organisation the text calls "Ритейлер «Магнит»" first
        if len(fits) > 1 and stem[1:] in text:  # (among those named before the person)
            named_so = [o for o in fits if any(stem in text[max(0, sp.start - 16):sp.start].lower() for sp in o.mentions)]
            fits = named_so or fits
        before = [(max(s.start for s in o.mentions if s.start < at), o) for o in fits]
        if before:
            a.affiliation = max(before, key=lambda t: t[0])[1].name


REGION_RE = re.compile(class_opening("[А-ЯЁ]", r"[\w-]") + r"[а-яё-]+(?:ой|ого|ая|ий|ый)[ \t]+(?:област(?:ь|и|ью|ей|ям|ях)|кра(?:й|я|ю|ем|е)|"
                       r"республик(?:а|и|е|у|ой))(?![а-яё])")  # (not "Государственная областная больница")
REGION_END_RE = re.compile(r"(?<=[ \t])[А-ЯЁ][а-яё-]+(?:ой|ого)[ \t]+(?:области|края|республики)$")


# descriptions standing for the latest organisation they fit: the form of the alias and what fits
ORG_DESCRIPTIONS = {"альянс": ("альянс", ("НАТО", "альянс", "Альянс")),
                    "регулятор": ("регулятор", ("Банк", "банк", "ЦБ", "Центробанк")),
                    "ведомств": ("ведомство", ("Министерств", "Мин", "МИД", "МЧС", "служб", "комитет", "агентств", "министерств", "Госдеп",
                                               "надзор", "Росстат", "Росавиаци", "Росреестр")),
                    "министерств": ("министерство", ("Министерств", "Мин", "МИД")),
                    "суд": ("суд", (" суд", "Суд")),  # "пресс-служба суда": the court named before
                    "агентств": ("агентство", ("агентств", "Агентств", "МАГАТЭ", "ЕКА")),
                    "фонд": ("фонд", ("Фонд", "фонд")),
                    "клуб": ("клуб", ("",))}  # "пресс-служба клуба": the organisation named last
ORG_DESCRIPTION_RE = re.compile(cased_opening([*(w + "[а-яё]*" for w in ("Альянс", "альянс", "Регулятор", "регулятор", "Ведомств",
                                                                           "ведомств", "министерств", "агентств")),
                                                *(w + "(?:а|у|ом|е)?(?![а-яё-])" for w in ("суд", "фонд", "клуб"))],
                                              "[А-ЯЁа-яё-]"))


def descriptions(text: str, out: list[Actor]) -> None:
    """'альянс', 'регулятор', 'ведомство': an alias of the latest organisation named before that fits."""
    orgs = [a for a in out if a.kind == "organization" and a.mentions]
    fitting: dict[str, list[Actor]] = {}  # the organisations each description fits (names do not change here)
    starts: dict[int, list[int]] = {}  # an organisation's mention starts, sorted (kept as mentions are added here)
    for m in ORG_DESCRIPTION_RE.finditer(text):
        stem = next(k for k in ORG_DESCRIPTIONS if m.group().lower().startswith(k))  # ("Регулятор допустил")
        form, fits = ORG_DESCRIPTIONS[stem]
        if stem not in fitting:
            fitting[stem] = [o for o in orgs if any(f in o.name for f in fits)
                             or stem == "ведомств" and STATE_RE.match(o.name) and o.affiliation == "Россия"]  # Росимущество
        at = m.start()
        owner = _country_before(text, at)  # "Эстонское внешнеполитическое ведомство": Estonia's, no other country's
        if LOCAL_BEFORE_RE.search(text, max(0, at - 20), at):
            continue  # "в региональном министерстве транспорта": a local body of its own, no national one
        before = [(_latest(starts, o, at), o) for o in fitting[stem] if o.mentions[0].start < at
                  and (owner is None or o.affiliation == owner)]
        if before:
            org = max(before, key=lambda t: t[0])[1]
            if form not in org.aliases:
                org.aliases.append(form)
            known = starts[id(org)]
            i = bisect.bisect_left(known, at)
            if i == len(known) or known[i] != at:  # (run again after the collective bodies)
                org.mentions.append(Span(m.start(), m.end()))
                known.insert(i, at)


LOCAL_BEFORE_RE = re.compile(r"(?:региональн|областн|краев|республиканск|городск|муниципальн|районн)[а-яё]+[ \t]+$")
# a body's kind word in lower case standing for the latest body of that kind named before ("Президент союза Аркадий
# Злочевский" after "Российский зерновой союз", "обращение союза", "Сопредседатель профсоюза" after "профсоюза «Учитель»",
# "Вице-президент академии" after "РАН", "потребовал от мэрии" after "Мэрия Новосибирска"); not a name's own head word
# (a name in guillemets or capitals after it: "профсоюза «Учитель»", "мэрии Новосибирска", "ассоциации «Русская сталь»")
KIND_WORD_RE = re.compile(r"(?<![А-ЯЁа-яё-])(?P<kind>профсоюз|союз|академи|ассоциаци|больниц|мэри)(?:а|у|ом|е|я|и|ю|ей|ы)?(?![а-яё-])"
                          r"(?![ \t]+(?:«|[A-Z]|[а-яё]+(?:ов|ев|ей|ых|их|ого|ой|ий|ия|наук)(?![а-яё])))")
KIND_ENDINGS = {k: tuple(k + e for e in ("", "а", "у", "ом", "е", "я", "и", "ю", "ей", "ы")) for k in
                ("профсоюз", "союз", "академи", "ассоциаци", "больниц", "мэри")}  # the kind word right before a name
KIND_NAME_AFTER_RE = re.compile(r"[ \t]+(?P<w>[А-ЯЁ][а-яё-]+)")


# a part of a body named after the body ("департамент транспорта ... мэрии Новосибирска") is not of the body's kind
SUB_BODY_HEADS = ("департамент", "управлени", "комитет", "комисси", "отдел", "служб", "инспекци", "дирекци")


def _kind_fits(text: str, org: Actor, kind: str) -> bool:
    """The body is of that kind: its name or an alias holds the kind word, the text names it so right before a mention
    ("профсоюза «Учитель»"), or it is an acronym with the kind's letter ("РАН" for академия)."""
    low = org.name.lower()
    return kind in low and (kind in low.split()[0] or not low.startswith(SUB_BODY_HEADS)) \
        or any(kind in n.lower() and not n.lower().startswith(SUB_BODY_HEADS) for n in org.aliases) \
        or any(text[max(0, sp.start - 16):sp.start].rstrip(" \t«").lower().endswith(KIND_ENDINGS[kind]) for sp in org.mentions) \
        or bool(ACRONYM_RE.fullmatch(org.name)) and kind[0].upper() in org.name[1:] and not STATE_RE.match(org.name)


def kind_words(text: str, out: list[Actor]) -> None:
    """The kind words above as mentions (their form an alias) of the latest body of that kind named before."""
    found = sorted(at for stem in KIND_STEMS for at in _word_spans_from(text, stem))
    if not found:
        return
    orgs = [a for a in out if a.kind == "organization" and a.mentions]
    people = {sp.start for a in out if a.kind == "person" for sp in a.mentions}  # ("Сопредседатель профсоюза Всеволод ...")
    fitting: dict[str, list[Actor]] = {}
    for at in found:
        m = KIND_WORD_RE.match(text, at)
        if m is None:
            continue
        after = KIND_NAME_AFTER_RE.match(text, m.end())
        if after and not (given_any_case(after.group("w")) or after.start("w") in people) \
                or LOCAL_BEFORE_RE.search(text, max(0, at - 20), at):
            continue  # ("мэрии Новосибирска": the name itself; "в областной больнице": another body)
        kind = m.group("kind")
        if kind not in fitting:
            fitting[kind] = [o for o in orgs if _kind_fits(text, o, kind)]
            if kind == "союз":  # (a "профсоюз" is a union too, but a "союз" is no trade union's alias only)
                fitting[kind] = [o for o in fitting[kind] if "профсоюз" not in o.name.lower()] or fitting[kind]
        before = [(max(sp.start for sp in o.mentions if sp.start < at), o) for o in fitting[kind]
                  if o.mentions[0].start < at and not any(sp.start <= at < sp.end for sp in o.mentions)]
        if not before:
            continue
        org = max(before, key=lambda t: t[0])[1]
        if not any(sp.start == at for sp in org.mentions):
            org.mentions.append(Span(at, m.end()))
            org.mentions.sort(key=lambda sp: sp.start)
            if m.group() not in org.aliases:
                org.aliases.append(m.group())


KIND_STEMS = ("профсоюз", "союз", "академи", "ассоциаци", "больниц", "мэри")
# a member of a city's or region's legislature named in lower case in the title ("депутат городской думы", "Депутат
# гордумы Екатеринбурга", "депутат горсовета", "депутат областной думы", "депутат законодательного собрания"), and the
# legislature's nominative
CITY_LEGISLATURES = {"городской думы": "городская дума", "гордумы": "гордума", "горсовета": "горсовет",
                     "городского совета": "городской совет", "областной думы": "областная дума", "облдумы": "облдума",
                     "краевой думы": "краевая дума", "законодательного собрания": "законодательное собрание",
                     "заксобрания": "заксобрание"}
SHORT_LEGISLATURES = {"гордума": "городская дума", "облдума": "областная дума", "горсовет": "городской совет",
                      "заксобрание": "законодательное собрание"}
CITY_LEGISLATOR_RE = re.compile(r"^(?:депутат|член|председатель|спикер|(?:первый )?заместитель председателя)[ \t]+"
                                r"(?P<body>" + "|".join(CITY_LEGISLATURES) + r")(?:[ \t]+(?P<city>[А-ЯЁ][а-яё-]+))?$")


def city_legislators(out: list[Actor]) -> None:
    """'Депутат гордумы Екатеринбурга X', 'Депутат городской думы X', 'депутат областной думы X': the legislature is
    the affiliation, as the answers keep a legislature's members (the city itself, or none, before), named as the
    title names it, in the nominative."""
    for a in out:
        m = CITY_LEGISLATOR_RE.match(a.title or "") if a.kind == "person" else None
        if m is None or a.affiliation not in (None, m.group("city") and city_from_genitive(org_nominative(m.group("city")))):
            continue
        body = CITY_LEGISLATURES[m.group("body")]
        whole = SHORT_LEGISLATURES.get(body, body)  # ("Тульская областная дума ... Председатель облдумы X": that дума)
        named = [o.name for o in out if o.kind == "organization" and o.name.lower().endswith(whole)]
        if named and not m.group("city"):
            a.affiliation = named[0] if len(named) == 1 else a.affiliation  # (two that fit: neither)
            continue
        a.affiliation = f"{body} {m.group('city')}" if m.group("city") else body


def _word_spans_from(text: str, stem: str) -> list[int]:
    """Where a lower-case word opening with the stem starts (str.find: faster than a pattern's scan of the text)."""
    starts, at = [], text.find(stem)
    while at != -1:
        if not (at and (text[at - 1].isalpha() or text[at - 1] == "-")):
            starts.append(at)
        at = text.find(stem, at + len(stem))
    return starts


COUNTRY_ADJ_ANY_RE = re.compile(r"^[а-яё]+[сц]к(?:ий|ого|ому|им|ом|ая|ой|ую|ие|их|ими|ое)$")  # (neuter too: "Эстонское")


def _country_before(text: str, at: int) -> str | None:
    """The country an adjective among the two words before `at` names ("Эстонское внешнеполитическое")."""
    words = text[max(0, at - 60):at].split()[-2:]
    return next((c for w in words if COUNTRY_ADJ_ANY_RE.search(w.lower()) and (c := country(w))), None)


def _latest(starts: dict[int, list[int]], org: Actor, at: int) -> int:
    """The start of the organisation's latest mention before at (it has one), from its mention starts kept sorted in
    `starts` (a text that names a court or a fund thousands of times reads each description in log time)."""
    known = starts.get(id(org))
    if known is None:
        known = starts[id(org)] = sorted(sp.start for sp in org.mentions)
    return known[bisect.bisect_left(known, at) - 1]


def regions(text: str, out: list[Actor]) -> None:
    """'министр здравоохранения региона': the region is the only one the text names; an
    organisation named with a region ('Министерство экологии Московской области') is the region's."""
    for a in out:
        if a.kind == "organization":
            at = next((REGION_RE.match(text, s.end + 1) for s in a.mentions if REGION_RE.match(text, s.end + 1)), None)
            if at:
                a.affiliation = org_nominative(at.group())
            elif not a.affiliation and (inside := REGION_END_RE.search(a.name)):
                a.affiliation = org_nominative(inside.group())  # "Территориальный фонд ... Свердловской области"
    written = {org_nominative(m.group()): m.group() for m in REGION_RE.finditer(text)}
    regions = set(written) | ru_regions.named_regions(text)
    if len(regions) != 1:
        return
    region = next(iter(regions))
    for a in out:  # "Правительство региона" of the one region the text names: "Правительство Иркутской области"
        if a.kind == "organization" and not a.affiliation and GENERIC_REGION_END_RE.search(a.name):
            a.affiliation = region
            if region in written:
                a.aliases.append(a.name)
                a.name = GENERIC_REGION_END_RE.sub(" " + written[region], a.name)
    for a in out:
        if a.kind == "person" and not a.affiliation and a.title \
                and re.search(r"\b(?:региона|области|края|регионального|областного|краевого)\b|^(?:врио )?губернатор$", a.title) \
                or a.kind == "organization" and not a.affiliation and REGIONAL_BODY_RE.match(a.name) \
                or a.kind == "organization" and not a.affiliation and next(iter(regions)) in FEDERAL_CITIES \
                and a.name.lower().startswith(("комитет по", "департамент")):
            a.affiliation = next(iter(regions))  # ("В региональном министерстве ЖКХ", Petersburg's "Комитет по ...")


GENERIC_REGION_END_RE = re.compile(r"[ \t]+(?:региона|области|края)$")
# a body of a region's or a federal city's own government named with no place: the one region the text names
REGIONAL_BODY_RE = re.compile(r"(?:Законодательн[а-яё]+ собрани|Контрольно-сч[её]тн[а-яё]+ палат|Фонд капитального ремонта|"
                              r"Избирательн[а-яё]+ комисси|(?:Государственн[а-яё]+ )?(?:областн|краев|региональн)[а-яё]+ )", re.I)


def place_bodies(out: list[Actor]) -> None:
    """'ТЭК СПб', 'УФАС Подмосковья': a body named by an acronym and a region's everyday name is that region's."""
    for a in out:
        words = a.name.split()
        if a.kind == "organization" and a.affiliation in (None, "Россия") and len(words) > 1 and words[0].isupper() \
                and (region := ru_regions.official(words[-1])):
            a.affiliation = region


FEDERAL_CITIES = frozenset(("Санкт-Петербург", "Москва", "Севастополь"))  # cities whose government has committees
# the holder of a title whose deputy or aide a person is ("заместитель мэра по транспорту")
DEPUTY_OF_RE = re.compile(r"^(?:первый )?(?:заместитель|зам|помощник|советник|пресс-секретарь)[ \t]+(?P<of>мэра|губернатора|"
                          r"министра|президента|главы города|главы региона|председателя)\b")
# a bare title and the kind of body its holder sits in ("судья" -> the court named before)
BARE_TITLE_BODY = {"судья": " суд", "федеральный судья": " суд", "прокурор": "рокуратур", "следователь": "следствен"}


CITY_OFFICER_RE = re.compile(r"(?:вице-мэр|заммэра|заместитель мэра|мэр|градоначальник)(?![\w-])")
CITY_ADJ_BODY_RE = re.compile(r"[А-ЯЁ][а-яё]+ск(?:ая|ий|ое) городск")  # "Пермская городская дума"
CITY_BODY_RE = re.compile(r"(?:Мэрия|Администрация|Прокуратура|Правительство|Законодательное собрание) [А-ЯЁ]")


def holders(out: list[Actor]) -> None:
    """'заместитель мэра': the mayor's city (the one person with that title); a bare 'судья': the
    court named last before the person; 'глава города': the one city the text's mayor or city bodies
    are of."""
    people = [a for a in out if a.kind == "person" and a.mentions]
    orgs = [a for a in out if a.kind == "organization" and a.mentions]
    city = _one_city(out)
    if city is not None:
        for a in people:
            if not a.affiliation and (re.search(r"\bгорода\b", a.title or "") or CITY_OFFICER_RE.match(a.title or "")):
                a.affiliation = city  # "Глава города Алексей Орлов", "Вице-мэр по вопросам транспорта" after "мэрии Екатеринбурга"
        for a in orgs:  # "Пермская городская дума" beside "администрации Перми": the city's
            first = a.name.split()[0]
            if not a.affiliation and CITY_ADJ_BODY_RE.match(a.name) and first[:4] == city[:4]:
                a.affiliation = city
    for a in people:
        if a.affiliation or not a.title:
            continue
        deputy = DEPUTY_OF_RE.match(a.title)
        if deputy:
            head = deputy.group("of").split()[0][:-1]  # "мэра" -> "мэр", "главы" -> "глав"
            held = [p for p in people if p is not a and (p.title or "").startswith(head) and p.affiliation]
            if len({p.affiliation for p in held}) == 1:
                a.affiliation = held[0].affiliation
            continue
        kind = BARE_TITLE_BODY.get(a.title)
        if kind:
            at = a.mentions[0].start
            before = [o for o in orgs if kind in o.name.lower() + " " and o.mentions[0].start < at]
            if before:
                a.affiliation = max(before, key=lambda o: max(s.start for s in o.mentions if s.start < at)).name




def _one_city(out: list[Actor]) -> str | None:
    """The one city the text's mayor, city bodies or head of a city ("глава Екатеринбурга") are of, if there is one."""
    cities = {a.affiliation for a in out if a.affiliation and (a.kind == "person" and (a.title or "").startswith("мэр")
                                                               or a.kind == "organization" and CITY_BODY_RE.match(a.name)
                                                               and not REGION_RE.match(a.affiliation)
                                                               or a.kind == "person" and CITY_HEAD_RE.match(a.title or "")
                                                               and a_city(a.affiliation))}  # "глава Екатеринбурга"
    return city_from_genitive(next(iter(cities))) if len(cities) == 1 else None


OF_THE_CITY_RE = re.compile(r"[ \t]+города$")


def city_bodies(text: str, out: list[Actor]) -> None:
    """A body "of the city" ("в пресс-службе администрации города") in a text whose one city is named: that city's,
    named with it as the text writes it ("Администрация Челябинска")."""
    generic = [a for a in out if a.kind == "organization" and OF_THE_CITY_RE.search(a.name) and not a.affiliation]
    city = _one_city(out) if generic else None
    if city is None:
        return
    written = next((m.group() for m in re.finditer(r"(?<![\w-])" + re.escape(city[:max(3, len(city) - 1)]) + r"[а-яё]{0,2}(?![\w-])", text)
                    if m.group() != city and city_nominative(m.group()) in (city, city[:-1] + "ь")), None)
    for a in generic:
        a.affiliation = city
        if written is not None:
            a.aliases.append(a.name)
            a.name = OF_THE_CITY_RE.sub(" " + written, a.name)
        hall = _city_hall(out, a, city)
        if hall is not None:  # "Мэрия Екатеринбурга ... в пресс-службе администрации города": one body
            hall.aliases.extend(x for x in a.aliases if x not in hall.aliases and x != hall.name)
            hall.mentions = sorted([*hall.mentions, *a.mentions], key=lambda sp: sp.start)
            out.remove(a)


HALL_HEADS = ("Мэрия", "Администрация")


def _city_hall(out: list[Actor], body: Actor, city: str) -> Actor | None:
    """The city's hall the text names otherwise ("Мэрия Екатеринбурга") that a city's administration "of the city"
    (body, "администрации города") is: a city's мэрия and its администрация are one body."""
    if body.name.split()[0].capitalize() not in HALL_HEADS:
        return None
    return next((o for o in out if o is not body and o.kind == "organization" and o.affiliation == city
                 and o.name.split()[0] in HALL_HEADS), None)


# the head of a company named by one word after the title ("Генеральный директор Мострансавто Андрей Петров")
COMPANY_HEAD_RE = re.compile(r"(?:генеральн[а-яё]+ директор|гендиректор|исполнительн[а-яё]+ директор|финансов[а-яё]+ директор|"
                             r"председател[а-яё]* правления|основател[а-яё]*|совладел[а-яё]*|владел[а-яё]*|управляющ[а-яё]+ партн[её]р|"
                             r"главн[а-яё]+ экономист|аналитик)[ \t]+(?P<name>[А-ЯЁA-Z][\w-]+)$", re.I)


def companies_of_heads(text: str, out: list[Actor]) -> None:
    """A company named only in its head's title ("Генеральный директор Мострансавто") is an actor too."""
    names = {a.name for a in out} | {al for a in out for al in a.aliases}
    for a in list(out):
        m = COMPANY_HEAD_RE.search(a.title or "") if a.kind == "person" and a.affiliation and a.mentions else None
        company = m.group("name") if m else ""
        if m is None or company in names or a.affiliation != company or country(company):
            continue
        at = a.mentions[0].start
        found = text.rfind(company, max(0, at - 80), at)
        if found >= 0:
            out.append(Actor(company, "organization", None, None, [], [Span(found, found + len(company))]))
            names.add(company)


__all__ = ["a_city", "agencies", "companies_of_heads", "descriptions", "city_legislators", "holders", "kind_words", "ministry_heads", "place_bodies", "regions"]


def qualified_bodies(out: list[Actor]) -> None:
    """'официальный представитель МИД Азербайджана Айхан Гаджизаде' with the affiliation "МИД": the body named in full
    right before the name ("МИД Азербайджана"), when the text has it as an actor."""
    by_head: dict[str, list[tuple[str, set[int]]]] = {}  # bodies of several words by each of their leading words
    for b in out:
        if b.kind != "organization":
            continue
        # (and an acronym's form with its country, as the text gives it before a name: "Глава МИД России Сергей Лавров")
        for name in [b.name] + [f for f in b.aliases if f.isupper() is False and f.split()[0] == b.name and b.name.isupper()]:
            if " " in name:
                words = name.split()
                ends = {m.end for m in b.mentions} if name == b.name else {m.start + len(name) for m in b.mentions}
                for k in range(1, len(words)):
                    by_head.setdefault(" ".join(words[:k]), []).append((name, ends))
    if not by_head:
        return
    for a in out:
        if a.kind == "person" and a.affiliation in by_head:
            full = next((name for name, ends in by_head[a.affiliation] if any(
                p.start - d in ends for p in a.mentions for d in (0, 1, 2))), None)  # "МИД Азербайджана Айхан ..."
            if full is not None:
                a.affiliation = full


# "Глава регионального минздрава X", "руководитель областного минфина X", "глава минстроя края X": a head named by a
# ministry's lower-case short form ("мин" + the start of its field's word, in the genitive)
MINISTRY_HEAD_RE = re.compile(r"(?:глава|руководитель|начальник)[ \t]+(?:(?:регионального|областного|краевого|"
                              r"республиканского)[ \t]+)?мин(?P<stem>[а-яё]{3,}?)[аяу]?(?:[ \t]+(?:региона|области|края|"
                              r"республики))?")


def ministry_heads(out: list[Actor]) -> None:
    """'Министерство здравоохранения Свердловской области ... Глава регионального минздрава X': the head of a ministry
    named by its short form is that ministry's (the coordinator's convention of the seventeenth session), when the text
    names one such ministry of the person's country or region."""
    for a in out:
        m = MINISTRY_HEAD_RE.fullmatch(a.title) if a.kind == "person" and a.title and " мин" in a.title else None
        if m is None:
            continue
        found = [b.name for b in out if b.kind == "organization" and b.name.startswith("Министерств") and " " in b.name
                 and b.name.split()[1].startswith(m.group("stem")) and b.affiliation == a.affiliation]
        if len(found) == 1:
            a.affiliation = found[0]


THIS_COUNTRY_RE = re.compile(r"\b(?:республики|страны)$")


# a preposition before a country's name: the country is a place or a party addressed ("к России", "в Гвинее"), not the
# one a story's "страны" is of ("Правительство Мозамбика обратилось к России ... Министр транспорта страны X": Mozambique)
PREPOSITION_BEFORE_RE = re.compile(r"(?<![А-ЯЁа-яё])(?:к|ко|в|во|с|со|из|до|на|по|для|от|о|об|против|между|у|при|через|за)[ \t]+$",
                                   re.I)


def this_country(text: str, out: list[Actor]) -> None:
    """'министр иностранных дел республики Аббас Аракчи', 'Премьер-министр страны X': the country named last before the
    person's full name, not after a preposition (else the last one); the title's "страны" decides over any country
    given before ("Россия" for an official named with no country)."""
    countries = sorted((s.start, c.name) for c in out if c.kind == "country" for s in c.mentions)
    for a in out:
        if a.kind == "person" and a.title and a.mentions and THIS_COUNTRY_RE.search(a.title):
            at = next((m.start for m in a.mentions if " " in text[m.start:m.end]), a.mentions[0].start)
            before = [(start, name) for start, name in countries if start < at]
            free = [name for start, name in before if not PREPOSITION_BEFORE_RE.search(text, max(0, start - 10), start)]
            if free or before:
                a.affiliation = (free or [name for _, name in before])[-1]


MAYOR_OF_RE = re.compile(r"(?:[Мм]эр|[Вв]ице-мэр|[Гг]радоначальник)[а-яё]*[ \t]+(?P<city>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)[ \t]+$")
CITY_HEAD_RE = re.compile(r"^(?:мэр|вице-мэр|заммэра|градоначальник|глава) (?P<city>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)$")
REPUBLICS = {"татарстан": "Татарстан", "башкортостан": "Башкортостан", "башкири": "Башкирия", "чуваши": "Чувашия",
             "якути": "Якутия", "дагестан": "Дагестан", "чечн": "Чечня", "чечен": "Чечня", "бурятия": "Бурятия", "бурятии": "Бурятия",
             "карели": "Карелия", "мордови": "Мордовия", "удмурти": "Удмуртия", "хакаси": "Хакасия", "адыге": "Адыгея",
             "калмыки": "Калмыкия", "ингушети": "Ингушетия", "крым": "Крым", "коми": "Коми", "тыв": "Тыва"}
REPUBLIC_RE = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(REPUBLICS, key=len, reverse=True)) + r")[а-яё]*(?![\w-])", re.I)


def a_city(name: str | None) -> bool:
    """A one-word place that is no country, republic or region ("Екатеринбург", not "Якутия")."""
    return bool(name) and " " not in (name or "") and not country(name or "") and name not in REPUBLICS.values() \
        and not ru_regions.official(name) and not REGION_RE.match(name or "")


def city_nominative(word: str) -> str:
    """'Казани' -> 'Казань', 'Москвы' -> 'Москва', 'Ярославля' -> 'Ярославль', 'Орска' -> 'Орск'."""
    if word.endswith("ы"):
        return word[:-1] + "а"
    if word.endswith("и") or word.endswith(("ля", "ря")):
        return word[:-1] + "ь"
    return word[:-1] if word.endswith("а") else word


def city_heads(text: str, out: list[Actor]) -> None:
    """'Мэр Казани Ильсур Метшин': the city; 'министр ... республики' in a text that names one republic: the republic."""
    asked = any(a.kind == "person" and not a.affiliation and (a.title or "").endswith("республики") for a in out)
    republics = {REPUBLICS[next(k for k in REPUBLICS if m.group().lower().startswith(k))] for m in REPUBLIC_RE.finditer(text)} \
        if asked else set()  # (read only when a title asks for it: the pattern is slow to scan)
    for a in out:
        if a.kind != "person" or not a.title:
            continue
        if a.title in ("мэр", "вице-мэр", "градоначальник") and a.affiliation in (None, "Россия") and a.mentions:
            named = MAYOR_OF_RE.search(text, max(0, a.mentions[0].start - 40), a.mentions[0].start)
            if named:  # "Мэр Москвы Сергей Собянин" with the title "мэр": Москва, not Russia
                a.affiliation = city_nominative(named.group("city"))
                continue
        m = CITY_HEAD_RE.match(a.title)
        mayor = m is not None and not a.title.startswith("глава ")  # "мэр Москвы": the city, though it may stand for Russia
        if m and (a.affiliation in (None, m.group("city")) or mayor and a.affiliation == country(m.group("city"))) \
                and (mayor or not country(m.group("city"))) and not REGION_RE.match(m.group("city")):
            a.affiliation = city_nominative(m.group("city"))  # ("мэр Казани" read "Казани" as a body's name)
        elif not a.affiliation and len(republics) == 1 and re.search(r"\bреспублики$", a.title):
            a.affiliation = next(iter(republics))


def acronym_parents(text: str, out: list[Actor]) -> None:
    """'Институт образования ВШЭ', 'Центр агропродовольственной политики РАНХиГС': a body of three words or more whose
    name ends in another body's acronym belongs to that body (the actor known by it, or a new one, its mentions the
    acronym's own)."""
    for org in [a for a in out if a.kind == "organization" and a.affiliation is None and len(a.name.split()) > 2]:
        acr = org.name.rsplit(" ", 1)[1]
        if not PARENT_ACRONYM_RE.fullmatch(acr) or acr in NOT_ORG_ACRONYMS or country(acr):
            continue
        parent = next((a for a in out if a is not org and (a.name == acr or acr in a.aliases)), None)
        if parent is None:
            parent = Actor(acr, "organization", None, None, [], _word_spans(text, acr))
            out.append(parent)
        org.affiliation = parent.name


def _word_spans(text: str, word: str) -> list[Span]:
    """Where a word stands on its own in the text (str.find: no pattern built per word)."""
    spans, at = [], text.find(word)
    while at != -1:
        end = at + len(word)
        if not (at and (text[at - 1].isalnum() or text[at - 1] == "-")) and not (end < len(text) and (text[end].isalnum() or text[end] == "-")):
            spans.append(Span(at, end))
        at = text.find(word, end)
    return spans


def role_named_before(text: str, out: list[Actor]) -> None:
    """'... задержанием корреспондента ВГТРК в Берлине. ... корреспондент Андрей Ремизов': a person whose title is one
    role word with no body takes the body that same role word was given earlier in the text (the role word right
    before one of that body's mentions)."""
    bare = [a for a in out if a.kind == "person" and a.title and " " not in a.title and not a.affiliation and a.mentions]
    if not bare:
        return
    starts = {sp.start: o for o in out if o.kind == "organization" for sp in o.mentions}
    for p in bare:
        title = p.title or ""
        stem, first = title[:max(4, len(title) - 2)].lower(), p.mentions[0].start
        found = [o for at, o in starts.items() if at < first
                 and text[max(0, at - 30):at].rstrip(" \t«").lower().rsplit(" ", 1)[-1].startswith(stem)]
        if len(found) == 1 or len({o.name for o in found}) == 1:
            p.affiliation = found[0].name

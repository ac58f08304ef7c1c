"""Russian actors: people (full names in any case, grouped by the family name's case-free
key, named in the nominative) with their title and affiliation (`ru_titles`), organisations
(МИД, Минфин, Госдума, «Мемориал», "Счётной палаты"), countries by stem, and descriptions
("губернатор", "Экономист") tied to the latest person with that title. Quote speakers are
re-pointed to these actors."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from briefing_app.analysis.document import Document
from briefing_app.analysis.lang import (
    ru_affiliations, ru_bodies, ru_brackets, ru_collective, ru_committees, ru_company_words, ru_coref, ru_foreign, ru_polities,
    ru_regions, ru_short_names)
from briefing_app.analysis.lang.ru_countries import country, only_a_place
from briefing_app.analysis.lang.ru_names import given_any_case, is_given, is_role, key, nominative
from briefing_app.analysis.lang.ru_canonical import RU_CREDIT_RE
from briefing_app.analysis.lang.ru_titles import ADJ_RE, title_after, title_before, without_body
from briefing_app.analysis.spans import SpanReach
from briefing_app.analysis.trie import class_opening
from briefing_app.analysis.lang.ru_country_mentions import countries
from briefing_app.analysis.lang.ru_orgs import FOREIGN_BODIES, MIN_RE, ORG_STEMS, STATE_RE, org_name, organisations
from briefing_app.core.model import Actor, Span

CAP_REST = r"(?![А-ЯЁ])[а-яё]*(?:-[А-ЯЁа-яё][а-яё]*)*"
CAP = "[А-ЯЁ]" + CAP_REST  # "Касым-Жомарт"; not the "С" of "США" (an acronym's first letter)
# r"(?<![\w-])" + CAP, the capital read first (trie.class_opening: a scan skips from capital to capital)
FIRST_CAP = class_opening("[А-ЯЁ]", r"[\w-]") + CAP_REST
PARTICLES = r"(?:(?:фон|дер|де|ван|да|ди|дель|ла|ле|аль|эль|бен|бин|ибн|дос|душ)[ \t]+){0,2}"
CHAIN_RE = re.compile(FIRST_CAP + r"(?:[ \t]+" + CAP + r")+")
# (the same with particles, only for a text that has one between capitals: the plain one is faster)
PARTICLE_CHAIN_RE = re.compile(FIRST_CAP + r"(?:[ \t]+" + PARTICLES + CAP + r")+")
HAS_PARTICLE_RE = re.compile(r"[ \t](?:фон|дер|де|ван|да|ди|дель|ла|ле|аль|эль|бен|бин|ибн|дос|душ)[ \t]+[А-ЯЁ]")
CAPWORD_RE = re.compile(FIRST_CAP + r"(?![\w-])")
LOCAL_TITLE_RE = re.compile(r"(?:регион|област|кра[яюе]|республик|город|мэр|муниципал)")
STATE_TITLE_RE = re.compile(r"(?:министр|президент|премьер|пресс-секретарь президента|вице-премьер|замминистра|"
                            r"(?:первый )?заместитель (?:председателя правительства|министра)|председатель правительства)")
# "президент компании", "председатель правления банка": the head of a body named before, not the state's
BODY_TITLE_RE = re.compile(r"\b(?:компании|банка|ассоциации|фонда|холдинга|корпорации|госкорпорации|концерна|клуба|"
                           r"университета|организации|партии|правления|совета директоров|союза|профсоюза|академии|института|"
                           r"общества|объединения|движения|центра|биржи)\b")  # ("президент союза", "сопредседатель профсоюза")
PLACE_BEFORE_RE = re.compile(r"(?:[Жж]ител(?:и|ей|ям|ями|ях)|\b[вВ]о?|\b[иИ]з|город\w*|район\w*|област\w*|посёлк\w*|поселк\w*|сел\w*)[ \t]+$")
GENITIVE_BEFORE_RE = re.compile(r"(?:[Пп]о (?:словам|мнению|данным|оценке)|(?:политолог|эксперт|экономист|аналитик|депутат|тренер|"
                                r"министр|советник|помощник|адвокат|профессор|директор|сотрудник)а|председателя|"
                                r"руководителя|представителя|заместителя)[ \t]+$")
MINISTER_OF_BODY_RE = re.compile(r"министр [А-ЯЁ]{2,5}(?: России)?$")
FEDERAL_BODIES = frozenset(("МЧС", "МВД", "МИД", "Минфин", "Минобороны", "Минздрав", "Минтранс", "Минэнерго"))
PATRONYMIC_RE = re.compile(r"(?:ович|евич|ьич|овна|евна|ична|инична)$")
# a name that a street, a prize, a monument or a body is named after is no actor of the text
NAMED_AFTER_BEFORE_RE = re.compile(r"(?:имени|им\.|памятник\w*|улиц[аеыу]|проспект\w*|площад[ьи]|преми[яиюей]|бульвар\w*)[ \t]+$",
                                   re.I)
SURNAME_RE = re.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий|ова|ева|ёва|ина|ына|ская|цкая)$")
# a hospital, school or theatre that is "Государственная ...": a public service, not a body of the state
SERVICE_BODY_RE = re.compile(r"(?:больниц|поликлиник|школ|университет|театр|музей|библиотек|институт|колледж|центр)[а-яё]*$")
# a title's lower-case genitive words right before a chain ("министр экономики ", "посол в ")
LOWER_TITLE_END_RE = re.compile(r"(?:министр|посол|глав|председател|президент|премьер|спикер|лидер|представител|советник|"
                                r"руководител|директор)[а-яё]*(?:[ \t]+[а-яё]+){0,3}[ \t]+$", re.I)
# "Глава города Ильсур Метшин", "мэр города": a title, not a place, before a name the given-name list does not know
HEAD_OF_PLACE_RE = re.compile(r"(?:[Гг]лав[аыуе]|[Мм]эр[аеу]?|[Гг]убернатор[аеу]?)[ \t]+"
                              r"(?:город|район|област|посёлк|поселк|сел)[а-яё]*[ \t]+$")
# words that open a sentence before a name and are no part of it ("Сам Станкович назвал", "Даже Лавров признал")
OPENING_WORDS = frozenset("Сам Сама Сами Лично Именно Также Даже Только Ещё Еще Уже Вот Затем Потом Теперь Однако Зато".split())
PREPOSITIONS = frozenset("в во на по с со к ко о об у за из от до при для под над без через после перед".split())
OUTLET_WORD_RE = re.compile(r"(?:Интерфакс|ТАСС|РБК|РИА)(?![а-яё]{3})")
# a place in the genitive that ends a title before a name ("Глава Якутии", "Главы Чувашии")
PLACE_GEN_RE = re.compile(r"[А-ЯЁ][а-яё]+(?:ии|ы|[нрлмвт]и|[кгнр]а)$")  # ("Мэр Казани Ильсур Метшин", "Глава Орска ...")


@dataclass
class _Person:
    forms: list[str] = field(default_factory=list)
    title: str | None = None
    affiliation: str | None = None
    mentions: list[Span] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    genitive: bool = False  # named after a word that governs the genitive ("политолога", "по словам")
    given: str = ""  # the given name of its first full mention, any case ("Игоря")


# head nouns of bodies, capitalised when a body's name opens a sentence ("Миссия ОБСЕ", "Управления Федеральной ...")
BODY_HEAD_RE = re.compile(r"(?:(?:Мисси|Мэри|Управлени|Департамент|Комитет|Комисси|Служб|Агентств|Фонд|Палат|Делегаци|Фракци|"
                          r"Коалици|Штаб|Инспекци|Прокуратур|Банк(?!ов))[а-яё]*|"
                          # a legislature ("Член Сената Боб Менендес", "Депутат Кнессета X"), in its cases only ("Сеймур")
                          r"(?:Сенат|Конгресс|Кнессет|Сейм|Парламент|Меджлис|Риксдаг|Стортинг|Хурал|Совет)(?:а|у|ом|е)?)$")  # ("Совета Федерации")


GROUP_NOUNS = frozenset(w.capitalize() for w in (
    "власти жители депутаты сотрудники родители активисты эксперты аналитики врачи учителя студенты "
    "пассажиры пенсионеры болельщики инвесторы чиновники силовики волонтёры волонтеры руководство").split())  # as chains write them


# the known compound short names of bodies, in lower case ("нацбанк", "госдума"): a word opening with one is a body's
SHORT_FORM_STEMS = tuple(sorted({f.lower() for forms in ru_short_names.SHORT_NAMES.values() for f in forms if len(f) >= 5}))


@functools.lru_cache(maxsize=8192)
def not_a_name(word: str) -> bool:
    """A capitalised word that opens a title rather than a name: a role, a country, an organisation, a group
    ("Власти Татарстана")."""
    return word in GROUP_NOUNS or is_role(word) or bool(BODY_HEAD_RE.match(word)) or bool(country(word)) or org_name(word) in ORG_STEMS.values() or word.isupper() \
        or bool(MIN_RE.fullmatch(word)) \
        or word.endswith(("ая", "ое", "ые")) and len(word) > 4 and not given_any_case(word) or word.startswith("«") \
        or word.endswith(("ого", "его")) and len(word) > 5 and not given_any_case(word) \
        or word.lower().startswith(SHORT_FORM_STEMS)  # "Высшего Евразийского ...", "Глава Нацбанка"


def _given_at(words: list[str]) -> int:
    """Where a name opens inside a capitalised chain: at the first known given name (in any case)
    after words that are not one ("Встреча Владимира Путина"), 0 if the chain opens with a name."""
    if not words or given_any_case(words[0]):
        return 0
    return next((i for i, w in enumerate(words[1:], 1) if given_any_case(w) and i + 1 < len(words)), 0)


def same_given(a: str, b: str) -> bool:
    """Are two given names, in any case, one name ("Игоря" / "Игорь", "Сергея" / "Сергей"), not two ("Игорь" /
    "Артём")? Their case-free keys: one opens the other."""
    ka, kb = key(a), key(b)
    return ka.startswith(kb) or kb.startswith(ka)


def _family_key(by_key: dict[str, _Person], k: str, given: str) -> str:
    """The key of a full name: its family name's, unless a person of that family name was named in full with another
    given name ("Игоря Соколова" ... "Артём Соколов", the son; "Анна Соколова"): two people, the later one keyed by both
    names. (A family name alone later goes to the one named first.)"""
    first = by_key.get(k)
    if first is None or not first.given or same_given(first.given, given):
        return k
    return f"{k}|{key(given)}"


def people(text: str) -> dict[str, _Person]:
    by_key: dict[str, _Person] = {}
    addressed: list[tuple[str, int]] = []
    for m in (PARTICLE_CHAIN_RE if HAS_PARTICLE_RE.search(text) else CHAIN_RE).finditer(text):
        if RU_CREDIT_RE.match(text, text.rfind("\n", 0, m.start()) + 1) or text[m.start() - 1:m.start()] == "«":
            continue  # "Фото: Михаил Климентьев/ТАСС"; «Тинькофф Инвестиций»: a name in guillemets is a body's
        words = [w for w in m.group().split() if w[0].isupper()]  # (particles go with the name's text below)
        offset = m.start()
        # drop title, organisation and country words at the front ("Председатель Госдумы Вячеслав Володин")
        # and a preposition opening the sentence ("На Украине заявление раскритиковали")
        while words and (not_a_name(words[0]) or words[0].lower() in PREPOSITIONS or words[0] in OPENING_WORDS):
            offset = text.index(words[1], offset + len(words[0])) if len(words) > 1 else m.end()
            words = words[1:]
        g = _given_at(words)
        if not g and len(words) == 3 and PLACE_GEN_RE.search(words[0]) and not PATRONYMIC_RE.search(words[1]) and (
                offset > m.start() or not given_any_case(words[0]) and LOWER_TITLE_END_RE.search(text, max(0, offset - 30), offset)):
            g = 1  # "Глава Якутии Айсен Николаев", "Министр экономики Черногории Никола Милошевич": the title's place
        if g:  # "Адвокат Иванова Денис Балуев", "Председатель Банка России Эльвира Набиуллина"
            for w in words[:g]:
                offset = text.index(words[1], offset + len(w))
                words = words[1:]
        if any(OUTLET_WORD_RE.match(w) for w in words):
            continue  # "Подмосковья Интерфаксу": an outlet told, no name
        if len(words) < 2 or len(words) > 3 or not given_any_case(words[0]) and PLACE_BEFORE_RE.search(text, max(0, offset - 20), offset) \
                and not HEAD_OF_PLACE_RE.search(text, max(0, offset - 30), offset) \
                or NAMED_AFTER_BEFORE_RE.search(text, max(0, offset - 20), offset):
            continue  # "Жители Сергиева Посада", "в Нижнем Новгороде": a place; "улица Льва Толстого": named after
        if len(words) == 2 and PATRONYMIC_RE.search(words[1]) and _address_at(text, offset, m.end()):
            addressed.append((" ".join(words), offset))  # "— Виктор Антонович, будет ли ...?"
            continue
        if len(words) == 2 and len(words[0]) > 4 and ADJ_RE.search(words[0]) and not given_any_case(words[0]):
            continue  # "Дальний Восток", "Нижний Новгород": an adjective and a noun name a place
        k = key(words[-1])
        if len(words) >= 2 and given_any_case(words[0]):
            k = _family_key(by_key, k, words[0])
        p = by_key.setdefault(k, _Person(given=words[0] if len(words) >= 2 else ""))
        name = text[offset:text.index(words[-1], offset) + len(words[-1])]  # "Урсула фон дер Ляйен"
        p.forms.append(name)
        p.mentions.append(Span(offset, offset + len(name)))
        if GENITIVE_BEFORE_RE.search(text, max(0, offset - 30), offset):
            p.genitive = True
        if p.title is None:
            p.title, p.affiliation = title_before(text, offset)
        if p.title is None:
            p.title, p.affiliation = title_after(text, offset + len(name))
        elif p.affiliation is None:  # "Экономист Игорь Николаев, директор Института ...": the appositive's body
            p.affiliation = title_after(text, offset + len(name))[1]
    for m in CAPWORD_RE.finditer(text):  # "Глава МИД России Лавров": a family name alone after a title
        w = m.group()
        if key(w) in by_key or not SURNAME_RE.search(w) or is_role(w) or country(w) or is_given(w) or MIN_RE.fullmatch(w):
            continue
        if re.match(r"[ \t]+[А-ЯЁ]", text[m.end():m.end() + 2]) or re.search(r"(?:имени|жител\w*)[ \t]+$",
                                                                               text[max(0, m.start() - 12):m.start()]):
            continue  # "Сергиева Посада", "имени Смородинцева": part of a longer name
        title, aff = title_before(text, m.start())
        if title and re.search(r"[ \t]$", text[m.start() - 1:m.start()]):
            by_key[key(w)] = _Person([w], title, aff, [Span(m.start(), m.end())])
    for p in by_key.values():  # "адвокат Иванова": a person's name is not an affiliation
        if p.affiliation and key(p.affiliation.split()[-1]) in by_key:
            p.affiliation = None
    named: dict[int, SpanReach] = {}  # each person's mentions so far (one found below cannot hold a later word)
    # (the full names of people keyed by both names, "Артём Соколов" beside "Игоря Соколова": not the other's)
    others = SpanReach((s.start, s.end) for k, p in by_key.items() if "|" in k for s in p.mentions)
    for m in CAPWORD_RE.finditer(text):  # "Лаврова", "Путин назвал": the family name alone
        known = by_key.get(key(m.group()))
        if known is None or others.covers(m.start()):
            continue
        if id(known) not in named:
            named[id(known)] = SpanReach((s.start, s.end) for s in known.mentions)
        if not named[id(known)].covers(m.start()):
            known.mentions.append(Span(m.start(), m.end()))
            known.forms.append(m.group())
    _addressed(by_key, addressed)
    for p in by_key.values():
        _without_opening_word(p)
    return by_key


def _without_opening_word(p: _Person) -> None:
    """'Позицию Каи Каллас' beside 'Кая Каллас': a word opening a sentence before the given name in another case
    is no part of the name (the given names share their first two letters; the word is no given name)."""
    givens = {f.split()[0][:2] for f in p.forms if len(f.split()) == 2}
    if not givens:
        return
    for i, form in enumerate(p.forms):
        words = form.split()
        if len(words) == 3 and words[1][:2] in givens and not PATRONYMIC_RE.search(words[1]) \
                and not given_any_case(words[0]) and words[1][:2] != words[0][:2]:
            p.forms[i] = " ".join(words[1:])  # (forms and mentions are appended in step: the i-th mention is this form)
            m = p.mentions[i]
            p.mentions[i] = Span(m.end - len(p.forms[i]), m.end)


ADDRESS_BEFORE_RE = re.compile(r"(?:^|[—–,«\n(])[ \t]*$")
ADDRESS_AFTER_RE = re.compile(r"[ \t]*[,!?]")


def _address_at(text: str, start: int, end: int) -> bool:
    """'— Виктор Антонович, будет ли ...?': a given name and a patronymic between a dash, comma or line start and a
    comma or ?/!, an address; 'партии Милош Вучевич заявил' is a man whose family name ends like a patronymic."""
    return bool(ADDRESS_AFTER_RE.match(text, end)) and ADDRESS_BEFORE_RE.search(text, max(0, start - 4), start) is not None


def _addressed(by_key: dict[str, _Person], addressed: list[tuple[str, int]]) -> None:
    """'Виктор Антонович': a given name and a patronymic address the one person with that given name."""
    for form, at in addressed:
        given = key(form.split()[0])
        fits = [p for p in by_key.values() if any(len(f.split()) > 1 and key(f.split()[0]) == given for f in p.forms)]
        if len(fits) == 1:
            fits[0].mentions.append(Span(at, at + len(form)))
            if form not in fits[0].aliases:
                fits[0].aliases.append(form)


def actors(doc: Document) -> list[Actor]:
    text = doc.text
    out: list[Actor] = []
    aliases_of: dict[str, list[str]] = {}
    persons = people(text)
    for p in persons.values():
        name = nominative(p.forms, p.genitive)  # the full name from the longest form; a bare "Путин" says he is a man
        longest = max(p.forms, key=lambda f: len(f.split()))
        if any(w[0].islower() for w in longest.split()):
            name = longest  # "Урсула фон дер Ляйен": a foreign name with particles, as written
        family = name.split()[-1]
        aliases = [family] if any(len(f.split()) == 1 for f in p.forms) else []
        parts = name.split()
        if len(parts) == 3 and PATRONYMIC_RE.search(parts[1]):  # "Геннадий Андреевич Зюганов"
            aliases.append(name)
            name = f"{parts[0]} {parts[2]}"
        aliases += [a for a in p.aliases if a not in aliases]
        aff = p.affiliation or ("Россия" if p.title and STATE_TITLE_RE.match(p.title)
                                and not LOCAL_TITLE_RE.search(p.title) and not BODY_TITLE_RE.search(p.title) else None)
        if aff in FEDERAL_BODIES and p.title and MINISTER_OF_BODY_RE.match(p.title):
            aff = "Россия"  # "Министр МЧС России": a Russian minister is the country's, as "министр финансов" is
        out.append(Actor(name, "person", p.title, aff, aliases, sorted(p.mentions, key=lambda s: s.start)))
    orgs = organisations(text)
    for short in [n for n in orgs if MIN_RE.fullmatch(n)]:  # "Минфин" is "Министерство финансов"
        full = next((n for n in orgs if n.startswith("Министерств") and len(n.split()) > 1
                     and n.split()[1].lower().startswith(short[3:].lower())), None)
        if full:
            orgs[full].extend(orgs.pop(short))
            aliases_of.setdefault(full, []).append(short)
    taken = {a.name for a in out}
    for name, spans in orgs.items():
        spans = [sp for sp in spans if not RU_CREDIT_RE.match(text, text.rfind("\n", 0, sp.start) + 1)]
        if not spans or name in taken:
            continue  # named only in a credit ("Фото: ... /ТАСС") or as a person
        home = FOREIGN_BODIES.get(name) or ("Россия" if STATE_RE.match(name) and not SERVICE_BODY_RE.search(name) else None)
        out.append(Actor(name, "organization", None, home, aliases_of.get(name, []), sorted(spans, key=lambda s: s.start)))
        taken.add(name)
    out = ru_short_names.merge(out)  # "Государственная дума" and "Госдума", ФСБ and its full name: one actor
    ru_company_words.outlet_sources(text, out)  # (before: the outlet's other names in guillemets are its mentions)
    ru_company_words.guillemet_mentions(text, out)
    inside = SpanReach((sp.start, sp.end) for a in out if a.kind == "organization" and " " in a.name for sp in a.mentions)
    for name, (spans, aliases) in countries(text).items():
        if any(not only_a_place(text, sp, name) and not inside.holds(sp.start, sp.end) for sp in spans):
            # "в России" and "российских" alone, or "России" inside "Ассоциации туроператоров России": no actor
            out.append(Actor(name, "country", None, None, aliases, spans))
    out = ru_bodies.bodies(text, out)
    out = ru_brackets.brackets(text, out)
    out = ru_foreign.foreign_bodies(text, out)
    out = ru_regions.regions(text, out)
    ru_affiliations.agencies(text, out)
    ru_affiliations.regions(text, out)
    ru_affiliations.companies_of_heads(text, out)
    ru_company_words.bodies_of_titles(text, out)
    ru_company_words.lower_bodies_of_titles(text, out)
    ru_affiliations.acronym_parents(text, out)
    ru_affiliations.descriptions(text, out)
    ru_company_words.company_descriptions(text, out)
    ru_affiliations.place_bodies(out)  # (after: a city's company is described as one, "Предприятие")
    ru_company_words.team_people(text, out)
    ru_affiliations.this_country(text, out)
    ru_affiliations.city_heads(text, out)
    ru_coref.descriptions(doc, out)
    added = ru_collective.collective(doc, out)
    if added:  # bodies named in lower case: their region and descriptions too
        for body in added:  # "В правительстве Прикамья": Пермский край
            body.affiliation = ru_regions.official(body.affiliation) or body.affiliation
        ru_affiliations.regions(text, added)
        ru_affiliations.descriptions(text, added)
    ru_collective.government(doc, out)  # ("поручил правительству": the federal government, a party though silent)
    ru_affiliations.role_named_before(text, out)
    ru_affiliations.holders(out)  # (after the bodies that speak: "в мэрии Екатеринбурга заявили")
    ru_affiliations.city_legislators(out)
    ru_affiliations.kind_words(text, out)  # ("потребовал от мэрии": the city hall named before, a body that spoke too)
    ru_affiliations.city_bodies(text, out)  # ("в пресс-службе администрации города": the one city's)
    ru_affiliations.qualified_bodies(out)
    ru_affiliations.ministry_heads(out)  # ("Глава регионального минздрава X": the region's ministry named in full)
    ru_short_names.local_short_forms(text, out)
    # ("председатель комитета Госдумы по X": the committee, not the Duma; a city's "Комитет по тарифам": the city's)
    if placeless := ru_committees.committees(text, out):  # (regions() scans the text: only when there is one to place)
        ru_affiliations.regions(text, placeless)
    ru_polities.polities(text, out, doc.sentences.starts)  # ("Власти Татарстана", "регион справляется": a region or city that acts)
    out = _cut_short(out)
    ru_coref.link_speakers(doc, out)
    _titles_without_bodies(out)
    return out


def _titles_without_bodies(out: list[Actor]) -> None:
    """A person's title does not repeat the words naming the affiliation given in its own field ("аналитик Института
    Африки РАН" of Институт Африки РАН -> "аналитик"); done last, as the rules above read the titles whole."""
    titled = [a for a in out if a.kind == "person" and a.title and a.affiliation and " " in a.title
              and (a.title != a.title.lower() or "«" in a.title)]  # (a body's name is capitalised or in guillemets)
    if not titled:
        return
    forms = {a.name: [a.name, *a.aliases] for a in out if a.kind != "person"}
    for a in titled:
        a.title = without_body(a.title or "", forms.get(a.affiliation or "", [a.affiliation or ""]))


def _cut_short(out: list[Actor]) -> list[Actor]:
    """An organisation named only as the start of a longer one's mentions ("Федерация независимых профсоюзов" inside
    "Федерации независимых профсоюзов России", "Союз промышленников" inside "Союза промышленников и предпринимателей
    России") is that one: no actor of its own; people it was the affiliation of take the longer one."""
    orgs = [a for a in out if a.kind == "organization" and a.mentions]
    starts: dict[int, list[tuple[int, Actor]]] = {}
    for a in orgs:
        for sp in a.mentions:
            starts.setdefault(sp.start, []).append((sp.end, a))
    if all(len(v) == 1 for v in starts.values()):
        return out  # (most texts: no two bodies start at one place)
    by_id = {id(a): a for a in orgs}
    gone: dict[str, str] = {}
    for a in orgs:
        if " " not in a.name or a.name in gone or any(len(starts[sp.start]) == 1 for sp in a.mentions):
            continue
        longer = [{id(b) for end, b in starts[sp.start] if end > sp.end and b is not a} for sp in a.mentions]
        common = set.intersection(*longer)
        whole = next((by_id[k] for k in common if by_id[k].name.startswith(a.name.split()[0][:4])
                      and by_id[k].name not in gone), None)
        if whole is not None:
            gone[a.name] = whole.name
            whole.aliases.extend(x for x in [a.name, *a.aliases] if x not in whole.aliases)
    if not gone:
        return out
    for a in out:
        if a.affiliation in gone:
            a.affiliation = gone[a.affiliation]
    return [a for a in out if not (a.kind == "organization" and a.name in gone)]


__all__ = ["actors"]

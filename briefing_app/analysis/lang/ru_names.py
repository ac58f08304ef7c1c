"""Russian names by case: a key that is the same for every case form of a family name
(Лавров / Лаврова / Лаврову / Лавровым -> "лавров"), the nominative of a full name
("Владимира Путина" -> "Владимир Путин", "Анны Климовой" -> "Анна Климова"), countries
named by stem ("России", "Москвы", "Кремль", "российский" -> Россия) and the
nominative of an organisation ("Счётной палаты" -> "Счётная палата")."""
from __future__ import annotations

import functools
import re

CASE_END_RE = re.compile(r"(?:ыми|ими|ого|его|ому|ему|ой|ей|ою|ею|ым|им|ом|ем|ам|ям|ах|ях|ая|яя|ую|юю|ий|ый|а|я|у|ю|е|ы|и)$")
MASC_SURNAME_RE = re.compile(r"(?:ов|ев|ёв|ин|ын|ий|ый|ой|ских|цких|ук|юк|ко|ич|ян|дзе|швили|[бвгджзклмнпрстфхцчшщ])$")
COUNTRIES: dict[str, tuple[str, ...]] = {
    "Россия": ("росси", "российск", "москв", "кремл", "рф"),
    "США": ("сша", "америк", "вашингтон"),
    "Китай": ("китай", "китая", "китаю", "китае", "кнр", "пекин"),
    "Украина": ("украин", "киев"),
    "Германия": ("германи", "немецк", "берлин"),
    "Франция": ("франци", "французск", "париж"),
    "Великобритания": ("великобритани", "британ", "лондон"),
    "Япония": ("япони", "японск", "токио"),
    "Беларусь": ("беларус", "белорусск", "минск"),
    "Турция": ("турци", "турецк", "анкар"),
    "Иран": ("иран", "тегеран"),
    "Израиль": ("израил",),
    "КНДР": ("кндр", "пхеньян", "северн корe"),
    "Южная Корея": ("сеул", "южной коре", "южная коре"),
    "Казахстан": ("казахстан", "астан"),
    "Литва": ("литва", "литвы", "литве", "литву", "литвой", "литовск", "вильнюс"), "Латвия": ("латви", "латвийск"), "Эстония": ("эстони", "эстонск", "таллин"),
    "Польша": ("польш", "польск", "варшав"), "Грузия": ("грузи", "грузинск", "тбилиси"), "Армения": ("армени", "армянск", "ереван"),
    "Азербайджан": ("азербайджан",), "Молдавия": ("молдави", "молдавск", "молдов", "кишин"),
    "Финляндия": ("финлянди", "финск", "хельсинк"), "Швеция": ("швеци", "шведск", "стокгольм"),
    "Италия": ("итали", "итальянск"), "Испания": ("испани", "мадрид"), "Индия": ("индия", "индии", "индию", "индией", "индийск", "нью-дели"),
    "Сирия": ("сири", "сирийск", "дамаск"), "Египет": ("египет", "египт", "каир"), "Венгрия": ("венгри", "венгерск", "будапешт"),
    "Сербия": ("серби", "сербск", "белград"), "Канада": ("канад", "оттав"), "Бразилия": ("бразили", "бразильск"),
    "Узбекистан": ("узбекистан", "узбекск", "ташкент"), "Киргизия": ("киргизи", "киргизск", "бишкек"), "Таджикистан": ("таджикистан", "таджикск", "душанбе"),
    "Вьетнам": ("вьетнам", "ханой"), "Пакистан": ("пакистан", "исламабад"), "Афганистан": ("афганистан",),
    "Ирак": ("багдад",), "Катар": ("катар", "доха"), "Саудовская Аравия": ("саудовск", "эр-рияд"),
    "Греция": ("греци", "греческ"), "Чехия": ("чехи", "чешск"), "Румыния": ("румыни", "румынск", "бухарест"),
    "Болгария": ("болгари", "болгарск"), "Нидерланды": ("нидерланд", "амстердам"), "Австрия": ("австри", "австрийск"),
    "Швейцария": ("швейцари", "швейцарск", "женев"), "Норвегия": ("норвеги", "норвежск", "осло"), "Дания": ("дания", "дании", "данию", "датск", "копенгаген"),
}


# metonyms and short names, by stem, with the form an alias takes
ALIASES = {"москв": "Москва", "кремл": "Кремль", "вашингтон": "Вашингтон", "пекин": "Пекин", "кнр": "КНР",
           "киев": "Киев", "берлин": "Берлин", "париж": "Париж", "лондон": "Лондон", "токио": "Токио",
           "минск": "Минск", "анкар": "Анкара", "тегеран": "Тегеран", "пхеньян": "Пхеньян", "сеул": "Сеул",
           "астан": "Астана", "америк": "Америка"}


def alias_of(word: str) -> str | None:
    low = word.lower()
    return next((form for stem, form in ALIASES.items() if low.startswith(stem)), None)


# common men's given names: "Сергея Лаврова" is a man in the genitive, "Мария Лаврова" a woman
MALE_NAMES = frozenset("""Сергей Дмитрий Владимир Алексей Андрей Антон Борис Михаил Николай Александр Евгений Игорь
    Олег Павел Пётр Петр Иван Юрий Виктор Василий Максим Денис Вячеслав Геннадий Валентин Валерий Григорий
    Константин Леонид Роман Станислав Фёдор Федор Анатолий Аркадий Кирилл Илья Никита Артём Артем Егор Глеб
    Тимур Руслан Рамзан Марат Эдуард Вадим Виталий Георгий Захар Лев Матвей Семён Семен Ярослав Арсений
    Владислав Даниил Тарас Богдан Ян Эрнест Рустам Ильдар""".split())
# common women's given names: "Светлана Петренко" is a woman whatever her family name's ending
FEMALE_NAMES = frozenset("""Анна Мария Елена Ольга Татьяна Наталья Наталия Ирина Светлана Екатерина Юлия Марина Елизавета
    Анастасия Людмила Галина Валентина Вероника Виктория Дарья Ксения Алла Алина Полина Любовь Надежда Вера
    Лариса Оксана Евгения Александра Валерия Эльвира Элла Инна Жанна Зоя Нина Раиса Софья Тамара Маргарита
    Кира Алёна Алена Яна Лилия Диана Карина Эмилия Василиса Майя Лидия Ангелина Кристина Регина""".split())


@functools.lru_cache(maxsize=8192)
def key(word: str) -> str:
    """The same for all case forms of a family name (and close enough for a given name)."""
    w = word.lower()
    base = CASE_END_RE.sub("", w)
    return base if len(base) >= 3 else w


# an adjective that may name a country ("турецким", "российского", "американский")
COUNTRY_ADJ_RE = re.compile(r"^[а-яё]+[сц]к(?:ий|ого|ому|им|ом|ая|ой|ую|ие|их|ими)$")
_STEM_TO_COUNTRY = {s: name for name, stems in COUNTRIES.items() for s in stems}
_COUNTRY_RE = re.compile("|".join(sorted(map(re.escape, _STEM_TO_COUNTRY), key=len, reverse=True)))


@functools.lru_cache(maxsize=4096)
def country(word: str) -> str | None:
    m = _COUNTRY_RE.match(word.lower())
    return _STEM_TO_COUNTRY[m.group()] if m else None


def _masc_given(w: str) -> str:
    if len(w) <= 3:
        return w  # "Си", "Ван": foreign names do not decline
    if w.endswith("я") and len(w) > 3:
        return w[:-1] + "й"  # Сергея -> Сергей, Дмитрия -> Дмитрий
    for end in ("ом", "ем", "ем", "а", "у", "е", "ю"):
        if w.endswith(end) and len(w) - len(end) >= 3:
            return w[:-len(end)] + ("й" if end in ("ем", "ю") else "")
    return w


def _fem_given(w: str) -> str:
    if len(w) <= 3:
        return w
    if w.endswith(("ии", "ией", "ию")):
        return re.sub(r"(?:ии|ией|ию)$", "ия", w)  # Марии -> Мария
    for end, new in (("ой", "а"), ("ей", "я"), ("ы", "а"), ("и", "я"), ("е", "а"), ("у", "а"), ("ю", "я")):
        if w.endswith(end):
            return w[:-len(end)] + new
    return w


# a family name in the instrumental ("Лавровым", "Фиданом"): the stem before the ending is the name
INSTRUMENTAL_RE = re.compile(r"(?<=[а-яё]{4})(?:ым|ом)$")


# an adjectival family name in an oblique case ("Яновского", "Троицкому", "Белинской" of a woman)
ADJ_SURNAME_RE = re.compile(r"(?<=[а-яё]{2})([сц]к)(?:ого|ому|им|ом|ой|ую)$")


def _feminine_given(parts: list[str], genitive: bool = False) -> bool:
    """A woman's given name: "Марии", "Анны"; "Валентина" as written (unless a word before it wants
    the genitive, when it may be Валентин's)."""
    return len(parts) > 1 and _fem_given(parts[0]) in FEMALE_NAMES and (
        _masc_given(parts[0]) not in MALE_NAMES or parts[0] in FEMALE_NAMES and not genitive)


def _same_case(given: str, family: str) -> bool:
    """Do a given name and a family name show the same case ending? "Си Цзиньпина" (the given name
    does not decline) yes; "Жоау Перейра" (a dative given name, a genitive family name?) no: a
    foreign name written as it is."""
    changed = _masc_given(given)
    if changed == given:
        return True
    ending = given[len(changed):] if given.startswith(changed) else given[-1:]
    return family.endswith(ending[-1:])


def nominative(forms: list[str], genitive: bool = False) -> str:
    """The nominative of a person's full name, from the forms the text uses ("Владимира Путина",
    "Путин"): a bare masculine family name anywhere makes the person a man."""
    full = max(forms, key=lambda f: (len(f.split()), -forms.index(f)))
    parts = full.split()
    adj = ADJ_SURNAME_RE.search(parts[-1]) if len(parts) > 1 else None
    if adj and (_feminine_given(parts) or not parts[-1].endswith(("ой", "ую"))):  # not "Андрей Трубецкой"  # "Анатолия Яновского", "Марии Белинской"
        sur = ADJ_SURNAME_RE.sub(r"\1ая" if _feminine_given(parts) else r"\1ий", parts[-1])
        given = [_fem_given(p) if _feminine_given(parts) else _masc_given(p) for p in parts[:-1]]
        return " ".join([*given, sur])
    if _feminine_given(parts, genitive):
        sur = parts[-1]  # a woman: "Светлана Петренко", "Марии Захаровой"; "Майя Санду" as written (a given name
        oblique = parts[0] not in FEMALE_NAMES  # in the nominative: the family name is in it too)
        sur = sur[:-2] + "а" if sur.endswith("ой") else sur[:-1] + "а" if sur.endswith(("у", "ы")) and len(sur) > 4 \
            and oblique else sur
        return " ".join([*(_fem_given(p) for p in parts[:-1]), sur])
    if len(parts) > 1 and len(set(forms)) == 1 and all(w.endswith("е") for w in parts) \
            and _masc_given(parts[0]) not in MALE_NAMES:
        return full  # "Довиле Шакалене": a foreign name that does not decline
    if genitive and len(parts) > 1 and re.search(r"(?:ова|ева|ёва|ина|ына|ича)$", parts[-1]) \
            and parts[0].endswith(("а", "я")) and _fem_given(parts[0]) not in FEMALE_NAMES:
        return " ".join([_masc_given(parts[0]), parts[-1][:-1]])  # "политолога Аббаса Галлямова"
    surnames = [f.split()[-1] for f in forms]
    masc = [s for s in surnames if MASC_SURNAME_RE.search(s) and not s.endswith("ой") and not INSTRUMENTAL_RE.search(s)]
    if not masc and any(INSTRUMENTAL_RE.search(s) for s in surnames) and not _feminine_given(parts):
        masc = [INSTRUMENTAL_RE.sub("", s) for s in surnames if INSTRUMENTAL_RE.search(s)]  # "с Хаканом Фиданом"
    if not masc and len(parts) > 1 and parts[0] in MALE_NAMES:
        masc = [parts[-1]]  # "Василий Небензя": a given name in the nominative, the family name too
    if not masc and parts[:-1] and _masc_given(parts[0]) in MALE_NAMES:
        masc = [_masc_given(parts[-1])]  # "Сергея Лаврова", "Ильи Яшина"
    if not masc and parts[:-1] and not any(
            p.endswith(("а", "я", "ы", "и", "ой", "ей")) and len(p) > 3 for p in parts[:-1]) \
            and _same_case(parts[0], parts[-1]):
        masc = [parts[-1] if parts[-1].endswith(INDECLINABLE) else _masc_given(parts[-1])]  # "Си Цзиньпина"
    if not masc and len(parts) > 1 and not _same_case(parts[0], parts[-1]) and parts[0] not in FEMALE_NAMES:
        return full  # "Жоау Перейра": a foreign name that does not decline
    if masc:
        sur = min(masc, key=len)
        given = [p if not _same_case(p, parts[-1]) and _masc_given(p) not in MALE_NAMES else _masc_given(p)
                 for p in parts[:-1]]  # "Антониу Гутерриш": a foreign given name that does not decline
        return " ".join([*given, sur])
    sur = parts[-1]
    if sur.endswith("ой"):
        sur = sur[:-2] + "а"  # Климовой -> Климова
    elif sur.endswith("у") and len(sur) > 4:
        sur = sur[:-1] + "а"
    return " ".join([*(_fem_given(p) for p in parts[:-1]), sur])


INDECLINABLE = ("оглу", "улы", "ыулы", "шойгу")  # Turkic family names in -оглу, -улы: "Ферудуну Синирлиоглу"
ADJ_CASE_RE = re.compile(r"(?:ого|его|ому|ему|ыми|ими|ым|им|ом|ем|ой|ей|ую|юю|ая|яя|ое|ее|ый|ий|ых|их)$")
_SOFT = ("его", "ему", "ими", "им", "ем", "ей", "юю", "яя", "ее", "ий", "их")


def _noun_nominative(w: str, first: bool) -> str:
    """The nominative of an organisation's head noun in the genitive (or another oblique case)."""
    if w.lower() in ("края", "краю", "крае", "краем"):
        return w[:3] + "й"  # Краснодарского края -> Краснодарский край
    if w.endswith(("стве", "ству", "ством")):
        return re.sub(r"(?:е|у|ом)$", "о", w)  # Министерстве -> Министерство
    if w.endswith("ства"):
        return w[:-1] + "о"  # Министерства -> Министерство
    if w.endswith("ии") and len(w) > 4:
        return w[:-1] + "я"  # комиссии -> комиссия
    if w.endswith("ия") and len(w) > 4 and not first:
        return w[:-1] + "е"  # собрания -> собрание
    if w.endswith("сти") and not first:
        return w[:-1] + "ь"  # области -> область
    if w.endswith("ы") and len(w) >= 4:
        return w[:-1] + "а"  # палаты -> палата, Думы -> Дума
    if re.search(r"[бвгджзклмнпрстфхцчшщ][ауе]$", w) and (not first or w[:1].isupper() and len(w) > 4):
        return w[:-1]  # комитета -> комитет, Сбербанка -> Сбербанк
    return w


def adjective_for(adj: str, noun: str) -> str:
    """An adjective in the nominative agreeing with its noun's gender ('Законодательного собрание'
    -> 'Законодательное'); an adjective already in the nominative is kept."""
    m = ADJ_CASE_RE.search(adj)
    if not m or len(adj) - len(m.group()) < 3:
        return adj
    stem, soft = adj[:m.start()], m.group() in _SOFT
    fem = noun.endswith(("а", "я", "сть"))
    if stem[-1:] in "жшщч":  # "Высшей школы" -> "Высшая школа"
        return stem + ("ая" if fem else "ее" if noun.endswith(("о", "е")) else "ий")
    if fem:
        return stem + ("яя" if soft else "ая")
    if noun.endswith(("о", "е")):
        return stem + ("ее" if soft else "ое")
    if m.group() == "ой":
        return adj  # "Городской суд": already masculine
    return stem + ("ий" if soft or stem[-1:] in "кгхжшщч" else "ый")


def org_nominative(name: str) -> str:
    """'Счётной палаты' -> 'Счётная палата', 'Центрального банка' -> 'Центральный банк',
    'Министерства финансов' -> 'Министерство финансов', 'Законодательного собрания' ->
    'Законодательное собрание', 'Сбербанка' -> 'Сбербанк': the leading adjectives and the head
    noun go to the nominative, the genitive words after the head stay."""
    words = name.split()
    if len(words) == 1 and re.fullmatch(r"Мин[а-яё]+[ыия]", name):
        return name  # Минцифры, Минобороны, Минэкономразвития: "Мин" and a genitive, indeclinable
    i = 0
    while i + 1 < len(words) and ADJ_CASE_RE.search(words[i]) and len(words[i]) > 4:
        i += 1
    if i >= len(words):
        return name
    if i and all(re.search(r"(?:ая|яя|ый|ий|ое|ее)$", w) for w in words[:i]):
        return name  # "Московская городская дума": already in the nominative
    noun = words[i]
    if i and words[i - 1].endswith(("ую", "юю")) and noun.endswith(("у", "ю")):
        noun = noun[:-1] + ("а" if noun.endswith("у") else "я")  # "Государственную думу": feminine accusative
    else:
        noun = _noun_nominative(noun, i == 0)
    adjs = [adjective_for(a, noun) for a in words[:i]]
    return " ".join([*adjs, noun, *words[i + 1:]])


# words that open a title (by stem)
ROLES = ("министр", "президент", "пресс-секретар", "секретар", "председател", "глав", "губернатор", "депутат",
         "экономист", "представител", "спикер", "мэр", "директор", "руководител", "посол", "заместител",
         "советник", "лидер", "премьер", "жительниц", "жител", "эксперт", "аналитик", "сенатор", "генерал",
         "командующ", "канцлер", "политолог", "сотрудник", "член", "помощник", "вице", "замглав", "адвокат",
         "юрист", "судья", "прокурор", "следовател", "врач", "главврач", "профессор", "ректор", "начальник",
         "управляющ", "заведующ", "уполномоченн", "омбудсмен", "еврокомиссар", "комиссар", "генсек", "замминистр",
         "социолог", "историк", "исследовател", "активист", "правозащитник", "градоначальник", "пресс-служб",
         "корреспондент", "журналист", "учёный", "ученый", "полпред", "постпред", "спецпредставител", "атташе",
         "тренер", "наставник", "капитан", "нападающ", "вратар", "защитник", "режиссёр", "режиссер", "дирижёр", "дирижер",
         "солист", "хореограф", "артист", "актёр", "актер", "певиц", "писател", "декан", "худрук", "госсекретар",
         "специалист", "заведующ", "вирусолог", "эпидемиолог", "инфекционист", "главврач", "аудитор", "зампред",
         "совладел", "владел", "основател", "акционер", "редактор", "главред", "гендиректор", "генпрокурор",
         "коллег")  # ("со своим турецким коллегой Хаканом Фиданом": a counterpart, of the country before)

def is_given(word: str) -> bool:
    return word in MALE_NAMES or word in FEMALE_NAMES


@functools.lru_cache(maxsize=4096)
def given_any_case(word: str) -> bool:
    """A known given name in any case: "Владимира", "Эльвирой", "Сергею"."""
    return is_given(word) or _masc_given(word) in MALE_NAMES or _fem_given(word) in FEMALE_NAMES


@functools.lru_cache(maxsize=8192)
def is_role(word: str) -> bool:
    low = word.lower()
    return low.startswith(ROLES) and not low.startswith(("главн", "генеральн"))  # "глава", not "главный"


def role_nominative(word: str) -> str:
    if word.lower() in ("замминистра", "замглавы", "замгубернатора", "замминистр"):
        return word.lower()  # indeclinable: "заместитель министра"
    """'председателя' -> 'председатель', 'министра' -> 'министр', 'главы' -> 'глава'."""
    w = word.lower()
    if w.startswith(("коллег", "глав")) and w[-2:] in ("ой", "ою", "ей", "ам"):
        return w[:-2] + "а"  # "коллегой" -> "коллега", "главой" -> "глава"
    if w.startswith(("коллег", "глав")) and w[-1:] in "иуе" and len(w) > 4:
        return w[:-1] + "а"  # "коллеге", "главу"
    if w.endswith(("рём", "рем", "рю", "ря")) and w[:-2 if w.endswith(("рём", "рем")) else -1].endswith("р"):
        return re.sub(r"(?:ём|ем|ю|я)$", "ь", w)  # госсекретарём -> госсекретарь
    if w.endswith(("теля", "телю", "телем")):
        return re.sub(r"(?:я|ю|ем)$", "ь", w)
    if w.endswith("ы") and len(w) > 4:
        return w[:-1] + "а"
    if re.search(r"[бвгджзклмнпрстфхцчшщ](?:а|у|ом|е)$", w) and not w.endswith(("глава",)):
        return re.sub(r"(?:а|у|ом|е)$", "", w)
    return w


__all__ = ["COUNTRIES", "COUNTRY_ADJ_RE", "ROLES", "adjective_for", "country", "given_any_case", "is_given", "is_role", "key", "nominative",
           "org_nominative", "role_nominative"]

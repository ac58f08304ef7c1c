"""Russian names by case: a key that is the same for every case form of a family name
(Лавров / Лаврова / Лаврову / Лавровым -> "лавров"), the nominative of a full name
("Владимира Путина" -> "Владимир Путин", "Анны Климовой" -> "Анна Климова"), known given
names in any case, and role words ("министр", "председателя" -> "председатель"). Countries are in
`ru_countries`, organisations' nominative in `ru_org_case`."""
from __future__ import annotations

import functools
import re

CASE_END_RE = re.compile(r"(?:ыми|ими|ого|его|ому|ему|ой|ей|ою|ею|ым|им|ом|ем|ам|ям|ах|ях|ая|яя|ую|юю|ий|ый|а|я|у|ю|е|ы|и)$")
MASC_SURNAME_RE = re.compile(r"(?:ов|ев|ёв|ин|ын|ий|ый|ой|ских|цких|ук|юк|ко|ич|ян|дзе|швили|[бвгджзклмнпрстфхцчшщ])$")
# common men's given names: "Сергея Лаврова" is a man in the genitive, "Мария Лаврова" a woman
MALE_NAMES = frozenset("""Фридрих Генрих Ульрих Дитрих Эрих Сергей Дмитрий Владимир Алексей Андрей Антон Борис Михаил Николай Александр Евгений Игорь
    Олег Павел Пётр Петр Иван Юрий Виктор Василий Максим Денис Вячеслав Геннадий Валентин Валерий Григорий
    Константин Леонид Роман Станислав Фёдор Федор Анатолий Аркадий Кирилл Илья Никита Артём Артем Егор Глеб
    Тимур Руслан Рамзан Марат Эдуард Вадим Виталий Георгий Захар Лев Матвей Семён Семен Ярослав Арсений
    Владислав Даниил Тарас Богдан Ян Эрнест Рустам Ильдар Герман Всеволод Ростислав Степан Филипп Дамир Айдар
    Рашид Ринат Альберт Эльдар Мурат Назар Давид Макар Платон Святослав Эмиль Иосиф Аслан Мансур Рустем Тагир
    Шамиль Заур Ахмед Армен Айрат Азат Фарид Наиль Ефим Вениамин Яков Тигран Ашот Булат Рамиль Радик Ильнур
    Салават Тимофей Савелий Мирон Елисей Ильгиз Рифат Ирек""".split())
# common women's given names: "Светлана Петренко" is a woman whatever her family name's ending
FEMALE_NAMES = frozenset("""Анна Мария Елена Ольга Татьяна Наталья Наталия Ирина Светлана Екатерина Юлия Марина Елизавета
    Анастасия Людмила Галина Валентина Вероника Виктория Дарья Ксения Алла Алина Полина Любовь Надежда Вера
    Лариса Оксана Евгения Александра Валерия Эльвира Элла Инна Жанна Зоя Нина Раиса Софья Тамара Маргарита
    Кира Алёна Алена Яна Лилия Диана Карина Эмилия Василиса Майя Лидия Ангелина Кристина Регина Ева Арина Варвара
    Милана Ульяна София Олеся Снежана Эвелина Нелли Римма Фаина Инга Лада Дина Мила Таисия Злата Виолетта Вероника
    Антонина Клавдия Зинаида Серафима Ярослава Владислава Станислава Мирослава Белла Эльза Алия Гульнара Динара
    Эльмира Зарина Лейла Мадина Асель Айгуль Розалия Стелла Лейсан Гузель Милена Руслана Есения Мирра""".split())


@functools.lru_cache(maxsize=8192)
def key(word: str) -> str:
    """The same for all case forms of a family name (and close enough for a given name)."""
    w = word.lower()
    base = CASE_END_RE.sub("", w)
    return base if len(base) >= 3 else w


def _masc_given(w: str) -> str:
    if len(w) <= 3:
        return w  # "Си", "Ван": foreign names do not decline
    if w.endswith("я") and len(w) > 3:
        return w[:-1] + ("й" if w[-2] in "еиаоу" else "ь")  # Сергея -> Сергей, Дмитрия -> Дмитрий; Игоря -> Игорь
    for end in ("ом", "ем", "ем", "а", "у", "е", "ю"):
        if w.endswith(end) and len(w) - len(end) >= 3:
            soft = "й" if w[-len(end) - 1] in "еиаоу" else "ь"  # Сергеем -> Сергей, Игорем -> Игорь
            return w[:-len(end)] + (soft if end in ("ем", "ю") else "")
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
HUSHED_INSTRUMENTAL_RE = re.compile(r"(?<=[а-яё]{3}[чшщжц])ем$")  # (after a hushing letter: "Станковичем")


def _instrumental(surname: str) -> str | None:
    """The family name an instrumental form stands for ("Лавровым" -> "Лавров", "Станковичем" -> "Станкович"), or None."""
    m = INSTRUMENTAL_RE.search(surname) or HUSHED_INSTRUMENTAL_RE.search(surname)
    return surname[:m.start()] if m else None


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
    masc = [s for s in surnames if MASC_SURNAME_RE.search(s) and not s.endswith("ой") and _instrumental(s) is None]
    if not masc and any(_instrumental(s) for s in surnames) and not _feminine_given(parts):
        masc = [b for b in map(_instrumental, surnames) if b]  # "с Хаканом Фиданом"
    if not masc and len(parts) > 1 and parts[0] in MALE_NAMES:
        masc = [parts[-1]]  # "Василий Небензя": a given name in the nominative, the family name too
    if not masc and parts[:-1] and _masc_given(parts[0]) in MALE_NAMES:
        masc = [_masc_given(parts[-1])]  # "Сергея Лаврова", "Ильи Яшина"
    if not masc and parts[:-1] and not any(
            p.endswith(("а", "я", "ы", "и", "ой", "ей")) and len(p) > 3 for p in parts[:-1]) \
            and _same_case(parts[0], parts[-1]) and (genitive or len(parts[0]) <= 3 or _masc_given(parts[0]) != parts[0]):
        # ("Маргус Цахкна", "Айхан Гаджизаде": a given name of four letters or more that ends like a nominative keeps
        # its family name as written; "Си Цзиньпина": a short one that never declines leaves the ending to tell)
        masc = [parts[-1] if parts[-1].endswith(INDECLINABLE) else _masc_given(parts[-1])]  # "Си Цзиньпина"
    if not masc and len(parts) == 2 and len(parts[0]) >= 6 and parts[0].endswith(("ом", "ем")) \
            and parts[-1].endswith(("о", "е", "и", "у")):
        return " ".join([_masc_given(parts[0]), parts[-1]])  # "с Петером Сийярто": a given name in the instrumental
    if not masc and len(parts) > 1 and not _same_case(parts[0], parts[-1]) and parts[0] not in FEMALE_NAMES:
        return full  # "Жоау Перейра": a foreign name that does not decline
    if masc:
        sur = min(masc, key=len)
        given = [p if not _same_case(p, parts[-1]) and _masc_given(p) not in MALE_NAMES else _masc_given(p)
                 for p in parts[:-1]]  # "Антониу Гутерриш": a foreign given name that does not decline
        return " ".join([*given, sur])
    if len(parts) > 1 and len(parts[0]) > 3 and _masc_given(parts[0]) == parts[0] and not genitive \
            and _fem_given(parts[0]) not in FEMALE_NAMES:
        return full  # "Биньямин Нетаньяху": a given name that ends like a nominative, a family name that does not decline
    sur = parts[-1]
    if sur.endswith("ой"):
        sur = sur[:-2] + "а"  # Климовой -> Климова
    elif sur.endswith("у") and len(sur) > 4:
        sur = sur[:-1] + "а"
    return " ".join([*(_fem_given(p) for p in parts[:-1]), sur])


INDECLINABLE = ("оглу", "улы", "ыулы", "шойгу")  # Turkic family names in -оглу, -улы: "Ферудуну Синирлиоглу"
# words that open a title (by stem)
SK_ADJ_RE = re.compile(r"ск(?:ий|ого|ая|ой|ому|им|ом|ие|их|ую|ое|ими)$")  # an adjective made of a role word
# oblique forms of role words whose stem changes ("посол" -> "посла"); "после" stays a preposition
OBLIQUE_ROLES = frozenset(("посла", "послу", "послом", "послы", "послов", "послам", "послами"))
ROLES = ("министр", "президент", "пресс-секретар", "секретар", "председател", "глав", "губернатор", "депутат",
         "экономист", "представител", "спикер", "мэр", "директор", "руководител", "посол", "заместител",
         "советник", "лидер", "премьер", "жител", "эксперт", "аналитик", "сенатор", "генерал",
         "командующ", "канцлер", "политолог", "сотрудник", "член", "помощник", "вице", "замглав", "адвокат",
         "юрист", "судья", "прокурор", "следовател", "врач", "профессор", "ректор", "начальник",
         "управляющ", "заведующ", "уполномоченн", "омбудсмен", "еврокомиссар", "комиссар", "генсек", "замминистр",
         "социолог", "историк", "исследовател", "активист", "правозащитник", "градоначальник", "пресс-служб",
         "корреспондент", "журналист", "учёный", "ученый", "полпред", "постпред", "спецпредставител", "атташе",
         "тренер", "наставник", "капитан", "нападающ", "вратар", "защитник", "режиссёр", "режиссер", "дирижёр", "дирижер",
         "солист", "хореограф", "артист", "актёр", "актер", "актрис", "певиц", "певец", "певц", "писател", "художник", "художниц",
         "теннисист", "декан", "худрук", "госсекретар",
         "специалист", "вирусолог", "эпидемиолог", "инфекционист", "аудитор", "зампред",
         "совладел", "владел", "основател", "акционер", "редактор", "гендиректор", "генпрокурор",
         "сопредседател", "учител", "заммэр", "замгубернатор", "блогер", "партнёр", "партнер", "коллег",
         "полузащитник", "форвард", "ассистент", "предпринимател", "бизнесмен", "правозащитниц", "постановщик", "футболист",
         "хоккеист", "спортсмен", "топ-менеджер", "защитниц", "банкир", "доцент", "урбанист", "преподавател", "завкафедр",
         "демограф", "дипломат", "пенсионер",
         # (no entry another opens: "главврач" and "главред" are read by "глав", "жительница" by "жител", "учительница" by "учител";
         # startswith reads the whole tuple for each word that is no role, so a redundant entry costs every call)
         "учёного", "учёному", "учёным", "учёном", "ученого", "ученому", "ученым", "ученом")  # (the adjective's cases)  # ("со своим турецким коллегой Хаканом Фиданом": a counterpart, of the country before)

def is_given(word: str) -> bool:
    return word in MALE_NAMES or word in FEMALE_NAMES


@functools.lru_cache(maxsize=4096)
def given_any_case(word: str) -> bool:
    """A known given name in any case: "Владимира", "Эльвирой", "Сергею"."""
    return is_given(word) or _masc_given(word) in MALE_NAMES or _fem_given(word) in FEMALE_NAMES


# nouns for a body, an office or a practice made of a role word: no role ("мэрии", "посольстве", "секретариате",
# "экспертизы", "губернаторства", "предпринимательству" read as "мэр", "посол", "секретарь", "эксперт", "губернатор",
# "предприниматель")
ROLE_BODY_RE = re.compile(r"(?:мэри|посольств|секретариат|экспертиз|губернаторств|президентств|лидерств|членств|директорат"
                          r"|комиссариат|генералитет|представительств|советничеств|предпринимательств|дипломати)")


@functools.lru_cache(maxsize=8192)
def is_role(word: str) -> bool:
    low = word.lower()
    return low.startswith(ROLES) and not low.startswith(("главн", "генеральн")) and not SK_ADJ_RE.search(low) \
        and not ROLE_BODY_RE.match(low) \
        or low in OBLIQUE_ROLES  # "глава", not "главный" or "исследовательского"; "Посла России": посол


def role_nominative(word: str) -> str:
    if word.lower() in ("замминистра", "замглавы", "замгубернатора", "замминистр", "заммэра"):
        return word.lower()  # indeclinable: "заместитель министра"
    """'председателя' -> 'председатель', 'министра' -> 'министр', 'главы' -> 'глава'."""
    w = word.lower()
    if w in OBLIQUE_ROLES:
        return "послы" if w.startswith("послы") or w in ("послов", "послам", "послами") else "посол"
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
    if w.endswith(("ница", "ица", "сса", "иса", "чка", "тка", "рка")):
        return w  # "основательница", "певица", "директриса": a woman's title in the nominative
    if w.startswith("певц"):
        return "певец"  # "певца", "певцом": the vowel the stem drops
    if re.search(r"[бвгджзклмнпрстфхцчшщ](?:а|у|ом|е)$", w) and not w.endswith(("глава",)):
        return re.sub(r"(?:а|у|ом|е)$", "", w)
    return w


__all__ = ["FEMALE_NAMES", "MALE_NAMES", "ROLES", "given_any_case", "is_given", "is_role", "key", "nominative",
           "role_nominative"]

"""The nominative of a Russian organisation's name ("Счётной палаты" -> "Счётная палата",
"Министерства финансов" -> "Министерство финансов") and of an adjective agreeing with its noun
("Законодательного собрание" -> "Законодательное")."""
from __future__ import annotations

import re

ADJ_CASE_RE = re.compile(r"(?:ого|его|ому|ему|ыми|ими|ым|им|ом|ем|ой|ей|ую|юю|ая|яя|ое|ее|ый|ий|ых|их)$")
NOUN_END_RE = re.compile(r"(?:ств(?:о|а|е|у|ом)|ией|ии|ию)$")
_SOFT = ("его", "ему", "ими", "им", "ем", "ей", "юю", "яя", "ее", "ий", "их")


def _feminine_nominative(w: str) -> str | None:
    """A feminine head noun after an adjective in a feminine oblique case ('Федеральной антимонопольной
    службе', '... службой', 'Московской областной думе'): its nominative, None if it is one already."""
    if re.search(r"и(?:и|ей|ею|ю|е)$", w) and len(w) > 5:
        return re.sub(r"и(?:и|ей|ею|ю|е)$", "ия", w)  # комиссии/комиссией -> комиссия
    if re.search(r"[бвгджзклмнпрстфхцчшщ](?:ой|ою|е|ы|у)$", w):
        return re.sub(r"(?:ой|ою|е|ы|у)$", "а", w)  # службе/службой/палаты -> служба/палата
    return None


def _noun_nominative(w: str, first: bool, before: str = "") -> str:
    """The nominative of an organisation's head noun in the genitive (or another oblique case); before
    is the adjective before it, whose ending tells a feminine or an instrumental noun."""
    if before.endswith(("ой", "ей")) and not before.endswith(("ской", "цкой")) or before.endswith(("ской", "цкой")) \
            and not re.search(r"(?:суд|совет|комитет|союз|фонд|банк|театр|музей|клуб)$", w):
        fem = _feminine_nominative(w)  # ("Городской суд": a masculine noun in the nominative)
        if fem is not None:
            return fem
    if before.endswith(("ым", "им")) and re.search(r"(?:ом|ем)$", w) and not w.endswith("ством"):
        return w[:-2] + "е" if w.endswith("ием") else w[:-2]  # Следственным комитетом -> комитет, собранием -> собрание
    if w.lower() in ("края", "краю", "крае", "краем"):
        return w[:3] + "й"  # Краснодарского края -> Краснодарский край
    if re.search(r"(?:контрол|Кремл)(?:я|ю|е|ем)$", w):
        return re.sub(r"(?:я|ю|е|ем)$", "ь", w)  # Росалкогольтабакконтроле -> Росалкогольтабакконтроль, Кремля -> Кремль
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
    while i + 1 < len(words) and ADJ_CASE_RE.search(words[i]) and len(words[i]) > 4 and not NOUN_END_RE.search(words[i]):
        i += 1  # ("Министерством": a noun, not an adjective in "ом")
    if i >= len(words):
        return name
    if i and all(re.search(r"(?:ая|яя|ый|ий|ое|ее)$", w) for w in words[:i]):
        return name  # "Московская городская дума": already in the nominative
    noun = words[i]
    if i and words[i - 1].endswith(("ую", "юю")) and noun.endswith(("у", "ю")):
        noun = noun[:-1] + ("а" if noun.endswith("у") else "я")  # "Государственную думу": feminine accusative
    else:
        noun = _noun_nominative(noun, i == 0, words[i - 1] if i else "")
    adjs = [adjective_for(a, noun) for a in words[:i]]
    return " ".join([*adjs, noun, *words[i + 1:]])


# cities whose name ends in -и in every case ("мэрии Сочи"), not a soft-sign noun's genitive ("мэрии Перми")
INDECLINABLE_CITIES = frozenset("Сочи Тбилиси Хельсинки Дели Бали".split())


def city_from_genitive(word: str) -> str:
    """'Перми' -> 'Пермь', 'Казани' -> 'Казань' (a feminine city in -ь named in the genitive); any other word as it is
    ('Москва', 'Сочи')."""
    if len(word) > 3 and word.endswith("и") and word[-2] not in "аеёиоуыэюяй" and word not in INDECLINABLE_CITIES \
            and word[:1].isupper() and " " not in word:
        return word[:-1] + "ь"
    return word


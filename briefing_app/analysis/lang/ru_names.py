"""Russian names by case: a key that is the same for every case form of a family name
(Лавров / Лаврова / Лаврову / Лавровым -> "лавров"), the nominative of a full name
("Владимира Путина" -> "Владимир Путин", "Анны Климовой" -> "Анна Климова"), countries
named by stem ("России", "Москвы", "Кремль", "российский" -> Россия) and the
nominative of an organisation ("Счётной палаты" -> "Счётная палата")."""
from __future__ import annotations

import functools
import re

CASE_END_RE = re.compile(r"(?:ыми|ими|ого|его|ому|ему|ой|ей|ою|ею|ым|им|ом|ем|ам|ям|ах|ях|ая|яя|ую|юю|а|я|у|ю|е|ы|и)$")
MASC_SURNAME_RE = re.compile(r"(?:ов|ев|ёв|ин|ын|ий|ый|ой|ских|цких|ук|юк|ко|ич|ян|дзе|швили|[бвгджзклмнпрстфхцчшщ])$")
COUNTRIES: dict[str, tuple[str, ...]] = {
    "Россия": ("росси", "российск", "москв", "кремл"),
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


@functools.lru_cache(maxsize=8192)
def key(word: str) -> str:
    """The same for all case forms of a family name (and close enough for a given name)."""
    w = word.lower()
    base = CASE_END_RE.sub("", w)
    return base if len(base) >= 3 else w


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


def nominative(forms: list[str]) -> str:
    """The nominative of a person's full name, from the forms the text uses ("Владимира Путина",
    "Путин"): a bare masculine family name anywhere makes the person a man."""
    full = max(forms, key=lambda f: (len(f.split()), -forms.index(f)))
    parts = full.split()
    surnames = [f.split()[-1] for f in forms]
    masc = [s for s in surnames if MASC_SURNAME_RE.search(s) and not s.endswith("ой")]
    if not masc and parts[:-1] and _masc_given(parts[0]) in MALE_NAMES:
        masc = [_masc_given(parts[-1])]  # "Сергея Лаврова", "Ильи Яшина"
    if not masc and parts[:-1] and not any(
            p.endswith(("а", "я", "ы", "и", "ой", "ей")) and len(p) > 3 for p in parts[:-1]):
        masc = [_masc_given(parts[-1])]  # "Си Цзиньпина": a given name that is not feminine
    if masc:
        sur = min(masc, key=len)
        given = [_masc_given(p) for p in parts[:-1]]
        return " ".join([*given, sur])
    sur = parts[-1]
    if sur.endswith("ой"):
        sur = sur[:-2] + "а"  # Климовой -> Климова
    elif sur.endswith("у") and len(sur) > 4:
        sur = sur[:-1] + "а"
    return " ".join([*(_fem_given(p) for p in parts[:-1]), sur])


ADJ_ENDS = (("ого", "ый"), ("его", "ий"), ("ой", "ая"), ("ей", "яя"), ("ому", "ый"), ("ым", "ый"), ("ую", "ая"))


def org_nominative(name: str) -> str:
    """'Счётной палаты' -> 'Счётная палата', 'Центрального банка' -> 'Центральный банк',
    'Министерства финансов' -> 'Министерство финансов', 'Сбербанка' -> 'Сбербанк'."""
    words = name.split()
    if not words:
        return name
    out = []
    head_done = False
    for i, w in enumerate(words):
        if head_done:
            out.append(w)
            continue
        adj = next(((w[:-len(a)] + b) for a, b in ADJ_ENDS if w.endswith(a) and len(w) > len(a) + 2
                    and i + 1 < len(words)), None)
        if adj:
            out.append(adj)
            continue
        if w.endswith("ства"):
            out.append(w[:-1] + "о")
        elif w.endswith("сти") and i > 0:
            out.append(w[:-1] + "ь")  # Оренбургской области -> Оренбургская область
        elif w.endswith(("ы",)) and len(w) > 4:
            out.append(w[:-1] + "а")
        elif re.search(r"[бвгджзклмнпрстфхцчшщ][ауе]$", w) and (i > 0 or w[:1].isupper() and len(w) > 5):
            out.append(w[:-1])
        else:
            out.append(w)
        head_done = True
    return " ".join(out)


__all__ = ["COUNTRIES", "country", "key", "nominative", "org_nominative"]

"""The canonical name a Russian mention stands for: a name at its fullest ("Песков" -> "Дмитрий
Песков", a genitive "Анны Климовой" -> "Анна Климова"), the name a title word introduced ("министр"
-> the name after "Министр энергетики"), the latest name for "он"/"она"."""
from __future__ import annotations

import functools
import re

from briefing_app.analysis.lang.ru_names import is_given, is_role

RU_WORD = r"[А-ЯЁ][а-яё-]+"
RU_NAME_RE = re.compile(RU_WORD + r"(?:[ \t]+" + RU_WORD + r")+")
RU_PRONOUNS = {"он", "она", "они"}
TITLE_LOOKBACK = 50  # uses of a title word read back for the name it introduced
# a source without a name: "источник в правительстве", "собеседник РБК", "представители ведомства"
UNNAMED_RE = re.compile(r"(?:источник|собеседник|участник)\w*$", re.I)  # ("Участники рынка опасаются, что ...")
# one of a group ("Один из авторов законопроекта", "Губернатор одного из регионов")
ONE_OF_RE = re.compile(r"(?<![\w-])(?:[Оо]дин|[Оо]дна|[Оо]дно|[Оо]дни|одного|одной|одних)[ \t]+из[ \t]")
# credit lines: the names in them are no speakers and no actors
RU_CREDIT_RE = re.compile(r"[ \t(]*(?:Фото(?:графия)?|Автор(?:ы)?|Текст|Редактор|Источник|Иллюстрация|Видео|Коллаж)"
                          r"(?:[ \t]+[а-яё]+)?[ \t]*:", re.I)


def canonical(text: str, mention: str, pos: int) -> str | None:
    """The name a mention at pos stands for: a capitalised name at its fullest, or the name a
    title word introduced earlier ("министр" -> the name after "Министр энергетики")."""
    words = mention.split()
    head = words[0].lower() if words else ""
    if head in RU_PRONOUNS:
        name = _last_name(text, pos)
        return fullest(text, name) if name else None
    if UNNAMED_RE.match(head) or " из " in mention and ONE_OF_RE.search(mention):
        return None  # "Источник в правительстве", "Один из авторов", "Глава одного из банков": nobody named (the body it
        # sits in may be an actor)
    caps = RU_NAME_RE.search(mention)
    if caps:
        return fullest(text, caps.group())
    cap_words = [w for w in words if w[:1].isupper()]
    if len(cap_words) > 1 and cap_words[0] in UNIT_ACRONYMS and cap_words[1].isupper():
        return " ".join(cap_words[:2])  # "ГУ МЧС", "ТУ Росимущества" is RU_NAME_RE's: a unit of the body, the whole chain
    if cap_words and cap_words[0].isascii() and len(cap_words) > 1:  # "The Wall Street Journal", "Financial Times": the run
        k = words.index(cap_words[0])
        n = next((i for i in range(k + 1, len(words)) if not (words[i][:1].isupper() and words[i].isascii())), len(words))
        return " ".join(words[k:n])
    if cap_words:
        return fullest(text, cap_words[0])
    if len(head) >= 4:  # the latest name introduced by the same title word ("губернатор" -> "Губернатор X")
        return _titled_before(text, head, pos)
    return None


# acronyms of a body's unit or an institution's kind that name nothing without the body after them ("ГУ МЧС", "ГУ МВД",
# "ТУ Роспотребнадзора", "ГБУЗ «...»")
UNIT_ACRONYMS = frozenset("ГУ ТУ УМВД ОМВД ГКУ ГБУ ГАУ МКУ МБУ ГБУЗ ГУП МУП ФГУП".split())


def _last_name(text: str, pos: int) -> str | None:
    """The last full name (RU_NAME_RE) before pos, read back in chunks that start after a newline or a
    full stop (no name spans one, so each chunk finds what a scan from the text start finds there): a
    long text of pronoun speakers costs the same per quotation."""
    hi = pos
    while hi > 0:
        lo = max(text.rfind("\n", 0, hi - 4000), text.rfind(".", 0, hi - 4000)) + 1 if hi > 4000 else 0
        for m in reversed(list(RU_NAME_RE.finditer(text, lo, hi))):
            if not _a_place_pair(m.group()):
                return m.group()
        hi = lo
    return None


# an adjective's oblique ending opening a pair of capitalised words: a place or a body ("на Ближнем Востоке", "в Южной
# Корее", "Российской Федерации", "Государственной Думы"), no person a pronoun may stand for
PLACE_ADJ_ENDS = ("ем", "ом", "ого", "его", "ому", "ему", "ой", "ей", "ых", "их", "ым", "им", "ую", "юю")


def _a_place_pair(name: str) -> bool:
    first = name.split(None, 1)[0]
    return first.endswith(PLACE_ADJ_ENDS) and not is_given(first)


# a title word in the instrumental, dative or prepositional ("с министром", "губернатору", "о главе"): it names
# somebody the sentence speaks with or of, never who speaks
OBLIQUE_TITLE_RE = re.compile(r"(?:ом|ем|ём|ым|им|ой|ей|у|ю|е)$")


def _titled_before(text: str, head: str, pos: int) -> str | None:
    """The name after the latest of the last TITLE_LOOKBACK uses of a title word before pos, read
    back in chunks that start after a blank (a word never spans one), so a text repeating the word
    thousands of times costs the same per mention."""
    word = _title_word_re(head[:5])
    hi, seen = pos, 0
    spoken_with: str | None = None  # the name after the latest oblique use, should no other use name anybody
    while hi > 0 and seen < TITLE_LOOKBACK:
        lo = text.rfind(" ", 0, hi - 4000) + 1 if hi > 4000 else 0
        for m in reversed(list(word.finditer(text, lo, hi))):
            # ("переговоров с министром ... Петером Сийярто": the title of someone spoken with, not the speaker's)
            oblique = OBLIQUE_TITLE_RE.search(m.group()) and m.group().lower() != head
            n = RU_NAME_RE.search(text, m.end(), min(pos, m.end() + 60))
            if n and not oblique:
                return n.group()
            if n and spoken_with is None and ADJ_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()):
                spoken_with = _nominative_oblique(n.group())
            seen += 1
            if seen == TITLE_LOOKBACK:
                break
        hi = lo
    # "расторг контракт с главным тренером Деяном Станковичем. По словам тренера, ...": the only one the title names
    return spoken_with


@functools.lru_cache(maxsize=256)
def _title_word_re(stem: str) -> re.Pattern[str]:
    """The uses of a title word by its first letters ("губер" -> "губернатор", "губернатора", ...)."""
    return re.compile(re.escape(stem) + r"\w*", re.I)


# an adjective of rank right before an oblique title ("с главным тренером", "с новым министром"): the title is that
# person's own, not a counterpart's in a meeting ("переговоров с министром X")
ADJ_BEFORE_RE = re.compile(r"(?:главн|нов|генеральн|бывш|прежн|исполнительн|старш)[а-яё]+[ \t]+$")
# the instrumental of a name after such a title ("Деяном Станковичем" -> "Деян Станкович")
INSTRUMENTAL_RE = re.compile(r"(?:ом|ем|ём)$")


def _nominative_oblique(name: str) -> str:
    """'Деяном Станковичем' -> 'Деян Станкович' (a man's name in the instrumental); other forms as they are."""
    parts = name.split()
    if all(INSTRUMENTAL_RE.search(p) for p in parts):
        return " ".join(p[:-2] for p in parts)
    return name


@functools.lru_cache(maxsize=8)
def _names(text: str) -> tuple[str, ...]:
    return tuple(m.group() for m in RU_NAME_RE.finditer(text))


def _nominative(name: str) -> str:
    """'Анны Климовой' -> 'Анна Климова' (genitive after 'экономиста', 'по словам')."""
    parts = name.split()
    if parts and parts[-1].endswith("ой") and len(parts[-1]) > 4:
        parts[-1] = parts[-1][:-2] + "а"
        parts = [p[:-1] + "а" if p.endswith("ы") else p[:-1] + "я" if p.endswith("и") else p for p in parts[:-1]] + parts[-1:]
    return " ".join(parts)


@functools.lru_cache(maxsize=4096)
def _stem(w: str) -> str:
    return w[:max(4, len(w) - 2)].lower()


def _same_stem(a: str, b: str) -> bool:
    """Two forms of one family name: equal stems, or one stem opening the other ("Некрасова" / "Некрасов")."""
    sa, sb = _stem(a), _stem(b)
    return sa == sb or len(sa) >= 5 and len(sb) >= 5 and (sa.startswith(sb) or sb.startswith(sa)) and abs(len(a) - len(b)) <= 1


@functools.lru_cache(maxsize=4)
def _names_by_stem(text: str) -> tuple[tuple[str, ...], dict[str, list[int]]]:
    """The text's names (_names) and, for each stem of a word of theirs and each first five letters of a stem of five
    letters or more (as " " + them), the indices of the names holding such a word: every name one of whose words
    _same_stem takes with a word w is listed under w's stem or its first five letters. fullest reads only those, not
    every name of the text for each name it is asked about (~90,000 stem tests in the first analysis of the Russian
    benchmark text)."""
    names = _names(text)
    index: dict[str, list[int]] = {}
    for i, full in enumerate(names):
        for p in full.split():
            s = _stem(p)
            for k in (s, " " + s[:5]) if len(s) >= 5 else (s,):
                at = index.setdefault(k, [])
                if not at or at[-1] != i:
                    at.append(i)
    return names, index


@functools.lru_cache(maxsize=1024)
def fullest(text: str, name: str) -> str:
    last = name.split()[-1]
    best = name
    names, index = _names_by_stem(text)
    s = _stem(last)
    near = set(index.get(s, ()))
    if len(s) >= 5:
        near.update(index.get(" " + s[:5], ()))
    for full in (names[i] for i in sorted(near)):  # (in the text's order, as when every name was read)
        parts = full.split()
        if len(parts) >= len(best.split()) and any(_same_stem(p, last) for p in parts):
            # keep the name from the family name on back plus one given name before it
            i = max(i for i, p in enumerate(parts) if _same_stem(p, last))
            lo = i if i and is_role(parts[i - 1]) else max(0, i - 1)  # "Пресс-секретарь Кремля": a title, no given name
            cand = " ".join(parts[lo:i + 1])
            if len(cand.split()) > len(best.split()):
                best = cand
    return _nominative(best)


__all__ = ["RU_NAME_RE", "RU_PRONOUNS", "RU_WORD", "UNNAMED_RE", "canonical", "fullest"]

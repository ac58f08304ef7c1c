"""Russian coreference of descriptions and speakers.

A bare title ("сказал губернатор", "Дипломат подчеркнула", "по словам главы ведомства") stands
for the latest person named before it whose title says the same thing, in the same or in other
words ("министр" for "глава МИД"; "дипломат" for a foreign minister, an ambassador or a
spokeswoman of МИД), who agrees with the verb's gender and with any country or organisation the
description names ("Американский дипломат", "Председатель КНР"). None fits: no alias, nothing
is invented. Quote speakers are then re-pointed to the actors (persons first) their mention names.
"""
from __future__ import annotations

import bisect
import functools
import re

from briefing_app.analysis.document import Document
from briefing_app.analysis.gazetteer import trie_pattern
from briefing_app.analysis.lang.ru_affiliations import a_city
from briefing_app.analysis.lang.ru_orgs import STATE_RE
from briefing_app.analysis.lang.ru_short_names import short_forms
from briefing_app.analysis.lang.ru_countries import COUNTRY_ADJ_RE, alias_of, country
from briefing_app.analysis.lang.ru_names import FEMALE_NAMES, ROLES, MALE_NAMES, is_given, is_role, key, role_nominative
from briefing_app.core.model import Actor, Span

EXTRA_DESCRIPTIONS = ("дипломат", "парламентари", "политик", "чиновник", "специалист", "наставник")  # descriptions that are no title word of their own
# the singular case endings of those nouns ("дипломата", "парламентарию"), not an adjective made of them
# ("дипломатических"), nor a plural ("чиновники", "чиновников", "дипломатами": many, never the one person named)
NOUN_ENDINGS = frozenset("- а у ом е й я ю ем".split()) | {""}
# the words that may head a description: a title word or one of the extra descriptions, in any case
# (the words as a trie, "глав(?:врач|ред)?", not a flat alternation: 3x faster to scan, same matches)
WORD_RE = re.compile(r"(?<![\w-])" + trie_pattern(sorted({*ROLES, *EXTRA_DESCRIPTIONS})) + r"[а-яё-]*(?![\w-])", re.I)
# description words and the title words of the people they may stand for (besides their own)
SYNONYMS: dict[str, tuple[str, ...]] = {
    "министр": ("глава мид", "глава мин", "глава министерства", "госсекретар", "государственный секретар",
                "глава регионального мин", "глава областного мин", "глава краевого мин", "глава республиканского мин"),
    "дипломат": ("министр иностранных дел", "глава мид", "посол", "постпред", "представитель мид", "госсекретар",
                 "внешнеполитическ", "представитель госдеп",
                 "государственный секретар", "спецпредставител", "дипломат", "заместитель главы мид",
                 "заместитель министра иностранных дел", "замглавы мид", "замминистра иностранных дел"),
    "градоначальник": ("мэр", "глава города"),
    "мэр": ("глава города", "градоначальник"),
    "специалист": ("тренер", "наставник", "аналитик", "эксперт", "врач", "инженер", "юрист", "эколог"),  # "сербский специалист"
    "наставник": ("тренер",),
    "чиновник": ("начальник", "заместитель", "руководител", "глава департамента", "глава управления", "замминистр",
                 "министр", "вице-мэр", "заммэр", "вице-губернатор", "замгубернатор", "директор департамента",
                 "директор управления"),
    "депутат": ("глава комитета госдум", "председатель комитета госдум", "зампред", "член комитета", "парламентари"),
    "премьер": ("председатель правительства", "глава правительства"),
    "парламентари": ("депутат", "сенатор", "член совета федерации", "спикер", "председатель госдум"),
    "политик": ("лидер", "депутат", "президент", "председатель партии", "сенатор", "премьер", "губернатор", "мэр"),
    "глава": ("руководител", "председател", "директор", "министр", "губернатор", "мэр", "президент", "премьер", "ректор",
              "декан", "худрук"),
    "топ-менеджер": ("директор", "гендиректор", "председатель правления", "президент", "управляющ"),
    "бизнесмен": ("предпринимател", "основател", "владел", "совладел"),
    "предприниматель": ("бизнесмен", "основател", "владел", "совладел"),
    "постановщик": ("режиссёр", "режиссер", "хореограф"),
    "учёный": ("профессор", "исследовател", "научный сотрудник", "академик", "вирусолог", "эпидемиолог", "социолог", "историк"),
    "ученый": ("профессор", "исследовател", "научный сотрудник", "академик", "вирусолог", "эпидемиолог", "социолог", "историк"),
    "футболист": ("нападающ", "полузащитник", "защитник", "вратар", "форвард", "капитан", "игрок"),
    "хоккеист": ("нападающ", "защитник", "вратар", "форвард", "капитан", "игрок"),
    "защитница": ("адвокат",),
    "правозащитница": ("правозащитник", "член совета по правам человека"),
    "банкир": ("председатель правления", "президент банка", "глава банка", "банкир"),
    "лидер": ("президент", "премьер", "председател", "генсек", "глава"),
    "руководитель": ("глава", "председател", "директор"),
    "представитель": ("пресс-секретар",),
    "эксперт": ("аналитик", "экономист", "политолог", "социолог", "по исследованиям", "научный сотрудник", "исследовател"),
    "главврач": ("главный врач",),
    "аналитик": ("эксперт", "экономист"),
    "защитник": ("адвокат",),
    "председатель": ("спикер",),
    "спикер": ("председател",),
}
_SYNONYMS_BY_KEY = {key(word): needles for word, needles in SYNONYMS.items()}
# a qualifier after the head in the genitive ("главы российского внешнеполитического ведомства", "министр Турции")
GENITIVE_RE = re.compile(r"(?:[а-яё]+(?:ого|его|ой|ей|ых|их|ства|ения|ости|а|я|ы|и)|[А-ЯЁ][А-ЯЁа-яё-]*)$")
PAST_RE = re.compile(r"^[а-яё]{2,}(?P<end>ла|л)(?:ся|сь)?$")


# a title word's plural endings ("министры", "депутатов", "дипломатами", "чиновники"); "ы"/"и" is a singular's
# genitive for the words that decline like "глава" ("главы ведомства", "коллеги", "судьи")
PLURAL_ENDINGS = ("ами", "ями", "ов", "ев", "ам", "ям", "ах", "ях", "ы", "и")
A_DECLENSION = frozenset(("глав", "замглав", "коллег", "актрис", "певиц", "художниц", "правозащитниц", "защитниц",
                          "завкафедр", "судья", "пресс-служб"))
_STEMS = frozenset((*ROLES, *EXTRA_DESCRIPTIONS))


def plural_title(word: str) -> bool:
    """Is the word a title or description word in the plural (many people, never one person's alias)?"""
    low = word.lower()
    end = next((e for e in PLURAL_ENDINGS if low.endswith(e)), None)
    stem = low[:-len(end)] if end else ""
    return stem in _STEMS and not (len(end or "") == 1 and stem in A_DECLENSION)


@functools.lru_cache(maxsize=2048)
def _head_stem(word: str) -> str | None:
    low = word.lower()
    if plural_title(word):
        return None  # "Дипломаты двух стран", "ошибки чиновников"
    if is_role(word):
        return key(role_nominative(word))
    return next((key(d) for d in EXTRA_DESCRIPTIONS if low.startswith(d) and low[len(d):] in NOUN_ENDINGS), None)


@functools.lru_cache(maxsize=8192)
def _fits(stem: str, title: str, affiliation: str | None) -> bool:
    """Does a person's title (in lower case) say what the description's head says?"""
    if title and key(title.split()[0]) == stem:
        return True
    if stem == MAYOR and title.startswith("глава ") and a_city(affiliation):
        return True  # "сказал мэр" of "Глава Екатеринбурга Алексей Орлов"
    if stem == OFFICIAL and title.startswith("директор") and OFFICE_RE.match(affiliation or ""):
        return True  # "пояснил чиновник" of a department's director (title "директор", the department his affiliation)
    return any(needle in title or needle == "представитель мид" and (affiliation or "").startswith("МИД") and "представител" in title
               for needle in _SYNONYMS_BY_KEY.get(stem, ()))


MAYOR = key("мэр")
OFFICIAL = key("чиновник")
OFFICE_RE = re.compile(r"(?:департамент|управлени|министерств|комитет|мэри|администраци)", re.I)  # a government office


def _by_head(titled: list[tuple[Actor, str, str | None]]) -> dict[str, list[Actor]]:
    """The people by the key of their (lower-case) title's first word, each list in the order given: for a head
    with no synonyms (and not the mayor's), by_head[head] is the people _fits(head, ...) accepts."""
    out: dict[str, list[Actor]] = {}
    for a, title, _ in titled:
        if title:
            out.setdefault(key(title.split()[0]), []).append(a)
    return out


def gender(actor: Actor) -> str | None:
    """A Russian person's sex from the given name, else the family name's ending."""
    words = actor.name.split()
    if len(words) > 1 and words[0] in FEMALE_NAMES:
        return "f"
    if len(words) > 1 and words[0] in MALE_NAMES:
        return "m"
    if len(words[-1]) < 5:
        return None  # "Мао Нин", "Ван И": a short foreign family name that only ends like a Russian one
    if re.search(r"(?:ова|ева|ёва|ина|ына|ская|цкая)$", words[-1]):
        return "f"
    if re.search(r"(?:ов|ев|ёв|ин|ын|ский|цкий)$", words[-1]):
        return "m"
    return None


def _agrees(text: str, actor: Actor, qualifiers: list[str], verb_gender: str | None) -> bool:
    if verb_gender and gender(actor) not in (verb_gender, None):
        return False
    if not qualifiers:
        return True  # (most descriptions: nothing below to test)
    said = f"{actor.title or ''} {actor.affiliation or ''}"
    said_keys = {key(w) for w in said.split()}
    home = _country_of(actor)
    for q in qualifiers:
        adjective = bool(COUNTRY_ADJ_RE.match(q.lower()))
        c = country(q) if q[0].isupper() or adjective else None
        if c:
            if home != c and (home is not None or not adjective):
                return False  # "Председатель КНР" is not the chairman of the Investigative Committee
        elif q[0].isupper() and key(q) not in said_keys and not _short_for(q, actor.affiliation, actor.title):
            return False
    return True


OWNER_TAIL_RE = re.compile(r"\s+(?:республики|страны|региона|области|края)$")


def _short_for(word: str, affiliation: str | None, title: str | None = None) -> bool:
    """'Совфеда' for the Совет Федерации, 'МИД' for the Министерство иностранных дел; 'Минфина' for
    the ministry a 'министр финансов' heads."""
    body = "Министерство " + title.split(None, 1)[1] if title and title.startswith("министр ") and " " in title else ""
    body = OWNER_TAIL_RE.sub("", body)  # "министр иностранных дел республики": the ministry of foreign affairs
    return any(key(word) in _short_keys(name) for name in (affiliation, body) if name)


@functools.lru_cache(maxsize=1024)
def _short_keys(name: str) -> frozenset[str]:
    return frozenset(key(f) for f in short_forms(name))


def _country_of(actor: Actor) -> str | None:
    """The country a person's title or affiliation names, or Russia for a Russian state body."""
    for w in f"{actor.title or ''} {actor.affiliation or ''}".split():
        if w[0].isupper() and country(w):
            return country(w)
    return "Россия" if actor.affiliation and STATE_RE.match(actor.affiliation) else None


def descriptions(doc: Document, out: list[Actor]) -> None:
    """A bare title (no name right after it) as an alias and mention of the latest person it fits."""
    text = doc.text
    people = [a for a in out if a.kind == "person" and a.title and a.mentions]
    starts = sorted(s.start for a in out if a.kind == "person" for s in a.mentions)
    titled = [(a, (a.title or "").lower(), a.affiliation) for a in people]
    fitting: dict[str, list[Actor]] = {}  # the people each head fits (no title changes in this loop)
    by_head: dict[str, list[Actor]] | None = None  # the people by their title's first word's key, in the text's order
    for m in WORD_RE.finditer(text):
        stem = _head_stem(m.group())
        if stem is None:
            continue
        if stem not in fitting:
            if stem in _SYNONYMS_BY_KEY or stem == MAYOR:
                fitting[stem] = [a for a, title, affiliation in titled if _fits(stem, title, affiliation)]
            else:  # a head with no synonyms fits by its title's first word alone (_fits' first test): one lookup, not
                if by_head is None:  # a test of every titled person for every head
                    by_head = _by_head(titled)
                fitting[stem] = by_head.get(stem, [])
        at = m.start()
        candidates = [a for a in fitting[stem] if a.mentions[0].start < at]
        if not candidates and len(fitting[stem]) > 0:  # "Глава Росморречфлота: ..." in a headline: the one
            after = _qualifiers(text, m.end())  # holding the role, named later
            named_later = [a for a in fitting[stem] if _agrees(text, a, after, None)] if after else []
            candidates = named_later if len(named_later) == 1 else []
        if not candidates:
            continue
        i = bisect.bisect_left(starts, m.end())
        if any(not re.search(r"[.,;:!?—]", text[m.end():st]) for st in starts[i:i + 8] if st - m.end() <= 60):
            continue  # a title right before a name, not a description
        after = _qualifiers(text, m.end())
        before = [w for w in text[max(0, m.start() - 30):m.start()].split()[-1:] if COUNTRY_ADJ_RE.match(w.lower())]
        end = m.end() if not after else text.index(after[-1], m.end()) + len(after[-1])
        end += text.startswith("»", end)  # "главы «Аэрофлота»"
        verb = PAST_RE.match(text[end:end + 30].split()[0].strip(",.") if text[end:end + 30].split() else "")
        if verb is None:  # "— написал политик": the verb before an inverted description
            words_before = text[max(0, m.start() - 20):m.start()].split()
            verb = PAST_RE.match(words_before[-1] if words_before else "")
        verb_gender = None if verb is None else "f" if verb.group("end") == "ла" else "m"
        fits = [a for a in candidates if _agrees(text, a, before + after, verb_gender)]
        if not fits:
            continue
        best = max(fits, key=lambda a: max((s.start for s in a.mentions if s.start < at), default=-1))
        if len(fits) > 1 and _spoken_with(text, max((s.start for s in best.mentions if s.start < at), default=0)):
            best = max(fits, key=lambda a: (  # the latest named as no one spoken with, then the latest
                max((s.start for s in a.mentions if s.start < at and not _spoken_with(text, s.start)), default=-1),
                max((s.start for s in a.mentions if s.start < at), default=-1)))
        head = role_nominative(m.group()) if is_role(m.group()) else m.group().lower()
        start = text.rindex(before[0], 0, m.start()) if before else m.start()  # "Американский дипломат"
        written = text[start:end]  # as the text has it ("губернатора"), and in the nominative
        for alias in dict.fromkeys([head, head + text[m.end():end], written, m.group()]):
            if alias.lower() not in {a.lower() for a in best.aliases}:
                best.aliases.append(alias)
        best.mentions.append(Span(start, end))


# a name after "с", "к", "для", "против" ... and its title ("переговоров с министром иностранных дел Венгрии Петером
# Сийярто"): somebody the sentence's subject meets or speaks to, whom a later description rarely stands for
SPOKEN_WITH_RE = re.compile(r"(?<![\w-])(?:с|со|к|ко|у|для|против|перед|между)[ \t]+(?:[^\s,.;:!?—–«»]+[ \t]+){0,5}$")


def _spoken_with(text: str, start: int) -> bool:
    return SPOKEN_WITH_RE.search(text, max(0, start - 80), start) is not None


# words that end a description's qualifiers: conjunctions and prepositions ("сербского специалиста за работу")
QUALIFIER_STOPS = frozenset("и в во на по за с со к ко от до для из у о об при без над под про через".split())


def _qualifiers(text: str, pos: int) -> list[str]:
    """Up to three genitive words right after a description's head, up to punctuation or a verb."""
    words: list[str] = []
    for w in text[pos:pos + 60].split()[:3]:
        bare = w.rstrip(",.;:!?»")
        if not GENITIVE_RE.search(bare) or PAST_RE.match(bare) or bare.lower() in QUALIFIER_STOPS:
            break
        words.append(bare)
        if bare != w:
            break
    return words


# a press service of a body named only by its kind ("пресс-службы банка", "пресс-служба компании")
SERVICE_OF_RE = re.compile(r"(?:(?:пресс-служб|пресс-центр)[а-яё]*[ \t]+)?(?:банка|компании|ведомства|министерства|холдинга|"
                           r"корпорации|концерна|группы|ритейлера|авиакомпании|перевозчика)")
SERVICE_REACH = 300  # characters before the press service the body is looked for in


# a title in the nominative singular that names the one person heading a body ("Глава ЦБ", "Министр финансов"): no one who
# speaks for the body ("Представитель «Ростелекома»", a press secretary: the body speaks), no group ("Аналитики
# Сбербанка"), no oblique case ("по словам главы ЦБ")
HEAD_TITLES = frozenset("глава председатель руководитель директор гендиректор министр замминистра губернатор "
                        "мэр президент посол начальник ректор".split())


UPPER_OR_GUILLEMET = frozenset("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ«ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _headed(mention: str, speaker: str | None) -> bool:
    """Does the mention name a body's head by title alone ("Глава ЦБ"), with no person the rules found for it? The body by
    its name, not by a common noun standing for it ("директор компании", "председатель регулятора": the body the noun
    stands for says more than the title)."""
    words = mention.split()
    return len(words) > 1 and words[0].lower() in HEAD_TITLES and words[1][:1] in UPPER_OR_GUILLEMET and (speaker is None or speaker.split()[0].lower() in HEAD_TITLES
                                                                   or speaker == words[-1])


def link_speakers(doc: Document, out: list[Actor]) -> None:
    """Each Russian quote's speaker is the actor its mention names: a person inside the mention
    first, else the organisation it opens with or holds ("пресс-служба Следственного комитета")."""
    by_key = {key(a.name.split()[-1]): a for a in out if a.kind == "person"}
    at = {s.start: a for a in reversed(out) if a.kind in ("person", "organization") for s in a.mentions}
    for a in out:  # a body's name read as a person's too ("Института Африки РАН"): the body, unless a given name opens it
        if a.kind == "organization":
            for s in a.mentions:
                other = at.get(s.start)
                if other is not None and other.kind == "person" and not is_given(other.name.split()[0]) \
                        and all(m.end <= s.end for m in other.mentions if m.start == s.start):
                    at[s.start] = a
    spans = sorted((s.start, s.end, a) for a in out if a.kind in ("person", "organization") for s in a.mentions
                   if at.get(s.start) is a)
    starts = [sp[0] for sp in spans]
    for q in doc.quotes + doc.reported:
        if not q.mention or not re.search(r"[А-ЯЁа-яё]", q.mention.text):
            continue
        i = bisect.bisect_right(starts, q.mention.start)
        hit_span = next((sp for sp in reversed(spans[max(0, i - 4):i]) if sp[0] <= q.mention.start < sp[1]), None)
        starting = spans[i:bisect.bisect_left(starts, q.mention.end)]
        inside = [sp for sp in starting if sp[1] <= q.mention.end]
        person = next((sp for sp in reversed(inside) if sp[2].kind == "person"), None)
        if person is not None or hit_span is None and inside:
            # "Банка России Эльвира Набиуллина", "пресс-служба Следственного комитета"; of a body and one inside its name
            # ("пресс-служба ГУ МЧС": "ГУ МЧС" and "МЧС"; "Пресс-служба ГУ МВД" of "ГУ МВД по Самарской области"), the whole
            hit_span = person or next((sp for sp in starting if sp[0] < inside[-1][0] and sp[1] >= inside[-1][1]), inside[-1])
        if hit_span is not None:
            a = hit_span[2]
            if a.kind == "organization" and q.speaker and is_role(q.mention.text.split()[0]) \
                    and by_key.get(key(q.speaker.split()[-1])) is not None:
                continue  # "Президент РЖД: «...»" read as the person the text names with that title: the person
            if a.kind == "organization" and hit_span[0] > q.mention.start and _headed(q.mention.text, q.speaker):
                q.speaker = q.mention.text[:1].upper() + q.mention.text[1:]  # "Глава ЦБ допустила ...": the head, unnamed
                continue
            if a.kind == "person" or not (q.speaker or "").startswith(a.name + " "):  # "Минтрансе" -> "Минтранс"
                q.speaker = a.name  # "По данным Следственного комитета": the committee, in the nominative
        elif SERVICE_OF_RE.fullmatch(q.mention.text.strip()):  # "пресс-службы банка": the bank named just before
            before = [sp for sp in spans[max(0, i - 8):i] if sp[2].kind == "organization" and sp[1] <= q.mention.start
                      and q.mention.start - sp[0] < SERVICE_REACH]
            if before:
                q.speaker = before[-1][2].name
        else:
            words = (q.speaker or q.mention.text).split()
            hit = by_key.get(key(words[-1])) if words else None
            if hit is None and words and is_role(q.mention.text.split()[0]):  # "Ректор МГУ: «...»"
                first = key(q.mention.text.split()[0])
                hit = next((a for a in out if a.kind == "person" and a.title and key(a.title.split()[0]) == first), None)
            if hit is not None:
                q.speaker = hit.name
            elif q.speaker and q.speaker == q.mention.text and " " not in q.speaker and alias_of(q.speaker):
                # "В Кремле заявили": the actor "Кремль" stands for (Россия, as for "Кремль заявил"), else the nominative
                form = alias_of(q.speaker)
                q.speaker = next((a.name for a in out if form in a.aliases), form)


__all__ = ["descriptions", "gender", "link_speakers"]

"""Russian organisations named both in full and by a short form are one actor: an acronym of
the full name's initials ("Федеральная служба безопасности" / ФСБ, "Министерство иностранных
дел" / МИД, "Центральный банк" / ЦБ) or a known compound short name ("Государственная дума" /
Госдума, "Министерство финансов" / Минфин, "Центральный банк" / Центробанк / Банк России).
The full name is the actor's name and the short forms its aliases; a person's affiliation
given by a short form is re-pointed to the full name. With only one form in the text, nothing
changes (an article that says only "МИД" has the actor МИД)."""
from __future__ import annotations

import re

from briefing_app.analysis.spans import SpanReach
from briefing_app.core.model import Actor, Span

# compound short names of well-known bodies: the full name (in the nominative, lower case after its
# first word) and the short forms the press uses for it
SHORT_NAMES: dict[str, tuple[str, ...]] = {
    "государственная дума": ("Госдума",),
    "московская городская дума": ("Мосгордума",),
    "московская областная дума": ("Мособлдума",),
    "совет федерации": ("Совфед",),
    "генеральная прокуратура": ("Генпрокуратура",),
    "центральная избирательная комиссия": ("Центризбирком",),
    "центральный банк": ("Центробанк", "Банк России", "ЦБ"),
    "министерство финансов": ("Минфин",),
    "министерство обороны": ("Минобороны",),
    "министерство здравоохранения": ("Минздрав",),
    "министерство юстиции": ("Минюст",),
    "министерство транспорта": ("Минтранс",),
    "министерство энергетики": ("Минэнерго",),
    "министерство просвещения": ("Минпросвещения",),
    "министерство по чрезвычайным ситуациям": ("МЧС",),
    "евросоюз": ("ЕС",),
    "роскомнадзор": ("РКН",),
    "европейский союз": ("ЕС", "Евросоюз"),
    "евразийский экономический союз": ("ЕАЭС",),
    "государственный департамент": ("Госдепартамент", "Госдеп"),
    "национальный банк": ("Нацбанк",),
}
NOT_IN_INITIALS = frozenset("по и при".split())


def initials(name: str) -> str:
    """'Федеральная служба безопасности' -> 'ФСБ' (prepositions and 'и' left out)."""
    return "".join(w[0] for w in name.split() if w.lower() not in NOT_IN_INITIALS).upper()


# every known compound short form ("ЦБ", "Госдума"): no other name's initials stand for one ("Цифра брокер" is no ЦБ)
KNOWN_SHORTS = frozenset(f for forms in SHORT_NAMES.values() for f in forms)


def short_forms(name: str) -> set[str]:
    """Every short form a full name may go by: its initials and the known compound forms."""
    forms = set(SHORT_NAMES.get(name.lower(), ()))
    head, _, last = name.rpartition(" ")
    if head and not forms and last[:1].isupper() and last[-1:] in "аяыи":  # "Национальный банк Казахстана": Нацбанк
        forms = set(SHORT_NAMES.get(head.lower(), ()))
    if len(name.split()) > 1 and (initials(name) not in KNOWN_SHORTS or initials(name) in forms):
        forms.add(initials(name))
    return forms


def _short_key(name: str) -> str:
    return re.sub(r"\s+", " ", name.strip()).lower()


def merge(actors: list[Actor]) -> list[Actor]:
    """Fold each organisation named by a short form into the one named in full, keeping the
    short form as an alias and its mentions; affiliations given by a short form follow."""
    orgs = [a for a in actors if a.kind == "organization"]
    full_of: dict[str, Actor] = {}
    for full in orgs:
        if len(full.name.split()) > 1 or full.name.lower() in SHORT_NAMES:
            for form in short_forms(full.name):
                full_of.setdefault(_short_key(form), full)
    gone: set[int] = set()
    for short in orgs:
        into = full_of.get(_short_key(short.name))
        if into is None or into is short or id(into) in gone:
            continue
        full = into
        full.mentions = sorted([*full.mentions, *short.mentions], key=lambda s: s.start)
        for alias in [short.name, *short.aliases]:
            if alias not in full.aliases and alias != full.name:
                full.aliases.append(alias)
        full.affiliation = full.affiliation or short.affiliation
        gone.add(id(short))
    for forms in SHORT_NAMES.values():  # no full name in the text: the longest short form named ("Банк России", "ЦБ")
        present = [a for a in orgs if a.name in forms and id(a) not in gone]
        for short in sorted(present, key=lambda a: len(a.name))[:-1]:
            into = max(present, key=lambda a: len(a.name))
            into.mentions = sorted([*into.mentions, *short.mentions], key=lambda s: s.start)
            into.aliases += [x for x in [short.name, *short.aliases] if x not in into.aliases and x != into.name]
            full_of[_short_key(short.name)] = into
            gone.add(id(short))
    for a in actors:
        named = full_of.get(_short_key(a.affiliation or ""))
        if named is not None and id(named) not in gone:
            a.affiliation = named.name  # "председатель Мосгордумы" -> Московская городская дума
    return [a for a in actors if id(a) not in gone]


# lower-case short forms of local bodies and the stems of the words of their full names ("гордума" / "Пермская
# городская дума", "облдумы" / "Тульская областная дума", "заксобрания" / "Законодательное собрание ...")
LOCAL_SHORT = {"гордум": ("городск", "дум"), "облдум": ("областн", "дум"), "горсовет": ("городск", "совет"),
               "заксобрани": ("законодательн", "собрани"), "горизбирком": ("городск", "избирательн", "комисси"),
               "облизбирком": ("областн", "избирательн", "комисси"), "горадминистраци": ("городск", "администраци")}
LOCAL_SHORT_RE = re.compile(r"(?<![\w-])(?:" + "|".join(LOCAL_SHORT) + r")[а-яё]*(?![\w-])")


def _spells(name: str, stems: tuple[str, ...]) -> bool:
    """Do the words of an organisation's name hold the stems in a row ("Пермская городская дума": городск, дум)?"""
    words = name.lower().split()
    return any(all(w.startswith(st) for w, st in zip(words[i:i + len(stems)], stems))
               for i in range(len(words) - len(stems) + 1))


def _local_shorts(text: str) -> list[re.Match[str]]:
    """LOCAL_SHORT_RE's matches in text order, read only where a short form's stem occurs (str.find is far cheaper than
    the pattern's scan of the whole text)."""
    found: dict[int, re.Match[str]] = {}
    for stem in LOCAL_SHORT:
        at = text.find(stem) if stem in text else -1
        while at >= 0:
            m = LOCAL_SHORT_RE.match(text, at)
            if m is not None and (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-_")):
                found[at] = m
            at = text.find(stem, at + len(stem))
    return [found[k] for k in sorted(found)]


# a legislature named again in lower case by its level ("на заседании областной думы", "краевого парламента", "в городской
# думе") and what the full name of the one body it stands for holds: the kind's stem and the place's
LEVEL_PHRASE_RE = re.compile(r"(?<![\w-])(?P<level>областн|краев|городск)[а-яё]*[ \t]+(?P<kind>дум|собрани|совет|парламент)[а-яё]*"
                             r"(?![\w-])")
LEVEL_PLACE = {"областн": ("област",), "краев": ("кра",), "городск": ("город", "мосгор")}
LEGISLATURE_KIND = {"дум": ("дум",), "собрани": ("собрани",), "совет": ("совет",), "парламент": ("дум", "собрани", "парламент")}


def level_phrases(text: str, actors: list[Actor]) -> None:
    """'Законодательная дума Томской области ... на заседании областной думы': a lower-case legislature named by its level
    is a mention of the one legislature of that level the text names in full (none inside that name)."""
    found: dict[int, re.Match[str]] = {}
    for stem in LEVEL_PLACE:  # (str.find, then a match where the stem is: the pattern's scan of a whole text costs ~1 ms)
        at = text.find(stem)
        while at >= 0:
            m = LEVEL_PHRASE_RE.match(text, at)
            if m is not None:
                found[at] = m
            at = text.find(stem, at + len(stem))
    bodies = [a for a in actors if a.kind == "organization" and a.mentions] if found else []
    if not any(k in a.name.lower() for a in bodies for k in ("дум", "собрани", "совет", "парламент")):
        return  # (no legislature named in full)
    named = SpanReach((s.start, s.end) for a in bodies for s in a.mentions)
    for m in (found[k] for k in sorted(found)):
        if named.covers(m.start()):
            continue  # ("Тульская областная дума": the name itself)
        low = m.group("level")
        fits = [a for a in bodies if any(k in a.name.lower() for k in LEGISLATURE_KIND[m.group("kind")])
                and any(pl in a.name.lower() for pl in LEVEL_PLACE[low]) and a.name[:1].isupper()]
        if len(fits) == 1:
            body = fits[0]
            if m.group() not in body.aliases:
                body.aliases.append(m.group())
            body.mentions = sorted([*body.mentions, Span(m.start(), m.end())], key=lambda s: s.start)


def local_short_forms(text: str, actors: list[Actor]) -> None:
    """'Председатель гордумы Дмитрий Малютин' in a text that names the Пермская городская дума: the short form is an
    alias of the one body whose full name it shortens, and a title holding it gives its holder that body."""
    level_phrases(text, actors)
    if not any(stem in text for stem in ("гордум", "облдум", "горсовет", "заксобрани", "изберком", "избирком", "горадмин")):
        return
    bodies = {}
    for m in _local_shorts(text):
        stem = next(k for k in LOCAL_SHORT if m.group().startswith(k))
        if stem not in bodies:
            fits = [a for a in actors if a.kind == "organization" and _spells(a.name, LOCAL_SHORT[stem])]
            bodies[stem] = fits[0] if len(fits) == 1 else None
        body = bodies[stem]
        if body is not None and m.group() not in body.aliases and m.group() != body.name:
            body.aliases.append(m.group())
    for a in actors:
        if a.kind == "person" and not a.affiliation and a.title:
            short = LOCAL_SHORT_RE.search(a.title)
            body = bodies.get(next(k for k in LOCAL_SHORT if short.group().startswith(k))) if short else None
            if body is not None:
                a.affiliation = body.name


__all__ = ["SHORT_NAMES", "initials", "local_short_forms", "merge", "short_forms"]

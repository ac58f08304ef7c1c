"""Russian: the venue, time and addressee phrases a wire puts between an inverted verb of saying and its source
("..., заявил в четверг на брифинге министр X", "..., сказал в интервью телеканалу «Россия 24» глава X", "..., отметил
на полях форума вице-премьер X"), so that the source after them is found."""
from __future__ import annotations

import re

from briefing_app.analysis.lang.ru_speakers import RU_PRONOUNS, RU_TOKEN_RE
from briefing_app.analysis.lang.ru_subject import source_opens

# prepositions that open such a phrase ("в ходе", "во время", "на полях", "в рамках" are a preposition and its object)
VENUE_PREPS = frozenset("в во на по после перед с со при у из".split())
# a time word as a preposition's object: an acronym after it is the source ("заявил в четверг МИД Китая"), while after
# another object it is the outlet or the event's owner ("в интервью РБК министр", "на форуме ВТБ глава банка")
# an addressee between the phrases and the source ("заявил в четверг журналистам Дмитрий Песков")
TOLD_WORDS = frozenset("журналистам журналисту корреспонденту корреспондентам агентству изданию газете телеканалу".split())
TIME_OBJECTS = frozenset("понедельник вторник среду четверг пятницу субботу воскресенье среда пятница суббота".split())


# a day after "в" opening the source phrase of a plural verb: a time, not the body ("..., сообщили в пятницу участники
# рынка", "..., сообщили в пятницу в Минфине")
DAY_IN_RE = re.compile(r"во?[ \t]+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)[ \t]+")


def _outlet_like(word: str) -> bool:
    """A name in guillemets, an acronym or a Latin name: the venue's owner or outlet when it follows a venue noun."""
    return word.startswith("«") or word.isupper() and len(word) > 1 or "a" <= word[:1].lower() <= "z"


def source_after_venue(text: str, s: int, e: int) -> int:
    """Where the source starts after the venue phrases opening text[s:e] (each a preposition, its object and the
    lower-case words, outlet names or acronyms that depend on it); s when no preposition opens it or no source is
    found after the phrases."""
    tokens = list(RU_TOKEN_RE.finditer(text, s, e))
    if not tokens or tokens[0].group() not in VENUE_PREPS:
        return s
    after_prep, last_object = False, ""
    for t in tokens:
        word = t.group()
        if word in VENUE_PREPS:
            after_prep = True
            continue
        if after_prep:  # the preposition's object, whatever its case or letter ("в Москве", "в четверг")
            after_prep, last_object = False, word.lower()
            continue
        if word in TOLD_WORDS:
            continue
        if word.lower() in RU_PRONOUNS:
            return t.start()
        if word[:1].islower() and not source_opens(text[t.start():e]):
            continue  # a word that depends on the object ("на полях форума", "в интервью телеканалу", "журналистам")
        if _outlet_like(word) and last_object not in TIME_OBJECTS:
            continue  # "в интервью РБК", "в эфире «Первого канала»", "на форуме ВТБ"
        return t.start() if source_opens(text[t.start():e]) else s
    return s


__all__ = ["DAY_IN_RE", "source_after_venue"]

"""Russian countries as the text names them (split from ru_orgs in the tenth session, unchanged): each country by stem
with its spans and the other forms used for it (capitals, adjectives, "венгерской стороной"), not when its word is part
of a body's name in guillemets or before a body's head noun ("Российского футбольного союза"), nor a district ("в Новой
Москве")."""
from __future__ import annotations

import re

from briefing_app.analysis.lang.ru_countries import COUNTRY_ADJ_RE, alias_of, country
from briefing_app.analysis.lang.ru_orgs import CITY_BODY_RE, ORG_HEADS
from briefing_app.core.model import Span

ORG_NAMED_AFTER_RE = re.compile(r"(?:[ \t]+[а-яё]+(?:ого|ой|ый|ий|ая|ое|ых|им|ом))?[ \t]+(?:" +
                                "|".join(ORG_HEADS) + r")[а-яё]*")


def _in_guillemets(text: str, pos: int) -> bool:
    """'«Единая Россия»': inside a name in guillemets on the same line."""
    opened = text.rfind("«", max(0, pos - 40), pos)
    return opened != -1 and text.find("»", opened, pos) == -1 and "\n" not in text[opened:pos]


# a capitalised word, an acronym or "российский" in any form (what may name a country); the word-start test
# after the first letter, so the engine skips ahead to capitals and "р"
COUNTRY_WORD_RE = re.compile(r"[А-ЯЁ](?<![\w-].)(?:[а-яё-]+|[А-ЯЁ]{1,4}(?![\w-]))|р(?<![\w-]р)оссийск[а-яё-]*")


NEW_PLACE_RE = re.compile(r"Нов(?:ой|ая|ую|ою)[ \t]+$")
SIDE_RE = re.compile(r"[ \t]+сторон(?:а|ы|е|у|ой|ою)(?![\w-])")


def countries(text: str) -> dict[str, tuple[list[Span], list[str]]]:
    """Each country the text names, by stem, with its spans and the other forms used for it
    (capitals, adjectives) as aliases."""
    out: dict[str, tuple[list[Span], list[str]]] = {}
    for m in COUNTRY_WORD_RE.finditer(text):
        w = m.group()
        c = country(w)
        if c is None or alias_of(w) and CITY_BODY_RE.search(text, max(0, m.start() - 30), m.start()) \
                or re.search(r"(?<![\w-])Банк[аеуо]?м?[ \t]+$", text[max(0, m.start() - 10):m.start()]) \
                or _in_guillemets(text, m.start()) or ORG_NAMED_AFTER_RE.match(text, m.end()) \
                or alias_of(w) and NEW_PLACE_RE.search(text, max(0, m.start() - 6), m.start()):
            continue  # "Российского футбольного союза": the union's name; "в Новой Москве": a district
        spans, aliases = out.setdefault(c, ([], []))
        side = SIDE_RE.match(text, m.end())  # "венгерской стороной": the country as a party to talks
        spans.append(Span(m.start(), side.end() if side and COUNTRY_ADJ_RE.match(w.lower()) else m.end()))
        alias = alias_of(w)
        if alias and alias != c and alias not in aliases:
            aliases.append(alias)
    _sides(text, out)
    return out


SIDE_BEFORE_RE = re.compile(r"(?<![\w-])(?P<adj>[а-яё]+[сц]к(?:ая|ой|ую|ою))[ \t]+$")


def _sides(text: str, out: dict[str, tuple[list[Span], list[str]]]) -> None:
    """'с венгерской стороной', 'американская сторона' (lower case: not read above): the country."""
    at = text.find("сторон")
    while at != -1:
        adj = SIDE_BEFORE_RE.search(text, max(0, at - 30), at)
        side = SIDE_RE.match(text, adj.end() - 1) if adj else None
        c = country(adj.group("adj")) if adj and side else None
        if adj and side and c:
            spans = out.setdefault(c, ([], []))[0]
            if not any(sp.start == adj.start() for sp in spans):
                spans.append(Span(adj.start(), side.end()))
        at = text.find("сторон", at + 6)


__all__ = ["countries"]

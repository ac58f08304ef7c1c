"""A country named only inside another actor's name or title is no actor of its own (one rule for all languages, the
coordinator's decision of the eighteenth session; English: pipeline._only_a_modifier and _in_a_body): "МИД России",
"Глава МЧС России X", "Посол России в Германии X", "госсекретарём США X"; "미국 국무부", "토니 블링컨 미국 국무장관".
A country that acts or is spoken of in its own right ("Москва заявила", "в России", "미국의 관세") keeps its actor.
Here the Russian and Korean forms: the affiliations such a country gave stay as they are (strings)."""
from __future__ import annotations

import functools
import re

from briefing_app.analysis.lang.ko_titles import AMBIGUOUS
from briefing_app.analysis.lang.ko_words import bare, org_word, title_word
from briefing_app.analysis.spans import SpanReach
from briefing_app.core.model import Actor

# between a Russian country and the person whose title it is: only lower-case title words, "в/при + Name"
# ("Президент России Владимир Путин", "Посол России в Германии Сергей Нечаев", "представитель России при ООН X")
RU_TITLE_GAP_RE = re.compile(r"(?:[ \t]+(?:(?:в|во|при)[ \t]+[А-ЯЁ][а-яё]+|[а-яё][а-яё-]*))*[ \t]+")
# a preposition or conjunction before the country: it is a place or a party of its own ("в России Иван Петров")
RU_NOT_A_TITLE = frozenset("в во на по от из у к ко с со о об при для против между через и а или".split())
RU_WORD_BEFORE_RE = re.compile(r"([А-ЯЁа-яё-]+)[ \t]+$")
# the link to the next country of a Korean list before one title ("한국과 중국, 일본 외교장관이"), and the word after it
KO_LINK_RE = re.compile(r"(?:과|와)?,?[ \t]+")
KO_WORD_RE = re.compile(r"[ \t]+([가-힣]+)")
KO_AFTER = frozenset(" \t,과와")


def _gap_start(text: str, at: int) -> int:
    """Where the spaces before `at` begin."""
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return at


class Neighbours:
    """The mentions of a document's other actors, for telling whether a country's mention sits inside one's name
    or title (each table built on first use: most countries are named in their own right at once)."""

    def __init__(self, actors: list[Actor]) -> None:
        self.actors = actors

    @functools.cached_property
    def _body_spans(self) -> tuple[list[tuple[int, int]], set[int], set[int]]:
        """The bodies' mentions, their starts and their ends (one pass)."""
        spans = [(m.start, m.end) for a in self.actors if a.kind in ("organization", "government") for m in a.mentions]
        return spans, {s for s, _ in spans}, {e for _, e in spans}

    @functools.cached_property
    def bodies(self) -> SpanReach:
        return SpanReach(self._body_spans[0])

    @property
    def body_starts(self) -> set[int]:
        return self._body_spans[1]

    @property
    def body_ends(self) -> set[int]:
        return self._body_spans[2]

    @functools.cached_property
    def person_starts(self) -> set[int]:
        return {m.start for a in self.actors if a.kind == "person" for m in a.mentions}

    @functools.cached_property
    def country_ends(self) -> dict[int, int]:
        return {m.start: m.end for a in self.actors if a.kind == "country" for m in a.mentions}

    def ru_inside(self, text: str, start: int, end: int) -> bool:
        """"МИД России" (a body's name just before), "Глава МЧС России X", "президента России Владимир Путин" (a
        title chain ending at a person's name)."""
        if _gap_start(text, start) in self.body_ends:
            return True
        before = RU_WORD_BEFORE_RE.search(text, max(0, start - 40), start)
        if before is not None and before.group(1).lower() not in RU_NOT_A_TITLE:
            gap = RU_TITLE_GAP_RE.match(text, end)
            if gap is not None and gap.end() - end < 80 and gap.end() in self.person_starts:
                return True
        return self.bodies.holds(start, end)  # ("Посольство России в Эстонии" named whole)

    def ko_inside(self, text: str, start: int, end: int) -> bool:
        """"미국 국무부는" (a body's name right after), "토니 블링컨 미국 국무장관", "러시아 외무장관은", "한국과 중국, 일본
        외교장관이" (a title right after the country or the list it opens), "왕이 중국 공산당 ... 외교부장" (a body's word
        after it); not "미국 시장" (a market)."""
        if text[end:end + 1] not in KO_AFTER:  # "미국의", "북한은": a particle, the country itself
            return False
        if start in self.body_starts or end + 1 in self.body_starts and text[end:end + 1] == " ":
            return True  # (a body's mention opening with the country, "미국 국무부", or right after it)
        while (link := KO_LINK_RE.match(text, end)) and link.end() in self.country_ends:
            end = self.country_ends[link.end()]
        word = KO_WORD_RE.match(text, end)
        if word is None:
            return False
        title = title_word(word.group(1))
        if title is not None and title not in AMBIGUOUS or org_word(word.group(1)) is not None:  # "중국 공산당"
            return True
        return ko_modifier(word.group(1)) and word.start(1) not in self.person_starts  # not "북한 김여정"


# what a Korean country before a bare noun still is in its own right: its side, government, authorities, officials or
# national team ("한국 측은", "미국 정부는", "중국 당국", "일본 관리들", "쿠웨이트 대표팀의"), a place ("미국 내", "미국 전역에서"), a
# list ("미국 등", "미국 및 중국")
KO_NOT_A_MODIFIER_RE = re.compile(r"(?:측|정부|당국|당국자|관리|관계자|대표단|[가-힣]*대표팀|선수단|내|안|밖|전역|곳곳|등|및|또는|역시|"
                                  r"또한|모두|외)(?:들)?")


def ko_modifier(word: str) -> bool:
    """Does a Korean country before this word only modify a common noun ("미국 공장", "미국 판매가", "한국 언론의", "영국
    조선사", "대만 문제", "미국 조지아주 전기차 공장")? Then it is no actor of its own, as English names none for "U.S.
    stockpiles", "the largest U.S. steelmaker" (the ru engineer's decision, nineteenth session). The caller has ruled out
    titles and bodies; a person's name right after it ("북한 김여정") is the caller's to rule out too."""
    return KO_NOT_A_MODIFIER_RE.fullmatch(bare(word)) is None


def only_inside(text: str, country: Actor, neighbours: Neighbours, language: str) -> bool:
    """Is every mention of a country inside another actor's name or title?"""
    inside = neighbours.ru_inside if language == "ru" else neighbours.ko_inside
    return bool(country.mentions) and all(inside(text, m.start, m.end) for m in country.mentions)


__all__ = ["Neighbours", "ko_modifier", "only_inside"]

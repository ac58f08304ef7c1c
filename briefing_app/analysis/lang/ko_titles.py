"""Korean people named after a title in apposition, a foreign family name alone ("루비오는") for its
person, and titles standing for their one holder (seventh session): "유엔 사무총장의 대변인인 스테판 뒤자리크는" is a person with the title 대변인 and the
body named before it (유엔); a bare title ("의장이 내일 ...") is an alias and mention of the one person
of the article whose title ends with it, named before, and so is a body and a title ("외교부 장관은")
for the one holder of that title at that body (two holders: nobody, nothing invented)."""
from __future__ import annotations

import bisect
import functools
import re

from briefing_app.analysis.lang.ko_words import COUNTRIES, TITLES, name_like, org_word, title_word, without_particle
from briefing_app.core.model import Actor, Span

# after "TITLE인 ": the name and its subject particle ("대변인인 스테판 뒤자리크는")
NAME_AFTER_RE = re.compile(r"(?P<name>[가-힣]{2,5}(?:[ \t][가-힣]{2,6})?)(?:은|는|이|가)(?![가-힣])")
WORD_BEFORE_RE = re.compile(r"(?<![가-힣A-Za-z0-9])(?P<w>[가-힣A-Za-z][가-힣A-Za-z0-9]*)[ \t]?$")
TOKEN_RE = re.compile(r"[가-힣A-Za-z][가-힣A-Za-z0-9]*")
WORD_CHAR_RE = re.compile(r"[가-힣A-Za-z0-9]")
# what may follow a bare title: a particle, then no more letters
BARE_AFTER_RE = re.compile(r"(?:께서|에게|으로|은|는|이|가|을|를|의|에|과|와|도|로)?(?![가-힣A-Za-z0-9])")
# titles that are common nouns too ("주식 시장", "업계 대표"): never an alias on their own
AMBIGUOUS = frozenset("시장 대표 감독 대사 위원 국장 실장 이사 부장 박사 연구원 교수 의원 위원장 사장".split())


def _body_before(text: str, at: int) -> str | None:
    """The nearest organisation or country in the words before a title ("유엔 사무총장의 대변인인")."""
    for t in reversed(list(TOKEN_RE.finditer(text, max(0, at - 30), at))):
        w = without_particle(t.group())
        if w in COUNTRIES:
            return COUNTRIES[w]
        if org_word(t.group()):
            return org_word(t.group())
    return None


def appositions(text: str, out: list[Actor]) -> None:
    """People named after 'TITLE인' with their title and body."""
    known = {w for a in out if a.kind == "person" for w in a.name.split()}
    at = text.find("인 ")
    while at != -1:
        before = WORD_BEFORE_RE.search(text, max(0, at - 12), at)
        m = NAME_AFTER_RE.match(text, at + 2)
        at = text.find("인 ", at + 2)
        if before is None or m is None or title_word(before.group("w")) != before.group("w"):
            continue
        words = m.group("name").split()
        if any(w in known for w in words) or not all(name_like(w) for w in words) or title_word(words[-1]):
            continue  # "대변인인 하야시 요시마사 관방장관은": the title after the name is the finder's
        out.append(Actor(m.group("name"), "person", before.group("w"), _body_before(text, before.start()), [],
                         [Span(m.start("name"), m.end("name"))]))
        known.update(words)


def bare_titles(text: str, out: list[Actor]) -> None:
    """A bare title word as an alias and mention of the one person whose title ends with it."""
    holders_of: dict[str, list[Actor]] = {}
    longest: dict[int, int] = {}  # a holder whose mentions this pass has sorted: their longest mention's length
    for a in out:
        if a.kind == "person" and a.title and a.mentions:
            for word in dict.fromkeys([a.title.split()[-1], _last_title(a.title)]):  # "국무장관", and "의장" of "국회의장"
                if word is not None:
                    holders_of.setdefault(word, []).append(a)
    for title, holding in holders_of.items():
        if len(holding) > 1 and all(a.affiliation == holding[0].affiliation for a in holding):
            continue  # two holders of one body's title: no bare title or body and title names one of them
        at = text.find(title)
        while at != -1:
            _bare(text, at, title, holding, longest)
            at = text.find(title, at + len(title))


@functools.lru_cache(maxsize=1024)
def _last_title(title: str) -> str | None:
    """The longest title word a title ends with ("국회의장" -> "의장")."""
    return max((t for t in TITLES if title.endswith(t)), key=len, default=None)


CATAPHORA_REACH = 150  # characters after a place's own title (no name) within which its holder may be named


def _bare(text: str, at: int, title: str, holding: list[Actor], longest: dict[int, int]) -> None:
    if at and WORD_CHAR_RE.match(text, at - 1) or not BARE_AFTER_RE.match(text, at + len(title)):
        return  # part of a longer word ("국회의장", "의장단")
    start, body = at, None
    prev = WORD_BEFORE_RE.search(text, max(0, at - 16), at)
    if prev is not None and text[prev.end("w"):at] == " " and (org_word(prev.group("w")) == prev.group("w")
                                                             or prev.group("w") in COUNTRIES):
        start, body = prev.start("w"), prev.group("w")  # "외교부 장관은": the ministry's minister; "일본 총리는"
        prev = WORD_BEFORE_RE.search(text, max(0, start - 16), start)
    if prev is not None and text[prev.end("w"):start] == " " and (
            name_like(prev.group("w")) or org_word(prev.group("w")) or len(prev.group("w")) == 1):
        return  # "우 의장", "국회 의장", "김병기 원내대표", "조현 외교부 장관": not bare
    if body is None and title in AMBIGUOUS:
        return
    holders = [a for a in holding if body is None or a.affiliation in (body, COUNTRIES.get(body))
               or (a.title or "").startswith(body)]
    if len(holders) != 1 or _holds(holders[0], start, longest):
        return
    first = holders[0].mentions[0].start
    if first >= start and not (body is None and len(title) >= 4 and title != _last_title(title) and first - start <= CATAPHORA_REACH):
        return  # (a place's own title, "해운대구청장도 ... 김성수 해운대구청장은": the holder named right after)
    holder = holders[0]
    alias = f"{body} {title}" if body else title
    if alias not in holder.aliases:
        holder.aliases.append(alias)
    new = Span(start, at + len(title))
    if id(holder) in longest:  # (sorted already: put in its place, as the sort below would)
        bisect.insort_right(holder.mentions, new, key=lambda s: s.start)
        longest[id(holder)] = max(longest[id(holder)], new.end - new.start)
    else:
        holder.mentions.append(new)
        holder.mentions.sort(key=lambda s: s.start)
        longest[id(holder)] = max(s.end - s.start for s in holder.mentions)


def _holds(actor: Actor, pos: int, longest: dict[int, int]) -> bool:
    """any(s.start <= pos < s.end) over the actor's mentions: once sorted by this pass, only those starting at most
    the longest mention's length before pos (a text with thousands of bare titles took seconds)."""
    mentions, reach = actor.mentions, longest.get(id(actor))
    if reach is None:
        return any(s.start <= pos < s.end for s in mentions)
    lo = bisect.bisect_left(mentions, pos - reach, key=lambda s: s.start)
    hi = bisect.bisect_right(mentions, pos, key=lambda s: s.start)
    return any(pos < s.end for s in mentions[lo:hi])


# a unit's head and the kind of body the unit is ("백호선 지부장" after "현대중공업지부")
UNIT_HEADS = {"지부장": "지부", "지회장": "지회", "조합장": "조합", "노조위원장": "노조", "지청장": "지청", "지점장": "지점"}


def unit_heads(out: list[Actor]) -> None:
    """A head of a unit with no body named is the head of the latest such unit named before them."""
    orgs = [a for a in out if a.kind == "organization" and a.mentions]
    for p in out:
        unit = UNIT_HEADS.get(p.title or "")
        if p.kind != "person" or p.affiliation or unit is None or not p.mentions:
            continue
        before = [o for o in orgs if o.name.endswith(unit) and o.mentions[0].start < p.mentions[0].start]
        if before:
            p.affiliation = max(before, key=lambda o: o.mentions[0].start).name


PARTICLE_AFTER_RE = re.compile(r"(?:은|는|이|가|을|를|의|에게|와|과|도|측)?(?![가-힣A-Za-z0-9])")


def name_words(text: str, out: list[Actor]) -> None:
    """A foreign name's family name alone ("루비오는", "하야시는") is an alias and mention of the person."""
    for a in out:
        if a.kind != "person" or " " not in a.name:
            continue
        for w in a.name.split():
            if len(w) < 2 or w in a.aliases:
                continue
            at = text.find(w)
            while at != -1:  # (found as a string first: a pattern per name costs more than the scan)
                if not (at and WORD_CHAR_RE.match(text, at - 1)) and PARTICLE_AFTER_RE.match(text, at + len(w)) \
                        and not any(s.start <= at < s.end for s in a.mentions):
                    if w not in a.aliases:
                        a.aliases.append(w)
                    a.mentions.append(Span(at, at + len(w)))
                at = text.find(w, at + len(w))
        a.mentions.sort(key=lambda s: s.start)


__all__ = ["appositions", "bare_titles", "name_words", "unit_heads"]

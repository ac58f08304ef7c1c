"""Korean people named after a title in apposition and titles standing for their one holder
(seventh session): "유엔 사무총장의 대변인인 스테판 뒤자리크는" is a person with the title 대변인 and the
body named before it (유엔); a bare title ("의장이 내일 ...") is an alias and mention of the one person
of the article whose title ends with it, named before, and so is a body and a title ("외교부 장관은")
for the one holder of that title at that body (two holders: nobody, nothing invented)."""
from __future__ import annotations

import re

from briefing_app.analysis.lang.ko_words import COUNTRIES, TITLES, name_like, org_word, title_word, without_particle
from briefing_app.core.model import Actor, Span

APPOSITION_RE = re.compile(r"(?<![가-힣])(?P<title>[가-힣]{0,6}?(?:" + "|".join(sorted(TITLES, key=len, reverse=True)) + r"))인"
                           r"[ \t]+(?P<name>[가-힣]{2,5}(?:[ \t][가-힣]{2,6})?)(?:은|는|이|가)(?![가-힣])")
TOKEN_RE = re.compile(r"[가-힣A-Za-z][가-힣A-Za-z0-9]*")
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
    for m in APPOSITION_RE.finditer(text) if "인 " in text else ():
        words = m.group("name").split()
        if any(w in known for w in words) or not all(name_like(w) for w in words) or title_word(words[-1]):
            continue  # "대변인인 하야시 요시마사 관방장관은": the title after the name is the finder's
        title = m.group("title")
        out.append(Actor(m.group("name"), "person", title, _body_before(text, m.start("title")), [],
                         [Span(m.start("name"), m.end("name"))]))
        known.update(words)


def bare_titles(text: str, out: list[Actor]) -> None:
    """A bare title word as an alias and mention of the one person whose title ends with it."""
    people = [a for a in out if a.kind == "person" and a.title and a.mentions]
    toks = list(TOKEN_RE.finditer(text))
    for i, t in enumerate(toks):
        title = title_word(t.group())
        if title is None or title != without_particle(t.group()):
            continue
        start, body = t.start(), None
        if i and text[toks[i - 1].end():t.start()] == " " and org_word(toks[i - 1].group()) == toks[i - 1].group():
            start, body = toks[i - 1].start(), toks[i - 1].group()  # "외교부 장관은": the ministry's minister
            i -= 1
        if i and text[toks[i - 1].end():start] == " " and (name_like(toks[i - 1].group()) or org_word(toks[i - 1].group())
                                                           or len(toks[i - 1].group()) == 1):
            continue  # "우 의장", "국회 의장", "김병기 원내대표", "조현 외교부 장관": not bare
        if body is None and title in AMBIGUOUS:
            continue
        holders = [a for a in people if (a.title or "").endswith(title)
                   and (body is None or a.affiliation == body or (a.title or "").startswith(body))]
        if len(holders) != 1 or holders[0].mentions[0].start >= start \
                or any(s.start <= start < s.end for s in holders[0].mentions):
            continue
        holder = holders[0]
        alias = f"{body} {title}" if body else title
        if alias not in holder.aliases:
            holder.aliases.append(alias)
        holder.mentions.append(Span(start, t.start() + len(title)))
        holder.mentions.sort(key=lambda s: s.start)


__all__ = ["appositions", "bare_titles"]

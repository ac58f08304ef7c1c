"""Korean speakers tied to actors by structure: a mention is the person it names or whose own
title phrase it is ("임수석 외교부 대변인"), a person's alias ("조 장관"), the latest holder of a
title ("장관은" far from the name) or an organisation it names; "그는" is the person who spoke
last."""
from __future__ import annotations

import bisect
import re

from briefing_app.analysis.document import Document
from briefing_app.analysis.lang.ko_words import COUNTRIES, DEPT_RE, bare, org_word, title_word
from briefing_app.core.model import Actor, Span


def _title_of(text: str, span: Span, mention: Span) -> bool:
    """Is the mention this person's own title phrase: after the name with only organisations,
    countries and departments between ("임수석 외교부 대변인", "정형선 연세대 보건행정학과 교수")?"""
    if not span.end <= mention.start <= span.end + 40:
        return False
    between = re.sub(r"[()]", " ", text[span.end:mention.start]).split()  # "김기현(국민의힘) 의원"
    return all(org_word(w) or bare(w) in COUNTRIES or DEPT_RE.fullmatch(w) or re.fullmatch(r"[가-힣]{2,4}대", w)
               or w == "겸" or title_word(w) for w in between)  # "최상목 부총리 겸 기획재정부 장관"


def _first_index(people_: list[Actor]) -> dict[tuple[str, str], int]:
    """Where each ("name", x) and ("alias", x) first occurs among the people."""
    first: dict[tuple[str, str], int] = {}
    for k, a in enumerate(people_):
        first.setdefault(("name", a.name), k)
        for alias in a.aliases:
            first.setdefault(("alias", alias), k)
    return first


def _first_named(people_: list[Actor], first: dict[tuple[str, str], int], words: str, said: str | None) -> Actor | None:
    """The first person who has the mention's words as an alias, or the given speaker as name or alias."""
    keys = [("alias", words)] + ([("name", said), ("alias", said)] if said is not None else [])
    found = [first[key] for key in keys if key in first]
    return people_[min(found)] if found else None


def _speaker_of(text: str, people_: list[Actor], org_at: dict[int, Actor], m: Span, said: str | None,
                spans: list[tuple[int, int, int]], first: dict[tuple[str, str], int]) -> Actor | None:
    """The actor a speaker mention stands for: a person it names or whose title phrase it is; a
    person with it as an alias ("조 장관"); the latest person before it with that title ("장관은",
    far from the name); an organisation it names."""
    i = bisect.bisect_right(spans, (m.start, len(text), len(people_)))
    for start, end, k in reversed(spans[max(0, i - 6):i]):
        if start <= m.start < end or _title_of(text, Span(start, end), m):
            return people_[k]
    words = text[m.start:m.end]
    hit = _first_named(people_, first, words, said) or next(
        (a for a in people_ if said and len(said) <= 2 and a.name.startswith(said)
         and any(al.startswith(said + " ") for al in a.aliases)), None)  # "김" of "김 대표"
    if hit is not None:
        return hit
    title = title_word(words.split()[-1]) if words.split() else None
    if title:
        before = [(s.start, a) for a in people_ for s in a.mentions if s.start < m.start and a.title
                  and a.title.endswith(title)]
        if before:
            return max(before, key=lambda t: t[0])[1]
        if "\n" not in text[:m.start]:  # the headline's "영국대사": the one the article then names with that title
            return next((a for a in people_ if a.title and a.title.endswith(title)), None)
    return org_at.get(m.start)


def link_speakers(doc: Document, out: list[Actor]) -> None:
    """Point each Korean quote's speaker at the actor its mention stands for (see _speaker_of)."""
    people_ = [a for a in out if a.kind == "person"]
    org_at: dict[int, Actor] = {}  # each offset inside an organisation's mention: the first such organisation
    named_orgs: dict[str, Actor] = {}  # the organisations by name and alias ("현대차 노조" is the union's, not the company's)
    for org in (a for a in out if a.kind != "person"):
        for n in (org.name, *org.aliases):
            named_orgs.setdefault(n, org)
        for s in org.mentions:
            for pos in range(s.start, s.end):
                org_at.setdefault(pos, org)
    spans = sorted((s.start, s.end, k) for k, a in enumerate(people_) for s in a.mentions)
    first = _first_index(people_)  # (aliases do not change below)
    last: Actor | None = None
    last_said: str | None = None  # the speaker as the rule set gave it, before it was tied to the actor
    for q in sorted(doc.quotes + doc.reported, key=lambda q: q.start):
        if not q.mention and last is not None and q.speaker in (last_said, last.name):
            q.speaker = last.name  # an interview answer: the interviewee, who spoke last
            continue
        if not q.mention or not re.search(r"[가-힣]", q.mention.text):
            continue
        if q.mention.text in ("그", "그녀") and last is not None:
            q.speaker = last.name  # "그는": the person who spoke last
            continue
        if q.mention.text in ("그", "그녀"):  # nobody spoke before: the person named last before it
            i = bisect.bisect_left(spans, (q.mention.start,))
            if i:
                last = people_[spans[i - 1][2]]
                last_said, q.speaker = q.speaker, last.name
            continue
        said = q.speaker
        a = _speaker_of(doc.text, people_, org_at, Span(q.mention.start, q.mention.end), q.speaker, spans, first)
        if (a is None or a.kind != "person") and q.mention.text in named_orgs:
            a = named_orgs[q.mention.text]
        if a is not None:
            q.speaker = a.name
            if a.kind == "person":
                last, last_said = a, said


__all__ = ["link_speakers"]

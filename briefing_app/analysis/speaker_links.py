"""Speakers named by an actor's name or alias: '"Q," KCNA said' is the Korean Central News Agency's
quote, "the CBO" the Congressional Budget Office's, "일본 정부는 ... 밝혔다" Japan's (a bare "정부" right
after the country's name); "Yonhap news agency" is the agency Yonhap, an organisation that speaks.

A speaker string links to an actor when it equals one of the actor's names or aliases, case aside,
without a leading "the", a possessor ("North Korea's KCNA"), a bracketed acronym or a trailing generic
word ("news agency", "agency", "newspaper").
"""
from __future__ import annotations

import re

from briefing_app.analysis import companies
from briefing_app.analysis.document import Document
from briefing_app.analysis.non_actors import OUTLETS
from briefing_app.analysis.org_fold import COMPANY_WORDS
from briefing_app.core.model import Actor, Mention, Quote, Span

LEAD_RE = re.compile(r"^(?:the|a|an)\s+", re.I)
POSSESSOR_RE = re.compile(r"^[^’',]{1,60}?[’']s?\s+(?=\S)")  # "North Korea's KCNA": the possessor is not the speaker
# (no comma before it: "Maria Gonzalez, head of the ministry's epidemiology department" is Gonzalez, not the department)
BRACKET_RE = re.compile(r"\s*\([^()]{1,20}\)$")  # "Korean Central News Agency (KCNA)"
GENERIC_ENDINGS = ("agency", "service", "newspaper", "broadcaster")  # the last words GENERIC_TAIL_RE takes
GENERIC_TAIL_RE = re.compile(r"\s+(?:news\s+agency|news\s+service|wire\s+service|agency|newspaper|broadcaster)$", re.I)
MEDIA_TAIL_RE = re.compile(r"^(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s+(?:news\s+agency|news\s+service|wire\s+service)$")
# a body's generic head that follows its country's name: "일본 정부", "Japanese government" is not matched here
BODY_HEADS = frozenset("정부 당국 government authorities".split())
PRONOUNS = frozenset("he she it they him her them we i you 그 그녀 그들 он она оно они".split())


def key(name: str) -> str:
    """A name as speakers and actors are compared: lower case, no "the", no generic tail."""
    s = " ".join(name.split()).strip(" ,.“”\"'")
    if s[:1] in "TtAa":  # (quick tests before each pattern)
        s = LEAD_RE.sub("", s)
    if s.endswith(")"):
        s = BRACKET_RE.sub("", s)
    if s.lower().endswith(GENERIC_ENDINGS):
        s = GENERIC_TAIL_RE.sub("", s)
    return s.lower()


def _keys(mention: str) -> list[str]:
    """The keys a speaker mention may match by: itself, then without its possessor."""
    keys = [key(mention)]
    owned = POSSESSOR_RE.match(mention)
    if owned and re.search(r"[’']s?\s", mention):
        keys.append(key(mention[owned.end():]))
    return [k for k in keys if k]


def link(doc: Document) -> None:
    """Give each quote whose speaker names no actor the actor its mention names."""
    names: dict[str, Actor] = {}
    for a in doc.actors:
        for alias in (a.name, *a.aliases):
            k = key(alias)
            if k and k not in PRONOUNS:
                names.setdefault(k, a)
    known = {a.name for a in doc.actors}
    bodies = {a.name: a for a in doc.actors if a.kind != "person"}
    last: tuple[int, Actor | None] = (0, None)  # where the last speaker's quote ended; the speaker if a body
    for q in sorted(doc.quotes, key=lambda q: q.start):
        if q.mention is not None and q.mention.text.lower() == "it" and q.speaker is None and last[1] is not None \
                and "\n\n" not in doc.text[last[0]:q.start]:
            q.speaker = last[1].name  # '"Q1," said KCNA. "Q2," it added': the body that spoke just before
        elif q.mention is not None and q.mention.text.lower() == "they" and q.speaker is None:
            group = _group_before(doc, q.mention.start)
            if group is not None:
                q.speaker = group.name
        elif q.mention is not None and q.mention.text.lower() not in PRONOUNS:
            _link(doc, q, names, known)
        if q.speaker and q.kind in ("direct", "indirect"):
            last = (q.end, bodies.get(q.speaker))  # a person speaking between: "it" is no longer the body


def _link(doc: Document, q: Quote, names: dict[str, Actor], known: set[str]) -> None:
    assert q.mention is not None
    actor = _named(q, names, known)
    if actor is None:
        actor = _with_country(doc.text, q, names) or _news_agency(doc, q, names)
    if actor is not None:
        q.speaker = actor.name
        if not any(m.start <= q.mention.start < m.end for m in actor.mentions):
            actor.mentions.append(Span(q.mention.start, q.mention.end))
            actor.mentions.sort(key=lambda m: m.start)


def _named(q: Quote, names: dict[str, Actor], known: set[str]) -> Actor | None:
    """The actor the whole mention names; a known speaker is kept unless it is only the possessor."""
    assert q.mention is not None
    keys = _keys(q.mention.text)
    if q.speaker in known:  # "North Korea's KCNA": the possessed actor, not the possessor
        owned = names.get(keys[1]) if len(keys) > 1 else None
        return owned if owned is not None and owned.name != q.speaker else None
    return next((names[k] for k in keys if k in names), None)


def _with_country(text: str, q: Quote, names: dict[str, Actor]) -> Actor | None:
    """'일본 정부는': a bare body word right after a name; the two together are an actor's alias."""
    assert q.mention is not None
    if q.mention.text.lower() not in BODY_HEADS:
        return None
    before = re.search(r"(\S+)[ \t]$", text[max(0, q.mention.start - 40):q.mention.start])
    if before is None:
        return None
    actor = names.get(key(f"{before.group(1)} {q.mention.text}"))
    if actor is not None:
        start = q.mention.start - len(before.group(0))
        q.mention = Mention(start, q.mention.end, text[start:q.mention.end])
    return actor


def _news_agency(doc: Document, q: Quote, names: dict[str, Actor]) -> Actor | None:
    """'"Q," Yonhap news agency said': the agency the text names but no actor holds yet."""
    assert q.mention is not None
    m = MEDIA_TAIL_RE.match(q.mention.text.strip())
    if m is None or q.speaker is not None:
        return None
    actor = Actor(m.group("name"), kind="organization", aliases=[q.mention.text.strip()])
    doc.actors.append(actor)
    names[key(actor.name)] = actor
    return actor


def _group_before(doc: Document, pos: int) -> Actor | None:
    """'The Houthis attacked a ship. They said ...': "they" is a group only when the last actor the paragraph
    names before it is an organisation named in the plural ("Houthis", "House Republicans"); a person, a country
    or a singular body named last leaves "they" unresolved."""
    floor = doc.text.rfind("\n", 0, pos) + 1
    last: tuple[int, Actor] | None = None
    for a in doc.actors:
        at = max((m.start for m in a.mentions if floor <= m.start < pos), default=-1)
        if at != -1 and (last is None or at > last[0]):
            last = (at, a)
    if last is None or last[1].kind != "organization" or not _plural_name(last[1].name):
        return None
    return last[1]


# last words of singular bodies that end in "s": "News", "Times", "Nations", "Affairs" ("United Nations", "Department of
# Veterans Affairs"), with the company words ("General Motors", "United Airlines", "Kemble Water Holdings")
SINGULAR_ENDS = frozenset("News Times Nations States Affairs Services Relations Rights Studies Works Sports Politics Economics "
                          "Analytics Graphics Frontières Frontieres Borders".split()) | COMPANY_WORDS


def _plural_name(name: str) -> bool:
    """'Houthis', 'House Republicans', 'the Teamsters': a body named by its members in the plural; not a company or an
    outlet whose name ends in "s" ("Goldman Sachs", "General Motors", "Reuters"), a body ending in a singular noun's
    plural ("United Nations", "Veterans Affairs") or a name with a lower-case link ("Doctors without Borders")."""
    words = name.split()
    last = words[-1]
    return last[:1].isupper() and last.endswith("s") and not last.endswith(("ss", "us")) and last not in SINGULAR_ENDS \
        and name not in companies.NAME_OF and name not in OUTLETS and all(w[:1].isupper() for w in words)

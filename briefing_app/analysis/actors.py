"""The actor table of one text: people (by surname), countries and organisations (by the
gazetteer's aliases), and the resolution of a speaker mention to a canonical name.
"""
from __future__ import annotations

import re

from briefing_app.analysis import gazetteer
from briefing_app.analysis.names import (FEMALE, MALE, NameHit, Person, gender_of, name_hits, norm,
                                         _lower_title_before)
from briefing_app.core.model import Actor, Span

PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}


DESCRIPTION_RE = re.compile(r"the\s+(?:[\w-]+\s+){0,2}?(?P<head>[a-z]+)$")


class ActorTable:
    def __init__(self, text: str, hits: list[NameHit] | None = None) -> None:
        self.text = text
        self.hits = name_hits(text) if hits is None else hits
        self.people: dict[str, Person] = {}
        self.by_surname: dict[str, list[str]] = {}
        self.timeline: list[tuple[int, str]] = []  # (offset, canonical) of every person mention
        self._build()

    def _build(self) -> None:
        full = [h for h in self.hits if len(h.name.split()) >= 2]

        def rank(h: NameHit) -> tuple[int, int, int]:
            return (len(h.name.split()), bool(h.titles), -h.start)

        for h in sorted(full, key=rank, reverse=True):
            sur = norm(h.name.split()[-1])
            names = self.by_surname.setdefault(sur, [])
            if any(self._same_person(n, h.name) for n in names):
                continue
            names.append(h.name)
            self.people[h.name] = Person(h.name)
        for h in self.hits:
            canon = self.canonical(h.name, h.start, h.titles)
            if canon is None:
                continue
            p = self.people[canon]
            p.mentions.append((h.start, h.end))
            self.timeline.append((h.start, canon))
            g = gender_of(h.titles)
            if g and not p.gender:
                p.gender = g
            lower = _lower_title_before(self.text, h.start)
            titles = " ".join(t for t in h.titles if norm(t) not in ("mr", "mrs", "ms", "miss")) or lower
            if titles and not p.title:
                p.title = titles
            if not p.affiliation:
                place = None
                for place in gazetteer.PLACE_RE.finditer(self.text, max(h.start, h.name_start - 40), h.name_start):
                    pass
                between = self.text[place.end():h.name_start] if place else ""
                if place and len(between.split()) <= 3 and not re.search(r"[,.;:]", between):
                    hit = gazetteer.lookup(place.group())
                    p.affiliation = hit[0] if hit and hit[1] == "country" else None
            alias = self.text[h.start:h.end]
            alias = re.sub(r"(?:’s|'s|[,.;:])$", "", alias) if not alias.endswith(".") or " " in alias else alias
            if alias != canon and alias not in p.aliases:
                p.aliases.append(alias)
        self.timeline.sort()

    @staticmethod
    def _same_person(a: str, b: str) -> bool:
        fa, fb = a.split()[0].rstrip("."), b.split()[0].rstrip(".")
        return fa == fb or fa[0] == fb[0] and (len(fa) <= 2 or len(fb) <= 2) or _edit1(fa, fb)

    def canonical(self, name: str, pos: int, titles: list[str] | None = None) -> str | None:
        toks = name.split()
        names = self.by_surname.get(norm(toks[-1]), [])
        if len(toks) >= 2:
            names = [n for n in names if self._same_person(n, name)] or names
        if not names:
            return None
        if len(names) > 1:
            g = gender_of(titles or [])
            if g:
                names = [n for n in names if self.people[n].gender in (g, None)] or names
            before = [c for p, c in self.timeline if p < pos and c in names]
            if before:
                return before[-1]
        return names[0]

    def resolve(self, mention: str, pos: int) -> str | None:
        """Canonical actor name for a speaker mention (not a pronoun), or None if anonymous."""
        low = mention.lower()
        if re.match(r"(?:a|an|one|some|several|two|three|many|other|another|officials|sources)\b", low):
            return None
        for h in reversed(name_hits(mention)):
            canon = self.canonical(h.name, pos + h.start, h.titles)
            if canon:
                return canon
        d = DESCRIPTION_RE.match(low)
        if d:  # "the secretary", "the Labor secretary" -> the latest person with that title word
            head = d.group("head")
            for p, canon in reversed(self.timeline):
                if p >= pos:
                    continue
                person = self.people[canon]
                if head in f"{person.title or ''} {person.affiliation or ''}".lower().split():
                    return canon
        place = gazetteer.PLACE_RE.search(mention)
        if place and not re.search(r"\b(?:officials?|sources?|people|experts?|analysts?|diplomats?|aides?)\b", low):
            hit = gazetteer.lookup(place.group())
            if hit:
                return hit[0]
        return None

    def nearest_person(self, pos: int, pronoun: str, floor: int = 0) -> str | None:
        want = PRONOUN_GENDER.get(pronoun.lower())
        for p, canon in reversed(self.timeline):
            if p >= pos:
                continue
            if p < floor:
                break
            g = self.people[canon].gender
            if want and g and g != want:
                continue
            return canon
        return None

    def actors(self) -> list[Actor]:
        out = [Actor(p.name, "person", p.title, p.affiliation, p.aliases, [Span(a, b) for a, b in p.mentions])
               for p in self.people.values() if p.mentions]
        out.sort(key=lambda a: a.mentions[0].start)
        places: dict[str, Actor] = {}
        for m in gazetteer.PLACE_RE.finditer(self.text):
            alias = re.sub(r"(?:’s|'s)$", "", m.group())
            name, kind = gazetteer.ALIAS_TO_NAME[alias]
            act = places.setdefault(name, Actor(name, kind))
            act.mentions.append(Span(m.start(), m.start() + len(alias)))
            if alias != name and alias not in act.aliases:
                act.aliases.append(alias)
        return out + [a for a in places.values() if any(x not in gazetteer.WEAK_ALIASES for x in [a.name, *a.aliases]) or len(a.mentions) > 1]


def _edit1(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 4:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i + 1:] or a[i + 1:] == b[i:] or a[i:] == b[i + 1:]


__all__ = ["ActorTable", "FEMALE", "MALE"]

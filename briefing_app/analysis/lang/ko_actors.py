"""Korean actors: people named with a title (`ko_titled`), organisations and countries
(`ko_bodies`), then the later passes that merge short forms and brackets, fill affiliations and
find the people those leave out. Government bodies and parties with no country named are the
Korean text's own (한국). Quote speakers are re-pointed to these actors."""
from __future__ import annotations

import re

from briefing_app.analysis.document import Document
from briefing_app.analysis.lang import ko_affiliations, ko_brackets, ko_kinds, ko_people, ko_short_names, ko_titles
from briefing_app.analysis.lang.ko_bodies import STATE_RE, countries, organisations
from briefing_app.analysis.lang.ko_speakers import link_speakers
from briefing_app.analysis.lang.ko_titled import TOKEN_RE, concurrent_titles, people, surname_aliases
from briefing_app.analysis.lang.ko_words import COUNTRIES
from briefing_app.core.model import Actor, Span


def actors(doc: Document) -> list[Actor]:
    text = doc.text
    shorts = frozenset(s for forms in ko_short_names.SHORT_NAMES.values() for s in forms) \
        | frozenset(s for _, forms in ko_brackets.short_forms(text).values() for s in forms)
    persons = people(ko_brackets.annotations_opened(text), shorts)
    concurrent_titles(text, persons)
    surname_aliases(text, persons)
    out = [Actor(p.name, "person", p.title, p.affiliation, p.aliases, sorted(p.mentions, key=lambda s: s.start))
           for p in persons.values()]
    toks = list(TOKEN_RE.finditer(text))  # the bodies' and the countries' passes both walk every token: read once
    for name, (spans, aff) in organisations(text, persons, toks).items():
        home = "한국" if STATE_RE.search(name) and not aff else None
        forms = sorted(w for w in {aff, *(k for k, v in COUNTRIES.items() if v == aff)} if w)
        aliases = [f"{w} {name}" for w in forms if f"{w} {name}" in text]
        out.append(Actor(name, "organization", None, aff or home, aliases, spans))
    _bodies_of_titles(text, out)
    for name, (spans, aliases) in countries(text, toks).items():
        out.append(Actor(name, "country", None, None, aliases, sorted(spans, key=lambda s: s.start)))
    out = ko_short_names.merge(text, out)  # "기획재정부" and "기재부": one actor
    out = ko_brackets.merge(text, out)  # "국가정보원(국정원)": one actor
    ko_affiliations.bracketed_companies(text, out)
    ko_affiliations.subject_bodies(text, out)
    out = ko_affiliations.companies(text, out)
    out = ko_kinds.kinds(text, out)
    out = ko_kinds.without_outlets_told(text, out)
    out = ko_people.people(text, out)
    ko_brackets.bench(text, out)
    ko_titles.appositions(text, out)
    ko_titles.name_words(text, out)
    ko_titles.unit_heads(out)
    ko_titles.bare_titles(text, out)
    ko_kinds.body_titles(out)
    ko_affiliations.universities(text, out)
    ko_affiliations.named_homes(text, out)
    ko_affiliations.party_organs(text, out)
    ko_affiliations.education_offices(out)
    ko_affiliations.heads_by_title(out)
    ko_affiliations.union_heads(out)
    link_speakers(doc, out)
    return out


def _bodies_of_titles(text: str, out: list[Actor]) -> None:
    """A body named between a person's name and title and made the affiliation ("이만기 유웨이 교육평가연구소장": 유웨이,
    "임성호 종로학원 대표": 종로학원) is an actor of its own when no rule found it, its mentions the word where it stands alone."""
    names = {a.name for a in out}
    for a in [p for p in out if p.kind == "person" and p.affiliation and p.title and p.title.startswith(p.affiliation + " ")]:
        body = a.affiliation or ""
        if body in names or body in COUNTRIES or body in COUNTRIES.values() or not KOREAN_WORD_RE.fullmatch(body):
            continue
        spans, at = [], text.find(body)
        while at != -1:  # (str.find: a pattern built per body and run over the text cost more than the rule)
            end = at + len(body)
            if not (at and _letter(text[at - 1])) and not (end < len(text) and _letter(text[end])):
                spans.append(Span(at, end))
            at = text.find(body, end)
        if spans:
            out.append(Actor(body, "organization", None, None, [], spans))
            names.add(body)


KOREAN_WORD_RE = re.compile(r"[가-힣A-Za-z]{2,12}")


def _letter(ch: str) -> bool:
    return "가" <= ch <= "힣" or "A" <= ch <= "Z" or "a" <= ch <= "z"


__all__ = ["actors"]

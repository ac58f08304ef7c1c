"""One company named two ways: "Acme" and "Acme Corp.", "Harbor" and "Harbor Freightlines"."""
from __future__ import annotations

from briefing_app.analysis.given_names import sex_of
from briefing_app.analysis.org_people import ORG_NOUNS
from briefing_app.core.model import Actor

COMPANY_WORDS = frozenset("Corp Inc Co Ltd LLC plc PLC Holdings Group Capital Partners International Industries "
                          "Technologies Motors Airlines Energy Pharmaceuticals Systems Communications".split())


def companies_named_like_people(actors: list[Actor]) -> None:
    """'Northern Holdings', 'Bain Capital': a "person" with no title, no known given name and a company
    word last is a company."""
    for a in actors:
        words = a.name.split()
        if a.kind == "person" and not a.title and len(words) >= 2 and words[-1].rstrip(".") in COMPANY_WORDS \
                and sex_of(words[0]) is None:
            a.kind, a.affiliation = "organization", None


def fold_first_words(actors: list[Actor]) -> list[Actor]:
    """'Acme' and 'Acme Corp.', 'Widget' and 'Widget Holdings': a one-word organisation that exactly one
    company's name opens (the word and a company word, or any word that is no body's noun: "Harbor Freightlines") is
    that company (an alias, its mentions; affiliations follow)."""
    orgs = [a for a in actors if a.kind == "organization"]
    gone: set[int] = set()
    for short in (o for o in orgs if " " not in o.name):
        longer = [o for o in orgs if o is not short and len(o.name.split()) == 2 and o.name.split()[0] == short.name
                  and (o.name.split()[1].rstrip(".") in COMPANY_WORDS or o.name.split()[1] not in ORG_NOUNS)]
        if len(longer) != 1:
            continue
        full = longer[0]
        full.aliases += [x for x in [short.name, *short.aliases] if x not in full.aliases]
        full.mentions = sorted([*full.mentions, *short.mentions], key=lambda s: s.start)
        gone.add(id(short))
        for a in actors:
            if a.affiliation == short.name:
                a.affiliation = full.name
    return [a for a in actors if id(a) not in gone]


__all__ = ["COMPANY_WORDS", "companies_named_like_people", "fold_first_words"]

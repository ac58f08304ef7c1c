"""One company named two ways: "Acme" and "Acme Corp.", "Harbor" and "Harbor Freightlines"."""
from __future__ import annotations

import re

from briefing_app.analysis.given_names import sex_of
from briefing_app.analysis.org_people import ORG_NOUNS
from briefing_app.core.model import Actor, Span

CAPITALISED_RE = re.compile(r"(?<![\w-])[A-Z][\w&]*(?![\w-])")
COMPANY_WORDS = frozenset("Corp Inc Co Ltd LLC plc PLC Holdings Group Capital Partners International Industries "
                          "Technologies Motors Airlines Energy Pharmaceuticals Systems Communications Water Power Electric "
                          "Steel Airways Rail Foods Telecom Chemicals Mining Petroleum Shipping Logistics Insurance "
                          "Management Devices Instruments Semiconductor Semiconductors Networks Dynamics Labs Brands Resources "
                          "Solutions Therapeutics Sciences Biosciences Entertainment Robotics Aerospace Petroleum Platforms Lines Markets".split())


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
    by_first: dict[str, list[Actor]] = {}  # the organisations by their name's first word (names do not change below)
    for o in orgs:
        if o.name.split():
            by_first.setdefault(o.name.split()[0], []).append(o)
    by_affiliation: dict[str | None, list[Actor]] = {}  # the actors by their affiliation
    for a in actors:
        by_affiliation.setdefault(a.affiliation, []).append(a)
    gone: set[int] = set()
    for short in (o for o in orgs if " " not in o.name):
        longer = [o for o in by_first.get(short.name, ()) if o is not short and (
                  len(o.name.split()) == 2 and (o.name.split()[1].rstrip(".") in COMPANY_WORDS or o.name.split()[1] not in ORG_NOUNS)
                  or o.name.endswith((" & Co", " & Co.")) and len(o.name.split()) == 3)]  # ("Merck & Co")
        if len(longer) != 1:
            continue
        full = longer[0]
        full.aliases += [x for x in [short.name, *short.aliases] if x not in full.aliases]
        full.mentions = sorted([*full.mentions, *short.mentions], key=lambda s: s.start)
        gone.add(id(short))
        for a in by_affiliation.pop(short.name, ()):
            a.affiliation = full.name
            by_affiliation.setdefault(full.name, []).append(a)
    return [a for a in actors if id(a) not in gone]


def first_word_aliases(actors: list[Actor], text: str) -> None:
    """'Cerebras Systems' ... 'Cerebras said': a company named by its first word and a company word, whose
    first word the text also writes alone, has that word as an alias (when no other actor's name opens with it)."""
    taken: dict[str, int] = {}
    for a in actors:
        if a.name:
            taken[a.name.split()[0]] = taken.get(a.name.split()[0], 0) + 1
    firsts = {org.name.split()[0]: org for org in actors
              if org.kind == "organization" and len(org.name.split()) == 2 and org.name.split()[1].rstrip(".") in COMPANY_WORDS
              and taken.get(org.name.split()[0]) == 1 and org.name.split()[0] not in org.aliases
              and org.name[:1].isupper() and sex_of(org.name.split()[0]) is None}
    if not firsts:
        return
    where: dict[str, list[tuple[int, int]]] = {}  # one pass over the text's capitalised words, not one per company
    for m in CAPITALISED_RE.finditer(text):
        if m.group() in firsts:
            where.setdefault(m.group(), []).append(m.span())
    for first, org in firsts.items():
        words = org.name.split()
        inside = [(m.start, m.end) for m in org.mentions]
        alone = [Span(at, end) for at, end in where.get(first, [])
                 if not any(s <= at < e for s, e in inside) and not text.startswith(" " + words[1], end)]
        if alone:
            org.aliases.append(words[0])
            org.mentions = sorted([*org.mentions, *alone], key=lambda sp: sp.start)


# the last words a company's or co-operative's name may be written without ("Meridian Financial" of "Meridian Financial
# Corp.", "Maple Grain" of "Maple Grain Co-operative"): the legal and trade words, not a body's noun
LEADING_ENDS = COMPANY_WORDS | {"Co-operative", "Cooperative", "Co-op"}


def leading_words_aliases(actors: list[Actor], text: str) -> list[Actor]:
    """'Meridian Financial to buy Lakeshore' (a headline) ... 'Meridian Financial Corp. agreed': a company of three words
    or more named without its last, company word elsewhere in the text (as whole words, not followed by that word) has
    that short form as an alias, when no other actor's name opens with it; a "person" of that name with no known given
    name is that company ("Cobalt Ridge founder X" of Cobalt Ridge Capital)."""
    gone: set[int] = set()
    for org in actors:
        words = org.name.split()
        if org.kind != "organization" or len(words) < 3 or words[-1].rstrip(".") not in LEADING_ENDS \
                or not org.name[:1].isupper() or words[-2] in ("&", "and", "of") or sex_of(words[0]) is not None:
            continue
        short = " ".join(words[:-1])
        if short in org.aliases or short not in text:
            continue
        same = [a for a in actors if a is not org and (a.name + " ").startswith(short + " ")]
        if any(a.name != short or a.kind != "person" or a.title for a in same):
            continue
        alone = []
        at = text.find(short)
        while at != -1:
            end = at + len(short)
            if not text[at - 1:at].isalnum() and not text[end:end + 1].isalnum() and not text.startswith(" " + words[-1], end):
                alone.append(Span(at, end))
            at = text.find(short, end)
        if alone:
            org.aliases.append(short)
            kept = [m for m in org.mentions if not any(sp.start <= m.start and m.end <= sp.end for sp in alone)]
            org.mentions = sorted([*kept, *alone], key=lambda sp: sp.start)
            gone.update(id(a) for a in same)
    return [a for a in actors if id(a) not in gone] if gone else actors


__all__ = ["COMPANY_WORDS", "companies_named_like_people", "first_word_aliases", "fold_first_words", "leading_words_aliases"]

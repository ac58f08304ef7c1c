"""One English organisation named several ways becomes one actor: "the U.S. Centers for Disease Control and
Prevention" is the Centers for Disease Control and Prevention (of the United States) when the text also gives
its initials ("CDC"); initials with the small words' letters ("SDOT" of the Seattle Department of
Transportation) are an alias; an organisation named by such an alias is the same actor; a party's members
("the Social Democrats") are the party ("Social Democratic Party"); "Aramco" is "Saudi Aramco"."""
from __future__ import annotations

import re

from briefing_app.analysis import gazetteer
from briefing_app.analysis.document import Document
from briefing_app.analysis.given_names import sex_of
from briefing_app.analysis.occurrences import whole_word
from briefing_app.analysis.organisations import PARTY_PLURALS
from briefing_app.analysis.org_people import ORG_NOUNS
from briefing_app.analysis.roles import US_STATE_NAMES
from briefing_app.analysis.spans import SpanReach
from briefing_app.core.model import Actor, Span

UPPER_RE = re.compile(r"(?<![\w.])[A-Z]{3,}(?![\w.])")
US_PREFIX_RE = re.compile(r"(?:U\.S\.|US)[ \t]+(?=[A-Z])")


def _initials(words: list[str], small: bool) -> str:
    """'Seattle Department of Transportation' -> 'SDT', or 'SDOT' with the small words' letters."""
    return "".join(w[0].upper() if small else w[0] for w in words
                   if w[:1].isupper() or small and w.lower() in ("of", "for", "on"))


def _rename_american(doc: Document, org: Actor) -> None:
    """'U.S. Centers for Disease Control and Prevention' with 'CDC' in the text: the body without the prefix."""
    m = US_PREFIX_RE.match(org.name)
    rest = org.name[m.end():] if m else ""
    if len(rest.split()) < 3:
        return
    ini = _initials(rest.split(), False)
    short = ini[:3] if len(ini) == 4 else ini
    spans = [Span(a, b) for a, b in whole_word(doc.actor_text, short, ".", "")]
    if not spans:
        return
    old, org.name = org.name, rest
    org.affiliation = org.affiliation or "United States"
    org.aliases += [x for x in (old, short) if x not in org.aliases]
    org.mentions = sorted({(s.start, s.end): s for s in [*org.mentions, *spans]}.values(), key=lambda s: s.start)
    for a in doc.actors:
        if a.affiliation == old:
            a.affiliation = rest


def _whole_name(doc: Document, org: Actor) -> None:
    """'RBC Capital Markets' found as 'Capital Markets' with the whole as an alias: when every mention is the whole
    (an acronym before the name), the whole is the name."""
    text = doc.actor_text
    whole = next((a for a in org.aliases if a.endswith(" " + org.name) and a.split()[0].isupper()), None)
    if whole is None or not org.mentions or any(text[m.start:m.end] != whole for m in org.mentions):
        return
    old, org.name = org.name, whole
    org.aliases = [a for a in org.aliases if a != whole]
    for a in doc.actors:
        if a.affiliation == old:
            a.affiliation = whole


def _join(doc: Document, into: Actor, gone: Actor) -> None:
    into.aliases += [x for x in [gone.name, *gone.aliases] if x not in into.aliases and x != into.name]
    into.mentions = sorted({(s.start, s.end): s for s in [*into.mentions, *gone.mentions]}.values(), key=lambda s: s.start)
    for a in doc.actors:
        if a.affiliation == gone.name:
            a.affiliation = into.name


def _party_of(name: str, parties: list[Actor]) -> Actor | None:
    """'Social Democrats' -> the 'Social Democratic Party', 'Conservatives' -> the 'Conservative Party'."""
    if not name.endswith("s") or " " not in name and name not in PARTY_PLURALS:  # (not "Democrats" alone: members
        return None  # as often as the party; "the Conservatives" beside the Conservative Party is the party)
    if name == "Tories":
        name = "Conservatives"
    stem = name[:-1]
    fits = [p for p in parties if p.name.startswith(stem) and p.name.split()[-1] == "Party"
            and len(p.name.split()) == len(name.split()) + 1]
    return fits[0] if len(fits) == 1 else None


# "Ofwat, the Water Services Regulation Authority, was created": a short name, then the body's full name
SHORT_BEFORE_RE = re.compile(r"(?<![\w’'-])[A-Z][\w&-]+$")


def short_names(doc: Document) -> None:
    """The body a short name in apposition names: one actor (the short name an alias, its mentions the body's).
    Run before org_coref's descriptions, so "the regulator" right after "Ofwat" finds the body."""
    text = doc.actor_text
    fulls = [o for o in doc.actors if o.kind == "organization" and len(o.name.split()) >= 3]
    if not fulls:
        return
    by_name = {o.name: o for o in doc.actors if o.kind == "organization"}
    gone: set[int] = set()
    at = text.find(", the ")
    while at != -1:  # (each ", the " of the text, not a scan of every capital)
        after = at + 6
        full = next((o for o in fulls if text.startswith(o.name, after) and text[after + len(o.name):][:1] in (",", ".", ";")),
                    None)
        short = SHORT_BEFORE_RE.search(text, max(0, at - 40), at) if full is not None else None
        if full is not None and short is not None and short.group() not in full.aliases \
                and not gazetteer.lookup(short.group()):
            other = by_name.get(short.group())
            if other is not None and other is not full:
                _join(doc, full, other)
                gone.add(id(other))
            elif other is None:
                full.aliases.append(short.group())
                spans = [Span(a, b) for a, b in whole_word(text, short.group())]
                full.mentions = sorted({(sp.start, sp.end): sp for sp in [*full.mentions, *spans]}.values(),
                                       key=lambda sp: sp.start)
        at = text.find(", the ", after)
    if gone:
        doc.actors = [a for a in doc.actors if id(a) not in gone]


def _possessive_plurals(doc: Document, orgs: list[Actor]) -> list[Actor]:
    """"the Liberal Democrats' spokesperson", "The United Nations' refugee agency": a plural name's possessive is the
    body named without its apostrophe (one actor with the bare name's, or renamed), and so is an affiliation."""
    named = {o.name: o for o in orgs}
    gone: set[int] = set()
    for org in orgs:
        if not org.name.endswith(("s'", "s’")) or " " not in org.name and not org.name[:1].isupper():
            continue
        bare = org.name[:-1]
        other = named.get(bare)
        if other is not None and other is not org:
            other.mentions = sorted({(sp.start, sp.end): sp for sp in [*other.mentions, *org.mentions]}.values(),
                                    key=lambda sp: sp.start)
            other.aliases += [a for a in org.aliases if a not in other.aliases and a != other.name]
            gone.add(id(org))
        else:
            org.name = bare
        for a in doc.actors:
            if a.affiliation in (bare + "'", bare + "’"):
                a.affiliation = bare
    if gone:
        doc.actors = [a for a in doc.actors if id(a) not in gone]
    return [o for o in orgs if id(o) not in gone]


def merge(doc: Document) -> None:
    orgs = [a for a in doc.actors if a.kind == "organization"]
    if not orgs:
        return
    if any(o.name.endswith(("s'", "s’")) for o in orgs):
        orgs = _possessive_plurals(doc, orgs)
    text = doc.actor_text
    for org in orgs:
        if org.name.startswith(("U.S. ", "US ")):
            _rename_american(doc, org)
        _whole_name(doc, org)
    by_name = {o.name: o for o in orgs}
    parties = [o for o in orgs if o.name.endswith(" Party")]
    by_acronym = {a: o for o in orgs for a in o.aliases if a[:3].isupper()}
    for o in orgs:  # ("Organization of the Petroleum Exporting Countries" and "OPEC", a known body of its own)
        if len(o.name.split()) >= 3 and _initials(o.name.split(), False) in by_name:
            by_acronym.setdefault(_initials(o.name.split(), False), o)
    # "Saudi Aramco", "China Mobile": a place's word and a name; the name alone is the same body
    by_place = {o.name.split()[1]: o for o in orgs if len(o.name.split()) == 2 and gazetteer.lookup(o.name.split()[0])}
    gone: set[int] = set()
    inis = {}
    for org in orgs:
        words = org.name.split()
        ini = _initials(words, True) if len(words) >= 3 else ""
        if len(ini) >= 3 and ini != _initials(words, False):  # ("SDOT"; plain initials are org_coref's)
            inis[id(org)] = ini
    where: dict[str, list[Span]] = {}  # one pass over the text's capitals, not one per organisation
    wanted = {ini for ini in inis.values() if ini in text}  # (most texts give no such initials: no scan)
    if wanted:
        for m in UPPER_RE.finditer(text):
            if m.group() in wanted:
                where.setdefault(m.group(), []).append(Span(m.start(), m.end()))
    for org in orgs:
        ini = inis.get(id(org), "")
        if ini:
            spans = where.get(ini, [])
            if spans:
                other = by_name.get(ini)
                if other is not None and other is not org:
                    _join(doc, org, other)
                    gone.add(id(other))
                elif ini not in org.aliases:
                    org.aliases.append(ini)
                    org.mentions = sorted([*org.mentions, *spans], key=lambda s: s.start)
        for alias in [*org.aliases, org.name]:  # "CDC" found as an organisation of its own; "OPEC+" another's alias
            other = next((o for o in (by_name.get(alias), by_acronym.get(alias) if alias[:3].isupper() else None)
                          if o is not None and o is not org), None)
            if other is not None and other is not org and id(other) not in gone and id(org) not in gone:
                keep, drop = (org, other) if len(org.name) >= len(other.name) else (other, org)
                _join(doc, keep, drop)
                gone.add(id(drop))
        placed = by_place.get(org.name) if " " not in org.name else None
        if placed is not None and placed is not org and id(org) not in gone and id(placed) not in gone:
            _join(doc, placed, org)  # "Aramco" of "Saudi Aramco"
            gone.add(id(org))
            continue
        party = _party_of(org.name, parties) if parties else None
        if party is not None and id(org) not in gone:
            _join(doc, party, org)
            gone.add(id(org))
    _corporate_short_names(doc, [o for o in orgs if id(o) not in gone], gone)
    _short_forms_alone(doc, [o for o in orgs if id(o) not in gone], gone)
    _place_prefixed(doc, [o for o in orgs if id(o) not in gone], gone)
    _last_word_names(doc, [o for o in orgs if id(o) not in gone])
    if gone:
        doc.actors = [a for a in doc.actors if id(a) not in gone]


# the words a company's full name adds to the name it goes by ("Meridian Financial Corp." -> "Meridian")
CORPORATE = frozenset("Corp Corp. Corporation Inc Inc. Co Co. Company Holdings Group Ltd Ltd. plc PLC LLC AG SA NV SE "
                      "Financial Bancorp Bancshares International Technologies Industries Partners Brands".split())


# words a body's name may end in that never stand for it alone ("Council", "Bank", "Inc")
GENERIC_LAST = frozenset("Council Committee Bank Group Company Corporation Inc Corp Co Ltd LLC Party Union Board Agency "
                         "Service Office Department Ministry Authority Commission Association Institute Center Centre "
                         "Foundation University College School Court Fund Trust Society League Club Network Forces Army "
                         "Police Guard Times Post News Journal Herald Tribune Press Airlines Airways Energy Health House Water".split())
NEXT_CAPITAL_RE = re.compile(r"[ \t]+[A-Z]")  # ("the Water Services Regulation Authority": a word of another name)


def _last_word_names(doc: Document, orgs: list[Actor]) -> None:
    """'King County Metro' ... "Metro's general manager": the last word of a body's name, alone and capitalised
    after a word in lower case (or opening a sentence), is that body when no other actor goes by it. Latin script
    only: a Russian body's last word is a genitive complement ("Законодательное собрание Петербурга": no "Петербурга")."""
    text = doc.actor_text
    names = {a.name for a in doc.actors} | {x for a in doc.actors for x in a.aliases}
    alone: dict[str, list[tuple[int, int]]] = {}  # a last word's occurrences as a word alone, read once a word
    lasts = [o.name.rsplit(" ", 1)[-1] for o in orgs]  # ("Nippon Steel" and "U.S. Steel": "Steel" is neither's)
    for org in orgs:
        words = org.name.split()
        last = words[-1] if len(words) >= 2 else ""
        if not last[:1].isupper() or last.isupper() or last in GENERIC_LAST or last in ORG_NOUNS or last in names \
                or lasts.count(last) > 1 \
                or len(last) < 4 or not last.isascii() \
                or words[-2] in ("of", "for", "and", "&") or last in US_STATE_NAMES or gazetteer.lookup(last) \
                or text.count(last) < 2:
            continue
        if last not in alone:
            alone[last] = [(a, b) for a, b in whole_word(text, last)
                           if not text[max(0, a - 2):a].rstrip()[-1:].isupper() and not NEXT_CAPITAL_RE.match(text, b)]
        named = SpanReach((sp.start, sp.end) for sp in org.mentions)
        spans = [Span(a, b) for a, b in alone[last] if not named.covers(a)]
        if spans:
            org.aliases.append(last)
            org.mentions = sorted([*org.mentions, *spans], key=lambda sp: sp.start)


def _place_prefixed(doc: Document, orgs: list[Actor], gone: set[int]) -> None:
    """'City Council Member Robin Wonsley' in a text about the Minneapolis City Council: a body named without the
    place its full name opens with (the place it is of) is that body, when only one body's name so ends."""
    longer: dict[str, list[Actor]] = {}
    for org in orgs:
        words = org.name.split()
        for n in (1, 2):
            prefix = " ".join(words[:n])
            if len(words) - n >= 2 and (org.affiliation == prefix or prefix in US_STATE_NAMES
                                        or words[n] in ("City", "County", "Town", "Police", "Fire", "School")):
                longer.setdefault(" ".join(words[n:]), []).append(org)
    for org in orgs:
        whole = longer.get(org.name, [])
        if len(whole) == 1 and id(org) not in gone and id(whole[0]) not in gone:
            _join(doc, whole[0], org)
            gone.add(id(org))


def _corporate_short_names(doc: Document, orgs: list[Actor], gone: set[int]) -> None:
    """'Meridian Financial Corp.' and 'Meridian', 'Lakeshore Bancorp' and 'Lakeshore': one company."""
    by_name = {o.name: o for o in orgs}
    for org in orgs:
        words = org.name.split()
        if len(words) < 2 or words[-1] not in CORPORATE:
            continue
        for n in range(len(words) - 1, 0, -1):
            if not all(w in CORPORATE for w in words[n:]):
                break
            short = by_name.get(" ".join(words[:n]))
            if short is not None and short is not org and id(short) not in gone and id(org) not in gone:
                _join(doc, org, short)
                gone.add(id(short))


# the words of a company's trade a short name leaves off ("Greenfield Foods Inc." -> "Greenfield", "Marlow Dairy Co" ->
# "Marlow Dairy", "Wessex Vale Water Ltd" -> "Wessex Vale")
TRADE = frozenset("Foods Food Dairy Dairies Water Energy Motor Motors Steel Pharmaceuticals Pharma Builders Construction Mining "
                  "Logistics Shipping Airlines Systems Software Semiconductor Chemicals Insurance Telecom Media Resources "
                  "Properties Realty Stores Brands Beverages Farms Foods".split())
LEGAL = frozenset("Corp Corp. Corporation Inc Inc. Co Co. Ltd Ltd. plc PLC LLC AG SA NV SE".split())


def _short_forms_alone(doc: Document, orgs: list[Actor], gone: set[int]) -> None:
    """'Greenfield Foods Inc. ... Greenfield shares fell', 'Marlow Dairy Co ... Marlow Dairy has', 'Meridian Financial
    Corp. ... Meridian Financial said': a company named in full with its legal suffix, then by the words before its
    suffix and trade words, alone (no capitalised word after), is that company; a 'person' of that name is the company
    too. Not a short form that is a place, a given name, a state or another actor's name, nor one word under four letters."""
    text = doc.actor_text
    names = {x for a in doc.actors for x in (a.name, *a.aliases)}
    # a bare body or a title-less "person" of the short name: the company itself ("Greenfield's chief executive")
    bare = {a.name: a for a in doc.actors if a.kind == "person" and not a.title
            or a.kind == "organization" and not a.affiliation and all(x.startswith("the ") for x in a.aliases)}
    for org in orgs:
        words = org.name.split()
        if len(words) < 2 or words[-1] not in LEGAL or id(org) in gone:
            continue
        n = len(words) - 1
        while n > 1 and (words[n - 1] in TRADE or words[n - 1] in CORPORATE and words[n - 1] != "International"):
            n -= 1
        # (and the first word alone where the text has an actor of that name: "Acme Widgets Inc. ... Acme's chief executive")
        for k in [*range(len(words) - 1, n - 1, -1), *([1] if n > 1 and words[0] in bare else [])]:
            short = " ".join(words[:k])
            if short in org.aliases or k == 1 and (len(short) < 4 or sex_of(short) or short in US_STATE_NAMES
                                                   or short in GENERIC_LAST or short in ORG_NOUNS) or gazetteer.lookup(short) \
                    or short not in text:
                continue
            other = bare.get(short)
            if other is org or id(other) in gone or short in names and other is None:
                continue  # (another actor's name)
            named = SpanReach((sp.start, sp.end) for sp in org.mentions)
            spans = [Span(a, b) for a, b in whole_word(text, short) if not named.covers(a) and not NEXT_CAPITAL_RE.match(text, b)]
            if not spans:
                continue
            if other is not None:
                _join(doc, org, other)
                gone.add(id(other))
            elif short not in org.aliases:
                org.aliases.append(short)
            org.mentions = sorted({(sp.start, sp.end): sp for sp in [*org.mentions, *spans]}.values(), key=lambda sp: sp.start)
            break


HONORIFIC_BEFORE_RE = re.compile(r"(?:Mr|Mrs|Ms|Dr|Miss|Sir)\.?[ \t]+$")


def family_firms(doc: Document) -> None:
    """'Marlow Dairy Co ... Marlow, based in Green Bay, is controlled by the founding family. Its chairman, Peter
    Marlow, said ...': a family name that a company's name opens with, used alone before the person is named in full,
    is the company's short name, there and after (not 'Mr. Marlow'); the person keeps the full name."""
    text = doc.actor_text
    firms = {o.name.split()[0]: o for o in doc.actors if o.kind == "organization" and " " in o.name
             and o.name.split()[-1] in CORPORATE}  # (a company's name: "Marlow Dairy Co", not "Trump International Golf Club")
    if not firms:
        return
    inside = SpanReach((m.start, m.end) for o in doc.actors if o.kind != "person" for m in o.mentions)
    for person in doc.actors:
        family = person.name.split()[-1] if person.kind == "person" and " " in person.name else ""
        firm = firms.get(family) if family in person.aliases else None
        if firm is None or not person.mentions or family in firm.aliases:
            continue  # (both read the family name already: "the Koch brothers", Koch Industries)
        bare = [m for m in person.mentions if text[m.start:m.end].rstrip(".").removesuffix("’s").removesuffix("'s") == family
                and not HONORIFIC_BEFORE_RE.search(text, max(0, m.start - 6), m.start) and not inside.covers(m.start)]
        full = [m for m in person.mentions if m not in bare]
        if not bare or not full or bare[0].start > full[0].start or not firm.mentions or firm.mentions[0].start > bare[0].start:
            continue  # (named in full first: a lone family name after it is the person's; a headline's "Trump" before
            # "the Trump Organization" is named is no company's)
        person.mentions = full
        person.aliases.remove(family)
        firm.aliases.append(family)
        firm.mentions = sorted([*firm.mentions, *bare], key=lambda sp: sp.start)


__all__ = ["family_firms", "merge", "short_names"]

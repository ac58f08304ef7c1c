"""Organisations across an English article: initials as aliases ("the S.E.C." for the Securities
and Exchange Commission), "known as OPEC+", descriptions tied to the latest organisation they
fit ("the committee", "the agency", "the bloc"), affiliations of federal and EU bodies, and
people's affiliations to an organisation named next to their title ("NATO Secretary General
Mark Rutte", "Its president, Kevin Dempsey", "who chairs the committee", "the IEA's executive
director")."""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

from briefing_app.analysis import gazetteer
from briefing_app.analysis.document import Document
from briefing_app.analysis.national_bodies import country_in
from briefing_app.analysis.occurrences import whole_word
from briefing_app.analysis.owners import ROLE_OR_MODIFIER, its_owner, title_names_org
from briefing_app.analysis.roles import ORG_HEADS as ORG_WORDS
from briefing_app.analysis.us_officials import US_TITLE_RE, dateline_officials, us_officials
from briefing_app.core.model import Actor, Span

SMALL = frozenset("and of the for on in to de & +".split())
KNOWN_AS_RE = re.compile(r"[,(]?\s*(?:known as|or|also called)\s+(?P<alias>[A-Z][A-Za-z0-9.&+-]{1,12})")
DESC_HEADS = ("committee panel agency court board bloc alliance group company commission ministry department party union "
              "council organization organisation firm bank campaign administration institute network association "
              "foundation regulator fund university carmaker automaker retailer airline lender insurer country charity league "
              "district division watchdog system office service authority federation chamber coalition carrier operator").split()
DESC_RE = re.compile(r"[Tt](?<![\w’'-][Tt])he\s+(?:(?P<mod>host|home|neighbou?ring)\s+(?=country))?(?P<head>"
                     + gazetteer.trie_pattern([*DESC_HEADS, "central bank"]) + r")(?![\w-])")  # "the host country"
# which organisation a generic description may stand for, by a word of its name
FITS = {"committee": ("Committee",), "panel": ("Committee", "Board", "Commission", "Council", "Panel"),
        "agency": ("Agency", "Commission", "Administration", "Bureau", "Office", "Service", "Department", "Organization",
                   "Centers"),
        "court": ("Court",), "board": ("Board",), "bloc": ("Union",), "alliance": ("NATO", "Alliance"),
        "group": ("Group", "Organization", "Institute", "Association", "Countries", "Hamas", "Greenpeace"),
        "company": ("Company", "Corp", "Inc", "company"), "commission": ("Commission",), "ministry": ("Ministry",),
        "department": ("Department", "Pentagon"), "party": ("Party",), "union": ("Union",), "council": ("Council",),
        "organization": ("Organization",), "organisation": ("Organisation",), "firm": ("Company", "Inc"),
        "bank": ("Bank",), "campaign": ("campaign",), "administration": ("administration",),
        "institute": ("Institute",), "network": ("Network",), "association": ("Association",),
        "foundation": ("Foundation",), "central bank": ("Federal Reserve", "Central Bank", "Bank of", "Reserve Bank"),
        "regulator": ("Commission", "Authority", "Agency", "Administration", "Office of"), "fund": ("Fund",),
        "watchdog": ("Commission", "Authority", "Agency", "Administration", "Office of", "Inspector"),
        "division": ("Division",), "system": ("System",), "office": ("Office",), "service": ("Service",),
        "authority": ("Authority",), "federation": ("Federation",), "chamber": ("Chamber",),
        "coalition": ("Coalition",),
        "university": ("University",), "league": ("League",), "district": ("District",), "charity": ("Council", "Foundation", "Trust", "Society", "Fund", "Cross", "Aid",
                                                   "Relief", "Rescue")}
# "the company", "the firm": any organisation that is not a public body, party or association
BUSINESS = ("company", "firm", "carmaker", "automaker", "retailer", "airline", "lender", "insurer", "carrier", "operator")
PUBLIC_RE = re.compile(r"\b(?:Committee|Council|Ministry|Department|Agency|Party|Commission|Bureau|Court|Parliament|"
                       r"Assembly|Authority|Administration|Office|Senate|House|Congress|Union|Association|Foundation|Service|"
                       r"Institute|University|Federal|National|State|United|World|International|European)\b")
# "Festival director Tom Becker": a capitalised word, one or two title words, the name
PRE_TITLE_ORG_RE = re.compile(r"(?<![\w.])([A-Z][\w-]+)\s+(?:[a-z][\w-]*\s+){1,2}(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w’'-]*$")
ITS_RE = re.compile(r"(?:(?<![\w-])[Ii]ts|,\s+whose)\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+$")


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in SMALL and w[:1].isupper())


def aliases(doc: Document) -> None:
    text = doc.actor_text
    orgs = [a for a in doc.actors if a.kind in ("organization", "government")]
    for org in orgs:
        ini = _initials(org.name)
        if len(ini) == 4 and ini not in text and ini[:3] in text and re.search(r"(?<![\w.])" + ini[:3] + r"(?![\w.])", text):
            ini = ini[:3]  # "CDC" of the Centers for Disease Control and Prevention
        # (two letters say little, unless "the" goes before them: "the FA" of the Football Association)
        if (len(ini) >= 3 or len(ini) == 2 and "he " + ini in text and re.search(r"\b[Tt]he " + ini + r"\b", text)) \
                and not gazetteer.lookup(ini):
            for start, end in _initials_in(text, ini):
                form = text[start:end]
                if gazetteer.lookup(form):
                    continue
                if form not in org.aliases and form != org.name:
                    org.aliases.append(form)
                org.mentions.append(Span(start, end))
        for at in _occurrences(text, org.name):
            k = KNOWN_AS_RE.match(text, at + len(org.name))
            if k and k.group("alias") not in org.aliases:
                org.aliases.append(k.group("alias"))
        _first_word_alias(text, org)
    countries = [a for a in doc.actors if a.kind == "country"]
    starts = {id(org): sorted(s.start for s in org.mentions) for org in orgs}  # kept so as mentions are added below
    fitting: dict[str, list[Actor]] = {}  # the organisations each description's head fits, in their order
    for m in DESC_RE.finditer(text):
        head = m.group("head").lower()
        if head == "country":  # "the country", "the host country": the latest country named
            latest = latest_org(countries, m.start()) if m.group("mod") != "host" else _host(text, countries, m.start())
            alias = m.group()[0].lower() + m.group()[1:]
            if latest is not None:
                if alias not in latest.aliases:
                    latest.aliases.append(alias)
                latest.mentions.append(Span(m.start(), m.end()))
            continue
        if head not in fitting:
            businesses = {id(o) for o in _businesses(orgs)} if head in BUSINESS else set()
            fitting[head] = [org for org in orgs if _fits_head(head, org, businesses)]
        best = None
        for org in fitting[head]:  # the one named last before the description (the first of them on a tie)
            named = starts[id(org)]
            n = bisect.bisect_left(named, m.start())  # those named before it
            if n and (best is None or named[n - 1] > best[0]):
                best = (named[n - 1], org)
        if best is not None:
            alias = "the " + m.group("head").lower()
            org = best[1]
            if alias not in org.aliases:  # (it fits the head already: it was picked from those that do)
                org.aliases.append(alias)
            org.mentions.append(Span(m.start(), m.end()))
            bisect.insort(starts[id(org)], m.start())
    for org in orgs + countries:
        org.mentions.sort(key=lambda s: s.start)


FIRST_OF_RE = re.compile(r"([A-Z][a-z]+) of [A-Z]")  # "House of Representatives", "Bank of England"


def _first_word_alias(text: str, org: Actor) -> None:
    """'the House' of the House of Representatives, 'the Bank' of the Bank of England: "the" and the name's
    first word, after the name, where it does not open the name again (or another "<word> of ...")."""
    first = FIRST_OF_RE.match(org.name)
    if first is None or not org.mentions:
        return
    form = "the " + first.group(1)
    for at in whole_word(text, form, "-", None) if form in text else ():
        if at[0] > org.mentions[0].start and not text.startswith(" of ", at[1]):
            if form not in org.aliases:
                org.aliases.append(form)
            org.mentions.append(Span(*at))


def _lower_fits(org: Actor, fits: tuple[str, ...]) -> bool:
    """'the department', 'the panel' of a body named in lower case ("the city's public works department",
    "the city's ethics board")."""
    return org.name[:1].islower() and any(org.name.endswith(" " + f.lower()) for f in fits)


def _fits_head(head: str, org: Actor, businesses: set[int]) -> bool:
    """Can 'the <head>' ("the agency", "the company", "the union" of "the Teamsters union") stand for the
    organisation? (Its aliases count: a fit changes when "the <head>" is given to it.)"""
    fits = FITS.get(head, ())
    return head in BUSINESS and id(org) in businesses or any(f in org.name for f in fits) \
        or _lower_fits(org, (head, *fits)) or f"the {head}" in org.aliases


def _initials_in(text: str, ini: str) -> list[tuple[int, int]]:
    r"""Where initials stand in the text, dotted ("C.D.C.") or not, as whole words: the matches of
    re.finditer(r"(?<![\w.])(?:C\.D\.C\.|CDC)(?![\w])", text). The two forms are looked for apart:
    neither can overlap a match of the other (inside a match every character is a letter or a dot,
    which the look-behind refuses before a match)."""
    return sorted([*whole_word(text, ini, ".", ""), *whole_word(text, ".".join(ini) + ".", ".", "")])


def _occurrences(text: str, s: str) -> Iterator[int]:
    """Where s occurs in text, left to right and not overlapping (as re.finditer of s finds it)."""
    at = text.find(s) if s else -1
    while at != -1:
        yield at
        at = text.find(s, at + len(s))


@functools.lru_cache(maxsize=1024)
def _form_before(form: str) -> re.Pattern[str]:
    """An organisation's name (and a few title words) just before a person's name."""
    return re.compile(r"(?<![\w.])" + re.escape(form) + r"(?:’s|'s)?\s+(?:[A-Za-z.-]+,?\s+){0,3}$")


def latest_org(orgs: list[Actor], pos: int, fits: tuple[str, ...] | None = None, floor: int = -1) -> Actor | None:
    best: tuple[int, Actor] | None = None
    for org in orgs:  # (an alias such as "the agency" of "the United Nations refugee agency, UNHCR" fits too)
        if fits and not any(f in org.name or f"the {f.lower()}" in org.aliases for f in fits) \
                and not _lower_fits(org, fits):
            continue  # ("public works department": a body named in lower case, by its noun)
        before = [s.start for s in org.mentions if floor <= s.start < pos]
        if before and (best is None or max(before) > best[0]):
            best = (max(before), org)
    return best[1] if best else None


def _host(text: str, countries: list[Actor], pos: int) -> Actor | None:
    """'the host country': the one where the event is ("talks open in Baku")."""
    return next((c for c in countries for s in c.mentions if s.start < pos and text.endswith("in ", 0, s.start)), None)


def affiliations(doc: Document) -> None:
    text = doc.actor_text
    orgs = [a for a in doc.actors if a.kind in ("organization", "government")]
    for org in orgs:
        if not org.affiliation:
            org.affiliation = country_in(org.name, doc.actors, text)
    countries = [a for a in doc.actors if a.kind == "country"]
    by_form = {f: o for o in orgs for f in [o.name, *o.aliases]}
    ends = {}  # "Festival director Tom Becker", "Seahawks president": the last word of one organisation's name
    for o in orgs:
        last = o.name.split()[-1]
        if len(o.name.split()) > 1 and last[:1].isupper() and o.name.split()[-2] not in ("of", "for"):
            ends[last] = None if last in ends else o  # not "Immigrants" of "... for the Welfare of Immigrants"
    for person in (a for a in doc.actors if a.kind == "person"):
        aff = person.affiliation
        if aff and person.title and person.title[:1].isupper() \
                and title_names_org(person, [o for o in orgs if person.title.startswith(o.name + " ")]):
            continue  # "Labour MP Stella Creasy, who chairs ...": the party her first title names
        if aff and aff in by_form:
            continue  # the form the text gave ("CSIS"), which names one of the organisations
        if aff and aff.lower() in FITS and aff[:1].isupper() and aff not in by_form:
            # "Union president Tom Hale": the union named before (in this paragraph or the one before)
            at = person.mentions[0].start if person.mentions else len(text)
            named = latest_org(orgs, at, FITS[aff.lower()]) or latest_org(
                orgs, at, None, floor=text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, at))))
            person.affiliation = aff = named.name if named else None
        if aff in ("state", "county"):
            continue  # "the state's transportation director": the US state or county of the text (local.py)
        if aff and aff.startswith("its "):  # "Philip Damas, who heads its supply chain unit": whose "its" is
            at = person.mentions[0].start if person.mentions else len(text)
            owner = its_owner(doc, orgs, at) or latest_org(orgs, at)
            person.affiliation = aff = owner.name if owner else None
        if aff and aff[:1].islower():  # "committee" from "who chairs the committee"
            own = re.match(r"(\w+)(?:’s|'s)\s", aff)  # "the bloc's trade policy": the bloc
            head = own.group(1).lower() if own else aff.split()[-1].lower()
            at = person.mentions[0].start if person.mentions else len(text)
            named = latest_org(countries, at) if head == "country" else latest_org(_businesses(orgs), at) \
                if head in BUSINESS else \
                latest_org(orgs, at, FITS[head]) or _only_fit(orgs, FITS[head]) if head in FITS else None  # (none: "the
            # administration's economic team"; the one body that fits, named after: "The water district's general manager")
            person.affiliation = named.name if named else None
            aff = person.affiliation
        if aff:
            continue
        if title_names_org(person, orgs):
            continue
        for span in person.mentions:
            line = text.rfind("\n", 0, span.start) + 1
            window = text[max(line, span.start - 60):span.start]
            its = ITS_RE.search(window)
            if its:  # "Its president, Kevin Dempsey": the subject of the sentence before, else the latest
                at = span.start - len(window) + its.start()
                latest = its_owner(doc, orgs, at) or latest_org(orgs, at)
                if latest:
                    person.affiliation = latest.name
                    break
            for org in orgs if not US_TITLE_RE.match(person.title or "") else ():  # "NATO Secretary General Mark
                # Rutte", "The F.T.C. chair, Lina Khan" (a US federal title, "White House national security adviser", is
                # left to us_officials: the United States)
                for form in [org.name, *org.aliases]:
                    if form[:1].isupper() and form in window and _form_before(form).search(window) \
                            and not form.startswith("the "):
                        person.affiliation = org.name
                        break
                if person.affiliation:
                    break
            upto = text[max(line, span.start - 60):span.end]
            last_word = PRE_TITLE_ORG_RE.search(upto)
            owner = ends.get(last_word.group(1)) if last_word and all(  # ("The White House said President ...": no title)
                w.lower() in ROLE_OR_MODIFIER for w in re.findall(r"\b[a-z][\w-]*", last_word.group())) else None
            if owner is not None and last_word is not None:
                person.affiliation = owner.name
                short = last_word.group(1)
                if short.lower() not in ORG_WORDS and short not in owner.aliases:
                    owner.aliases.append(short)  # "Seahawks" for the Seattle Seahawks
            if person.affiliation:
                break
    _member_affiliations(doc, orgs)
    us_officials(doc, orgs)  # after the above, which may have dropped a description that named nothing
    dateline_officials(doc, orgs)


def _businesses(orgs: list[Actor]) -> list[Actor]:
    """'the company', 'the firm': organisations that are no public body, party or association."""
    return [o for o in orgs if o.kind == "organization" and not PUBLIC_RE.search(o.name)]


def _only_fit(orgs: list[Actor], fits: tuple[str, ...]) -> Actor | None:
    """The one organisation of the text a description fits, wherever it is named."""
    fitting = [o for o in orgs if any(f in o.name for f in fits)]
    return fitting[0] if len(fitting) == 1 else None


# members of a body named by their title alone ("Trustee Omar Haddad"): the body of that kind
MEMBER_OF = {"trustee": ("Board",), "councilman": ("Council",), "councilwoman": ("Council",),
             "councilmember": ("Council",), "councillor": ("Council",), "councilor": ("Council",),
             "alderman": ("Council",), "alderwoman": ("Council",), "selectman": ("Board",), "regent": ("Board",),
             "supervisor": ("Board",)}


def _member_affiliations(doc: Document, orgs: list[Actor]) -> None:
    """A member's title with no affiliation: the latest organisation of the body it names
    ("Trustee" -> the school board), else the only one in the text."""
    for person in doc.actors:
        if person.kind != "person" or person.affiliation or not person.title:
            continue
        fits = MEMBER_OF.get(person.title.split(";")[0].split()[-1].lower().rstrip("."))
        if fits is None:
            continue
        at = person.mentions[0].start if person.mentions else len(doc.actor_text)
        named = latest_org(orgs, at, fits)
        if named is None:
            fitting = [o for o in orgs if any(f in o.name for f in fits)]
            named = fitting[0] if len(fitting) == 1 else None
        person.affiliation = named.name if named else None


__all__ = ["FITS", "affiliations", "aliases", "latest_org"]

"""Bodies an English text names in lower case, by whose they are: "the city's public works department",
"Missouri's health department", "the Justice Department's antitrust division", "The agency's human
medicines committee", "the House health committee", "the county board". Each is an organisation named
by its words ("public works department") whose affiliation is the owner (the city, the state, the
department, the agency); later "the department" and "The department's director, X" reach it through
org_coref as a named body's would. Runs before org_coref.aliases."""
from __future__ import annotations

import re

from briefing_app.analysis import gazetteer
from briefing_app.analysis.document import Document
from briefing_app.analysis.roles import ROLE_WORDS, US_STATE_NAMES
from briefing_app.core.model import Actor, Span

BODY_NOUNS = ("department", "division", "committee", "subcommittee", "ministry", "board", "agency", "office",
              "commission", "council", "bureau", "unit", "authority", "panel", "directorate", "inspectorate", "federation")
# (modifiers in lower case: no determiner, verb or adverb; "the agency's advice" names no body)
MOD = r"(?!(?:the|a|an|own|new|former|said|says|which|that|who|and|or|also|is|was|has|had|will|would|would)\b)[a-z][a-z-]+"
NOUN = r"(?P<noun>" + gazetteer.trie_pattern(list(BODY_NOUNS)) + r")(?![\w-])"
# a possessive, one to three words in lower case and a body's noun ("'s public works department")
OWNED_RE = re.compile(r"(?:’s|'s)[ \t]+(?P<words>(?:" + MOD + r"[ \t]+){1,3})" + NOUN)
# the owner before the possessive: "the city", "the agency", "Missouri", "the Justice Department"
OWNER_RE = re.compile(r"(?:(?<![\w-])[Tt]he[ \t]+(?P<kind>[a-z]+)|(?P<named>(?<![\w’'.-])[A-Z][\w.&-]*(?:[ \t]+(?:of[ \t]+)?"
                      r"[A-Z][\w.&-]*){0,3}))$")
# "the House health committee", "the county board", "the state health department"
LEAD_RE = re.compile(r"[Tt](?<![\w-][Tt])he[ \t]+(?:(?P<lead>House|Senate|Assembly)|(?P<kind>city|county|state))[ \t]+"
                     r"(?P<words>(?:" + MOD + r"[ \t]+){0,2})" + NOUN)
LEAD_CUES = ("House ", "Senate ", "Assembly ", "city ", "county ", "state ")
# "the Greek foreign ministry", "Turkish defence ministry": a country's word before a ministry named in lower case
DEMONYM_LEAD_RE = re.compile(r"(?<![\w’'-])(?P<dem>[A-Z][a-z]+)[ \t]+(?P<words>(?:" + MOD + r"[ \t]+){1,2})ministry$")
# "the defence ministry in Ankara": the capital after it
IN_CAPITAL_RE = re.compile(r"(?<![\w-])[Tt]he[ \t]+(?P<words>(?:" + MOD + r"[ \t]+){1,2})ministry[ \t]+in[ \t]+(?P<city>[A-Z][a-z]+)\b")
KIND_ALIASES = {"city": "the city", "county": "the county"}
# a country's forces or central bank named in lower case with the country before them, by its possessive or its
# adjective ("Russia's navy", "Ukraine's air force", "South Korea's military", "the Sudanese army", "Turkey's central
# bank"), acting or spoken of on their own: followed by punctuation, a possessive or a verb, not by a noun they modify
# ("Russia's military operation", "the Israeli army base")
FORCE_NOUNS = ("army", "navy", "air force", "military", "armed forces", "coast guard", "central bank")
FORCE_RE = re.compile(r"(?:(?P<owner>(?<![\w’'.-])[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,2})(?:’s|'s)|(?<![\w-])[Tt]he[ \t]+"
                      r"(?P<dem>[A-Z][a-z]+))[ \t]+(?P<noun>" + gazetteer.trie_pattern(list(FORCE_NOUNS)) + r")(?![\w-])")
# what may follow such a body when it is the body itself: punctuation, a possessive, or a verb (a word in -ed, or one
# of the common ones); not a noun ("operation", "base", "spokesman" is a title: _in_a_title)
FORCE_AFTER_RE = re.compile(r"[ \t]*(?:[,.;:)\"”]|['’]s\b|$)|[ \t]+(?:said|says|has|had|have|is|was|were|are|will|would|could|"
                            r"can|may|might|must|did|does|do|also|not|and|on|in|at|of|for|with|from|to|by|fired|struck|shot|"
                            r"hit|launched|began|killed|took|seized|holds?|held|kept|cut|raised|left|told|set|made|met|sold|bought|won|"
                            r"lost|put|ran|warned|[a-z]+ed)\b")


def _owner(doc: Document, m: re.Match[str]) -> str | None:
    """The actor (or US state) whose body it is, by the possessor or leading word the text gives."""
    from briefing_app.analysis.org_coref import FITS, latest_org  # (org_coref imports this module's users)
    kind, named = m.group("kind"), m.groupdict().get("named") or m.groupdict().get("lead")
    bodies = [a for a in doc.actors if a.kind != "person"]
    if kind in KIND_ALIASES:  # "the city's": the city or county government the text comes back to
        owner = next((a for a in bodies if KIND_ALIASES[kind] in a.aliases), None)
        return owner.name if owner else kind  # (local.py ties "city" and "county" to the text's one city or county)
    if kind in FITS:  # "the agency's": the latest body of that kind
        found = latest_org([a for a in bodies if a.kind != "country"], m.start(), FITS[kind])
        return found.name if found else None
    if named:
        named = re.sub(r"^The[ \t]+", "", named)
        if named in US_STATE_NAMES:
            return named
        for a in bodies:
            if named in (a.name, *a.aliases) or a.name.startswith(named + " of "):  # "House" of "House of ..."
                return a.name
    return None


def _in_a_title(text: str, end: int) -> bool:
    """"China's foreign ministry spokesman Lin Jian": the body is only part of a person's title."""
    m = re.match(r"[ \t]+([a-z][\w-]*)", text[end:end + 40])
    return m is not None and m.group(1) in ROLE_WORDS


def _possessives(text: str) -> list[int]:
    """Where each "'s " and "’s " starts."""
    out = []
    for mark in ("'s ", "’s "):
        at = text.find(mark)
        while at != -1:
            out.append(at)
            at = text.find(mark, at + 3)
    return sorted(out)


def _owned(text: str) -> list[tuple[re.Match[str], re.Match[str]]]:
    """(owner, body) matches of "<owner>'s <words> <noun>" (from each possessive: much faster than a scan)."""
    out = []
    for at in _possessives(text):
        after = text[at + 3:at + 60]
        if not after[:1].islower() or not any(noun in after for noun in BODY_NOUNS):
            continue  # (cheap tests before the pattern)
        body = OWNED_RE.match(text, at)
        owner = OWNER_RE.search(text, max(0, at - 60), at) if body else None
        if body and owner:
            out.append((owner, body))
    return out


def _leads(text: str) -> list[re.Match[str]]:
    """LEAD_RE matches, tried only where "he <cue>" is ("the county board")."""
    out = []
    for cue in LEAD_CUES:
        at = text.find("he " + cue)
        while at != -1:
            m = LEAD_RE.match(text, at - 1) if at else None
            if m:
                out.append(m)
            at = text.find("he " + cue, at + 3)
    return out


def _national_ministries(text: str) -> list[tuple[str, str, int, int]]:
    """(name, country, start, end) of ministries named in lower case with their country's word before them
    ("the Greek foreign ministry") or its capital after them ("the defence ministry in Ankara")."""
    out = []
    at = text.find(" ministry")
    while at != -1:
        end = at + 9
        lead = DEMONYM_LEAD_RE.search(text, max(0, at - 50), end)
        place = gazetteer.lookup(lead.group("dem")) if lead else None  # ("Greek", "Ukraine", "Cypriot")
        if lead and place and place[1] == "country":
            out.append((text[lead.start():end], place[0], lead.start(), end))  # (named so: two countries' foreign
            # ministries are two bodies)
        elif text.startswith(" in ", end):
            capital = IN_CAPITAL_RE.search(text, max(0, at - 40), end + 30)
            place = gazetteer.lookup(capital.group("city")) if capital else None
            if capital and place and place[1] == "country":
                out.append((f"{capital.group('words')}ministry", place[0], capital.start("words"), end))
        at = text.find(" ministry", end)
    return out


def _national_forces(text: str) -> list[tuple[str, str, int, int]]:
    """(name, country, start, end) of a country's forces or central bank named in lower case (see FORCE_RE): named as
    the text names them, "the" aside ("Russia's navy", "Sudanese army")."""
    out = []
    for noun in FORCE_NOUNS:
        at = text.find(" " + noun)
        while at != -1:
            m = FORCE_RE.search(text, max(0, at - 40), at + 1 + len(noun) + 1)
            if m is not None and m.end() == at + 1 + len(noun) and FORCE_AFTER_RE.match(text, m.end()):
                place = gazetteer.lookup(m.group("owner") or m.group("dem"))
                if place is not None and place[1] == "country":  # (the mention from the adjective, or from the noun
                    # after a possessive: "Russia's" stays the country's own mention, the state acting)
                    start = m.start("dem") if m.group("dem") else m.start()
                    out.append((re.sub(r"[ \t]+", " ", text[start:m.end()]), place[0], m.start("dem") if m.group("dem")
                                else m.start("noun"), m.end()))
            at = text.find(" " + noun, at + 1 + len(noun))
    return out


def _same_body(doc: Document, noun: str, country: str) -> Actor | None:
    """A body the text names otherwise that these words stand for: the country's "Central Bank of Nigeria", "Sudanese
    Armed Forces", "Royal Navy" (its name holds the noun, its country the same)."""
    words = noun.split()[-1].title() if noun != "military" else "Armed Forces"
    return next((a for a in doc.actors if a.kind == "organization" and words in a.name and a.name[:1].isupper()
                 and (a.affiliation == country or country in a.name)), None)


def _add_forces(doc: Document, text: str, found: dict[tuple[str, str | None], Actor]) -> None:
    """The country's forces or central bank named in lower case (_national_forces), an actor each or another's alias."""
    for name, country, start, end in _national_forces(text):
        if _in_a_title(text, end):
            continue  # "Russia's army chief Valery Gerasimov": part of a title
        noun = next(n for n in FORCE_NOUNS if name.endswith(n))
        body = found.get((noun, country)) or _same_body(doc, noun, country)
        if body is None:
            body = found[(noun, country)] = Actor(name, "organization", affiliation=country)
            doc.actors.append(body)
        elif name != body.name and name not in body.aliases:
            body.aliases.append(name)
        body.mentions.append(Span(start, end))


def find(doc: Document) -> None:
    text = doc.actor_text
    found: dict[tuple[str, str | None], Actor] = {}
    if any(" " + noun in text for noun in FORCE_NOUNS):
        _add_forces(doc, text, found)
    for name, country, start, end in _national_ministries(text) if " ministry" in text else ():
        name = re.sub(r"[ \t]+", " ", name)
        if _in_a_title(text, end):
            continue  # "the Chinese foreign ministry spokesman": part of a title
        body = found.get((name, country))
        if body is None:
            body = found[(name, country)] = Actor(name, "organization", affiliation=country)
            doc.actors.append(body)
        body.mentions.append(Span(start, end))
    leads = [(m, m) for m in _leads(text)]
    for owner_m, m in [*_owned(text), *leads]:
        if _in_a_title(text, m.end("noun")):
            continue
        owner = _owner(doc, owner_m)
        if owner is None and m.group("noun") == "ministry":
            owner = _country_owner(doc, owner_m)  # "Turkey's defence ministry said": Turkey, named there only
        if owner is None:
            continue
        lead_at = owner_m.start() - 4 if text[owner_m.start() - 4:owner_m.start()] == "the " else owner_m.start()
        named = _named_before(doc, lead_at) if text[lead_at - 2:lead_at] == ", " else None
        if named is not None:  # "The Africa Centres for ..., the African Union's health agency,": that body, the owner's
            named.affiliation = named.affiliation or owner
            said = text[lead_at:m.end("noun")]
            named.aliases += [said] if said not in named.aliases else []
            named.mentions.append(Span(lead_at, m.end("noun")))
            continue
        lead = owner_m is m
        words = m.group("words") or (f"{m.group('kind')} " if lead and m.group("kind") else "")
        name = re.sub(r"[ \t]+", " ", f"{words}{m.group('noun')}".strip())  # ("the county board": the county's word)
        start = m.start("words") if m.group("words") else m.start("kind") if words else m.start("noun")
        body = found.get((name, owner))
        if body is None:
            body = found[(name, owner)] = Actor(name, "organization", affiliation=owner)
            doc.actors.append(body)
        body.mentions.append(Span(start, m.end("noun")))
        if m.group("noun") == "ministry" and owner_m.group("named") and _a_country(doc, owner):
            _with_country(body, text[owner_m.start("named"):m.end("noun")])


def _country_owner(doc: Document, owner_m: re.Match[str]) -> str | None:
    """A country the text names only as the possessor of its ministry ("Turkey's defence ministry said"): an actor of
    the text (a possessive before the state's own body makes it one, the twenty-sixth session's place convention),
    with that mention."""
    named = owner_m.group("named")
    place = gazetteer.lookup(named) if named else None
    if place is None or place[1] != "country":
        return None
    country = next((a for a in doc.actors if a.name == place[0]), None)
    if country is None:
        country = Actor(place[0], "country")
        doc.actors.append(country)
    if named != place[0] and named not in country.aliases:
        country.aliases.append(named)
    country.mentions.append(Span(owner_m.start("named"), owner_m.end("named")))
    return country.name


def _a_country(doc: Document, name: str) -> bool:
    """Is the owner a country actor of the text?"""
    return any(a.name == name and a.kind == "country" for a in doc.actors)


def _with_country(body: Actor, said: str) -> None:
    """A national ministry named by its country's possessive keeps the country ("Japan's foreign ministry", "Khartoum's
    foreign ministry"): that form is the body's alias beside its lower-case name, so that either names one body (the
    coordinator's convention of the twenty-ninth session: one actor, its name keeping the country)."""
    said = re.sub(r"[ \t]+", " ", said)
    if said not in body.aliases:
        body.aliases.append(said)


# the nouns of a body's generic sub-unit: "the Justice Department's antitrust division", "the agency's vaccine division",
# "the department's press office", "the company's sales unit" (a committee, board, council or commission of a body is a
# body of members that votes or rules: an actor of its own, as the thirteenth and fifteenth sessions' conventions read)
SUB_UNIT_NOUNS = frozenset(("division", "office", "unit", "bureau", "directorate", "department"))


def fold_sub_units(doc: Document) -> None:
    """A generic lower-case sub-unit of an organisation is no actor of its own but part of its body (the coordinator's
    convention of the twenty-seventh session): the people find() and the affiliation steps gave it ("A spokesman for
    the division, X") take the body, a quote it speaks is the body's, and the sub-unit leaves the list. A sub-unit of a
    city, county, state or country ("the city's public works department", "Missouri's health department") is a body of
    government and stays; so does one with a proper name ("the Antitrust Division", "Federal Bureau of Investigation")."""
    orgs = {a.name: a for a in doc.actors if a.kind == "organization"}
    units = {a.name: orgs[a.affiliation].name for a in doc.actors
             if a.kind == "organization" and a.name[:1].islower() and a.name.rsplit(" ", 1)[-1] in SUB_UNIT_NOUNS
             and a.affiliation in orgs and orgs[a.affiliation] is not a}
    if not units:
        return
    doc.actors = [a for a in doc.actors if not (a.name in units and a.affiliation == units[a.name])]
    for a in doc.actors:
        if a.affiliation in units:
            a.affiliation = units[a.affiliation]
    for q in doc.quotes:
        if q.speaker in units:
            q.speaker = units[q.speaker]


def _named_before(doc: Document, at: int) -> Actor | None:
    """The organisation one of whose mentions ends right before ", " at `at`."""
    return next((a for a in doc.actors if a.kind == "organization" and any(sp.end == at - 2 for sp in a.mentions)), None)


__all__ = ["BODY_NOUNS", "SUB_UNIT_NOUNS", "find", "fold_sub_units"]

"""A hyphened place or owner before a name ("Dublin-based AerCap", "Texas-based Southwest Airlines", "Tata-owned
Air India", "State-owned Saudi Aramco") is no part of it: the actor is the name after it, an organisation unless the
name opens with a given name. An owner ("-owned", "-controlled", "-run") the text names is the body's parent; a
place, a state or a family gives none. A description that is nothing but such words ("the Tata Group-owned airline
said") is the organisation its sentence opens with. Runs on English texts before aliases and affiliations are tied."""
from __future__ import annotations

import re

from briefing_app.analysis import gazetteer
from briefing_app.analysis.document import Document
from briefing_app.analysis.given_names import sex_of
from briefing_app.analysis.owners import DATELINE_RE
from briefing_app.analysis.roles import US_STATE_NAMES
from briefing_app.core.model import Actor, Span

HOW = r"(?:based|headquartered|owned|controlled|run|backed|listed|registered|born|led)"
PREMODIFIER_RE = re.compile(r"(?P<owner>(?:[A-Z][\w.&]*[ \t]+){0,3}[A-Z][\w.&]*)-(?P<how>" + HOW + r")(?:[ \t]+|$)")
OWNING = frozenset(("owned", "controlled", "run"))
# owners that name no body: "State-owned", "Family-run", "Employee-owned", "Privately-held"
NO_OWNER = frozenset("state government family families employee employees privately publicly foreign majority wholly "
                     "partly jointly locally independently".split())


# "China's state-owned Cosco Shipping", "the Chinese state-owned Cosco Shipping": the state the text names owns it
STATE_OWNED_RE = re.compile(r"(?P<who>[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})(?:’s|'s|(?<=s)’|(?<=s)')?[ \t]+(?:state|government)-"
                            r"(?:owned|run|controlled)[ \t]+\Z")


def state_owned(doc: Document) -> None:
    """An organisation named right after "<country>'s state-owned" (or "the <demonym> state-run") belongs to that
    country; "state-owned" alone names no state."""
    text = doc.actor_text
    if "-owned" not in text and "-run" not in text and "-controlled" not in text:
        return  # (three scans in C: most texts name no such owner, and each organisation's mentions cost more)
    for org in doc.actors:
        if org.kind != "organization" or org.affiliation is not None:
            continue
        for sp in org.mentions:
            at = sp.start
            if text.find("-", max(0, at - 12), at) == -1:  # (a cheap test: "state-owned " ends right before)
                continue
            m = STATE_OWNED_RE.search(text, max(0, at - 60), at)
            hit = gazetteer.lookup(m.group("who")) if m is not None else None
            if hit is not None and hit[1] == "country":
                org.affiliation = hit[0]
                break
            if m is not None and m.group("who") in US_STATE_NAMES:  # "Texas' state-owned Permanent School Fund"
                org.affiliation = m.group("who")
                break


def _owner(doc: Document, owner: str) -> str | None:
    """The actor (or the country of a place word) an owner's words name, or the words as the text has them."""
    if owner.lower() in NO_OWNER:
        return None
    for a in doc.actors:
        if a.name == owner or owner in a.aliases:
            return a.name
    longer = [a.name for a in doc.actors if a.kind == "organization" and a.name.startswith(owner + " ")]
    if len(longer) == 1:  # "Tata-owned" in a text that names the Tata Group
        return longer[0]
    hit = gazetteer.lookup(owner)
    return hit[0] if hit is not None else owner


def _opening_org(doc: Document, pos: int, skip: Actor) -> Actor | None:
    """The organisation whose mention opens pos's sentence (after a dateline)."""
    text = doc.actor_text
    start = max(text.rfind(". ", 0, pos) + 2, text.rfind("\n", 0, pos) + 1)
    dateline = DATELINE_RE.match(text, start, pos)
    start = dateline.end() if dateline else start
    return next((a for a in doc.actors if a is not skip and a.kind == "organization"
                 and any(s.start == start for s in a.mentions)), None)


def _rename(doc: Document, old: str, new: str) -> None:
    for a in doc.actors:
        if a.affiliation == old:
            a.affiliation = new
    for q in doc.quotes:
        if q.speaker == old:
            q.speaker = new


def _join(doc: Document, into: Actor, gone: Actor, aliases: list[str]) -> None:
    into.aliases += [x for x in aliases if x not in into.aliases and x != into.name]
    into.mentions = sorted({(s.start, s.end): s for s in [*into.mentions, *gone.mentions]}.values(), key=lambda s: s.start)
    doc.actors = [a for a in doc.actors if a is not gone]
    _rename(doc, gone.name, into.name)


def cut_premodifiers(doc: Document) -> None:
    text = doc.actor_text
    for person in [a for a in doc.actors if a.kind == "person" and a.affiliation and "-" in a.affiliation]:
        m = PREMODIFIER_RE.fullmatch(person.affiliation or "")
        if m is not None and m.group("how") not in OWNING:  # "Boston-based economist Jane Doe": no employer
            person.title = f"{person.affiliation} {person.title}" if person.title else person.affiliation
            person.affiliation = None
    for actor in [a for a in doc.actors if "-" in a.name]:  # (names are short: cheaper than a search of the text)
        m = PREMODIFIER_RE.match(actor.name)
        if m is None or actor.kind not in ("person", "organization"):
            continue
        rest, old = actor.name[m.end():], actor.name
        owner = _owner(doc, m.group("owner")) if m.group("how") in OWNING else None
        if not rest:  # "the Tata Group-owned airline said": the organisation that opens the sentence
            opener = next((o for s in actor.mentions if (o := _opening_org(doc, s.start, actor)) is not None), None)
            if opener is None and actor.kind == "organization" and not any(q.speaker == old for q in doc.quotes):
                doc.actors = [a for a in doc.actors if a is not actor]  # ("Boston-based economist Jane Doe said")
            if opener is None:
                continue
            if owner is not None and opener.affiliation is None:
                opener.affiliation = owner
            _join(doc, opener, actor, [x for x in actor.aliases if x != old])
            continue
        shift = m.end()  # (the mention "Dublin-based AerCap" is AerCap's from its name on)
        actor.mentions = [Span(s.start + shift, s.end) if text.startswith(old, s.start) else s for s in actor.mentions]
        same = next((a for a in doc.actors if a is not actor and (a.name == rest or rest in a.aliases)), None)
        if same is not None:
            if owner is not None and same.affiliation is None:
                same.affiliation = owner
            _join(doc, same, actor, [x for x in actor.aliases if x != rest])
            continue
        actor.name = rest
        actor.aliases = [x for x in actor.aliases if x != rest]
        if actor.kind == "person" and sex_of(rest.split()[0]) is None:
            actor.kind, actor.title, actor.affiliation = "organization", None, None
        if owner is not None and owner != rest:
            actor.affiliation = owner
        _rename(doc, old, rest)

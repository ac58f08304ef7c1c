"""American officials named by a federal title alone ("Commerce Secretary Howard Lutnick",
"Chief Justice John Roberts") in a text that names the United States or one of its federal
bodies: the United States (or the Supreme Court), unless another country is named close by."""
from __future__ import annotations

import re

from briefing_app.analysis import gazetteer
from briefing_app.analysis.document import Document
from briefing_app.core.model import Actor

# titles of the US federal government: with no affiliation of their own, in a text that names the
# United States or one of its federal bodies, their holders are American officials
US_TITLE_RE = re.compile(
    r"^(?:former\s+|acting\s+)?(?:Senator|Sen\.|Representative|Rep\.|Congressman|Congresswoman|Solicitor General|"
    r"Attorney General|Speaker|Chief Justice|Justice|President|Vice President|President-elect|White House|"
    r"(?:Commerce|Defense|Housing|Treasury|State|Labor|Energy|Education|Agriculture|Transportation|Interior|"
    r"Homeland Security|Health|Veterans Affairs)\s+Secretary|Secretary of (?:State|Defense|the Treasury|Commerce|"
    r"Labor|Energy|Education|Agriculture|Transportation|the Interior|Homeland Security|Health|Veterans Affairs))\b")
JUSTICE_RE = re.compile(r"^(?:Chief\s+)?Justice\b")


def _foreign_near(text: str, person: Actor) -> bool:
    """Another country named close to the person's first mention ("President Xi ... China")."""
    if not person.mentions:
        return True
    m = person.mentions[0]
    for place in gazetteer.PLACE_RE.finditer(text, max(0, m.start - 150), m.end + 150):
        hit = gazetteer.lookup(place.group())
        if hit and hit[1] == "country" and hit[0] != "United States":
            return True
    return False


def us_officials(doc: Document, orgs: list[Actor]) -> None:
    us = any(a.name == "United States" for a in doc.actors) or any(o.affiliation == "United States" for o in orgs)
    if not us:
        return
    court = next((o.name for o in orgs if o.name == "Supreme Court"), None)
    for person in doc.actors:
        if person.kind != "person" or person.affiliation or not person.title:
            continue
        first = person.title.split(";")[0].strip()
        if court and JUSTICE_RE.match(first):
            person.affiliation = court  # "Chief Justice John Roberts"
        elif US_TITLE_RE.match(first) and not _foreign_near(doc.actor_text, person):
            person.affiliation = "United States"  # "Commerce Secretary Howard Lutnick"


__all__ = ["us_officials"]

"""Where an organisation belongs by its own name or the possessive before it: "Korea's National Intelligence
Service", "Colorado's House of Representatives", "the Russian Defense Ministry", "Texas Education Agency",
"Maricopa County Board of Supervisors"."""
from __future__ import annotations

import re

from briefing_app.analysis import companies, gazetteer
from briefing_app.analysis.roles import US_STATE_NAMES

# "Korea’s National Intelligence Service", "Ukraine's energy company Ukrenergo"
# ("Japan's powerful Finance Ministry"; not "Louisiana's lawsuit against the Interior Department": the possessive owns
# the lawsuit, and a preposition or article ends what it may own)
POSSESSOR_RE = re.compile(r"(?P<who>(?:[A-Z][\w-]*[ \t]+){0,2}[A-Z][\w-]*)(?:’s|'s)[ \t]+"
                          r"(?:(?!(?:against|with|over|for|to|from|by|on|in|of|at|into|and|or|the|a|an|its|their)\b)[a-z][\w-]*[ \t]+){0,3}$")
STATES_RE = re.compile(r"\b[Tt]he[ \t]+(state|county|city)(?:’s|'s)?[ \t]+$")  # ("the state Department of Environmental Quality",
# "The city's Office of the Independent Monitor")
STATE_PREFIXES = tuple(s + " " for s in US_STATE_NAMES)  # (one test of them all before finding which)
COUNTY_BODY_RE = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+)? County) (?=[A-Z])")
# a town's or city's own body named after it: "Bristol City Council", "Plain Township Fire Department", "Tulsa Police
# Department" (not "Metropolitan Police", "Regional Transit Authority": no place's name before the head)
CITY_BODY_RE = re.compile(r"(?P<place>(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+(?: Township| Borough| Village)?) (?:City|Town|Borough|Village) "
                          r"(?:Council|Commission)$|(?P<at>(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+(?: Township| Borough| Village)?) "
                          r"(?:Police (?:Department|Service)|Fire (?:Department|Rescue|and Rescue Service)|Public Schools|School Board)$")
NOT_PLACE_WORDS = frozenset("Metropolitan Regional Central Independent Local Capitol National State Unified Joint Northern "
                            "Southern Eastern Western Royal Community Public United Consolidated Area Transit Park Campus "
                            "University College Airport Port Harbor Harbour Tribal Military".split())


NON_GOVERNMENT = frozenset("Association Chamber Union Society Foundation Federation Institute University College League "
                           "Club Alliance Coalition Party Council Network Fund Trust Action".split())


# a public body's nouns: a country's name before them names the body's country (not a company's: "China Mobile")
PUBLIC_HEAD_RE = re.compile(r"\b(?:Authority|Agency|Ministry|Commission|Office|Directorate|Inspectorate|Regulator|Service|Forces|Army|"
                            r"Navy|Police|Guard|Senate|Parliament)\b")  # ("Philippine Coast Guard", "China Coast Guard",
# "Philippines Senate")


PUBLIC_OF_STATE_RE = re.compile(r"\b(?:Board|Department|Commission|Agency|Office|Authority|Court|Division|Bureau)[ \t]+of\b")
# a public body "of" a country named in full after it (not "University of Tehran": NON_GOVERNMENT)
# a state's council "of" a country ("the National Security and Defense Council of Ukraine", "the State Council of China")
STATE_COUNCIL_OF_RE = re.compile(r"\b(?:Security|Defen[cs]e|State|Federal|Supreme|Privy|Executive|Cabinet)[ \t]+Council[ \t]+of\b")
PUBLIC_OF_COUNTRY_RE = re.compile(r"\b(?:Organi[sz]ation|Agency|Authority|Bank|Ministry|Commission|Office|Service|Court|Senate|"
                                  r"Parliament)[ \t]+of\b")  # ("the Senate of Canada", "the Parliament of Georgia")


def home_of(text: str, start: int, name: str) -> str | None:
    """The country, US state or county an organisation's name or the possessive before it gives."""
    local = STATES_RE.search(text, max(0, start - 14), start)
    if local:  # "The state's Division of Insurance", "The county's Board of Supervisors": the text's one state,
        return local.group(1)  # county or city (local.py)
    m = POSSESSOR_RE.search(text, max(0, start - 40), start)
    if m:
        hit = gazetteer.lookup(m.group("who"))
        if hit and hit[1] == "country":
            return hit[0]
        if m.group("who") in US_STATE_NAMES:  # "Colorado's House of Representatives"
            return m.group("who")
    state = next((s for s in US_STATE_NAMES if name.startswith(s + " ")), None) if name.startswith(STATE_PREFIXES) else None
    if state and NON_GOVERNMENT & set(name.split()):
        state = None  # "California Association of Health Plans": a body of the state's insurers, not of the state
    if state and name != state + " " + name.split()[-1] or state and name.split()[-1] in ("Agency", "Department", "Board",
                                                                                               "Commission", "Office", "Senate",
                                                                                               "Assembly", "Legislature"):
        return state  # "Texas Education Agency", "Ohio Department of Health", "the California Senate"
    of_state = name.rsplit(" of ", 1)[-1] if " of " in name else None
    if of_state in US_STATE_NAMES and PUBLIC_OF_STATE_RE.search(name) and not NON_GOVERNMENT & set(name.split()):
        return of_state  # "Medical Board of California", "Supreme Court of Ohio" (not "University of California")
    if of_state and (PUBLIC_OF_COUNTRY_RE.search(name) and not NON_GOVERNMENT & set(name.split())
                     or STATE_COUNCIL_OF_RE.search(name)):
        hit = gazetteer.lookup(of_state)  # "Atomic Energy Organization of Iran", "Central Bank of Nigeria"
        if hit and hit[1] == "country" and hit[0] == of_state:
            return hit[0]
    county = COUNTY_BODY_RE.match(name)
    if county:
        return county.group(1)  # "Maricopa County Board of Supervisors", "Milwaukee County Transit System"
    town = CITY_BODY_RE.match(name)
    if town:
        place = town.group("place") or town.group("at")
        if NOT_PLACE_WORDS.isdisjoint(place.split()) and not gazetteer.lookup(place):
            return place
    lead = gazetteer.PLACE_RE.match(name)
    if lead:
        hit = gazetteer.lookup(lead.group())
        if hit and hit[1] == "country" and (lead.group() in gazetteer.DEMONYMS or PUBLIC_HEAD_RE.search(name)) \
                and not companies.place_named(name):  # (not "British Airways")
            return hit[0]  # "the Russian Defense Ministry", "Netherlands Authority for Consumers and Markets"
    return None


__all__ = ["home_of"]

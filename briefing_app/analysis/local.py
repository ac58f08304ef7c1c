"""A city's government in local news: "Springfield Police Chief Raymond Ortiz", "Springfield
Mayor ...", "the Springfield City Council" name the city; when the text names exactly one such
city, its officials with a city title ("Mayor Dana Whitfield", "Police Chief") or described as
the city's ("the city's inspector general, Marcus Lee") who have no other affiliation belong to
it, and when the text comes back to it ("the city") it is an actor (a government) with that alias.
Likewise a governor or state legislator of a text that names one US state is that state's,
and a sheriff or supervisor of a text that names one county is that county's."""
from __future__ import annotations

import re

from briefing_app.analysis import gazetteer
from briefing_app.analysis.descriptions import PLAIN
from briefing_app.analysis.document import Document
from briefing_app.analysis.names import STOP
from briefing_app.analysis.occurrences import whole_word
from briefing_app.analysis.org_homes import NOT_PLACE_WORDS
from briefing_app.analysis.roles import AP_STATES, MODIFIERS, ROLE_WORDS, US_STATE_NAMES
from briefing_app.core.model import Actor, Span

CITY_BODIES = ("Police", "Fire", "City Council", "City Hall", "City Manager", "Mayor", "Town Council", "Public Schools")
# the words one of CITY_BODIES holds, fewer to look for ("City " for three: each look at the whole text costs ~18k
# instructions on a 6,000-character text)
CITY_GATES = ("Police", "Fire", "City ", "Mayor", "Town Council", "Public Schools")
# (the look-behind after the first capital, not before it: the regex engine then skips to the capitals)
CITY_RE = re.compile(r"(?P<city>[A-Z](?<![\w.’'-][A-Z])[a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]+"
                     r"(?=(?:" + "|".join(CITY_BODIES) + r")(?:member|man|woman|or|lor)?\b)")  # ("Reno City Councilmember")
# "the Baltimore Department of Housing and Community Development": a city's department named with the city
CITY_DEPARTMENT_RE = re.compile(r"(?P<city>[A-Z](?<![\w.’'-][A-Z])(?!he[ \t])[a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]+Department[ \t]+of[ \t]+[A-Z]")
CITY_OF_RE = re.compile(r"(?<![\w-])[Tt]he[ \t]+(?:city|town)[ \t]+of[ \t]+(?P<city>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)(?![\w’'-])")
THE_CITY_RE = re.compile(r"(?<![\w-])[Tt]he[ \t]+city(?![\w-])")
LOCAL_TITLE_RE = re.compile(r"(?:deputy |acting |interim |former )?(?:mayor|police chief|chief of police|fire chief|"
                            r"city manager|city attorney|city clerk|city auditor|city controller|city treasurer|assistant (?:police )?chief|"
                            r"council ?(?:man|woman|member)|alderman|alderwoman|ald\.)",
                            re.I)
CITYS_RE = re.compile(r"\bcity(?:’s|'s)[ \t]+[\w -]{1,40},[ \t]+$")  # "the city's inspector general, Marcus Lee"


def _a_city(words: str) -> bool:
    first = words.split()[0].lower()
    return not (first in STOP or words.split()[0] in NOT_PLACE_WORDS or first.endswith(("ed", "ing")) or first in PLAIN or first in ROLE_WORDS or first in MODIFIERS or words in US_STATE_NAMES
                or gazetteer.lookup(words))


# "The cuts fall hardest on Steelton, Pennsylvania, where ... Its mayor, Ciera Dent, said": a town named with its state
TOWN_STATE_RE = re.compile(r"(?P<town>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?),[ \t]+(?:" + "|".join(
    sorted(map(re.escape, US_STATE_NAMES), key=lambda a: (-len(a), a))) + r")\b")
ITS_MAYOR_RE = re.compile(r"(?:Its|The[ \t]+town(?:’s|'s)|The[ \t]+city(?:’s|'s))[ \t]+mayor,[ \t]+$")


def _its_mayor(doc: Document) -> None:
    """'Its mayor, Ciera Dent': a mayor whose fronted "Its" follows a sentence that names a town with its state is
    that town's (not the company the sentence before was about)."""
    text = doc.actor_text
    companies = {a.name for a in doc.actors if a.kind == "organization"}
    for person in doc.actors:
        if person.kind != "person" or (person.title or "").lower() != "mayor" or not person.mentions \
                or person.affiliation is not None and person.affiliation not in companies:
            continue
        at = person.mentions[0].start
        if not ITS_MAYOR_RE.search(text, max(0, at - 20), at):
            continue
        towns = list(TOWN_STATE_RE.finditer(text, max(0, text.rfind("\n", 0, at) + 1, at - 400), at))
        if towns and _a_city(towns[-1].group("town")) and not gazetteer.lookup(towns[-1].group("town")):
            person.affiliation = towns[-1].group("town")


def cities(doc: Document) -> None:
    text = doc.actor_text
    if "mayor, " in text:
        _its_mayor(doc)
    found: dict[str, list[Span]] = {}
    for m in CITY_RE.finditer(text) if any(body in text for body in CITY_GATES) else ():
        words, start = m.group("city"), m.start("city")
        if " " in words and not _a_city(words):  # "Embattled Springfield Police Chief"
            start += words.index(" ") + 1
            words = words.split()[1]
        if _a_city(words):
            found.setdefault(words, []).append(Span(start, start + len(words)))
    local = not found and any(p.kind == "person" and LOCAL_TITLE_RE.match(p.title or "") for p in doc.actors)
    if local and ("city of " in text or "town of " in text):  # "The city of Dunmore will raise fees. Mayor X said"
        for m in CITY_OF_RE.finditer(text):
            if _a_city(m.group("city")):
                found.setdefault(m.group("city"), []).append(Span(m.start("city"), m.end("city")))
    if local and not found and "Department of " in text:  # "The Baltimore Department of Housing ... Mayor X said"
        for m in CITY_DEPARTMENT_RE.finditer(text):
            if _a_city(m.group("city")):
                found.setdefault(m.group("city"), []).append(Span(m.start("city"), m.end("city")))
    if not found:
        _dateline_city(text, found)  # "MILWAUKEE — ... Mayor Cavalier Johnson said the city's ..."
    if len(found) != 1 or any(a.name in found and a.kind != "person" for a in doc.actors):
        _unresolved(doc, "city")
        return
    name, spans = next(iter(found.items()))
    doc.actors = [a for a in doc.actors if a.name != name]  # "Elk Grove Mayor ...": "Elk Grove" is the city, no person
    city = Actor(name, "government", mentions=spans)
    for m in THE_CITY_RE.finditer(text, spans[0].start):
        city.mentions.append(Span(m.start(), m.end()))
        if "the city" not in city.aliases:
            city.aliases.append("the city")
    if len(city.mentions) > 1:  # named once and never again as "the city": a place, not an actor
        doc.actors.append(city)
    _bare_councils(doc, name)
    _named_after(doc, name)
    _members_of_the_council(doc, name)
    for person in doc.actors:
        if person.affiliation == "city":  # "the city's public works department" (lower_bodies)
            person.affiliation = name
        if person.kind != "person" or person.affiliation or not person.mentions:
            continue
        first = person.mentions[0]
        if LOCAL_TITLE_RE.match(person.title or "") or any(LOCAL_TITLE_RE.match(a) for a in person.aliases) \
                or any(first.start - 30 <= s.start < first.end for s in spans) \
                or any(CITYS_RE.search(text, max(0, m.start - 60), m.start) for m in person.mentions):
            person.affiliation = name
            if person.title and f"{name} " in person.title:  # "Springfield Police Chief" -> "Police Chief"
                person.title = person.title.split(f"{name} ", 1)[1]


# "MILWAUKEE — ": a US local story's dateline city (a capital of a country names the country instead)
DATELINE_CITY_RE = re.compile(r"^(?P<city>[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)?)(?:,[^\n—–]{1,30}?)?[ \t]*(?:\([A-Za-z .]{1,30}\))?"
                              r"[ \t]*[—–-]", re.M)


def _dateline_city(text: str, found: dict[str, list[Span]]) -> None:
    """The dateline's city, when the text speaks of "the city" and has a city title ("Mayor")."""
    line = DATELINE_CITY_RE.search(text, 0, 400)
    if line is None or "city" not in text or not THE_CITY_RE.search(text) or not LOCAL_TITLE_RE.search(text):
        return
    city = line.group("city").title()
    if gazetteer.lookup(city) or city in US_STATE_NAMES or not _a_city(city):
        return
    spans = [Span(at, end) for at, end in whole_word(text, city)]
    found[city] = [Span(line.start("city"), line.end("city")), *spans]


# "In Lubbock, Katherine Wells, director of public health for the city, said": the place a sentence opens in
IN_PLACE_RE = re.compile(r"In[ \t]+(?P<place>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?),[ \t]")


def _unresolved(doc: Document, kind: str) -> None:
    """A lower-case body left as "the city's" with no one city to tie it to is no actor ("Consider Austin.
    After the city council cut ..."); a person so described has no affiliation, unless the sentence that names them
    opens in a place the gazetteer does not know as a country or state ("In Lubbock, X, director of public health for
    the city, said")."""
    text = doc.actor_text
    doc.actors = [a for a in doc.actors if a.affiliation != kind or a.kind == "person" or a.name[:1].isupper()]
    for actor in doc.actors:
        if actor.affiliation == kind:
            actor.affiliation = _opening_place(text, actor) if kind == "city" and actor.kind == "person" else None


def _opening_place(text: str, person: Actor) -> str | None:
    if not person.mentions:
        return None
    at = person.mentions[0].start
    start = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1)
    m = IN_PLACE_RE.match(text, start, at)
    if m is None or m.group("place") in US_STATE_NAMES or gazetteer.lookup(m.group("place")) or not _a_city(m.group("place")):
        return None
    return m.group("place")


# a city's council named without the city ("City Council Member Robin Wonsley", "the Town Council voted")
BARE_COUNCILS = ("City Council", "Town Council", "City Commission")


def _bare_councils(doc: Document, city: str) -> None:
    """A bare 'City Council' in the one city's story is that city's council by its full name ('Minneapolis City
    Council'; the bare form an alias), and its members' and committees' affiliation follows the name."""
    for org in doc.actors:
        if org.kind == "organization" and not org.affiliation and org.name in BARE_COUNCILS \
                and not any(a.name == f"{city} {org.name}" for a in doc.actors):
            bare, org.name = org.name, f"{city} {org.name}"
            org.aliases.append(bare)
            for other in doc.actors:
                if other.affiliation == bare:
                    other.affiliation = org.name


# a council's member named by that office alone ("Councilmember X", "Council member X", "City Councilor X", "Alderman X")
COUNCIL_MEMBER_RE = re.compile(r"(?:(?:city|town|county)[ \t]+)?(?:council[ \t]?(?:member|man|woman)|councill?or|alderm[ae]n|"
                               r"alderwoman|ald\.)", re.I)
# a post of the council itself, which keeps the council ("Council President", "leader of the council")
COUNCIL_POST_RE = re.compile(r"\b(?:leader|president|speaker|executive|cabinet|majority|minority|whip)\b", re.I)
COUNCIL_BODY_RE = re.compile(r"(city|town|county)[ \t]+council", re.I)  # the body a member's title names


def _members_of_the_council(doc: Document, place: str) -> None:
    """A council member named by that office alone belongs to the council (the actor set's convention, settled in the
    fifteenth session): 'Councilmember Nancy Day-Achauer' in a story of the Columbus City Council -> that council,
    'Reno City Councilmember X' -> 'Reno City Council' (named by the title when the text names no such body), 'King
    County Councilmember X' -> 'King County Council'. A council the text never names leaves the member the place's
    (cities() gives it); a post of the council (its president or leader) keeps the council as other rules read it;
    a member of another place's council ('Tempe Councilmember X' in a Phoenix story) is none of the place's."""
    councils = [a.name for a in doc.actors if a.kind == "organization" and a.affiliation == place and "Council" in a.name]
    for person in doc.actors:
        if person.kind != "person" or person.affiliation not in (None, place) or not person.title \
                or COUNCIL_POST_RE.search(person.title) or any(a.startswith("Cllr") for a in person.aliases):
            continue  # ("Cllr X (Lab, Ward)": a British councillor's party is read by party_members)
        head = person.title.split(";")[0].strip()
        named = head.startswith(place + " ")  # ("Reno City Councilmember X")
        head = head[len(place) + 1:] if named else head
        if not (COUNCIL_MEMBER_RE.fullmatch(head) or head.lower() == "member" and any(
                COUNCIL_MEMBER_RE.search(a[:-len(person.name)]) for a in person.aliases if a.endswith(person.name))):
            continue  # ("member; chair": "Council member Tammy Morales, who chairs the committee")
        body = COUNCIL_BODY_RE.match(head) if named else None
        if len(councils) == 1:
            person.affiliation = councils[0]
        elif body is not None:  # (the title names the body: "City Councilmember" -> "Reno City Council")
            person.affiliation = f"{place} {body.group(1).title()} Council"
        else:
            continue
        person.title = person.title[len(place) + 1:] if named else person.title


def _named_after(doc: Document, place: str) -> None:
    """'the Seattle Department of Transportation', 'King County Metro': a body named after the one city or
    county of the text, with no affiliation of its own, is that city's or county's."""
    for org in doc.actors:
        if org.kind == "organization" and not org.affiliation and org.name.startswith(place + " "):
            org.affiliation = place


COUNTY_RE = re.compile(r"(?<![\w.’'-])(?:The[ \t]+)?(?P<county>(?!The[ \t])[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+County)(?![\w-])")
THE_COUNTY_RE = re.compile(r"(?<![\w-])[Tt]he[ \t]+county(?![\w-])")
# titles of a county's government: "Sheriff", "Supervisor", "Board Chairman" (of the supervisors), "County Executive"
COUNTY_TITLE_RE = re.compile(r"(?:deputy |acting |interim |former |county |board )*(?:sheriff|supervisor|county executive|"
                             r"county commissioner|commissioner|county attorney|district attorney|county clerk|assessor|chairman|county (?:administrator|"
                             r"manager|judge|treasurer|auditor|engineer|health officer|counsel)|"
                             r"chairwoman|chair)\b", re.I)


COUNTY_BOARD_RE = re.compile(r"(?:the )?(?:Board of (?:Supervisors|Commissioners)|County (?:Board|Commission|Council))")


def counties(doc: Document) -> None:
    """'Pima County supervisors voted ...': when the text names exactly one county, its officials
    with a county title ("Sheriff Chris Nanos", "Supervisor ...", "Board Chairman ...", a board
    chair only when the text speaks of the county's supervisors or commissioners) who have no
    other affiliation belong to it; it is an actor (a government) when the text comes back to it
    ("the county")."""
    text = doc.actor_text
    named = {m.group("county") for m in COUNTY_RE.finditer(text)} if "County" in text else set()
    if len(named) != 1:
        _unresolved(doc, "county")  # "the county's ...": no one county to tie it to
        return
    name = next(iter(named))
    if not any(a.name == name for a in doc.actors):
        county = Actor(name, "government", mentions=[Span(m.start("county"), m.end("county")) for m in COUNTY_RE.finditer(text)])
        for m in THE_COUNTY_RE.finditer(text, county.mentions[0].start):
            county.mentions.append(Span(m.start(), m.end()))
            if "the county" not in county.aliases:
                county.aliases.append("the county")
        if county.aliases:  # named and never come back to: a place, not an actor
            doc.actors.append(county)
    _named_after(doc, name)
    _members_of_the_council(doc, name)  # ("King County Councilmember X")
    board = re.search(r"\b(?:supervisors|commissioners|county board)\b", text, re.I) is not None
    for person in doc.actors:
        if person.affiliation == "county":  # "the county's administrator"
            person.affiliation = name
        if person.kind == "organization" and not person.affiliation and COUNTY_BOARD_RE.fullmatch(person.name):
            person.affiliation = name  # "The Board of Supervisors will vote" in a text of one county
        if person.kind != "person" or person.affiliation or not person.title:
            continue
        if person.title.startswith(f"{name} "):  # "Pima County Sheriff" -> "Sheriff"
            person.title = person.title[len(name) + 1:]
        title = person.title.split(";")[0].strip()
        county_title = f"County {title}" if " " not in title and any(a.startswith(f"{name} {title} ") for a in person.aliases) \
            else None  # "Milwaukee County Executive X", "Harris County Judge X": the place's "County" is the title's too
        fit = COUNTY_TITLE_RE.fullmatch(county_title or title)
        if fit is None or title.lower().split()[-1] in ("chairman", "chairwoman", "chair") and not board:
            continue
        if county_title and not COUNTY_TITLE_RE.fullmatch(title):
            person.title = county_title + person.title[len(title):]
        person.affiliation = name


# an appointed head of a city's or county's department, by the kind of department the title names, and the ends of
# that department's name ("Police Chief Raymond Ashby" -> the Tulsa Police Department; "Superintendent Michelle Reid"
# -> Fairfax County Public Schools); a union of the department's staff is no department ("Fraternal Order of Police")
HEAD_KINDS = (
    (re.compile(r"(?:(?:deputy|assistant|interim|acting|former)[ \t]+)*(?:police[ \t]+)?chief(?:[ \t]+of[ \t]+police)?|"
                r"police[ \t]+(?:commissioner|superintendent)", re.I),
     ("Police Department", "Police", "Police Service", "Police Bureau", "Police Force", "Department of Police")),
    (re.compile(r"(?:(?:deputy|assistant|interim|acting|former)[ \t]+)*fire[ \t]+chief", re.I),
     ("Fire Department", "Fire Rescue", "Fire Service", "Fire and Rescue", "Fire & Rescue")),
    (re.compile(r"(?:(?:deputy|assistant|interim|acting|former)[ \t]+)*(?:schools[ \t]+)?superintendent(?:[ \t]+of[ \t]+schools)?",
                re.I), ("School District", "Public Schools", "City Schools", "County Schools", "School System")),
)
STAFF_BODY_RE = re.compile(r"\b(?:Federation|Order|Association|Union|Lodge|Benevolent|Guild|Brotherhood|Foundation|Academy)\b")


def department_heads(doc: Document) -> None:
    """A police chief, fire chief or schools superintendent with no affiliation but the place is the head of the one
    department of that kind the text names ("Minneapolis Police Chief X" with the Minneapolis Police Department;
    "Superintendent X" of the Sacramento City Unified School District); with two such departments, neither."""
    places = {a.name for a in doc.actors if a.kind in ("government", "country")}
    heads = [a for a in doc.actors if a.kind == "person" and a.title and (a.affiliation is None or a.affiliation in places)]
    if not heads:
        return
    orgs = [a for a in doc.actors if a.kind == "organization" and not STAFF_BODY_RE.search(a.name)]
    for title_re, ends in HEAD_KINDS:
        fit = [o for o in orgs if o.name.endswith(ends) and o.name.split()[-1][:1].isupper()]
        if len(fit) != 1:
            continue
        for person in heads:
            if title_re.fullmatch((person.title or "").split(";")[0].strip()) and person.affiliation in (None, fit[0].affiliation):
                person.affiliation = fit[0].name


STATE_TITLE_RE = re.compile(r"(?:former |acting )?(?:Governor|Gov\.|Lt\. Governor|Lieutenant Governor|State Senator|"
                            r"State Sen\.|State Representative|State Rep\.|state senator|state representative|state Senator|"
                            r"state Representative|Assemblyman|Assemblywoman|state attorney general|State Attorney General)\b")
# (a trie of the names, none the start of another: at most one matches at a place, as the flat alternation found it,
# and the engine skips ahead to their first letters; the flat one cost ~7x as much)
STATE_RE = re.compile(r"(?:" + gazetteer.trie_pattern(US_STATE_NAMES, not_after=r"[\w-]") + r")(?![\w-])")


# a state legislature's leaders, in a text about a state legislature and not about Congress
LEADER_TITLE_RE = re.compile(r"(?:Senate |House |Assembly )?(?:Majority |Minority )?(?:Leader|Speaker|President Pro Tem)\b")
STATE_HOUSE_RE = re.compile(r"\b(?:state|State)[ \t]+(?:Senate|House|Assembly|Legislature|legislature|lawmakers|legislators)\b|"
                            r"\bStatehouse\b|\bGeneral Assembly\b|(?:" + "|".join(sorted(map(re.escape, US_STATE_NAMES), key=lambda a: (-len(a), a)))
                            + r")(?:’s|'s)?[ \t]+(?:Senate|House|Assembly|Legislature)\b")  # ("Colorado's House of Representatives",
# "the California Senate")
CONGRESS_RE = re.compile(r"\b(?:Congress|U\.S\. (?:Senate|House)|Capitol Hill|congressional)\b")


# "LANSING, Mich. (AP) —", and the states AP spells out ("AUSTIN, Texas —"): the state the story is from
DATELINE_STATE_RE = re.compile(r"^[A-Z][A-Z .'-]+,[ \t]+(?P<state>" + "|".join(map(re.escape, [*AP_STATES, *sorted(US_STATE_NAMES)])) +
                               r")(?=[ \t]*(?:\([^)\n]{1,30}\))?[ \t]*[—–-])", re.M)


IN_A_NAME_RE = re.compile(r"[ \t]+[A-Z][a-z]")  # (a capitalised word right after the state's name)


# a US state's body named by "State" and a public body's noun ("State Water Resources Control Board", "State Board of
# Education", "State Lands Commission", "State Department of Health"); not the federal State Department nor other
# countries' "State Council", "State Duma", "State Administration for ...", "State Bank of ..." (national_bodies), nor a
# body "of" somewhere ("State Bar of X")
STATE_BODY_RE = re.compile(r"State[ \t]+(?!Department\b(?![ \t]+of[ \t]+[A-Z])|Council\b|Duma\b|Administration\b|Bank\b|"
                           r"Security\b)(?:[A-Z][\w’'-]*[ \t]+){0,4}(?:Board|Department|Agency|Commission|Office|Authority|Patrol|"
                           r"Police|Bureau|Division|Lottery)(?![\w-])(?![ \t]+of[ \t]+(?!Education|Health|Equalization|Regents|"
                           r"Elections|Corrections|Pardons|Transportation|Revenue|Labor|Insurance|Agriculture|Motor|Environment|"
                           r"Natural|Public|Social|Human|Children|Taxation|Finance)[A-Z])")


def states(doc: Document) -> None:
    """A governor or state legislator with no affiliation, in a text that names one US state
    only (spelt out, or only in an AP dateline: "LANSING, Mich. —") (and no other country's officials' titles of that kind), is that state's; so is
    someone described as "the state's" ("The state's transportation director, Harold Beene"),
    and a legislature's leader ("Senate Minority Leader") in a text about a state legislature
    ("the state Senate") that does not speak of Congress."""
    text = doc.actor_text
    for body in doc.actors if "State " in text else ():
        if body.kind == "organization" and not body.affiliation and STATE_BODY_RE.match(body.name):
            body.affiliation = "state"  # "the State Water Resources Control Board": the text's one state's
    people = [a for a in doc.actors if a.affiliation == "state" or a.kind == "person" and not a.affiliation and (
        STATE_TITLE_RE.match(a.title or "") or LEADER_TITLE_RE.fullmatch(a.title or ""))]  # (bodies too: "The state's
    # Division of Insurance")
    if not people:
        return  # (no one to place: the text is not scanned)
    hits = list(STATE_RE.finditer(text))
    named = {m.group() for m in hits} - {"Washington", "Georgia"}
    several = len(named) > 1
    alone = {m.group() for m in hits if not IN_A_NAME_RE.match(text, m.end())} & named
    if len(named) > 1 and len(alone) == 1:
        named = alone  # "New York University", "The Washington Post": a state's name inside another name
    dateline = DATELINE_STATE_RE.search(text)
    home = AP_STATES.get(dateline.group("state"), dateline.group("state")) if dateline else None
    if home and (not named or home in named):
        named = {home}  # "SACRAMENTO, Calif. (AP) —", "AUSTIN, Texas —": the dateline's state first
    state = next(iter(named)) if len(named) == 1 else None
    if several:
        _states_named_before(text, hits, people)
        _of_the_state(text, people)
    legislature = bool(state) and any(LEADER_TITLE_RE.fullmatch(p.title or "") for p in people) \
        and STATE_HOUSE_RE.search(text) is not None and CONGRESS_RE.search(text) is None  # (scanned only when it counts)
    for person in people:
        if person.affiliation == "state":  # "the state's ...", left by org_coref for this stage
            person.affiliation = state or ("state" if person.kind == "person" and not named else None)  # (an Australian
            # state's, in a text of no US state: provinces.py)
        elif state and (STATE_TITLE_RE.match(person.title or "") or legislature and LEADER_TITLE_RE.fullmatch(person.title or "")):
            person.affiliation = state


def _states_named_before(text: str, hits: list[re.Match[str]], people: list[Actor]) -> None:
    """In a text of several states, "the state's" is the state named last before it in its paragraph, within a
    sentence or two ("New Mexico Governor X declared an emergency. The state's Department of Health will open
    clinics": New Mexico's, not Texas's named in the paragraph before); else the text's state, if one."""
    for actor in people:
        if actor.affiliation != "state" or not actor.mentions:
            continue
        at = actor.mentions[0].start
        before = [m for m in hits if m.end() <= at and at - m.start() <= 300 and "\n" not in text[m.end():at]]
        if before:
            actor.affiliation = before[-1].group()


OF_RE = re.compile(r",?[ \t]+of[ \t]+")


def _of_the_state(text: str, people: list[Actor]) -> None:
    """'Gov. Gavin Newsom of California' in a text of several states: the state written after the name."""
    for person in people:
        if person.kind != "person" or person.affiliation or not STATE_TITLE_RE.match(person.title or ""):
            continue
        for mention in person.mentions:
            of = OF_RE.match(text, mention.end)
            state = STATE_RE.match(text, of.end()) if of else None
            if state and not IN_A_NAME_RE.match(text, state.end()):
                person.affiliation = state.group()
                break


__all__ = ["cities", "counties", "department_heads", "states"]


# a member named by the seat they hold ("Mateo Dunne, the Mount Vernon district member", "the District 3 trustee")
SEAT_ALIAS_RE = re.compile(r"\b(?:district|ward|District[ \t]+\d+|Ward[ \t]+\d+)[ \t]+(?:member|trustee)$")
ELECTED_BOARD_RE = re.compile(r"(?:School Board|Board of Education|Board of Trustees|School Committee|Board)$")


def seat_members(doc: Document) -> None:
    """A member or trustee with no body, named by the seat they hold, sits on the one elected board the text names
    ("The Fairfax County School Board voted ... Mateo Dunne, the Mount Vernon district member," -> that board; the
    seat, "Mount Vernon", is no body)."""
    people = [a for a in doc.actors if a.kind == "person" and not a.affiliation and a.title in ("member", "trustee")
              and any(SEAT_ALIAS_RE.search(alias) for alias in a.aliases)]
    if not people:
        return
    boards = [a for a in doc.actors if a.kind == "organization" and ELECTED_BOARD_RE.search(a.name)]
    if len(boards) == 1:
        for person in people:
            person.affiliation = boards[0].name


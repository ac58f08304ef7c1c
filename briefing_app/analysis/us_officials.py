"""American officials named by a federal title alone ("Commerce Secretary Howard Lutnick",
"Chief Justice John Roberts") in a text that names the United States or one of its federal
bodies: the United States (or the Supreme Court), unless another country is named close by."""
from __future__ import annotations

import functools
import re

from briefing_app.analysis import gazetteer
from briefing_app.analysis.appositives import PARTY_STATE_RE
from briefing_app.analysis.document import Document
from briefing_app.analysis.roles import AP_STATES, POSTAL_STATES, US_STATE_NAMES
from briefing_app.core.model import Actor

# titles of the US federal government: with no affiliation of their own, in a text that names the
# United States or one of its federal bodies, their holders are American officials
US_TITLE_RE = re.compile(
    r"^(?:[Ff]ormer\s+|[Aa]cting\s+)?(?:(?:Democratic|Republican|GOP)\s+)?(?:Senator|Sen\.|Representative|Rep\.|Congressman|Congresswoman|Solicitor General|"
    r"Attorney General|Speaker|Chief Justice|Justice|President|Vice President|President-elect|White House|"
    r"(?:Assistant\s+)?U\.S\.\s+(?:Attorney|Marshal)|(?:Deputy|Under|Assistant)\s+Secretary\s+of\s+(?:State|Defense|the\s+Treasury|"
    r"Commerce|Labor|Energy|Education|Agriculture|Transportation|the\s+Interior|Homeland\s+Security|Health|Veterans\s+Affairs)|"
    r"(?:Deputy\s+)?(?:Commerce|Defense|Treasury|State|Labor|Energy|Homeland\s+Security)\s+Secretary|"
    r"(?:U\.S\.\s+)?[Tt]rade [Rr]epresentative|"
    r"(?:Commerce|Defense|Housing|Treasury|State|Labor|Energy|Education|Agriculture|Transportation|Interior|"
    r"Homeland Security|Health and Human Services|Housing and Urban Development|Health|Veterans Affairs)\s+Secretary|Secretary of (?:State|Defense|the Treasury|Commerce|"
    r"Labor|Energy|Education|Agriculture|Transportation|the Interior|Homeland Security|Health|Veterans Affairs))\b")
JUSTICE_RE = re.compile(r"^(?:Chief\s+)?Justice\b")
CIRCUIT_JUDGE_RE = re.compile(r"^(?:U\.S\.\s+)?(?:Senior\s+|Chief\s+)?Circuit\s+Judge$")
# a member of Congress: the state they are elected in, when the text gives it beside the name
LEGISLATOR_RE = re.compile(r"^(?:(?:Democratic|Republican|GOP)\s+)?(?:U\.S\.\s+)?(?:Senators?|Sens?\.|Representatives?|Reps?\.|"
                           r"Congressman|Congresswoman)$")
# "Sen. Mike Lee of Utah said", "Sen. Elizabeth Warren, a Massachusetts Democrat who ...", "Senator Susan Collins, the Maine
# Republican,"
STATE_BESIDE_RE = re.compile(r"[ \t]+of[ \t]+(?P<of>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)(?![\w&-])|"
                             r",[ \t]+(?:an?|the)[ \t]+(?P<a>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]+(?:Democrat|Republican|[Ii]ndependent)\b")


# a country named only as where something goes or comes from ("a clear message to China", "visiting
# Manila", "pressure from Beijing") or in a sea's name ("the South China Sea") is not the official's own
GOAL_BEFORE_RE = re.compile(r"(?:\b(?:to|toward|towards|against|from|visiting|visit|visits|with)[ \t]+(?:the[ \t]+)?)$")
FEATURE_AFTER_RE = re.compile(r"[ \t]+(?:Sea|Strait|Straits|Ocean|Gulf)\b")


def _foreign_near(text: str, person: Actor, others: list[Actor], home: str = "United States") -> bool:
    """Another country named close to the person's first mention, in its paragraph ("President
    Xi ... China"), unless it is named only as a goal or source, inside a sea's name, or as the country of
    another official with the same title ("Defense Secretary Hegseth met Philippine Defense
    Secretary Teodoro": the Philippines has its own)."""
    if not person.mentions:
        return True
    # (where the text names the person in full, with the title: not a headline's "Macron and Starmer pledge ...")
    m = next((x for x in person.mentions if person.name in text[x.start:x.end]), person.mentions[0])
    title = (person.title or "").split(";")[0].strip().lower()
    theirs = {o.affiliation for o in others if o is not person and o.kind == "person"
              and (o.title or "").split(";")[0].strip().lower() == title}
    para_start = text.rfind("\n", 0, m.start) + 1
    para_end = text.find("\n", m.end)
    para_end = len(text) if para_end == -1 else para_end
    for place in gazetteer.PLACE_RE.finditer(text, max(para_start, m.start - 150), min(para_end, m.end + 150)):
        hit = gazetteer.lookup(place.group())
        if not hit or hit[1] != "country" or hit[0] == home or hit[0] in theirs:
            continue
        if GOAL_BEFORE_RE.search(text, max(0, place.start() - 16), place.start()) \
                or FEATURE_AFTER_RE.match(text, place.end()):
            continue
        return True
    return False


# an American political text that may never name the country: a party-state tag ("R-Texas", "(D-CT)"),
# Congress or the Capitol, or a Washington dateline
US_CONTEXT_RE = re.compile(r"(?<![\w-])[RDI]-[A-Z][\w.]*|\bCongress\b|\bCapitol\b|^WASHINGTON\b|\bGOP\b", re.M)
US_CONTEXT_KEYS = ("Congress", "Capitol", "WASHINGTON", "R-", "D-", "I-", "GOP")  # (one of them is in each of its forms;
# "GOP" names only the Republican Party: "GOP senators praised ... President Biden's margin" is American)


# a state's AP abbreviation in brackets after a name, as the Washington Post tags members of Congress ("John Smith (Ill.)")
STATE_TAG_AFTER_NAME_RE = re.compile(r"[a-z][ \t]+\((?:" + "|".join(re.escape(a) for a in sorted(AP_STATES, key=lambda a: (-len(a), a)))
                                     + r")\)")


@functools.lru_cache(maxsize=4)
def american(text: str) -> bool:
    """Whether US_CONTEXT_RE finds the text American, or a state's tag after a name does; a pattern that opens with a
    look-behind is tried at every offset, so the words it needs are looked for first (most texts hold none)."""
    return any(k in text for k in US_CONTEXT_KEYS) and US_CONTEXT_RE.search(text) is not None \
        or ".)" in text and STATE_TAG_AFTER_NAME_RE.search(text) is not None


def us_officials(doc: Document, orgs: list[Actor]) -> None:
    us = any(a.name == "United States" for a in doc.actors) or any(o.affiliation == "United States" for o in orgs) \
        or american(doc.actor_text)
    if not us:
        return
    court = next((o.name for o in orgs if o.name == "Supreme Court"), None)
    circuits = [o.name for o in orgs if "Circuit" in o.name]  # ("the 5th U.S. Circuit Court of Appeals")
    abroad = _foreign_dateline(doc) if any(a.kind == "person" and (a.title or "").split(";")[0].strip() in HEADS
                                           for a in doc.actors) else None
    for person in doc.actors:
        if person.kind != "person" or person.affiliation:
            continue
        if not person.title:
            person.affiliation = tagged_state(doc.actor_text, person)  # "Sens. Robert Menendez (D-N.J.) and Marco Rubio
            continue  # (R-Fla.)", "Rand Paul (Ky.)": a member of Congress, by the tag's form, of the state it names
        first = person.title.split(";")[0].strip()
        if first in ("Speaker", "House Speaker", "Speaker of the House") and "House of Commons" not in doc.actor_text:
            person.affiliation = "House of Representatives"  # "Speaker Mike Johnson (R-La.)": the chamber's, not a state's
        elif LEGISLATOR_RE.match(first) and (state := member_state(doc.actor_text, person)):
            person.affiliation = state  # "Sen. Alex Padilla (D-Calif.)", "Rep. Thomas Massie of Kentucky"
        elif court and JUSTICE_RE.match(first):
            person.affiliation = court  # "Chief Justice John Roberts"
        elif len(circuits) == 1 and CIRCUIT_JUDGE_RE.match(first):
            person.affiliation = circuits[0]  # "Writing for the panel, Circuit Judge X": the one appeals court named
        elif US_TITLE_RE.match(first) and not _foreign_near(doc.actor_text, person, doc.actors) \
                and not (first in HEADS and abroad and not _american_sentence(doc.actor_text, person)) \
                and not (first in HEADS and _firms_officer(doc.actor_text, person)):
            person.affiliation = "United States"  # "Commerce Secretary Howard Lutnick" (but "MANILA — ... President
            # Ferdinand Marcos Jr.": the dateline country's, dateline_officials)


# "Laura Chen, Vice President, Investor Relations": a firm's officer, the department after the post (a press release's
# contacts), not the country's vice president
FIRMS_OFFICER_RE = re.compile(r",[ \t]+(?:(?:Senior|Executive)[ \t]+)?(?:Vice[ \t]+)?President,[ \t]+[A-Z]")


def _firms_officer(text: str, person: Actor) -> bool:
    return any(text.startswith(",", m.end) and FIRMS_OFFICER_RE.match(text, m.end) for m in person.mentions)


def member_state(text: str, person: Actor) -> str | None:
    """The state written beside a member of Congress's name where the text names them in full: a party-state tag
    ("(D-Calif.)", ", R-Texas,", "(D-CT)"), a state's tag ("(Fla.)"), "of Utah" or ", a Massachusetts Democrat"."""
    return tagged_state(text, person, beside=True)


# a state's abbreviation or name alone in brackets after a name, as the Washington Post tags members of Congress ("Marco
# Rubio (Fla.)", "Susan Collins (Maine)")
STATE_TAG_RE = re.compile(r"[ \t]+\((?P<state>[A-Z][a-z]*\.(?:[A-Z][a-z]*\.)?|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)\)")


def tagged_state(text: str, person: Actor, beside: bool = False) -> str | None:
    """The state of a party-state tag ("(D-Calif.)", ", R-Texas,") or a state's tag ("(Fla.)") right after the first mention
    that names the person in full (`beside`: also "of Utah", ", a Massachusetts Democrat")."""
    m = next((x for x in person.mentions if person.name in text[x.start:x.end]), None)
    if m is None:
        return None
    tag = PARTY_STATE_RE.match(text, m.end)
    if tag:
        code = tag.group().strip(" \t,()")[2:]
        state = AP_STATES.get(code) or POSTAL_STATES.get(code) or code
    elif alone := STATE_TAG_RE.match(text, m.end):
        state = AP_STATES.get(alone.group("state")) or alone.group("state")
    else:
        near = STATE_BESIDE_RE.match(text, m.end) if beside else None
        state = (near.group("of") or near.group("a")) if near else ""
    return state if state in US_STATE_NAMES else None


# "LONDON (Reuters) - ", "TAIPEI/SAN FRANCISCO, March 4 (Reuters) - ": the first city of a dateline
DATELINE_CITY_RE = re.compile(r"^(?P<city>[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)?)(?:/[A-Z][A-Z .'-]+)?(?:,[^\n—–]{1,30}?)?[ \t]*"
                              r"(?:\([A-Za-z .]{1,30}\))?[ \t]*[—–-]", re.M)
# national offices: with no affiliation of their own, held in the dateline's country
# ("Treasurer Jim Chalmers" in Canberra; "Public Works Secretary X", "Foreign Affairs Secretary X" in Manila: a portfolio's
# secretary, not a party's, a company's or a press secretary)
NATIONAL_TITLE_RE = re.compile(r"^(?:former\s+|acting\s+|[Oo]utgoing\s+|[Ii]ncoming\s+|[Ii]nterim\s+)?(?:(?:Deputy )?Prime Minister|"
                               r"President|Vice President|Chancellor|Treasurer|"
                               r"(?:(?!(?:General|Press|Executive|Permanent|Private|Parliamentary|Principal|Assistant|Under|Party|"
                               r"Union|Company|Corporate|Council|Board|Branch|Club|Court|Cabinet|State|County|City) )"
                               r"[A-Z][a-z]+ ){1,3}Secretary|"
                               r"(?:deputy )?prime minister|[Tt]aoiseach|[Tt]ánaiste|[Tt]anaiste|chancellor(?: of the [Ee]xchequer)?|"
                               r"(?:Home|Foreign|Defen[cs]e|Justice|Health|Interior|Finance|Economy|Trade|Transport|Education|"
                               r"Energy|Environment|Culture|Business|Work and Pensions|Housing|Labou?r|Agriculture|Science|"
                               r"Industry|Digital|Immigration|Security|Treasury) (?:Secretary|Minister)|"
                               r"(?:home|foreign|defen[cs]e|justice|health|interior|finance|economy|trade|transport|education|"
                               r"energy|environment|culture|business|housing|labou?r|agriculture|industry|immigration|security) "
                               r"(?:secretary|minister)|(?:[A-Z][a-z]+ ){1,3}Minister|(?:Chief )?Cabinet Secretary)$")  # ("Civil Aviation Minister",
# Japan's "Chief Cabinet Secretary")
# (a parliament's select committee named by its portfolio: "the Treasury Committee", "the Public Accounts Committee")
NATIONAL_BODY_RE = re.compile(r"^(?:(?:Home|Foreign|Cabinet) Office|(?:Ministry|Department) (?:of|for) [A-Z][\w ,]+|(?:[A-Z][a-z]+ )?Ministry|"
                              r"(?:Public Accounts|Home Affairs|Foreign Affairs|Treasury|Defen[cs]e|Justice|Health(?: and Social Care)?|"
                              r"Work and Pensions|Business(?: and Trade)?|Education|Transport|Environmental Audit|Public Administration|"
                              r"Science and Technology|Intelligence and Security|Liaison) (?:Select )?Committee|"
                              r"House of (?:Commons|Lords)|Parliament|Treasury)$")
# "the Suez Canal Authority" (CAIRO dateline), when no other country is named in its paragraph; not the
# "International Energy Agency"
LOCAL_BODY_RE = re.compile(r"^(?!(?:International|World|European|Global|United|Asian|African|Arab|Inter-American)\b)"
                           r"(?:[A-Z][\w-]+ ){1,4}(?:Authority|Directorate|Agency)$")

# the shapes of a state's own bodies' names, for a text whose dateline is the capital of a country it names ("MANILA
# (Reuters) - ... the Office of the Ombudsman, the Commission on Audit, the Court of Appeals, the Anti-Money Laundering
# Council"; "NAIROBI - ... the High Court"); not an international one's ("the Office of the U.N. High Commissioner")
STATE_BODY_RE = re.compile(r"^(?!.*\b(?:International|World|European|Asian|African|Arab|Global|U\.N\.|UN|United Nations)\b)"
                           r"(?:Office of the [A-Z][\w-]+(?: (?:of |for |and |the )*[A-Z][\w-]*)*|Commission on [A-Z][\w-]+(?: (?:and )?"
                           r"[A-Z][\w-]*)*|(?:[A-Z][\w-]+ ){0,2}(?:Supreme|High|Constitutional|Appeals?|Appellate) Court|"
                           r"Court of (?:Appeals?|Cassation)|"
                           r"Anti-[A-Z][\w-]*(?: [A-Z][\w-]*){0,3} (?:Council|Commission|Agency|Office|Bureau|Unit|Authority)|"
                           r"National (?:[A-Z][\w-]+ ){0,3}(?:Assembly|Police|Bureau|Commission|Council|Authority|Agency|Office|"
                           r"Service|Directorate)(?: of [A-Z][\w-]+(?: (?:and )?[A-Z][\w-]+)*)?)$")  # ("the Gauteng High Court",
# "the National Bureau of Statistics", "the National Prosecuting Authority")


def dateline_officials(doc: Document, orgs: list[Actor]) -> None:
    """'LONDON (Reuters) - ... Home Secretary Shabana Mahmood', 'the Home Office': officials with a
    national title with no affiliation, in a text whose dateline is a capital, and national bodies with none, in such a
    text that names the capital's country, are that country's (unless another country is named near the person)."""
    head = doc.actor_text[:400]
    line = DATELINE_CITY_RE.search(head)
    hit = gazetteer.lookup(line.group("city").title()) if line else None
    home = hit[0] if hit and hit[1] == "country" else _co_national(doc)
    named = home is not None and any(a.name == home for a in doc.actors)
    if home is None or home == "United States" or not (line or named):
        return
    for org in orgs:  # a body only where the text names the country ("the Supreme Court" of a London text stays none)
        if named and not org.affiliation and (NATIONAL_BODY_RE.match(org.name) or (LOCAL_BODY_RE.match(org.name) or STATE_BODY_RE.match(org.name))
                                    and org.mentions and not _other_country_in_paragraph(doc.actor_text, org.mentions[0].start, home)):
            org.affiliation = home
    for person in doc.actors:
        if person.kind == "person" and not person.affiliation and person.title \
                and NATIONAL_TITLE_RE.match(person.title.split(";")[0].strip()) \
                and (_home_in_sentence(doc.actor_text, person, home) or not _foreign_near(doc.actor_text, person, doc.actors, home)):
            person.affiliation = home


HEADS = ("President", "Vice President")  # titles every country has: a foreign dateline's own, unless "U.S." is beside


US_WORDS = ("U.S.", "US ", "American", "Washington", "White House", "United States")


def _american_sentence(text: str, person: Actor) -> bool:
    """The sentence that first names the person says they are American ("The White House said President Donald
    Trump's envoy ...", "U.S. President ...")."""
    if not person.mentions:
        return True
    m = person.mentions[0]
    start = max(text.rfind(". ", 0, m.start) + 2, text.rfind("\n", 0, m.start) + 1)
    end = text.find(". ", m.end)
    sentence = text[start:len(text) if end == -1 else end]
    return any(w in sentence for w in US_WORDS)


def _foreign_dateline(doc: Document) -> str | None:
    """The country of a dateline that names another country's city ("MANILA (AP) —"), when the text names it."""
    line = DATELINE_CITY_RE.search(doc.actor_text[:400])
    hit = gazetteer.lookup(line.group("city").title()) if line else None
    home = hit[0] if hit and hit[1] == "country" and hit[0] != "United States" else None
    return home if home and any(a.name == home for a in doc.actors) else None


def _other_country_in_paragraph(text: str, pos: int, home: str) -> bool:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    for place in gazetteer.PLACE_RE.finditer(text, start, len(text) if end == -1 else end):
        hit = gazetteer.lookup(place.group())
        if hit and hit[1] == "country" and hit[0] != home:
            return True
    return False


def _co_national(doc: Document) -> str | None:
    """With no capital's dateline: the one country whose national officials the text names by their country
    ("Belgian Prime Minister Bart De Wever ... Labour Minister David Clarinval": Clarinval is Belgian too)."""
    countries = {a.affiliation for a in doc.actors if a.kind == "person" and a.title and a.affiliation
                 and NATIONAL_TITLE_RE.match(a.title.split(";")[0].strip()) and _a_country(a.affiliation)}
    return next(iter(countries)) if len(countries) == 1 else None


def _a_country(name: str) -> bool:
    """Is the name a country's ("BJP", a minister's party a rule gave, is none: no other minister is the BJP's)?"""
    hit = gazetteer.lookup(name)
    return hit is not None and hit[1] == "country"


def _home_in_sentence(text: str, person: Actor, home: str) -> bool:
    """'PARIS — France and Britain would send troops, President Emmanuel Macron said': the dateline's
    country named in the sentence that names the person in full (other countries there or not)."""
    m = next((x for x in person.mentions if person.name in text[x.start:x.end]), None)
    if m is None:
        return False
    start = max(text.rfind(". ", 0, m.start) + 2, text.rfind("\n", 0, m.start) + 1)
    end = text.find(". ", m.end)
    for place in gazetteer.PLACE_RE.finditer(text, start, len(text) if end == -1 else end):
        hit = gazetteer.lookup(place.group())
        if hit and hit[0] == home and place.group() not in gazetteer.DEMONYMS:
            return True
    return False


__all__ = ["tagged_state", "american", "dateline_officials", "member_state", "us_officials"]

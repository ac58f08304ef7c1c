"""Affiliations an English article gives by where a name stands rather than by words next to
it: a body first named as another's ("the department's Food Safety and Inspection Service")
belongs to that one, and an officer named by the title alone in a sentence that an
organisation opens ("Deutsche Bank named Lena Hoffmann as its next chief executive, replacing
Chief Executive Markus Brandt") is that organisation's. Runs after org_coref.affiliations."""
from __future__ import annotations

import re

from briefing_app.analysis.appositives import APPOINTER_RE
from briefing_app.analysis.document import Document
from briefing_app.analysis.given_names import sex_of
from briefing_app.analysis.non_actors import title_case_headline_end
from briefing_app.analysis.occurrences import whole_word
from briefing_app.analysis.org_coref import FITS, business_orgs, latest_org
from briefing_app.analysis.national_bodies import body_home
from briefing_app.analysis.owners import DATELINE_RE, opening_actor, sentence_start
from briefing_app.analysis.party_members import US_PARTY_NAMES
from briefing_app.analysis import gazetteer
from briefing_app.analysis.roles import LOCAL_HEADS, US_STATE_NAMES
from briefing_app.core.model import Actor, Span

PARENT_BEFORE_RE = re.compile(r"(?:(?<![\w-])[Tt]he\s+(?P<desc>[a-z]+)|(?P<named>[A-Z][\w.&-]*(?:\s+(?:(?:of|and|for|on)\s+(?:the\s+)?)?"
                              r"[A-Z][\w.&-]*){0,5}))(?:’s|'s|(?<=s)’|(?<=s)')\s+$")  # ("The United Nations' Food and Agriculture
# Organization", "the U.S. Department of Agriculture's Food Safety and Inspection Service": a parent named with "of")
POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")  # how every PARENT_BEFORE_RE match ends, before its spaces
# a company's or body's officers (not a state's: presidents and ministers are left to the country rules)
OFFICER_RE = re.compile(r"(?:chief executive|chief [a-z]+ officer|CEO|CFO|chairman|chairwoman|chair|spokesman|spokeswoman|press secretary|"
                        r"spokesperson|managing director|general counsel|executive director|founder|general secretary|"
                        r"secretary[ -]general|director[ -]general|director|head(?: of [a-z]+(?: [a-z]+)?)?)$", re.I)
# a quotation and its verb before an officer's name ('"Costs have risen," said Maria Olsen, the chief executive'): no part
# of the words that open the sentence
QUOTE_LEAD_RE = re.compile(r"[“\"][^”\"\n]{1,600}[”\"][ \t]*(?:(?:said|says|added|adds)[ \t]+)?")
# a company officer's title (no spokesman: a spokesman speaks for whoever the sentence names)
CORPORATE_RE = re.compile(r"(?:chief executive|chief [a-z]+ officer|CEO|CFO|COO|chairman|chairwoman|managing director|"
                          r"finance chief)$", re.I)
FRONTED_TITLE_RE = re.compile(r"[Tt]he[ \t]+[a-z][\w \t-]{1,40},[ \t]+")
SPEAKS_FOR_RE = re.compile(r"(?:spokes(?:man|woman|person)|press secretary)$", re.I)
# "the Brennan Center for Justice at New York University", "the Pandemic Center at Brown University's School of Public
# Health": a centre or institute housed at a university, college or hospital is that one's
AT_PARENT_RE = re.compile(r" at[ \t]+(?:the[ \t]+)?(?P<named>[A-Z][\w.&-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w.&-]*){0,4})(?=’s|'s|[^\w’'.&-]|\.)")
HOST_RE = re.compile(r"\b(?:University|College|Hospital|School)\b")
# a word that names an employer after it: "works as an analyst for Morgans Financial", "a planner at Transport North"
EMPLOYER_BEFORE_RE = re.compile(r"(?<![\w-])(?:for|at|with|of|by|joined|join|joins)[ \t\n]+$")
OWNED_AFTER_RE = re.compile(r",[ \t]+(?:the[ \t]+)?(?P<who>[A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,3})(?:’s|'s)[ \t]+[a-z]")


def parent_bodies(doc: Document) -> None:
    """An organisation with no affiliation that the text first names as another's belongs to it; one whose parent
    the text names in apposition ("Thames Water's parent, Kemble Water Holdings,") belongs to that parent."""
    text = doc.actor_text
    orgs = [a for a in doc.actors if a.kind in ("organization", "government")]
    if "parent" in text or " owner" in text:
        _named_parents(text, orgs)
    _owners_after(text, orgs)
    by_form = {f: o for o in orgs for f in [o.name, *o.aliases]}
    if " Local " in text:
        _union_locals(orgs, by_form)
    head_end = title_case_headline_end(text)  # (a headline's mention is not the first naming)
    for org in orgs:
        body = [sp for sp in org.mentions if sp.start >= head_end]
        if org.affiliation or not body:
            continue
        organ_of = _international_parent(text, org, body[0].end)
        named = by_form.get(organ_of) if organ_of is not None else None
        if named is not None and named is not org and named.mentions and named.mentions[0].start <= body[0].start:
            org.affiliation = named.name  # (a parent the text has named by then: the shared samples' reference keeps
            continue  # no parent for a "UN Security Council" named before any mention of the UN of its own)
        first = body[0].start
        m = PARENT_BEFORE_RE.search(text, max(0, first - 80), first) \
            if text[max(0, first - 8):first].rstrip().endswith(POSSESSIVE_ENDS) else None  # (every match ends so)
        if m is None:
            at = AT_PARENT_RE.match(text, body[0].end) if text.startswith(" at ", body[0].end) else None
            host = _named_form(by_form, at.group("named")) if at else None
            if host is not None and host is not org and HOST_RE.search(host.name):
                org.affiliation = host.name  # "the Brennan Center for Justice at New York University": the university's
            continue
        desc = m.group("desc")
        others = [o for o in orgs if o is not org]
        parent = (latest_org(others, m.start(), FITS[desc]) if desc in FITS else None) if desc \
            else _named_form(by_form, m.group("named"))
        if parent is not None and parent is not org:
            org.affiliation = parent.name


# "UFCW Local 1546", "Teamsters Local 705", "IBEW Local 46": a union's local, named by the union's name or short name
LOCAL_RE = re.compile(r"(?P<union>.+?)[ \t]+Local[ \t]+\d+[A-Z]?$")


def _union_locals(orgs: list[Actor], by_form: dict[str, Actor]) -> None:
    """A union's local belongs to the union its name opens with, when the text names that union (by any of its forms)."""
    for org in orgs:
        m = LOCAL_RE.fullmatch(org.name) if not org.affiliation else None
        union = by_form.get(m.group("union")) if m else None
        if union is not None and union is not org:
            org.affiliation = union.name


# the intergovernmental bodies whose organs a text names with them ("African Union Commission", "UN Security
# Council", "the World Food Programme, the UN's food aid arm,"): the forms a name or an apposition gives them in
INTERNATIONAL = {"UN": "United Nations", "U.N.": "United Nations", "United Nations": "United Nations",
                 "African Union": "African Union", "AU": "African Union", "European Union": "European Union",
                 "EU": "European Union", "E.U.": "European Union", "ECOWAS": "ECOWAS", "NATO": "NATO", "ASEAN": "ASEAN",
                 "Arab League": "Arab League", "OPEC": "OPEC", "IGAD": "IGAD", "SADC": "SADC"}
INTERNATIONAL_LEAD_RE = re.compile(r"(?:" + "|".join(sorted(map(re.escape, INTERNATIONAL), key=lambda f: (-len(f), f)))
                                   + r")[ \t]+(?=[A-Z])")
# an apposition that makes a body an organ of one: ", the UN's food aid arm,", ", the United Nations' refugee agency,"
ORGAN_OF_RE = re.compile(r",[ \t]+(?:the[ \t]+)?(?P<who>" + "|".join(sorted(map(re.escape, INTERNATIONAL), key=lambda f: (-len(f), f)))
                         + r")(?:’s|'s|’|')[ \t]+(?:[a-z-]+[ \t]+){0,3}(?:agency|arm|body|organ|wing|mission|office|"
                           r"programme|program|fund|watchdog|court|tribunal|commission|council|panel|force)\b")


def _international_parent(text: str, org: Actor, end: int) -> str | None:
    """The intergovernmental body an organisation's own name opens with ("African Union Commission", "U.N. Security
    Council"), or that an apposition right after its first naming makes it an organ of ("The World Food Programme,
    the UN's food aid arm, said"); parent_bodies gives it when the text has named that body by then."""
    lead = INTERNATIONAL_LEAD_RE.match(org.name)
    if lead is not None:
        return INTERNATIONAL[lead.group().rstrip()]
    organ = ORGAN_OF_RE.match(text, end) if text.startswith(",", end) else None
    return INTERNATIONAL[organ.group("who")] if organ is not None else None


# "Thames Water's parent, Kemble Water Holdings", "Frontier's parent company, Frontier Group Holdings", "Thames Water's
# parent company Kemble Water" (no comma after a noun of the parent's kind)
PARENT_NAMED_RE = re.compile(r"(?:(?P<s>’s|'s|(?<=s)’|(?<=s)')|(?<![\w-])(?P<its>[Ii]ts))[ \t]+(?:(?:former|new|majority)[ \t]+)?"
                             r"(?:parent|owner)(?:,|[ \t]+(?:company|group|firm|holding company),?)[ \t]+(?:the[ \t]+)?")
# what an apposition after a body's name says of its owner: "AerCap, owned by Japan's Orix Corp,", "EDF Energy, a
# subsidiary of EDF,", "the port, a company run by the Adani Group,", "Raytheon, the unit of RTX Corp that makes ..."
OWNER_AFTER_RE = re.compile(r",[ \t]+(?:(?:which|that)[ \t]+is[ \t]+|now[ \t]+)?(?:(?:(?:a|an|the)[ \t]+(?:[a-z-]+[ \t]+){0,2}"
                            r"(?:company|firm|business|group|carrier|airline|bank|operator|venture)[ \t]+)?(?:(?:wholly|majority|"
                            r"partly|jointly|largely|privately)[ \t-]+)?(?:owned|controlled|run)[ \t]+by|(?:a|an|the)[ \t]+(?:[a-z-]+[ \t]+)"
                            r"{0,2}(?:subsidiary|unit|division|affiliate|arm)[ \t]+of)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.]*(?:’s|'s)[ \t]+)?")


def _owners_after(text: str, orgs: list[Actor]) -> None:
    """A body whose apposition names its owner, an organisation of the text, belongs to it ("AerCap, owned by
    Japan's Orix Corp, said"; not a person who runs it: "Acme, run by Jane Doe,")."""
    starts: dict[int, Actor] | None = None
    for o in orgs:
        if o.affiliation is not None:
            continue
        for sp in o.mentions:
            m = OWNER_AFTER_RE.match(text, sp.end) if text.startswith(",", sp.end) else None
            if m is None:
                continue
            if starts is None:
                starts = {s.start: o for o in orgs for s in o.mentions}
            owner = starts.get(m.end())
            if owner is not None and owner is not o:
                o.affiliation = owner.name
                break


def _named_parents(text: str, orgs: list[Actor]) -> None:
    starts = {s.start: o for o in orgs for s in o.mentions}
    ends = {s.end: o for o in orgs for s in o.mentions}
    for m in PARENT_NAMED_RE.finditer(text):
        if m.group("its"):  # "Air India has agreed ..., the carrier said, as its owner, the Tata Group, pushes ahead":
            # the sentence's subject's; "Acme said ... . Its owner, Bellwether Capital, said": the sentence before's
            opens = text[sentence_start(text, m.start() + 2):m.start()].strip() == ""
            child, parent = _opening_org(text, orgs, m.start() - 2 if opens else m.start()), starts.get(m.end())
            if child is not None and parent is not None and child is not parent and child.affiliation is None:
                child.affiliation = parent.name
            continue
        child, parent = ends.get(m.start()) or ends.get(m.end("s")), starts.get(m.end())  # (a mention may hold the "'s")
        if child is not None and parent is None and child.affiliation is None:
            parent = _holding_of(child, orgs)  # "Frontier Airlines' parent company agreed ... Frontier Group Holdings"
        if child is not None and parent is not None and child is not parent and child.affiliation is None:
            child.affiliation = parent.name
            owned = text[next(s.start for s in child.mentions if s.end in (m.start(), m.end("s"))):m.end()]
            owned = owned.rstrip(", \t")
            if owned.startswith(("the ", "The ")):
                owned = owned[4:]
            if owned not in parent.aliases:
                parent.aliases.append(owned)  # ("Thames Water's parent")


HOLDING_WORDS = frozenset("Holdings Holding Group Inc Inc. Corp Corp. Corporation Co Co. plc PLC Ltd Ltd. SA AG NV".split())


def _holding_of(child: Actor, orgs: list[Actor]) -> Actor | None:
    """The one other organisation of the text that shares the child's first word and is named as a holding or group
    ("Frontier Airlines" -> "Frontier Group Holdings"), for "the child's parent" that names no parent after it."""
    first = child.name.split()[0]
    found = [o for o in orgs if o is not child and o.name.split()[0] == first and not HOLDING_WORDS.isdisjoint(o.name.split())]
    return found[0] if len(found) == 1 else None


def _named_form(by_form: dict[str, Actor], named: str) -> Actor | None:
    """The organisation the capitalised words before a possessive name, or their last words do ("The United
    Nations' Food and Agriculture Organization": the United Nations)."""
    words = named.split()
    return next((by_form[form] for k in range(len(words)) if (form := " ".join(words[k:])) in by_form), None)


def _opening_org(text: str, orgs: list[Actor], pos: int) -> Actor | None:
    """The organisation named (by name, not by a description) at the start of pos's sentence."""
    start = sentence_start(text, pos + 2)  # (the stop of "Acme Corp." or "U.S." ends no sentence)
    dateline = DATELINE_RE.match(text, start, pos)
    start = dateline.end() if dateline else start
    for org in orgs:
        for s in org.mentions:
            if start <= s.start <= start + 4 and s.start < pos and text[s.start:s.end] in (org.name, *org.aliases) \
                    and not text.startswith(("The ", "the "), s.start):
                return org
    return None


def officers_of_the_subject(doc: Document) -> None:
    """An officer's title with no affiliation: the organisation an appositive names as its owner ("X, Clearlake's
    co-founder"), else the one that opens the officer's sentence."""
    text = doc.actor_text
    orgs = [a for a in doc.actors if a.kind in ("organization", "government")]
    by_form = {f: o for o in orgs for f in [o.name, *o.aliases]}
    countries = [a for a in doc.actors if a.kind == "country"]
    lede: list[Actor | None] = []  # the lede's company, looked up once when an officer needs it
    for person in doc.actors:
        if person.kind != "person" or person.affiliation or not person.title or not person.mentions:
            continue
        owned = next((m for s in person.mentions if (m := OWNED_AFTER_RE.match(text, s.end))), None)
        if owned and owned.group("who") in by_form:  # "Behdad Eghbali, Clearlake's co-founder"
            person.affiliation = by_form[owned.group("who")].name
        elif OFFICER_RE.search(person.title.split(";")[0].strip()) or _appointed(text, person):
            at = person.mentions[0].start
            subject = _opening_org(text, orgs, at)
            lead = text[sentence_start(text, at + 2):at]  # (+2: a mention that opens its sentence is in that sentence)
            quoted = QUOTE_LEAD_RE.match(lead) if lead[:1] in "“\"" else None
            lead = lead[quoted.end():] if quoted else lead
            own = sentence_start(text, at + 2)  # ("The Kremlin dismissed it. Spokesman Dmitry Peskov said": Russia)
            before = subject is None and (len(lead.split()) <= 4 and ("," not in lead or FRONTED_TITLE_RE.fullmatch(lead))
                                          or SPEAKS_FOR_RE.search(person.title))  # ("The chief executive, Jane Doe, said")
            if before:  # "the Pentagon said ... Press secretary Pat Ryder said", "... said spokesman Bob Jones": the one before
                subject = opening_actor(text, orgs, own)
                if subject is None and SPEAKS_FOR_RE.search(person.title) and own > 2 and text[own - 1] != "\n":
                    subject = opening_actor(text, countries, own - 2)
            if subject is None and CORPORATE_RE.search(person.title.split(";")[0].strip()):
                lede = lede or [_lede_company(text, orgs)]  # "Chairman Richard Okoye said ...", "Chief Financial
                subject = lede[0]  # Officer Hamish Doyle said": the company the story opens with
            if subject is None and before and (lead.strip() or not text.startswith(person.name, at)):  # ("Chairman X":
                subject = opening_actor(text, orgs, _before_sentence(text, own))  # the title inside the mention)
            person.affiliation = subject.name if subject else None


APPOINTING = ("appoint", "named ", "names ", "hire", "chose ", "picked ", "tapped ", "nominated ", "installed ", "retain",
              "promoted ", "elected ")  # (the stems of APPOINTER_RE's verbs: a cheap test before the pattern)


def _appointed(text: str, person: Actor) -> bool:
    """Is the person's first mention the object of an appointing verb ("Harbor Health has hired Elena Marsh as senior vice
    president"): any post so given is the appointing body's, as an officer's is."""
    first = person.mentions[0]
    before = text[max(0, first.start - 60):first.start]
    return any(v in before for v in APPOINTING) and APPOINTER_RE.search(text, max(0, first.start - 60), first.end) is not None


def _before_sentence(text: str, own: int) -> int:
    """Where opening_actor looks for the sentence before the one that starts at `own`: the paragraph before's last
    sentence when `own` opens a paragraph ("... Larkfield's director said.\n\nChief executive Paul Darby did not speak";
    asked only for a post fronted before the name: "Andrew Feldman, Cerebras' chief executive" names its own body)."""
    return len(text[:own].rstrip()) if own and text[own - 1] == "\n" else own


# a kind of business before the company's name at the lede's start ("Copper producer Halvorsen Resources cut ...", "British
# housebuilder X")
LEDE_KIND_RE = re.compile(r"(?:[A-Z][a-z]+[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*[ \t]+(?=[A-Z])")


def _lede_company(text: str, orgs: list[Actor]) -> Actor | None:
    """The company the first sentence after the dateline opens with ("SYDNEY — Southern Cross Air said ..."), or with no
    dateline the lede after the headline ("Copper producer Halvorsen Resources cut ..."), if any."""
    line = DATELINE_RE.search(text, 0, 800)
    lines = [m for m in LINE_RE.finditer(text, 0, 800)][:2] if line is None else []
    if line is None and len(lines) < 2:
        return None
    start = line.end() if line is not None else lines[1].start()
    at = start + (4 if text.startswith("The ", start) else 0)
    kind = LEDE_KIND_RE.match(text, at) if line is None else None  # (the dateline's lede as before)
    at = kind.end() if kind else at
    return next((o for o in business_orgs(orgs) if any(s.start == at for s in o.mentions)), None)


LINE_RE = re.compile(r"[^\n]*\S[^\n]*")  # a line with words


# "Basketly, founded in 2017 by Priya Raman, has ...": the body a person founded, named before
FOUNDED_BY_RE = re.compile(r"(?P<org>[A-Z](?:[\w&’'-]|\.(?=\w))*(?:[ \t]+[A-Z](?:[\w&’'-]|\.(?=\w))*){0,3}),[ \t]+"
                           r"(?:which[ \t]+was[ \t]+)?"
                           r"(?:co-)?founded[ \t]+(?:in[ \t]+\d{4}[ \t]+)?by[ \t]+$")


def founders(doc: Document) -> None:
    """A person with no affiliation named as who founded a body ("Basketly, founded in 2017 by Priya Raman")."""
    text = doc.actor_text
    if "founded" not in text:
        return
    by_form = {f: o for o in doc.actors if o.kind in ("organization", "government") for f in [o.name, *o.aliases]}
    for person in doc.actors:
        if person.kind != "person" or person.affiliation:
            continue
        for span in person.mentions:
            m = FOUNDED_BY_RE.search(text, max(0, span.start - 80), span.start)
            if m and m.group("org") in by_form:
                person.affiliation = by_form[m.group("org")].name
                break


def employers(doc: Document) -> None:
    """'Hapag-Lloyd chief executive Rolf Habben Jansen': a capitalised employer a person's title names, that no
    actor is named for and that is no place or campaign, is an organisation of the text (with its mentions)."""
    if any(rules.code != "en" for rules in doc.rule_sets):
        return  # English employers' names (a Russian or Korean text has its own rules)
    text = doc.actor_text
    known = {f for a in doc.actors for f in [a.name, *a.aliases]}
    orgs = {o.name for o in doc.actors if o.kind == "organization"}
    bare = {a.name: a for a in doc.actors if a.kind == "person" and not a.title and not a.affiliation}
    for person in [a for a in doc.actors if a.kind == "person" and a.affiliation]:
        aff = person.affiliation or ""
        if f"{aff} Party" in orgs:  # "Conservative MP Chris Philp" in a text that names the Conservative Party
            person.affiliation = f"{aff} Party"
            continue
        if set((person.title or "").split(";")[0].split()[-1:]) & LOCAL_HEADS:
            continue  # "Mandera Governor X", "Portland Mayor X": a place's head, no employer
        named = bare.get(aff)
        if named is not None and named is not person and " " in aff and sex_of(aff.split()[0]) is None \
                and not {w.title() for w in (person.title or "").split()} & LOCAL_HEADS \
                and any(EMPLOYER_BEFORE_RE.search(text, max(0, m.start - 8), m.start) for m in named.mentions):
            # ("the mayor of Greater Manchester"; "His chief of staff, X" after "Mahmoud Abbas met ...": a person)
            named.kind = "organization"  # "who works as an analyst for Morgans Financial": an employer, read as a name
            continue
        if aff in known or not aff[:1].isupper() or gazetteer.lookup(aff) or aff in US_STATE_NAMES \
                or aff.endswith(("campaign", "Campaign", " County")) or aff.split()[0] in US_STATE_NAMES and len(aff.split()) == 2 \
                or aff in US_PARTY_NAMES or f" for {aff}" in (person.title or ""):  # ("senator for Tasmania": a seat)
            continue  # (a county is a place: local.counties makes it an actor when the text comes back to it; an American
            # party's usual name, no body of its own when the text names only "the South Carolina Democratic Party")
        spans = [Span(start, end) for start, end in whole_word(text, aff)]
        if " " not in aff and aff.istitle() and "-" not in aff and all(re.search(r"(?:^|[.!?”\"]\s+|\n)$", text[max(0, s.start - 3):s.start]) for s in spans):
            continue  # "Sports minister ...": one capitalised word only where a sentence starts says nothing
        if spans:
            home = body_home(aff, doc.actors, text)  # as org_affiliations gives bodies found
            doc.actors.append(Actor(aff, "organization", None, home, [], spans))  # before ("a spokeswoman for the FDA":
            # the United States'; "the Senate health committee" a chair's title names: the Senate's)
            known.add(aff)
    if " Local " in text:  # ("president of UFCW Local 1546": a local made here is its union's too)
        made = [a for a in doc.actors if a.kind == "organization"]
        _union_locals(made, {f: o for o in made for f in [o.name, *o.aliases]})


def commissioners(doc: Document) -> None:
    """'Trade Commissioner Maros Sefcovic' with no affiliation, in a text that names the European Commission: its."""
    if not any(a.name == "European Commission" for a in doc.actors):
        return
    for person in doc.actors:
        if person.kind == "person" and not person.affiliation and person.title \
                and person.title.split(";")[0].split()[-1] in ("Commissioner", "commissioner"):
            person.affiliation = "European Commission"


__all__ = ["commissioners", "employers", "founders", "officers_of_the_subject", "parent_bodies"]

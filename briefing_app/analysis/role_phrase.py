"""Title and affiliation of a description of a person ("Clinton's campaign chairman", "president
of Concerned Women for America", "the Russian foreign minister", "a spokeswoman for the agency"):
the role noun at its head, the possessor or the body after "of", "at" or "for", a country's
adjective before the title. Used for appositives and fronted descriptions (appositives.py) and
author bios (bios.py)."""
from __future__ import annotations

import re

from briefing_app.analysis import companies, gazetteer
from briefing_app.analysis.given_names import sex_of
from briefing_app.analysis.provinces import PROVINCES
from briefing_app.analysis.roles import MODIFIERS, ORG_HEADS, ROLE_WORDS, US_STATE_NAMES, Role, employer_first, title_text

LEADING_RE = re.compile(r"(?:(?:After|Before|As|When|While|Then|Now|now|then|also|currently|formerly|once|later|"
                        r"still|already)\s+)+")
WEEKDAYS_MONTHS = ("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
                   "August|September|October|November|December")
TIME_TAIL_RE = re.compile(r"\s+(?:(?:on|in|since|until)\s+(?:" + WEEKDAYS_MONTHS + r"|(?:19|20)\d\d)\b.*|(?:last|this|next|earlier\s+this)"
                          r"\s+(?:year|month|week|spring|summer|autumn|fall|winter))$")  # ("director of Oxfam last year")
TIME_WORDS = ("year", "month", "week", "spring", "summer", "autumn", "fall", "winter")
# the seat an elected member holds ("the Mount Vernon district member", "the District 3 supervisor", "the Ward 2
# councilmember"): a place that names no body
SEAT_RE = re.compile(r"(?:(?<=^)|(?<=^the )|(?<=’s )|(?<='s ))(?:(?:[A-Z][\w'’-]*[ \t]+){1,3}(?:district|ward)|(?:District|Ward)"
                     r"[ \t]+\d+)[ \t]+(?=(?:member|supervisor|trustee|commissioner|representative|councilmember|"
                     r"council member|councilor|councillor|alderman)\b)")
# a past participle's phrase after the role ("appointed by President Donald Trump", "based in Nairobi", "elected in
# 2019"): no part of the title or the body (not the first word: "appointed by ..." alone is no description)
PARTICIPLE_TAIL_RE = re.compile(r"(?<=\w)\s+(?:(?:appointed|named|nominated|elected|re-elected|hired|chosen|picked|installed|"
                                r"based|trained|educated|born|raised)\s+(?:by|in|at|as|to|on|from|for|last|this|next)|"
                                r"(?:bidding|seeking|hoping|trying|vying|aiming|striving|running|campaigning|looking)\s+(?:to|for)"
                                r")\b.*$")  # ("the former secretary of state bidding to make history as ...": what she seeks is
# no part of the post)
# a relative clause that makes the person something: "who was sworn in as X", "who was named X", "who became X"
MADE_RE = re.compile(r"who\s+(?:(?:was|is|has\s+been|had\s+been)\s+(?:sworn\s+in|named|appointed|elected|installed|"
                     r"confirmed)(?:\s+as)?|became)\s+(?=(?:the\s+|a\s+|an\s+)?[a-z])")
DETERMINER_RE = re.compile(r"(?:the|a|an|its|his|her|their|whose)\s+", re.I)
POSSESSOR_RE = re.compile(r"(?P<who>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)(?P<s>’s|'s|(?<=s)’|(?<=s)')\s+")
HONORIFIC_RE = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.\s+")
# an organisation described, not named, as the possessor: resolved to the latest one it fits (org_coref)
DESC_WORDS = (r"panel|committee|board|agency|company|firm|bloc|party|group|council|commission|union|alliance|ministry|"
              r"department|institute|campaign|court|country|city|state|county|bank|lender|regulator|carmaker|automaker|college|"
              r"retailer|airline|insurer|network|foundation|association|fund|university|administration|district|league|"
              r"grocer|club|charity|division|watchdog|system|office|service|authority|unit|utility|federation|chamber|coalition|"
              r"carrier|operator|clinic|hospital|consortium|museum|school|church|tribunal|caucus|local|institution|body|"
              r"organi[sz]ation|nonprofit|trust|society|bureau")  # ("the local's president":
# a union's local)
# ("the water district's general manager": a kind word before the noun)
DESC_POSSESSOR_RE = re.compile(r"(?:[a-z]+\s+|(?:[A-Z][\w-]*\s+){1,3})?(?P<who>" + DESC_WORDS + r")(?:’s|'s)\s+(?=\S)")
# ("The Santa Clara company's chief executive": a place's words before the noun)
# a post in a body's own unit, named by the body's name or its noun: "the special agent in charge of the FBI's Houston
# field office", "commander of the patrol's Granville post", "head of the ministry's epidemiology department"
UNIT_OF_OWNER_RE = re.compile(r"(?P<role>.+?)\s+(?:of|for|at|in|with)\s+(?:the\s+)?(?:(?P<named>(?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*)|"
                              r"(?P<desc>" + DESC_WORDS + r"|patrol))(?:’s|'s|(?<=s)[’'])\s+(?:[\w-]+\s+){0,4}?(?:office|unit|division|"
                              r"department|post|bureau|branch|team|section|directorate|wing|arm|desk|program|programme|lab|"
                              r"laboratory|center|centre|service|command)(?:\s+in\s+(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)?")
UNIT_NOUNS = frozenset("office unit division department post bureau branch team section directorate wing arm desk program "
                       "programme lab laboratory center centre service command".split())  # (UNIT_OF_OWNER_RE's last words)
IN_PLACE_TAIL_RE = re.compile(r"\s+in\s+(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*$")  # "... research lab in Cambridge"
RELATIVE_IN_RE = re.compile(r"\s+(?:who|which|that)\s+")
WORKS_AS_RE = re.compile(r"\b(?:works|worked|serves|served|is|was)\s+as\s+(?:a|an|the)?\s*(?P<role>.+)$")
# "a spokeswoman for the agency", "an economist at the bank": the organisation named before
FOR_DESC_RE = re.compile(r"\s+(?:for|at|of)\s+the\s+(?:[a-z][\w-]*\s+|[A-Z][\w]*-[a-z][\w-]*\s+){0,2}(?P<who>"
                         + DESC_WORDS + r")$")  # ("for the Hamburg-based company")
FOR_ROLE_RE = re.compile(r"\s+for\s+the\s+[a-z][\w-]*$")
FOR_RE = re.compile(r"\s+for\s+(?:the\s+)?(?P<who>[A-Z][^,;]*)$")
THE_NAME_RE = re.compile(r"\s+for\s+the\s+[A-Z][\w&’'.-]*(?:\s+(?:(?:of|and|for|on)\s+)?[A-Z][\w&’'.-]*){0,5}$")
OF_RE = re.compile(r"\s+(?:of|at|with|on)\s+(?:the\s+)?(?:(?:ruling|governing|powerful|influential|interim|transitional|state-run|"
                   r"state-owned|(?:main\s+)?opposition)\s+)?(?:(?:(?:research|investment|law|consulting|advisory|accounting|"
                   r"brokerage|private[ -]equity|asset[ -]management|trade|lobby|industry|advocacy|campaign|pressure|tech|"
                   r"technology|energy|drug|shipping|media|software|chip|defen[cs]e|hedge|venture|data|security|analytics|"
                   r"housing|homelessness|children's|health|environmental|conservation|anti-poverty|poverty|food|"
                   r"mental[ -]health|consumer|patients'|human[ -]rights|civil[ -]liberties|transport|education|oil|gas)\s+)?"
                   r"(?:consultancy|company|firm|group|charity|think[ -]tank|bank|startup|fund|"
                   r"agency|publisher|network|party|union|nonprofit|organi[sz]ation|broadcaster|lender|insurer)\s+)?"
                   r"(?P<org>[A-Z][^,;]*)$")  # ("founder of the consultancy SemiAnalysis")
# "director of food policy", "professor of economics": a role and its field in lower case
TOPIC_OF_RE = re.compile(r"(?P<role>.+?)(?P<topic>\s+(?:of|for)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5})$")
# "ambassador to Russia", "special envoy to the Sahel": an envoy's post, no body of theirs
POSTED_TO_RE = re.compile(r"(?P<role>[^,;]*?\b(?:ambassador|envoy|emissary|representative|delegate|consul|"
                          r"high commissioner))\s+(?:to|for)\s+(?:the\s+)?[A-Z][^,;]*$", re.I)
IN_PLACE_RE = re.compile(r"\s+in\s+[A-Z][^,;]*$")
# "a former adviser to the World Bank", "an aide to Senator Ann Lee": whom an adviser works for (a body: its affiliation;
# a person: its possessor, as "Clinton's adviser")
ADVISER_TO_RE = re.compile(r"(?P<role>(?:[\w-]+\s+){0,3}(?:adviser|advisor|aide|consultant|counsel(?:l?or)?))\s+to\s+(?:the\s+)?"
                           r"(?P<who>[A-Z][^,;]*)$")
# the words of an occupation in apposition: lower-case nouns, the last not an adverb, a participle or a clause's verb
OCCUPATION_RE = re.compile(r"(?:[a-z][a-z-]*\s+){0,2}(?![a-z]+(?:ly|ing|ed|s)\b)[a-z][a-z-]{3,}")
# nouns that are no occupation at a place ("her best friend at Lehigh", "a former detainee at Guantanamo Bay")
NOT_OCCUPATIONS = frozenset("""who which that there here home work odds risk stake least most first last times once friend
    wife husband son daughter mother father brother sister cousin uncle aunt child girlfriend boyfriend fiance fiancee
    relative classmate roommate neighbor neighbour guest visitor detainee inmate prisoner patient resident customer client
    passenger victim survivor shopper spectator tourist rally event meeting speech protest affair clash fight battle
    match game protester protestor demonstrator attendee participant panelist panellist regular fan supporter
    witness bystander onlooker worshipper diner contestant competitor""".split())
HONORIFICS = frozenset(("Mr", "Mrs", "Ms", "Dr", "Vice", "Sen", "Rep", "Gov"))
ADVISEE_NAME_RE = re.compile(r"[A-Z][\w&’'.-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w&’'.-]*)*(?:\s+\([A-Z]{2,9}\))?")
ACRONYM_RE = re.compile(r"\s*\((?P<acr>[A-Z][A-Za-z.&]{1,9})\)$")


POSSESSIVE_END_RE = re.compile(r"(?:’s|'s)$")
# a candidate's campaign ("the Clinton campaign", "Hillary Clinton's campaign", "Mitt Romney's 2012 presidential
# campaign"): the candidate's last name and "campaign", as the tuned answers name it ("Clinton campaign"; not "the Brady
# Campaign", a body's own name)
CAMPAIGN_RE = re.compile(r"(?:the\s+)?(?:[A-Z][\w.’'-]*\s+)*?(?P<who>[A-Z][\w’'-]*?)(?:’s|'s|(?<=s)[’'])?\s+(?:(?:\d{4}|"
                         r"presidential|re-?election|insurgent|Senate|gubernatorial|mayoral|primary|national)\s+)*campaign")
CAMPAIGN_OWNER_RE = re.compile(CAMPAIGN_RE.pattern + r"(?:’s|'s)\s+(?=[a-z])")


def campaign_of(words: str) -> str | None:
    """'the Clinton campaign', "Mitt Romney's 2012 campaign" -> 'Clinton campaign', 'Romney campaign'."""
    m = CAMPAIGN_RE.fullmatch(words.strip()) if words.endswith("campaign") else None
    return _campaign(m.group("who")) if m else None


def _campaign(who: str) -> str | None:
    return None if who.lower() in MODIFIERS else who + " campaign"  # (not "the Democratic campaign", "the Senate campaign")


def _country_in(text: str) -> str | None:
    for m in gazetteer.PLACE_RE.finditer(text):
        alias = POSSESSIVE_END_RE.sub("", m.group())
        hit = gazetteer.lookup(alias)
        if hit and hit[1] == "country" and alias not in gazetteer.WEAK_ALIASES:
            return hit[0]
        if hit and hit[0] == "White House":  # "former White House national security adviser": a US official
            return gazetteer.HOME[hit[0]]
    return None


# "Japan's Ministry of Defense", "Indonesia's Ministry of Marine Affairs and Fisheries": a country's possessive before a
# body's name is no part of the name (the body and its country are found where the text names them)
COUNTRY_POSSESSIVE_RE = re.compile(r"(?:the\s+)?(?P<c>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}?)(?:'s|’s|'|’)\s+(?=[A-Z])")


# "of Texas and Marco Rubio of Florida", "of Gotham Ghostwriters and an independent political analyst", "of Fordham
# University and Margo Anderson": a second item coordinated after the body (a person, a title, a lower-case description)
AND_NEXT_RE = re.compile(r"\s+and\s+(?=[a-z]|(?:Sen|Rep|Gov|Sens|Reps|Mr|Mrs|Ms|Dr|Senator|Governor|Representative|"
                         r"President|Professor|Prof)\b|(?P<first>[A-Z][a-z]+)\s+[A-Z])")


def first_item(org: str) -> str:
    """The body's name without a second item coordinated after it (AND_NEXT_RE; a capitalised word after "and" only
    when it is a given name: "Department of Housing and Urban Development" stays whole)."""
    if " and " in org and (cut := AND_NEXT_RE.search(org)) and (not cut.group("first") or sex_of(cut.group("first"))):
        return org[:cut.start()]
    return org


def named_actor(org: str) -> str:
    """The actor an organisation phrase names: the gazetteer's name for a known country or body
    ("NATO", "the Pentagon"), else the phrase (or its acronym in brackets); a second item coordinated after it (a
    person, a title or a lower-case description: AND_NEXT_RE) is no part of it."""
    org = first_item(org)
    hit = gazetteer.lookup(org.strip())
    if hit is None and ("'" in org or "’" in org) and (own := COUNTRY_POSSESSIVE_RE.match(org.strip())) \
            and (place := gazetteer.lookup(own.group("c"))) is not None and place[1] == "country":
        return named_actor(org.strip()[own.end():])
    return hit[0] if hit else _org(org)


def _org(org: str) -> str:
    """An organisation's short form: its acronym if the text gives one in brackets."""
    acr = ACRONYM_RE.search(org)
    org = org.strip()
    return acr.group("acr") if acr else org[4:] if org.startswith("The ") and " " in org[4:] else org  # ("The Futurum Group")


# "(a) Democratic senator from Vermont", "a Republican from North Carolina": an elected official's state (the party
# word is no title)
FROM_STATE_RE = re.compile(r"(?:(?:Democratic|Republican|Democrat|Independent|GOP|first-term|veteran|freshman)\s+)*"
                           r"(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+)?from\s+(?:the\s+state\s+of\s+)?"
                           r"(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")
RESPONSIBLE_RE = re.compile(r"(?P<role>[\w-]+(?:\s+[\w-]+){0,2}?)\s+(?:responsible\s+for|in\s+charge\s+of)\s+\S.*")
FOR_NAME_RE = re.compile(r"\sfor\s+(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*)*$")
VERB_FIRST_RE = re.compile(r"(?!(?:retired|former|elected|appointed|acting)\b)[a-z]+ed\s|(?:will|would|could|should|can|may|"
                           r"might|must|has|have|had|is|was|were|are|did|does|do)\s")  # ("Davis, will stay on as an adviser")
# "a senior analyst for Ethiopia at the International Crisis Group": the body "at" names employs; "for" gave a topic
LEAD_MODIFIERS_RE = re.compile(r"(?:(?:former|senior|top|veteran|longtime|leading|prominent)\s+)+")
FOR_CLIENTS_RE = re.compile(r"(.+?)\s+for\s+(?:the|his|her|their|its)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*s$")
AT_BODY_RE = re.compile(r".+?\s+at\s+(?:the\s+)?(?P<body>[A-Z].*)$")
PARTY_TITLE_RE = re.compile(r"(Democratic|Republican)[ \t]+(?:presidential[ \t]+|gubernatorial[ \t]+|Senate[ \t]+)?"
                            r"(?:nominee|candidate|challenger|incumbent)$")


# the office of a county's, city's or state's elected head is the county's, city's or state's ("a spokeswoman for the
# sheriff's office", "an aide in the governor's office"); the sheriff's deputies are the county's ("the sheriff's
# chief deputy"; a sheriff's office is a county department)
OFFICE_PLACE = {"sheriff": "county", "mayor": "city", "governor": "state"}
FOR_OFFICE_RE = re.compile(r"(?P<role>.+?)\s+(?:for|at|of|in|with)\s+the\s+(?:county\s+|city\s+|state\s+)?"
                           r"(?P<who>sheriff|mayor|governor)(?:’s|'s)\s+office$")
SHERIFFS_RE = re.compile(r"(?:county\s+)?sheriff(?:’s|'s)\s+(?P<role>.+)$")


# "the chairman of the supervisors", "president of the county commissioners": the body those members sit on (resolved
# to the text's body whose name holds the word, org_affiliations)
OF_MEMBERS_RE = re.compile(r"(?P<role>.+?)\s+of\s+the\s+(?:(?:county|city|town|school|board)\s+)?"
                           r"(?P<members>supervisors|commissioners|trustees|regents|aldermen|selectmen|councillors|councilors|"
                           r"freeholders|governors)$")


NOW_AND_FORMER_RE = re.compile(r"(?P<now>.+?)\s+and\s+(?:a\s+|an\s+)?former\s")
# "a former NATO official now at the European Council on Foreign Relations": a past post, then the present employer
FORMER_NOW_AT_RE = re.compile(r"(?P<was>former\s.+?)\s+(?:who\s+is\s+)?now\s+(?:at|with)\s+(?:the\s+)?(?P<org>[A-Z][^,;]*)$")


def _unit_last(d: str) -> str:
    """The last word of a description, before a place it is in ("director of Microsoft's research lab in Cambridge": lab)."""
    if " in " in d and (tail := IN_PLACE_TAIL_RE.search(d)):
        d = d[:tail.start()]
    return d[d.rfind(" ") + 1:]


def describe(desc: str) -> Role:
    """Title and affiliation of a description such as "Clinton's campaign chairman",
    "president of Concerned Women for America", "the Russian foreign minister"."""
    d = HONORIFIC_RE.sub("", desc.strip())
    if "istrict " in d or "ard " in d:
        d = SEAT_RE.sub("", d)  # "the Mount Vernon district member", "the District 3 supervisor": a seat, no body
    if "ed " in d or "ing " in d:
        d = PARTICIPLE_TAIL_RE.sub("", d)  # "a Fed governor appointed by President Trump": the role before it
    if " on " in d or " in " in d or " since " in d or " until " in d or d.endswith(TIME_WORDS):
        d = TIME_TAIL_RE.sub("", d)  # "transitional president on Thursday": a time is no affiliation
    made = MADE_RE.match(d) if d.startswith("who ") else None
    if made:
        d = d[made.end():]  # "who was sworn in as transitional president": the post
    elif d.startswith(("who will ", "who would ", "who is to ", "who is due to ", "who is set to ")):
        return Role()  # "who will become chairman in March": a post to come is no title
    role = Role()
    if VERB_FIRST_RE.match(d):
        return role  # "praised the governor": a clause, not a description
    intro = LEADING_RE.match(d)
    if intro:
        d = d[intro.end():]
    det = DETERMINER_RE.match(d)
    if det:
        d = d[det.end():]
    members = OF_MEMBERS_RE.fullmatch(d) if " of the " in d else None
    if members and last_role(members.group("role")):  # "the chairman of the supervisors"
        return Role(title_text(members.group("role")), "the " + members.group("members"))
    office = FOR_OFFICE_RE.fullmatch(d) if "’s office" in d or "'s office" in d else None
    if office and last_role(office.group("role")):  # "a spokeswoman for the sheriff's office": the county's
        return Role(title_text(office.group("role")), OFFICE_PLACE[office.group("who")])
    deputy = SHERIFFS_RE.match(d) if d.startswith(("sheriff", "county sheriff")) else None
    if deputy and (last_role(deputy.group("role")) or deputy.group("role").endswith("deputy")):  # "the sheriff's chief deputy"
        return Role(title_text(deputy.group("role")), "county")
    if " from " in d and (home := FROM_STATE_RE.fullmatch(d)) and home.group("place") in US_STATE_NAMES:
        return Role(title_text(home.group("role") or ""), home.group("place"))  # "a Democratic senator from Vermont"
    unit = UNIT_OF_OWNER_RE.fullmatch(d) if _unit_last(d) in UNIT_NOUNS and ("’s " in d or "'s " in d or "s’ " in d
                                                                         or "s' " in d) else None
    if unit and (last_role(unit.group("role")) or unit.group("role").endswith("agent in charge")):  # "the special agent
        who = unit.group("named")  # in charge of the FBI's Houston field office" (the title of US federal agencies' heads
        # of a field office: FBI, DEA, ATF, Secret Service): the FBI
        return Role(title_text(unit.group("role")) or unit.group("role"), named_actor(who) if who else unit.group("desc"))
    charged = RESPONSIBLE_RE.fullmatch(d) if " responsible for " in d or " in charge of " in d else None
    if charged and last_role(charged.group("role")):  # "the minister responsible for Canada-U.S. trade"
        return Role(title_text(d))
    adviser = ADVISER_TO_RE.fullmatch(d) if " to " in d and ("advis" in d or "aide" in d or "consult" in d
                                                           or "counsel" in d) else None
    if adviser and last_role(adviser.group("role")) and ADVISEE_NAME_RE.fullmatch(adviser.group("who")):
        who = adviser.group("who")
        title = title_text(adviser.group("role")) or adviser.group("role")
        known = gazetteer.lookup(who)
        words = who.split()
        if known and known[1] != "person" or len(words) > 1 and not sex_of(words[0]) and not any(
                w.lower().rstrip(".") in ROLE_WORDS or w.rstrip(".") in HONORIFICS for w in words):
            return Role(title, named_actor(who))  # a body: "the World Bank", "the Cato Institute", "NATO"
        return Role(title, None, who)  # a person ("Senator John McCain", "Mr. Sanders")
    posted = POSTED_TO_RE.match(d)
    if posted and last_role(posted.group("role")):  # "a former ambassador to Russia": the title with its post
        role_words = posted.group("role")
        lead = _leading_place(re.sub(r"^(?:former|then)\s+", "", role_words))
        return Role(title_text(d), lead[0] if lead else _country_in(role_words))
    two = NOW_AND_FORMER_RE.match(d)
    if two and last_role(re.split(r"\s+(?:of|at|with|for)\s+", two.group("now"), maxsplit=1)[0]):
        d = two.group("now")  # "the campaigner and former Undertones singer", "a professor of retailing at Ohio State and a former
        # buyer for Macy's": the present role (and its body)
    was = FORMER_NOW_AT_RE.match(d) if " now " in d else None
    if was:  # "a former NATO official now at the ECFR": the present employer, the past post as the title
        return Role(describe(was.group("was")).title or title_text(was.group("was")), named_actor(was.group("org")))
    owner = CAMPAIGN_OWNER_RE.match(d) if "campaign’s " in d or "campaign's " in d else None
    if owner and (campaign := _campaign(owner.group("who"))):  # "the Clinton campaign's communications director"
        return Role(describe(d[owner.end():]).title, campaign)
    desc_pos = DESC_POSSESSOR_RE.match(d)
    if desc_pos:  # "the panel's top Democrat": the panel (an organisation named earlier) is the affiliation
        rest = d[desc_pos.end():]  # ("the agency's representative in Britain": describe drops the place)
        return Role(describe(rest).title, desc_pos.group("who").lower())
    d = _trimmed(_after_possessor(d, role))
    of = OF_RE.search(d)
    if of and last_role(of.group("org")) and not last_role(d[:of.start()]) and d[:of.start()].split()[-1:][0][:1].isupper() \
            and of.group().lstrip().startswith("of"):
        of = None  # "Bank of England deputy governor": the body's name and a title after it, not "X of Y"
    if of and " for " in d[:of.start()] and FOR_NAME_RE.search(d, 0, of.start()):
        of = None  # "a spokeswoman for the Texas Department of Transportation": the "of" is the body's own
    head = _without_for(d[:of.start()] if of else d, role)
    topic = TOPIC_OF_RE.match(head) if head and last_role(head) is None else None
    if topic and last_role(topic.group("role")):
        head = topic.group("role")  # "director of food policy at the Consumer Federation": the title keeps its topic
    if of is not None and det is not None and head and last_role(head) is None and OCCUPATION_RE.fullmatch(head) \
            and head.split()[-1] not in NOT_OCCUPATIONS \
            and det.group().strip().lower() in ("a", "an", "the") and of.group().lstrip().startswith(("at ", "with ")) \
            and not role.affiliation and not role.possessor:
        role.title = head  # "a demographer at the University of Texas", "a volunteer with the Red Cross": whatever the noun,
        _of_affiliation(role, of, d)  # one who is "at"/"with" a named body in apposition works there
        role.title = head
        if role.affiliation and " in " in role.affiliation:  # "a pastor at Grace Church in Dayton": the church
            role.affiliation = re.split(r"\s+in\s+(?=[A-Z])", role.affiliation, maxsplit=1)[0]
        return role
    if not head or last_role(head) is None:
        return Role()
    lead = _leading_place(head)
    if lead:
        role.affiliation = role.affiliation or lead[0]
        head = head[lead[1]:].lstrip()
    elif not role.affiliation and not role.possessor:
        mods = LEAD_MODIFIERS_RE.match(head)  # ("the former Bank of England deputy governor", "a senior Hamas official")
        former = mods.group() if mods else ""
        employer, rest = employer_first(head[len(former):])  # "Mary Barra, General Motors chief executive"
        rest = former + rest
        known = gazetteer.lookup(employer) if employer else None
        if employer and (not known or known[1] == "organization"):  # ("the United Nations humanitarian chief")
            role.affiliation, head = known[0] if known else employer, rest
    role.title = title_text(head + (topic.group("topic") if topic else ""))
    if of and not role.affiliation:
        _of_affiliation(role, of, d)
    if not role.affiliation and not role.possessor and head[:1].isupper():
        role.affiliation = _leading_body(head)  # "the White House press secretary": the White House, not its country
    _affiliation_left(role, head)
    at = AT_BODY_RE.match(role.affiliation) if role.affiliation and " at " in role.affiliation else None
    if at:
        role.affiliation = named_actor(at.group("body"))
    elif of is not None and role.affiliation and role.affiliation[:1].islower() and of.group().lstrip().startswith("at ") \
            and of.group("org")[:1].isupper():  # "chairman of the computer science department at Dartmouth College": the
        role.affiliation = named_actor(re.split(r"\s+in\s+(?=[A-Z])", of.group("org"), maxsplit=1)[0])  # named body the
        # unit is at ("at Troy University in Alabama": the university)
    client = FOR_CLIENTS_RE.match(role.title) if role.title and " for " in role.title else None
    if client:  # "a lawyer for the businesses": the title; those it works for are no body
        role.title = client.group(1)
    if role.title and (role.affiliation in PORTFOLIOS or role.possessor and of is not None and role.affiliation
                       and role.affiliation in of.group("org") and _a_field(role.affiliation)):
        role.title, role.affiliation = f"{role.title} of {role.affiliation}", None  # "Director of Communications", "Meta's
        # Director of Public Policy for the UK": the post's field, no body (the possessor's the body)
    return role


def _a_field(words: str) -> bool:
    """Is the phrase after a possessed post's "of"/"for" a field of work rather than a body: capitalised words with no
    body's noun and no known body or place ("Public Policy for the UK", "Government Affairs"; not "the Harbour Trust")?"""
    hit = gazetteer.lookup(words)
    return hit is None and not any(w.lower().strip(".,") in UNIT_HEADS for w in words.split())


# a firm's or a body's own field after a post's "of" ("Director of Communications", "Head of Investor Relations"): part of
# the title, no organisation
PORTFOLIOS = frozenset(("Communications", "Marketing", "Operations", "Sales", "Engineering", "Public Affairs",
                        "Investor Relations", "Human Resources", "Media Relations", "Government Relations", "Corporate Affairs",
                        "External Affairs", "Public Policy", "Corporate Communications", "Strategy", "Legal Affairs"))


def _after_possessor(d: str, role: Role) -> str:
    """The description after a possessor ("Nebraska's", "the IEA's", "Clinton's"), which gives the
    role its affiliation (a country, a state, an organisation) or its possessor (a person)."""
    pos = POSSESSOR_RE.match(d)
    if not pos:
        return d
    who = pos.group("who")
    place = _country_in(who) if (len(who.split()) == 1 or who.split()[-1].lower() not in ORG_HEADS) \
        and not companies.place_named(who) else None  # (not "Air India's chief executive")
    if place:  # (not "The Russian Football Union's": the union's)
        role.affiliation = place
    elif companies.place_named(who):
        role.affiliation = who  # "Air India's chief executive"
    elif who in US_STATE_NAMES or who in PROVINCES:
        role.affiliation = who  # "Nebraska's agriculture director", "Alberta's premier"
    elif (known := gazetteer.lookup(who)) is not None and known[1] == "organization":
        role.affiliation = known[0]  # "The Fed's vice chair for supervision", "NATO's secretary general"
    elif who.split()[-1].lower() in ORG_HEADS or len(who.split()) == 1 and not who.istitle() or who.isupper() \
            or len(who.split()) > 1 and pos.group("s") in ("’", "'"):
        # "the Republican Party’s nominee", "the IEA's executive director", "General Motors' chief executive"
        role.affiliation = who
    else:
        role.possessor = who  # a person: "Clinton's campaign chairman"
    return d[pos.end():]


def _trimmed(d: str) -> str:
    """The description without a relative clause (unless the role is in it) and a place after the role."""
    rel = RELATIVE_IN_RE.search(d)
    if rel:  # "an independent voter who works as a secretary": the role is in the relative clause
        before, after = d[:rel.start()], d[rel.end():]
        works = WORKS_AS_RE.search(after)
        d = before if last_role(before) or not works else works.group("role")
    where = IN_PLACE_RE.search(d)
    if where and (last_role(d[:where.start()]) or (at := OF_RE.search(d[:where.start()])) and last_role(d[:at.start()])):
        d = d[:where.start()]  # "a former planning commissioner in Minneapolis", "an analyst at RBC in London"
    return d


def _without_for(head: str, role: Role) -> str:
    """The role's words without a "for ..." phrase: the body it names is the affiliation ("a spokeswoman for
    the agency", "for the State Department"); a person it names is not ("for the governor")."""
    fr_desc = FOR_DESC_RE.search(head)
    if fr_desc and _role_and_topic(head[:fr_desc.start()]) and not role.affiliation:
        head = head[:fr_desc.start()]  # "a spokeswoman for the agency": the agency named before (org_coref)
        role.affiliation = fr_desc.group("who")
    for_person = FOR_ROLE_RE.search(head)
    if for_person and last_role(head[:for_person.start()]) and last_role(for_person.group()):
        head = head[:for_person.start()]  # "a spokeswoman for the governor": the title; whose (the governor) is
        role.affiliation = role.affiliation or "the " + for_person.group().split()[-1]  # resolved in org_affiliations
    fr = FOR_RE.search(head)
    if fr and last_role(head[:fr.start()]) and not last_role(fr.group("who")):
        head = head[:fr.start()]  # "A spokeswoman for Defense Secretary Lloyd Austin"
        who = fr.group("who")
        if not role.affiliation and (campaign := campaign_of(who)):
            role.affiliation = campaign  # "a spokesman for the Clinton campaign", "for Hillary Clinton's campaign"
        if not role.affiliation and (gazetteer.lookup(who) or any(w.lower() in ORG_HEADS for w in who.split())
                                     or _a_name(who) or THE_NAME_RE.match(fr.group())):
            role.affiliation = named_actor(who)  # "a spokesman for the State Department", "for Basketly"; "for the
            # Kenya Defence Forces", "for the Royal Navy": a capitalised name after "the" is a body's, never a person's
    return head


def _role_and_topic(words: str) -> bool:
    """'spokeswoman', 'director of public health': a role, with or without its field."""
    topic = TOPIC_OF_RE.match(words)
    return last_role(words) is not None or topic is not None and last_role(topic.group("role")) is not None


# a lower-case word that is no link inside a name ("climate" of "the United Nations climate body", not the "and" of
# "the American Iron and Steel Institute" or the "for" of "Americans for Free Trade")
LOWER_WORD = r"\b(?!(?:and|of|for|the|on|in)\b)[a-z]"  # (a pattern string: re compiles it when first needed)


def _of_affiliation(role: Role, of: re.Match[str], d: str) -> None:
    """'president of Concerned Women for America': the body after "of" / "at" is the affiliation;
    "head of the United Nations climate body": the place inside it is, and the title keeps the phrase."""
    of_org = of.group("org")
    if campaign := campaign_of(of_org):  # "the chief strategist of Mitt Romney's 2012 campaign"
        role.affiliation = campaign
        return
    own, _, parent = of_org.partition(" at ")
    if parent and _named_unit(own):  # "director of the Center for Politics at the University of Virginia": the smallest
        role.affiliation = named_actor(own)  # body named (whose parent the university is)
        return
    inner = gazetteer.PLACE_RE.search(of_org)
    if gazetteer.lookup(of_org) or not inner or not re.search(LOWER_WORD, of_org[inner.end():]):
        role.affiliation = named_actor(of_org)
    else:  # "head of the United Nations climate body": the title keeps the phrase
        hit = gazetteer.lookup(inner.group())
        role.affiliation = hit[0] if hit else None
        role.title = title_text(d[:of.end()])


# the last words of a unit's name inside a larger body ("the Pandemic Center at Brown University", "the Migration Policy
# Program at Georgetown")
UNIT_HEADS = ORG_HEADS | frozenset("school program programme lab laboratory initiative project clinic hospital unit "
                                   "observatory".split())
UNIT_NAME_RE = re.compile(r"(?:the\s+)?[A-Z][\w&’'.-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w&’'.-]*)*")


def _named_unit(words: str) -> bool:
    """Capitalised words (with of/for/and) with a body's noun among them: "the Beijing Climate Centre", "the Center for
    Politics"."""
    return UNIT_NAME_RE.fullmatch(words) is not None and any(w.lower() in UNIT_HEADS for w in words.split())


def _affiliation_left(role: Role, head: str) -> None:
    """An affiliation still missing: a country in the role's words, a party's nominee, a person's campaign."""
    if not role.affiliation:
        role.affiliation = _country_in(head)
    party = PARTY_TITLE_RE.match(role.title or "")
    if party and not role.affiliation:  # "the Democratic nominee": the party's
        role.affiliation = party.group(1) + " Party"
    if not role.affiliation and role.possessor and head.lower().startswith("campaign"):
        role.affiliation = role.possessor.split()[-1] + " campaign"  # "Clinton's campaign chairman"
    if role.affiliation and role.affiliation.endswith(("s'", "s’")):
        role.affiliation = role.affiliation[:-1]  # "The Association of Southeast Asian Nations' secretary-general"


NOT_NAME_WORDS = ROLE_WORDS | MODIFIERS


NAME_LINKS = frozenset(("of", "the", "for", "and", "on"))


def _a_name(words: str) -> bool:
    """'Basketly', 'Harbor Freightlines': capitalised words, none a title's or a modifier's (not
    "Defense Secretary Lloyd Austin"), the name an organisation may go by."""
    toks = words.split()  # ("Johnson & Johnson", "Harlow & Finch": an ampersand between two of them)
    return 0 < len(toks) <= 4 and all(t[:1].isupper() and t.strip(".").lower() not in NOT_NAME_WORDS or t == "&" != toks[0]
                                      or 0 < k < len(toks) - 1 and t in NAME_LINKS  # ("Save the Children")
                                      for k, t in enumerate(toks)) and toks[-1] != "&"


def _leading_body(words: str) -> str | None:
    """The body the gazetteer knows that the first one to three capitalised words of a title name, before its
    lower-case words ("White House press secretary"): the body's name, else None."""
    parts = words.split()
    n = 0
    while n < min(3, len(parts) - 1) and parts[n][:1].isupper():
        n += 1
    if n == 0 or not parts[n][:1].islower():
        return None
    known = gazetteer.lookup(" ".join(parts[:n]))
    return known[0] if known is not None and known[1] == "organization" else None


def _leading_place(words: str) -> tuple[str, int] | None:
    """'Russian foreign minister' -> ('Russia', len('Russian'))."""
    m = gazetteer.PLACE_RE.match(words)
    if not m or m.group() in gazetteer.WEAK_ALIASES or m.group() not in gazetteer.DEMONYMS:
        return None
    hit = gazetteer.lookup(m.group())
    return (hit[0], m.end()) if hit and hit[1] == "country" else None


def last_role(words: str) -> str | None:
    """The head of a description must be a role noun ("the party's nominee"), not any noun."""
    toks = [w.strip(".").lower() for w in words.split()]
    return toks[-1] if toks and toks[-1] in ROLE_WORDS else None


__all__ = ["DETERMINER_RE", "describe", "first_item", "last_role", "named_actor"]

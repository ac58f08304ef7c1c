"""Organisations across an English article: initials as aliases ("the S.E.C." for the Securities
and Exchange Commission), "known as OPEC+", descriptions tied to the latest organisation they
fit ("the committee", "the agency", "the bloc"). Affiliations are in org_affiliations.py."""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

from briefing_app.analysis import gazetteer
from briefing_app.analysis.companies import PARTY_NAMES
from briefing_app.analysis.organisations import PARTY_PLURALS
from briefing_app.analysis.document import Document
from briefing_app.analysis.mention_starts import sorted_starts
from briefing_app.analysis.occurrences import on_key_lines, whole_word
from briefing_app.analysis.org_fold import COMPANY_WORDS
from briefing_app.analysis.roles import US_STATE_NAMES
from briefing_app.analysis.owners import opening_actor, sentence_start
from briefing_app.analysis.spans import SpanReach
from briefing_app.analysis.the_phrases import prepared, the_matches
from briefing_app.core.model import Actor, Span

SMALL = frozenset("and of the for on in to de & +".split())
KNOWN_AS_RE = re.compile(r"[,(]?\s*(?:known as|or|also called)\s+(?P<alias>[A-Z][A-Za-z0-9.&+-]{1,12})")
DESC_HEADS = ("committee panel agency court board bloc alliance group company commission ministry department party union "
              "council organization organisation firm bank campaign administration institute network association "
              "foundation regulator fund university carmaker automaker retailer airline lender insurer country charity league "
              "district division watchdog system office service authority federation chamber coalition carrier operator "
              "kingdom island bureau army club consortium clinic hospital museum tribunal caucus college co-operative cooperative "
              "institution body patrol society military").split()
# "the kingdom": the latest monarchy named
ISLANDS = frozenset("Taiwan Cyprus Iceland Ireland Cuba Malta Singapore Madagascar Jamaica Haiti Greenland".split())
MONARCHIES = frozenset("""Saudi Arabia|Jordan|Morocco|United Kingdom|Netherlands|Belgium|Spain|Norway|Sweden|Denmark|Thailand|
Bahrain|Kuwait|Qatar|Oman|Japan|Cambodia|Bhutan|Eswatini|Lesotho|Brunei|Tonga""".replace("\n", "").split("|"))
DESC_RE = prepared(re.compile(r"[Tt](?<![\w’'-][Tt])he\s+(?:(?P<mod>host|home|neighbou?ring)\s+(?=country))?(?P<head>"
                              + gazetteer.trie_pattern([*DESC_HEADS, "central bank"]) + r")(?![\w-])"))  # "the host country"
# a business's description may carry its home or trade before the head: "the Swiss company", "the Florida carrier",
# "the Ohio-based steelmaker", "the German carrier", "the largest U.S. steelmaker" (a place word must not be another
# body's country; not "the software giant": which of two companies is the giant the text does not say, the latest
# named is often the smaller). Found from the head words (a find each), not tried at every "the" (that cost 1.4%)
TRADE_HEADS = ("company", "firm", "carmaker", "automaker", "retailer", "airline", "lender", "insurer", "carrier", "operator",
               "steelmaker", "drugmaker", "chipmaker", "miner", "utility", "group")
BUSINESS_MODS = (r"(?:[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?(?:-based)?|U\.S\.|[a-z]+-based|largest|biggest|second-largest|"
                 r"software|water|oil|energy|tech|technology|steel|chip|media|mining|shipping|insurance|food|drug|airline|"
                 r"rail|telecoms?|retail|fashion|defen[cs]e|aerospace|e-commerce|online)")
TRADE_BEFORE_RE = re.compile(r"(?<![\w’'-])[Tt]he[ \t]+(?P<trade>" + BUSINESS_MODS + r"(?:[ \t]+" + BUSINESS_MODS + r")?)[ \t]+$")
# which organisation a generic description may stand for, by a word of its name
FITS = {"committee": ("Committee",), "panel": ("Committee", "Board", "Commission", "Council", "Panel"),
        "agency": ("Agency", "Commission", "Administration", "Bureau", "Office", "Service", "Department", "Organization",
                   "Centers", "Centres", "Programme", "Program", "Enforcement", "Protection"),
        "court": ("Court",), "board": ("Board",), "bloc": ("Union",), "alliance": ("NATO", "Alliance"),
        "group": ("Group", "Organization", "Institute", "Association", "Countries", "Hamas", "Greenpeace", "OPEC", "Academy",
                  "Society", "Coalition", "Alliance", "Network", "Federation", "Action"),
        "company": ("Company", "Corp", "Inc", "company"), "commission": ("Commission",), "ministry": ("Ministry",),
        "department": ("Department", "Pentagon", "Ministry"), "party": ("Party", *sorted(PARTY_NAMES), *PARTY_PLURALS), "bureau": ("Bureau",),
        "army": ("Army", "Armed Forces", "Military", "army"),
        "military": ("Military", "military", "Armed Forces", "armed forces", "Defence Forces", "Defense Forces"), "club": ("Club", "FC", "F.C."), "union": ("Union", "Workers", "workers", "Teamsters", "Association", "Federation", "Guild"), "council": ("Council",),
        "organization": ("Organization",), "organisation": ("Organisation",), "firm": ("Company", "Inc"),
        "bank": ("Bank",), "campaign": ("campaign",), "administration": ("administration",),
        "institute": ("Institute",), "network": ("Network",), "association": ("Association",),
        "foundation": ("Foundation",), "central bank": ("Federal Reserve", "Central Bank", "Bank of", "Reserve Bank", "central bank"),
        "regulator": ("Commission", "Authority", "Agency", "Administration", "Office of"), "fund": ("Fund",),
        "watchdog": ("Commission", "Authority", "Agency", "Administration", "Office of", "Inspector"),
        "division": ("Division",), "system": ("System",), "office": ("Office",), "service": ("Service",),
        "authority": ("Authority",), "trust": ("Trust",), "branch": ("Branch",), "federation": ("Federation", "Football Union", "Football Association"), "chamber": ("Chamber",),
        "coalition": ("Coalition",), "consortium": ("Consortium",), "clinic": ("Clinic",), "hospital": ("Hospital",),
        "museum": ("Museum",), "college": ("College",), "co-operative": ("Co-operative", "Cooperative", "Co-op"),
        "cooperative": ("Cooperative", "Co-operative", "Co-op"), "tribunal": ("Tribunal",), "caucus": ("Caucus",),
        "institution": ("Bank", "Federal Reserve", "Fund", "Institution", "University", "Institute"),  # ("the Frankfurt-based
        # institution's president"; "the body": a public or international body's own word)
        "body": ("Council", "Commission", "Committee", "Agency", "Organization", "Organisation", "Authority", "Board", "Union",
                 "Assembly", "Tribunal", "Panel"),
        "university": ("University",), "league": ("League",), "local": ("Local",), "district": ("District",), "patrol": ("Patrol",), "society": ("Society",), "charity": ("Refugee Council", "Foundation", "Trust", "Society", "Fund", "Cross", "Aid",
                                                   "Relief", "Rescue")}
# "the company", "the firm": any organisation that is not a public body, party or association
BUSINESS = ("company", "firm", "carmaker", "automaker", "retailer", "airline", "lender", "insurer", "carrier", "operator",
            "steelmaker", "drugmaker", "chipmaker", "miner", "utility")
PUBLIC_RE = re.compile(r"\b(?:Committee|Council|Ministry|Department|Agency|Party|Commission|Bureau|Court|Parliament|"
                       r"Assembly|Authority|Administration|Office|Senate|House|Congress|Union|Association|Foundation|Service|"
                       r"Institute|Institution|University|College|Center|Centre|School|Academy|Society|Museum|Hospital|Church|"
                       r"Federal|National|State|United|World|International|European)\b")  # ("the company" is no think tank's,
# school's or hospital's: "the Brookings Institution", "the Brennan Center for Justice")


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in SMALL and w[:1].isupper())


def _capitals(actors: list[Actor]) -> list[str]:
    """The forms in three to six capitals the text's actors go by or name as a person's body ("ASEAN", "USW"): the
    acronyms a text uses as names (listed from the actor table: a scan of the whole text costs more than the aliases
    step)."""
    forms = {f for a in actors for f in (a.name, *a.aliases, a.affiliation or "") if 2 < len(f) < 7 and f.isupper()
             and f.isalpha()}
    return sorted(forms)


def _opens_headline(text: str, ini: str) -> bool:
    """Do the initials open the text's first line, a headline above the body ("GM to cut 1,300 jobs at ...")?"""
    return text.startswith(ini + " ") and "\n" in text[:200]


def _compound_fit(acr: str, words: list[str], i: int = 0) -> bool:
    """Does acr spell the words' initials in order, a word of six letters or more perhaps giving one more letter from a
    later part of it ("Association of Southeast Asian Nations": ASEAN; "United Steelworkers": USW)?"""
    if not words:
        return i == len(acr)
    w = words[0]
    if i >= len(acr) or acr[i] != w[0].upper():
        return False
    if _compound_fit(acr, words[1:], i + 1):
        return True
    return len(w) >= 6 and i + 1 < len(acr) and any(
        w[k].upper() == acr[i + 1] and _compound_fit(acr, words[1:], i + 2) for k in range(3, len(w) - 2))


def aliases(doc: Document) -> None:
    text = doc.actor_text
    orgs = [a for a in doc.actors if a.kind in ("organization", "government")]
    capitals: list[str] | None = None  # the text's words in capitals, listed when a name's own initials are not in it
    for org in orgs:
        ini = _initials(org.name)
        if len(ini) == 4 and ini not in text and ini[:3] in text and re.search(r"(?<![\w.])" + ini[:3] + r"(?![\w.])", text):
            ini = ini[:3]  # "CDC" of the Centers for Disease Control and Prevention
        if len(ini) >= 2 and (ini not in text or not _initials_in(text, ini) or gazetteer.lookup(ini)):  # (not "US" inside
            # "USW", nor the country "U.S." of the United Steelworkers)
            capitals = _capitals(doc.actors) if capitals is None else capitals
            ini = next((c for c in capitals if len(ini) < len(c) <= 2 * len(ini) and _compound_fit(
                c, [w for w in org.name.split() if w.lower() not in SMALL and w[:1].isupper()])), ini)
        # (two letters say little, unless "the" goes before them, "the FA" of the Football Association, or they open
        # the headline, "GM to cut 1,300 jobs" over "General Motors will ...")
        if (len(ini) >= 3 or len(ini) == 2 and ("he " + ini in text and re.search(r"\b[Tt]he " + ini + r"\b", text)
                                                 or _opens_headline(text, ini))) \
                and not gazetteer.lookup(ini):
            for start, end in _initials_in(text, ini):
                form = text[start:end]
                if gazetteer.lookup(form):
                    continue
                if form not in org.aliases and form != org.name:
                    org.aliases.append(form)
                org.mentions.append(Span(start, end))
        for alias in _known_as(text, org.name):
            if alias not in org.aliases:
                org.aliases.append(alias)
        _first_word_alias(text, org)
        short = PARTY_SHORT.get(org.name)
        if short and short not in org.aliases and short in text and whole_word(text, short):
            org.aliases.append(short)  # "the GOP" of the Republican Party the text names
    countries = [a for a in doc.actors if a.kind == "country"]
    starts = {id(org): sorted(s.start for s in org.mentions) for org in orgs}  # kept so as mentions are added below
    fitting: dict[str, list[Actor]] = {}  # the organisations each description's head fits, in their order
    taught = _taught_kinds(text, orgs) if "the " in text else {}
    for m in _with_trade_descriptions(text, the_matches(DESC_RE, text)):
        head = m.group("head").lower()
        if head in ("country", "kingdom", "island"):  # "the country", "the host country": the latest country named
            kinds = countries if head == "country" else [c for c in countries if c.name in (MONARCHIES if head == "kingdom"
                                                                                            else ISLANDS)]
            latest = latest_org(kinds, m.start()) \
                if m.group("mod") != "host" else _host(text, countries, m.start())
            alias = m.group()[0].lower() + m.group()[1:]
            if latest is not None:
                if alias not in latest.aliases:
                    latest.aliases.append(alias)
                latest.mentions.append(Span(m.start(), m.end()))
            continue
        if head not in fitting:
            businesses = {id(o) for o in business_orgs(orgs)} if head in BUSINESS else set()
            fitting[head] = [org for org in orgs if _fits_head(head, org, businesses) or head in taught.get(id(org), ())]
        best = None
        trade = m.group("trade") if isinstance(m, _Described) else None
        place = _trade_place(trade) if trade else None
        for org in fitting[head]:  # the one named last before the description (the first of them on a tie)
            if place is not None and _other_place(org, place):
                continue  # ("the German carrier": not the French one named last)
            named = starts[id(org)]
            n = bisect.bisect_left(named, m.start())  # those named before it
            if n and (best is None or named[n - 1] > best[0]):
                best = (named[n - 1], org)
        if best is not None and head in BUSINESS and len(fitting[head]) > 1:
            best = _subject_of_sentence_before(text, fitting[head], m.start(), best)
        if best is None and not fitting[head] and head not in BUSINESS and head != "campaign" and text[m.start()] == "T" \
                and (opener := opening_actor(text, orgs, m.start())):
            best = (m.start(), opener)  # "The RMT, which ..., blamed cuts. The union said": no body's name fits, the one
            # the sentence before opens with is meant (not "the campaign": a candidate's, not "The FBI, meanwhile, ...")
        elif best is None and not fitting[head] and head in SPEAKERS_KINDS and not text.startswith(" of ", m.end()) \
                and (speaker_body := _speakers_body(text, orgs, m.start())) and _kind_may_be(head, speaker_body):
            best = (m.start(), speaker_body)  # "X, director of policy at the Child Poverty Action Group, said the charity"
        if best is not None and trade and (best[1].kind != "organization" or head not in BUSINESS and head != "group"):
            best = None  # ("the Swiss group" of a body that is no business)
        if best is not None:
            alias = "the " + (str(m.group())[4:] if trade else str(m.group("head")).lower())  # ("the Swiss company" as
            # the text gives it: its own words, not a bare "the company" another body may go by as well)
            org = best[1]
            if alias not in org.aliases:  # (it fits the head already: it was picked from those that do)
                org.aliases.append(alias)
            org.mentions.append(Span(m.start(), m.end()))
            bisect.insort(starts[id(org)], m.start())
    if ", " in text:
        _described_in_apposition(doc, text, orgs, countries)
    if "government" in text and countries:
        _government_aliases(text, countries)
    for org in orgs + countries:
        org.mentions.sort(key=lambda s: s.start)


# "OVHcloud, the French hosting company,", "the ICBA, a trade group for smaller lenders,": a description of the body
APPOSITION_RE = re.compile(r",[ \t]+(?P<desc>(?:the|a|an)[ \t]+(?:[\w’'-]+[ \t]+){0,4}?(?:" + gazetteer.trie_pattern(DESC_HEADS)
                           + r")(?:[ \t]+(?:for|of)[ \t]+[a-z][\w -]{1,30}?)?)(?=[,.;:]|[ \t]+(?:that|which)\b)")


def _described_in_apposition(doc: Document, text: str, orgs: list[Actor], countries: list[Actor]) -> None:
    """A description in apposition right after an organisation's mention is an alias of it ("the Danish company");
    a country named in it only by its adjective is no actor for that ("Bavarian Nordic, the Danish company")."""
    spans = []
    for org in orgs:
        lowered = {a.lower() for a in org.aliases}
        for sp in list(org.mentions):
            m = APPOSITION_RE.match(text, sp.end) if text.startswith(",", sp.end) else None
            if m is None or any(w[:1].isupper() for w in m.group("desc").split()[1:-1] if w not in gazetteer.DEMONYMS):
                continue  # (not "the Bavarian sister party, the Christian Social Union": a name, not a description)
            desc = m.group("desc")
            if desc.lower() not in lowered:
                org.aliases.append(desc)
                lowered.add(desc.lower())
            org.mentions.append(Span(m.start("desc"), m.end("desc")))
            spans.append((m.start("desc"), m.end("desc")))
    if not spans:
        return
    described = SpanReach(spans)
    for country in countries:
        kept = [sp for sp in country.mentions if not described.covers(sp.start)]
        if len(kept) < len(country.mentions):
            country.mentions = kept
    doc.actors = [a for a in doc.actors if a.kind != "country" or a.mentions]


GOVERNMENT_RE = re.compile(r"(?<![\w-])[Tt]he[ \t]+(?:(?P<adj>[A-Z][a-z]+)[ \t]+)?government(?![\w-])")


def _government_aliases(text: str, countries: list[Actor]) -> None:
    """'The Belgian government' is Belgium; 'the government' the country the text names last before it (not a
    foreign one's government named by its adjective)."""
    for m in on_key_lines(GOVERNMENT_RE, text, ("government",)):  # (a match holds no line break)
        adj = m.group("adj")
        if adj:
            hit = gazetteer.lookup(adj)
            country = next((c for c in countries if hit and c.name == hit[0]), None)
        else:
            country = latest_org(countries, m.start())
        if country is None:
            continue
        alias = m.group() if adj else "the government"
        if alias not in country.aliases:
            country.aliases.append(alias)
        country.mentions.append(Span(m.start(), m.end()))


SENTENCES_BACK = 3  # how many sentences back "the company" may look for the one a sentence opens with


# between a body named with its speaker and "the <kind>" the speaker says something of: "(X, director at) the Child
# Poverty Action Group, said the charity", "(A spokesman for) the RSF, Al-Fateh Qurashi, said the group"
SAID_GAP_RE = re.compile(r",(?:[ \t]+[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3},)?[ \t]+(?:said|says|told[ \t]+[a-z ]{1,30}?|added|"
                         r"warned)[ \t]+(?:that[ \t]+)?")


# the kinds of body a speaker's own may be called (not "the administration": the government the speaker's body is part of)
SPEAKERS_KINDS = frozenset("charity group organization organisation foundation association union club network institute "
                           "league coalition alliance federation chamber".split())


FORMER_RE = re.compile(r"\b(?:former|ex-)")  # (a word: not the "former" of "a reformer", the "ex-" of "an Essex-based")


# a body's name words that say it is a company ("Harlan Steel", "Brook Motors"), which "the union", "the charity" or
# "the club" a speaker names is not ("Group" and "International" name charities and groups as well)
COMPANY_LAST = COMPANY_WORDS - {"Group", "International"}
# the kinds any body that is no company may be called by its own speaker, and the kin of a charity
ANY_BODY_KINDS = frozenset({"group", "organization", "organisation"})
CHARITY_KIN = frozenset({"group", "foundation", "trust", "network", "association"})


def _kind_may_be(head: str, org: Actor) -> bool:
    """May 'the <head>' a speaker says stand for the body he is described with? Not where the body's name says it
    is of another kind: a company is only "the group" ("Ann Lee, a spokeswoman for Harlan Steel, said the union":
    another body), an Action Group no club; a name with no kind word in it ("the RMT") may be any."""
    if org.name.split()[-1].rstrip(".") in COMPANY_LAST:
        return head == "group"
    kinds = {k for k in SPEAKERS_KINDS if any(f in org.name for f in FITS.get(k, ()))}
    return not kinds or head in kinds or head in ANY_BODY_KINDS or head == "charity" and bool(kinds & CHARITY_KIN)


def _speakers_body(text: str, orgs: list[Actor], pos: int) -> Actor | None:
    """The body a speaker's description names right before "said the <kind>" at pos, when the sentence does not
    open with it (not "The FA said the club": the body speaking of another) and the speaker is no former member
    ("a former director of the state party, said the group": a new one)."""
    start = sentence_start(text, pos + 2)
    for org in orgs:
        for sp in org.mentions:
            if start + 4 < sp.start < pos and SAID_GAP_RE.fullmatch(text, sp.end, pos) \
                    and not FORMER_RE.search(text, start, sp.start):
                return org
    return None


def _subject_of_sentence_before(text: str, companies: list[Actor], pos: int,
                                best: tuple[int, Actor]) -> tuple[int, Actor]:
    """'Thames Water's creditors, led by the hedge fund Elliott Management, want ... Chris Weston, the company's chief
    executive': "the company" is the one the sentence before opens with, when the description's own sentence names
    none of them before it."""
    start = sentence_start(text, pos + 2)  # (the sentence pos is in, also when pos opens it)
    if best[0] >= start:
        return best
    for _ in range(SENTENCES_BACK):  # "Boeing reported a loss. Analysts expect Airbus to gain. The company said": the
        if start < 2 or text[start - 1] == "\n":  # company a sentence of the paragraph opens with, nearest first
            return best
        subject = opening_actor(text, companies, start - 2)
        if subject is not None:
            return best[0], subject
        start = sentence_start(text, start - 2)
    return best


# a party's short name the parties table (companies.PARTIES) does not read as the party by itself: "GOP" is the
# Republican Party's in a text that names the party ("GOP nominee", "the GOP platform"), as "Tories" is the Conservatives'
PARTY_SHORT = {"Republican Party": "GOP"}
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


KIND_WORD = gazetteer.trie_pattern(DESC_HEADS)
# the kind of body the text calls an organisation where it names it: "MSF, the medical charity", "the RMT union",
# "rail union RMT" (then "the charity", "the union" may stand for it)
KIND_AFTER_RE = re.compile(r",[ \t]+(?:the|a|an)[ \t]+(?:[\w’'-]+[ \t]+){0,3}?(?P<kind>" + KIND_WORD + r")(?![\w-])"
                           r"|[ \t]+(?P<next>" + KIND_WORD + r")(?![\w-])")
KIND_BEFORE_RE = re.compile(r"(?<![\w-])(?P<kind>" + KIND_WORD + r")(?:,[ \t]+the[ \t]+|[ \t]+(?:the[ \t]+)?)$")  # (", the":
# "India's aviation regulator, the Directorate General of Civil Aviation." in apposition, closed after the name; not a
# list: "The transport union, Labour and the government")


def _taught_kinds(text: str, orgs: list[Actor]) -> dict[int, set[str]]:
    """The kinds of body (DESC_HEADS) the text gives each organisation beside one of its mentions."""
    out: dict[int, set[str]] = {}
    for org in orgs:
        for sp in org.mentions:
            after = KIND_AFTER_RE.match(text, sp.end)
            before = KIND_BEFORE_RE.search(text, max(0, sp.start - 16), sp.start)
            if before is not None and "," in before.group() and text[sp.end:sp.end + 1] not in (",", ".", ";", ":", ""):
                before = None  # ("the union, the GMB and the party met": a list, not an apposition)
            for m in (after, before):
                if m is not None:
                    out.setdefault(id(org), set()).add((m.group("kind") or m.group("next")).lower())
    return out


def taught_org(text: str, orgs: list[Actor], pos: int, kind: str) -> Actor | None:
    """The latest organisation named before pos that the text calls a body of this kind ("the housing charity Shelter",
    "Unison, the public service union": then "the charity's director", "the union's secretary")."""
    taught = _taught_kinds(text, orgs)
    return latest_org([o for o in orgs if kind in taught.get(id(o), ())], pos)


class _Described:
    """A business's description with its home or trade words, read as DESC_RE's matches are ("the Swiss company")."""

    def __init__(self, text: str, start: int, end: int, trade: str, head: str) -> None:
        self.text, self.span_, self.groups = text, (start, end), {"trade": trade, "head": head, "mod": ""}

    def group(self, name: str | int = 0) -> str:
        return self.text[self.span_[0]:self.span_[1]] if name == 0 else self.groups[str(name)]

    def start(self) -> int:
        return self.span_[0]

    def end(self) -> int:
        return self.span_[1]


def _with_trade_descriptions(text: str, plain: list[re.Match[str]]) -> list[re.Match[str] | _Described]:
    """DESC_RE's matches and, in text order among them, each business head with its home or trade words before it."""
    found: list[re.Match[str] | _Described] = list(plain)
    for head in TRADE_HEADS:
        if head not in text:
            continue
        for s, e in whole_word(text, head):
            m = TRADE_BEFORE_RE.search(text, max(0, s - 50), s)
            if m is not None:
                found.append(_Described(text, m.start(), e, m.group("trade"), head))
            elif head not in DESC_HEADS and text.endswith(("the ", "The "), 0, s) and not text[s - 5:s - 4].isalnum():
                found.append(_Described(text, s - 4, e, "", head))  # "the steelmaker" (a head DESC_RE does not know)
    return sorted(found, key=lambda m: m.start()) if len(found) > len(plain) else found


def _trade_place(trade: str) -> str | None:
    """The country or US state a business description's words name ("Swiss", "Ohio-based", "U.S."), else None."""
    for word in re.split(r"[ \t]+", trade.replace("-based", "")):
        hit = gazetteer.lookup(word)
        if hit and hit[1] == "country":
            return hit[0]
        if word in US_STATE_NAMES:
            return "United States"
    return None


def _other_place(org: Actor, place: str) -> bool:
    """Does the organisation's name or affiliation say it is of another country than place?"""
    for words in (org.name, org.affiliation or ""):
        lead = gazetteer.PLACE_RE.search(words)
        hit = gazetteer.lookup(lead.group()) if lead else None
        if hit and hit[1] == "country" and hit[0] != place:
            return True
    return False


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


# the words of KNOWN_AS_RE and the capital after them: where one of its matches has its words
KNOWN_AS_WORDS_RE = re.compile(r"(?:known as|or|also called)\s+[A-Z]")


def _known_as(text: str, name: str) -> list[str]:
    """The aliases KNOWN_AS_RE reads right after each occurrence of name (_occurrences), in order: "the Federal Bureau
    of Investigation, or FBI". Looked for where the text has such words (found once a text), not by a scan of the
    whole text for each name; a name one of whose occurrences can overlap the next (its start is its end: "abab") is
    scanned for as before."""
    if not name or name.find(name[0], 1) != -1 and any(name.endswith(name[:i]) for i in range(1, len(name))):
        return [k.group("alias") for k in (KNOWN_AS_RE.match(text, at + len(name)) for at in _occurrences(text, name)) if k]
    size = len(name)
    return [k.group("alias") for end, k in _known_as_ends(text) if end >= size and text.startswith(name, end - size)]


@functools.lru_cache(maxsize=4)
def _known_as_ends(text: str) -> list[tuple[int, re.Match[str]]]:
    """Every offset where KNOWN_AS_RE matches, in order, with its match: the offsets between its words' start and the
    blanks and the one comma or bracket before them."""
    found: dict[int, re.Match[str]] = {}
    for words in KNOWN_AS_WORDS_RE.finditer(text):
        start = words.start()
        while start and text[start - 1].isspace():
            start -= 1
        if start and text[start - 1] in ",(":
            start -= 1
        for at in range(start, words.start() + 1):
            k = KNOWN_AS_RE.match(text, at)
            if k is not None:
                found.setdefault(at, k)
    return sorted(found.items())


def latest_org(orgs: list[Actor], pos: int, fits: tuple[str, ...] | None = None, floor: int = -1) -> Actor | None:
    best: tuple[int, Actor] | None = None
    described = [f"the {f.lower()}" for f in fits] if fits else []
    for org in orgs:
        starts = sorted_starts(org.mentions)
        before = bisect.bisect_left(starts, pos)  # (its mentions before pos)
        if not before or starts[before - 1] < floor or best is not None and starts[before - 1] <= best[0]:
            continue  # (none named between floor and pos, or not after the latest so far: the first of them on a tie)
        if fits and not any(f in org.name for f in fits) and not any(d in org.aliases for d in described) \
                and not _lower_fits(org, fits):
            continue  # ("public works department": a body named in lower case, by its noun; an alias such as "the
            # agency" of "the United Nations refugee agency, UNHCR" fits too)
        best = (starts[before - 1], org)
    return best[1] if best else None


def _host(text: str, countries: list[Actor], pos: int) -> Actor | None:
    """'the host country': the one where the event is ("talks open in Baku")."""
    return next((c for c in countries for s in c.mentions if s.start < pos and text.endswith("in ", 0, s.start)), None)


def business_orgs(orgs: list[Actor]) -> list[Actor]:
    """'the company', 'the firm': organisations that are no public body, party or association."""
    return [o for o in orgs if o.kind == "organization" and not _public(o.name)]


@functools.lru_cache(maxsize=4096)
def _public(name: str) -> bool:
    """Does a body's name say it is public, a party, an association, a school or a centre (PUBLIC_RE; read once a
    name: business_orgs is asked again at each description and mention)?"""
    return PUBLIC_RE.search(name) is not None


__all__ = ["BUSINESS", "FITS", "aliases", "business_orgs", "latest_org"]

"""A person's title and affiliation as the text gives them, read from the words before the
name ("South Korean National Security Adviser Shin", "Democratic National Committee Chair
Donna Brazile", "Russia's Foreign Minister", "North Korean leader Kim"). The words are split
into a possessor or leading place (-> affiliation: a country), an organisation ending in an
organisation noun (-> affiliation) and the title proper, which must hold a role word.
Appositives, "X of Y" and relative clauses are in appositives.py.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from briefing_app.analysis import gazetteer
from briefing_app.analysis.given_names import sex_of
from briefing_app.analysis.segment import ABBREV_RE

ROLE_WORDS = frozenset(
    """actor actress comedian journalist filmmaker rapper novelist author businessman businesswoman entrepreneur
    archbishop rabbi imam co-anchor moderator co-moderator commentator presenter editor-in-chief playwright astronaut
    president president-elect vice-president minister secretary adviser advisor senator sen rep reps representative
    gov governor chairman chairwoman chairperson chair director spokesman spokeswoman spokesperson leader ceo cfo coo
    founder co-founder ambassador general gen lt col maj capt adm sgt cmdr commander chief judge justice attorney
    mayor premier chancellor taoiseach tanaiste king queen prince princess pope speaker whip nominee candidate officer head envoy
    commissioner administrator professor prof analyst economist strategist pollster reporter correspondent editor
    columnist anchor host official aide lawmaker congressman congresswoman delegate sheriff treasurer prosecutor
    lawyer councilman councilwoman manager executive researcher fellow scientist diplomat negotiator dictator emir
    sultan chairmain lieutenant colonel major captain admiral sergeant marshal secretary-general director-general
    counsel consul legislator assemblyman assemblywoman superintendent constable inspector physician surgeon economist activist
    organizer organiser owner partner publisher president-designate premier-designate monarch crown trustee member
    councillor democrat republican supervisor alderman alderwoman councilmember councilor selectman comptroller
    controller auditor assessor coroner magistrate mp mep lecturer scholar historian expert consultant ald investor
    coordinator campaigner advocate virologist epidemiologist immunologist climatologist seismologist biologist
    engineer provost rector cllr coach barrister solicitor referee politician employee worker volunteer defender pastor
    clerk convener convenor registrar bursar chaplain curator ombudsman vicar headteacher headmaster headmistress
    archdeacon co-ordinator vice-chancellor""".split()  # (not "dean": a given name, "Dean Blumberg"; nor "bishop",
    # "warden", "steward": family names)
)
MODIFIERS = frozenset(
    """deputy vice former retired acting senior top first foreign defense defence national security state press
    interior finance economy trade white house army navy air force marine marines corps majority minority assistant
    associate special principal prime supreme federal democratic republican gop democrat intelligence homeland
    affairs health education energy labor labour agriculture commerce transportation treasury environment justice
    general chief executive managing interim incoming outgoing then-president longtime veteran senate cabinet
    presidential campaign policy communications political military foreign-policy u.s. us joint staff
    financial operating technology information marketing medical investment lead co-lead""".split()
)
ORG_HEADS = frozenset(
    """committee council ministry department agency service party institute center centre foundation commission
    bureau association corporation company union court parliament assembly university bank fund group network
    authority organization organisation administration inc corp co ltd board""".split()
)
US_STATE_NAMES = frozenset("""Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
    Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota
    Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont
    Virginia Washington Wisconsin Wyoming""".split()) | {"New Hampshire", "New Jersey", "New Mexico", "New York",
    "North Carolina", "North Dakota", "Rhode Island", "South Carolina", "South Dakota", "West Virginia"}
# AP abbreviations of the states: in datelines ("LANSING, Mich. (AP) —") and party-state tags ("Sen. Alex Padilla (D-Calif.)")
AP_STATES = {"Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
             "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois",
             "Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
             "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi",
             "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire",
             "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina",
             "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island",
             "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee", "Vt.": "Vermont", "Va.": "Virginia",
             "Wash.": "Washington", "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming"}
# postal codes of the states, in party-state tags ("Rep. Rosa DeLauro (D-CT)")
POSTAL_STATES = {"AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
                 "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
                 "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
                 "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
                 "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
                 "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico",
                 "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
                 "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
                 "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
                 "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming"}
# styles that go with the name itself, whatever office comes before them
STYLES = frozenset("prince princess king queen sheikh emir pope".split())
HONORIFICS = frozenset("mr mrs ms miss dr madam sir".split())
# a plural title before a list of names ("Sens. Ted Cruz and Marco Rubio", "Governors A and B"): each one's title
PLURAL_TITLES = {"sens": "Senator", "reps": "Representative", "govs": "Governor", "senators": "Senator",
                 "representatives": "Representative", "governors": "Governor"}
PLURAL_FORMS = {form: title for word, title in PLURAL_TITLES.items() for form in (word.capitalize(), word.capitalize() + ".")}
EXPAND = {"rep": "Representative", "sen": "Senator", "gov": "Governor", "pres": "President", "cllr": "Councillor",
          "ald": "Alderman"}  # (military ranks stay as written: "retired Army Lt. Gen.", the samples' reference titles)
STOP_LEFT = frozenset(
    """the a an and but or if when while after before as by to with from in on at of for it he she they we his her
    their its this that these those then also said says told says monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october november december
    unlike like meanwhile today yesterday tonight earlier later now even since until because although though whereas
    despite during without against among once however instead adds added wrote writes asks asked notes noted""".split()
)  # (not "under": "Under Secretary of State")
TOKEN_RE = re.compile(r"[^\s,;:()“”\"]+")
POSSESSIVE_RE = re.compile(r"(?:’s|'s|’)$")


@functools.lru_cache(maxsize=8192)
def _norm(word: str) -> str:
    return POSSESSIVE_RE.sub("", word).rstrip(".").lower()


@dataclass
class Role:
    title: str | None = None
    affiliation: str | None = None
    possessor: str | None = None  # "Clinton" in "Clinton's campaign chairman"
    past: bool = False  # a former post's ("former Florida governor"): a present one after the name goes first


# "Health and Human Services Secretary", "Work and Pensions Secretary": a portfolio's words run on over "and"
PORTFOLIO_BEFORE_AND = frozenset("Health Housing Homeland Science Innovation Energy Environment Food Culture Media Work "
                                 "Business Agriculture Transport Education Justice Communities Veterans Trade Industry".split())


def _tokens_before(text: str, pos: int, floor: int) -> list[tuple[int, int]]:
    """Tokens right before pos, nearest last, up to punctuation or a word that cannot be in a title (read in the
    60 characters before pos first, most runs stopping there; in 160 when the run reaches their start)."""
    far = max(floor, pos - 160)
    near = text.rfind(" ", far, pos - 60) + 1  # (a whole word opens the near window)
    if near > far:
        out, first = _run_before(text, pos, near)
        if not first:
            return out  # (the run stopped before the window's first word: the wider window reads the same)
    return _run_before(text, pos, far)[0]


def _run_before(text: str, pos: int, lo: int) -> tuple[list[tuple[int, int]], bool]:
    """_tokens_before over the tokens from lo, and whether the run came to the first of them."""
    out: list[tuple[int, int]] = []
    pending: list[tuple[int, int]] = []
    toks = [m.span() for m in TOKEN_RE.finditer(text, lo, pos)]
    end = pos
    k = 0
    for k in range(len(toks) - 1, -1, -1):
        a, b = toks[k]
        gap = text[b:end]
        if gap.strip():  # punctuation between words ends the run
            break
        w = text[a:b]
        n = _norm(w)
        if n == "and" and out and k and text[out[-1][0]].isupper() and len(out) < 8 \
                and text[toks[k - 1][0]:toks[k - 1][1]] in PORTFOLIO_BEFORE_AND:
            out.append((a, b))  # "Health and Human Services Secretary": a department's name runs on
            end = a
            continue
        if n == "of" and out and k and _norm(text[out[-1][0]:out[-1][1]]) == "staff" \
                and _norm(text[toks[k - 1][0]:toks[k - 1][1]]) == "chief":
            out.append((a, b))  # "White House chief of staff Denis Mayhew": the one title with "of" inside
            end = a
            continue
        if n in STOP_LEFT or len(out) >= 9 or w.endswith(".") and not ABBREV_RE.search(w):
            break  # a full stop that is not "Lt." or "U.S." ends the sentence before
        if not (w[:1].isupper() or n in ROLE_WORDS or n in MODIFIERS or n in ORG_HEADS and out and k
                and text[toks[k - 1][0]].islower() and _norm(text[toks[k - 1][0]:toks[k - 1][1]]) in MODIFIERS):
            if out and k and not pending and w.islower() and text[toks[k - 1][1] - 2:toks[k - 1][1]] in ("'s", "’s") \
                    and n.isalpha():
                pending.append((a, b))  # "Unison's regional organiser": a modifier of any word after a possessive
                end = a
                continue
            break  # "China's foreign ministry spokesman": an organisation noun inside the title
        if pending:
            out.extend(pending)
            pending = []
        out.append((a, b))
        end = a
        if POSSESSIVE_RE.search(w):
            break  # "Russia’s Foreign Minister": the possessor opens the run
    out.reverse()
    return out, k == 0


def _place(text: str, toks: list[tuple[int, int]], i: int) -> tuple[str, int] | None:
    """A country named by the tokens from i (one to three words), and how many tokens it takes.
    (Organisations of the gazetteer are taken by role_before.)"""
    for n in (3, 2, 1):
        if i + n > len(toks):
            continue
        phrase = POSSESSIVE_RE.sub("", text[toks[i][0]:toks[i + n - 1][1]])
        hit = gazetteer.lookup(phrase)
        if hit and hit[1] == "country" and phrase not in gazetteer.WEAK_ALIASES:
            return hit[0], n
    return None


TENURE_RE = re.compile(r"\s+of\s+(?:(?:more|less|nearly|almost|about|than|over|\w+)\s+){1,3}(?:years|months|decades)$")


def title_text(words: str) -> str | None:
    """The title as given, with Rep./Sen./Gov. spelled out; None without a role word."""
    if words.endswith(("years", "months", "decades")) and " of " in words:  # "its chief executive of seven years"
        words = TENURE_RE.sub("", words)
    toks = words.split()
    if not any(_norm(t) in ROLE_WORDS for t in toks) and not any(t in PLURAL_FORMS for t in toks):
        return None
    return " ".join(_expanded(t) if t.endswith(".") or t == "Cllr" else PLURAL_FORMS.get(t, t) for t in toks)


def _expanded(word: str) -> str:
    """'Sen.' -> 'Senator', 'Sens.' -> 'Senator' ("Sens. A and B": each a senator)."""
    n = _norm(word)
    return PLURAL_TITLES.get(n) or EXPAND.get(n, word)


NOT_EMPLOYERS = frozenset("yesterday today tonight meanwhile however also then now earlier later separately "
                          "instead still former ex independent incumbent embattled veteran longtime opposition government".split())
# words no employer's name is made of (the first word may not be a modifier either: "Deputy")
NOT_IN_EMPLOYER = ROLE_WORDS | HONORIFICS | NOT_EMPLOYERS
NOT_FIRST_IN_EMPLOYER = NOT_IN_EMPLOYER | MODIFIERS


def employer_first(words: str) -> tuple[str | None, str]:
    """'General Motors chief executive' -> ('General Motors', 'chief executive'); no employer: (None, words)."""
    toks = [m.span() for m in TOKEN_RE.finditer(words)]
    k, employer = _named_employer(words, toks, 0)
    return (employer, words[toks[k][0]:]) if employer else (None, words)


# the roles one holds for a person rather than a body ("Obama adviser", "Sanders aide")
PERSONAL_ROLES = frozenset("adviser advisor aide aides advisers confidant loyalist surrogate".split())
# a capitalised word that describes the person, not an employer: "Oscar-winning", "Pulitzer Prize-winning", "Iowa-born",
# "African-American"
DESCRIBING_RE = re.compile(r"-(?:winning|nominated|born|bred|raised|educated|American)(?![\w-])")


def _named_employer(text: str, toks: list[tuple[int, int]], i: int) -> tuple[int, str | None]:
    """'Pfizer chief executive', 'Harvard economist', 'Apple CEO': capitalised words that are no
    title word, then a title in lower case (or a title acronym): the employer and where the title starts."""
    k = i
    if k + 1 < len(toks) and _norm(text[toks[k][0]:toks[k][1]]) in ("general", "national", "federal", "united") \
            and text[toks[k + 1][0]].isupper() and _norm(text[toks[k + 1][0]:toks[k + 1][1]]) not in NOT_FIRST_IN_EMPLOYER:
        k += 1  # "General Motors spokesman": a word of the company's name, not a rank
    while k < len(toks) and (text[toks[k][0]].isupper() and _norm(text[toks[k][0]:toks[k][1]]) not in
                             (NOT_FIRST_IN_EMPLOYER if k == i else NOT_IN_EMPLOYER)
                             and not POSSESSIVE_RE.search(text[toks[k][0]:toks[k][1]])
                             or k > i and k + 1 < len(toks) and text[toks[k][0]:toks[k][1]] in ("of", "for")
                             and text[toks[k + 1][0]].isupper()):  # ("Bank of England deputy governor")
        k += 1  # ("Duke Energy chief executive": a modifier's word after the first is the name's)
    if k == i or k >= len(toks) or text.find("-", toks[i][0], toks[k - 1][1]) != -1 \
            and DESCRIBING_RE.search(text, toks[i][0], toks[k - 1][1]):
        return i, None  # ("Oscar-winning actress", "African-American actor": a description, no employer)
    first = text[toks[k][0]:toks[k][1]]
    if first[0].isupper() and not first.isupper() and _norm(text[toks[-1][0]:toks[-1][1]]) in CORPORATE_LAST:
        return _capitalised_title(text, toks, i)  # "Crisp Chief Executive", "USW International President"
    rest = [_norm(text[a:b]) for a, b in toks[k:]]
    fields = [w for w in rest[:-1] if w not in ROLE_WORDS and w not in MODIFIERS]  # "humanitarian chief": one field word
    if not (first[0].islower() or first.isupper() and _norm(first) in ROLE_WORDS) or rest[-1] not in ROLE_WORDS \
            or len(fields) > 1 or not all(w in ROLE_WORDS or w in MODIFIERS or w in fields for w in rest) or ORG_HEADS & set(rest):
        return i, None
    employer = text[toks[i][0]:toks[k - 1][1]].rstrip("'’")  # ("Marlow Rovers' head coach": the club)
    if k == i + 1 and (_norm(employer) in HONORIFICS or rest[-1] in PERSONAL_ROLES and not employer.isupper()
                       and (gazetteer.lookup(employer) or ("", ""))[1] != "organization"):
        return k, None  # "former Obama adviser", "Sanders aide": a person's, no body (nor part of the title)
    return k, employer


# a company's or union's officer, the title capitalised before the name as AP writes it ("Crisp Chief Executive Tom
# Albrecht", "USW International President David McCall", "Boeing Chief Financial Officer Brian West")
CORPORATE_TITLE_RE = re.compile(r"(?:(?:International|Executive|Senior)[ \t]+)?(?:Vice[ \t]+)?President|Chief[ \t]+(?:Executive|"
                                r"Financial|Operating|Technology|Investment|Commercial|Marketing)(?:[ \t]+Officer)?|"
                                r"Chief[ \t]+Economist|CEO|Chairman|Chairwoman|Founder|Co-founder|Managing[ \t]+Director")
CORPORATE_LAST = frozenset(("president", "executive", "officer", "economist", "ceo", "chairman", "chairwoman", "founder",
                            "co-founder", "director"))


def _capitalised_title(text: str, toks: list[tuple[int, int]], i: int) -> tuple[int, str | None]:
    """The employer before a capitalised corporate title (the longest title that fits), unless its words name a
    kind of body ("Council President", "Board Chairman", "Party Chairman") or a title word."""
    for j in range(i + 1, len(toks)):
        if CORPORATE_TITLE_RE.fullmatch(text[toks[j][0]:toks[-1][1]]):
            words = [_norm(text[a:b]) for a, b in toks[i:j]]
            lead = words[0] in ("general", "national", "federal", "united")  # ("General Motors Chief Executive")
            named = [w for k, w in enumerate(words[lead:]) if not (w == "city" and 0 < k < len(words) - lead - 1)]
            if set(named) & (ORG_HEADS | PLACE_NOUN_WORDS | NOT_IN_EMPLOYER) or not text[toks[i][0]].isupper() \
                    or not lead and words[0] in MODIFIERS or text.endswith((" of ", " for "), 0, toks[i][0]):
                return i, None  # ("Association of Community Colleges President": the end of a longer name; the
                # "City" of a city's name before another word is no body: "Kansas City Fed President")
            return j, text[toks[i][0]:toks[j - 1][1]]
    return i, None


# the heads of a place's government whose capitalised place before them names it ("Mandera Governor")
LOCAL_HEADS = frozenset(("Governor", "Mayor", "Premier"))
# the capitalised words and "of" of a body's name that ends in a place ("Bank of", "Reserve Bank of", "University of")
NAME_OF_PLACE_RE = re.compile(r"(?<![\w’'.-])(?:[A-Z][\w&.-]*[ \t]+){1,4}of[ \t]+$")
PLACE_NOUN_WORDS = frozenset(("county", "city", "provincial", "regional", "municipal", "town", "district"))
# (not "County Mayor", "City Mayor" alone: the place's name must be there)


# "Secretary of State Marco Rubio": a title with "of" before the name (which _tokens_before stops at)
OF_TITLE_RE = re.compile(r"(?<![\w.])(?:(?:Deputy|Under|Assistant|Acting|Former|former)[ \t]+)?(?:Secretary|Minister|"
                         r"Director|Commissioner|Superintendent)[ \t]+of[ \t]+(?:the[ \t]+)?(?:[A-Z][\w-]*[ \t]+){1,3}$")
# "Sacramento County Superintendent of Schools Dana Reyes": the county an "X of Y" title is held in
COUNTY_BEFORE_RE = re.compile(r"(?<![\w.’'-])(?P<county>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+County)[ \t]+$")


# "Chief executive of the Refugee Council Enver Solomon": a title, "of", an organisation, the name
TITLE_OF_ORG_RE = re.compile(r"(?<![\w.’'-])(?P<title>[A-Za-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,2})[ \t]+of[ \t]+(?:the[ \t]+)?"
                             r"(?P<org>(?:[A-Z][\w&’'-]*[ \t]+(?:(?:of|for|and)[ \t]+)?){1,6})$")


def _title_of_org(text: str, lo: int, name_start: int) -> Role | None:
    m = TITLE_OF_ORG_RE.search(text, lo, name_start)
    if not m or _norm(m.group("title").split()[-1]) not in ROLE_WORDS:
        return None
    org = m.group("org").strip()
    words = [_norm(w) for w in org.split()]
    if not (ORG_HEADS & set(words) or org.isupper() and len(words) == 1) or words[-1] in ROLE_WORDS:
        return None
    return Role(m.group("title"), org)


# "U.S. Ambassador to NATO Matthew Whitaker", "Special Envoy to Ukraine Keith Kellogg", "British Ambassador to the U.S.
# Peter Mandelson": a diplomat's post to a country or body before the name (which _tokens_before stops at, at "to"): the
# title with its post, the country before it (if any) the affiliation
POSTED_TO_BEFORE_RE = re.compile(r"(?<![\w.’'-])(?:(?!(?:Special|Deputy|Acting|Former|Permanent)\b)(?P<lead>[A-Z][\w.]*(?:[ \t]+"
                                 r"(?!(?:Special|Deputy|Acting|Former|Permanent)\b)[A-Z][\w.]*)?)(?:’s|'s)?[ \t]+)?(?P<title>(?:(?:Special|"
                                 r"Deputy|Acting|Former|former|Permanent)[ \t]+){0,2}(?:Ambassador|Envoy|Representative|High[ \t]+"
                                 r"Commissioner|Consul[ \t]+General)[ \t]+(?:to|(?:(?<=Envoy )|(?<=Representative ))for)[ \t]+(?:the[ \t]+)?(?P<post>[A-Z][\w.&-]*(?:[ \t]+"
                                 r"[A-Z][\w.&-]*){0,2}))[ \t]+$")


POSTS = ("Ambassador", "Envoy", "Representative", "Commissioner", "General")  # (the last words of POSTED_TO_BEFORE_RE's posts)


def _posted_to(text: str, lo: int, name_start: int) -> Role | None:
    """A diplomat's post before the name ("U.S. Ambassador to NATO"), the post a country or body the gazetteer knows."""
    m = POSTED_TO_BEFORE_RE.search(text, lo, name_start)
    if m is None or not gazetteer.lookup(m.group("post")):
        return None
    lead = gazetteer.lookup(m.group("lead")) if m.group("lead") else None
    return Role(m.group("title"), lead[0] if lead else None)  # ("EU Ambassador to China X": the EU's)


# a name in a list, with its party-state tag or its state after it ("Ted Cruz (R-Texas), ", "Ted Cruz of Texas and ")
LISTED_NAME_RE = re.compile(r"(?<![\w’'.-])(?!(?:Sens|Reps|Govs|Senators|Representatives|Governors)\b)[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){1,3}(?:[ \t]+\([RDI]-[\w. ]{2,20}\)|[ \t]+of[ \t]+"
                            r"[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)?(?:,[ \t]*|,?[ \t]+and[ \t]+)\Z")
PLURAL_TITLE_RE = re.compile(r"(?<![\w’'.-])(?:Sens\.|Reps\.|Govs\.|Senators|Representatives|Governors)[ \t]+\Z")


@functools.lru_cache(maxsize=4)
def _plural_titles(text: str) -> bool:
    """Does the text hold a plural title before a name at all (one scan of a text, not one at each name)?"""
    return ANY_PLURAL_TITLE_RE.search(text) is not None


ANY_PLURAL_TITLE_RE = re.compile(r"(?:Sens\.|Reps\.|Govs\.|Senators|Representatives|Governors)[ \t]+[A-Z]")


def _listed_title(text: str, name_start: int, floor: int) -> str | None:
    """The title a plural title before a list of names gives each of them ("Sens. Ted Cruz and Marco Rubio": Rubio
    is a senator too)."""
    at = name_start
    for _ in range(4):
        listed = LISTED_NAME_RE.search(text, max(floor, at - 80), at)
        if listed is None:
            return None
        at = listed.start()
        plural = PLURAL_TITLE_RE.search(text, max(floor, at - 16), at)
        if plural is not None:
            return PLURAL_TITLES[_norm(plural.group().strip())]
    return None


def role_before(text: str, name_start: int, floor: int) -> Role:
    role = _role_before(text, name_start, floor)
    if role.title is None and text.endswith((", ", " and "), floor, name_start) and _plural_titles(text) \
            and (listed := _listed_title(text, name_start, floor)):
        role.title = listed
    return role


def _role_before(text: str, name_start: int, floor: int) -> Role:
    lo = max(floor, name_start - 60)
    to = text.rfind(" to ", lo, name_start)  # (a diplomat's post only where the words before the last " to " end in one;
    if to == -1 or not text.endswith(POSTS, lo, to):  # an envoy's or representative's also " for ": "Special Envoy for Syria")
        to = text.rfind(" for ", lo, name_start)
    if to != -1 and text.endswith(POSTS, lo, to) and (posted := _posted_to(text, max(floor, name_start - 80), name_start)):
        return posted
    if (at_for := text.rfind(" for ", lo, name_start)) != -1 and text.endswith(FOR_POST_ENDS, lo, at_for) \
            and (seat := _title_for(text, lo, name_start)):
        return seat
    if text.find(" of ", lo, name_start) != -1 and (of_org := _title_of_org(text, lo, name_start)):
        return of_org
    of_title = OF_TITLE_RE.search(text, lo, name_start) if text.find("of", lo, name_start) != -1 else None
    if of_title:
        county = COUNTY_BEFORE_RE.search(text, max(lo - 30, floor), of_title.start())
        return Role(text[of_title.start():name_start].strip(), county.group("county") if county else None)
    toks = [t for t in _tokens_before(text, name_start, floor) if _norm(text[t[0]:t[1]]) not in HONORIFICS]
    if len(toks) > 1 and text[toks[0][0]] in PAST_INITIALS:  # (most titles open with no such letter)
        rest, past = _past_lead(text, toks)
        if past:  # "former Florida governor Jeb Bush": the place after "former" is read as without it (when it names one)
            role = _role_of_tokens(text, rest)
            if role.title and (role.affiliation or rest[0] != toks[0]):  # ("Ex-Labour leader": the prefix is no name's)
                return Role(f"{past} {role.title}", role.affiliation, role.possessor, past=True)
    return _role_of_tokens(text, toks)


# "Minister for Health Anna Berg", "Liberal senator for Tasmania Claire Chandler", "Workers' Party MP for Aljunied Ravi
# Pillai": a post for a portfolio or a seat right before the name, with what leads it (a party, a place)
TITLE_FOR_RE = re.compile(r"(?:(?!(?:Shadow|Deputy|Assistant|Junior|Acting|Cabinet)\b)(?P<lead>(?:[A-Z][\w’'-]*[ \t]+){0,2}?[A-Z][\w’'-]*)[ \t]+)?"
                          r"(?P<title>(?:(?:Shadow|Deputy|Assistant|Junior|Acting|Cabinet|shadow|deputy)[ \t]+)?"
                          r"(?P<post>Minister|Secretary|Commissioner|Senator|senator|MP|MLA|MSP|MPP|MEP|TD)[ \t]+for[ \t]+"
                          r"(?P<topic>[A-Z][\w’'-]*(?:[ \t]+(?:and[ \t]+|&[ \t]+)?[A-Z][\w’'-]*){0,4}?))[ \t]+$")
SEAT_POSTS = frozenset(("MP", "MLA", "MSP", "MPP", "MEP", "TD"))
FOR_POST_ENDS = ("Minister", "Secretary", "Commissioner", "Senator", "senator", *SEAT_POSTS)  # (the word before " for ")


def _title_for(text: str, lo: int, name_start: int) -> Role | None:
    """The post "for" a portfolio or seat right before a name, and its body: a senator's state (the seat he is "for"), a
    seat's member's party (the words before), a minister's place when the words before name one ("Queensland Minister
    for Health")."""
    m = TITLE_FOR_RE.search(text, lo, name_start)
    if m is None:
        return None
    lead, post, topic = m.group("lead"), m.group("post"), m.group("topic")
    if post.lower() == "senator":
        return Role(m.group("title"), topic)
    if lead and _norm(lead.split()[0]) in HONORIFICS | ROLE_WORDS | STOP_LEFT:
        lead = None  # ("said Minister for Health X")
    if post in SEAT_POSTS:
        return Role(m.group("title"), lead)  # (the party, when the words before give one)
    place = gazetteer.lookup(lead) if lead else None
    return Role(m.group("title"), place[0] if place and place[1] == "country" else None)


# the capitalised words of a possessor ending at a token ("Amnesty International's", "Leeds United's")
OWNER_WORDS_RE = re.compile(r"(?:[A-Z][\w&.-]*[ \t]+){0,4}$")


def _body_owner(text: str, tok: tuple[int, int]) -> str | None:
    """The body a possessive before a title names ("FIFA's secretary general", "Amnesty International's regional
    director", "Leeds United's head coach"): an acronym, a body the gazetteer knows or a name ending in a body's noun, or
    a name of several words whose first is no given name nor a title; a person's name ("Trump's") gives none."""
    words = OWNER_WORDS_RE.search(text, max(0, tok[0] - 60), tok[0])
    owner = POSSESSIVE_RE.sub("", text[words.start() if words else tok[0]:tok[1]]).strip()
    parts = owner.split()
    if not parts or _norm(parts[0]) in HONORIFICS or _norm(parts[0]) in ROLE_WORDS or _norm(parts[0]) in STOP_LEFT:
        return None
    known = gazetteer.lookup(owner)
    if known is not None:
        return known[0] if known[1] == "organization" else None
    if len(parts[-1]) > 1 and parts[-1].isupper() or _norm(parts[-1]) in ORG_HEADS:
        return owner  # "FIFA's", "the Refugee Council's"
    if len(parts) > 1 and not sex_of(parts[0]) and not any(_norm(w) in ROLE_WORDS for w in parts):
        return owner  # "Leeds United's" (not "Donald Trump's", "Secretary Clinton's")
    return one_word_owner(owner, text)  # "Breitbart's senior editor" (the caller drops "Obama's": a family name of the text)


OWNER_ENDS = ("’s", "'s", "s’", "s'")
OWNER_END_RE = re.compile(r"(?:’s|'s|(?<=s)[’'])$")


def _owner_alone(text: str, toks: list[tuple[int, int]]) -> str | None:
    """The country, US state or body a possessive right before a name gives when the tokens are that possessor alone
    ("Germany's Angela Merkel", "Florida's Marco Rubio", "CNN's Jake Tapper", "Fox News' Bret Baier"); not a person's
    ("Donald Trump's Mike Pence": _body_owner gives none)."""
    if not toks or len(toks) > 4 or not text.endswith(OWNER_ENDS, toks[-1][0], toks[-1][1]):
        return None
    place = _place(text, toks, 0)
    if place is not None and place[1] == len(toks):
        return place[0]
    owner = OWNER_END_RE.sub("", text[toks[0][0]:toks[-1][1]])
    state = OWNER_END_RE.sub("", text[text.rfind(" ", 0, toks[-1][0] - 1) + 1:toks[-1][1]])
    if place is None and (owner in US_STATE_NAMES or state in US_STATE_NAMES):  # ("North Carolina's": "North" ends no
        return owner if owner in US_STATE_NAMES else state  # token run)
    body = _body_owner(text, toks[-1])  # ("Manchester United's": a place opens the body)
    body = body and OWNER_END_RE.sub("", body)
    return body if body and body.endswith(owner) and "." not in body[:-len(owner)] else None


def one_word_owner(owner: str, text: str = "") -> str | None:
    """A single capitalised word that owns a name with no title between ("Reuters' Ann Hale", "Breitbart's Tom Vance"): a
    body, unless a given name, a place (one the gazetteer knows, or the text puts something "in": "in Cleveland"), a
    role or a common word (the caller drops a family name of the text: "Trump's Mike Pence")."""
    if " " in owner or len(owner) < 3 or not owner[0].isupper() or not owner[1:].islower() and not owner[1:].isalpha():
        return None
    low = _norm(owner)
    if sex_of(owner) or low in STOP_LEFT or low in ROLE_WORDS or low in HONORIFICS or low in NOT_OWNERS \
            or gazetteer.lookup(owner) or any(f" {word} {owner}" in text for word in ("in", "near", "from", "outside")):
        return None
    return owner


# capitalised words before "'s" that are a contraction or a common noun, no owner ("Here's Bill Clinton", "Let's")
NOT_OWNERS = frozenset("here there let what where who how why now today tonight tomorrow yesterday world everyone everybody "
                       "nobody somebody someone one nation country city state party people".split())


def _role_of_tokens(text: str, toks: list[tuple[int, int]]) -> Role:
    """The possessor or place, the organisation and the title the tokens before a name give."""
    role = Role()
    i = 0
    if toks and POSSESSIVE_RE.search(text[toks[0][0]:toks[0][1]]):
        place = _place(text, toks, 0)
        if place:
            role.affiliation = place[0]
        else:
            role.affiliation = _body_owner(text, toks[0])
        i = 1
    place = _place(text, toks, i)
    body = NAME_OF_PLACE_RE.search(text, max(0, toks[i][0] - 40), toks[i][0]) if place and not role.affiliation else None
    if place and body:  # "Bank of Canada Governor Tiff Macklem": the body whose name ends in the place, not the place
        role.affiliation = text[body.start():toks[i][1] if place[1] == 1 else toks[i + place[1] - 1][1]]
        i += place[1]
    elif place and not role.affiliation:
        role.affiliation = place[0]
        i += place[1]
    elif i < len(toks):
        known = gazetteer.lookup(text[toks[i][0]:toks[i][1]])
        if known and known[1] == "organization":  # "NATO Secretary General Mark Rutte"
            role.affiliation = role.affiliation or known[0]
            i += 1
    if i < len(toks) - 1 and not role.affiliation:  # "Ohio Governor Mike DeWine": a US state's
        for n in (2, 1):
            state = text[toks[i][0]:toks[min(i + n, len(toks)) - 1][1]]
            if state in US_STATE_NAMES and i + n < len(toks) and text[toks[i + n][0]:toks[i + n][1]] != "City":
                role.affiliation = state  # (not the "Kansas" of "Kansas City Fed President", "Oklahoma City Mayor")
                i += n
                break
    if not role.affiliation and len(toks) - i in (2, 3) and text[toks[-1][0]:toks[-1][1]] in LOCAL_HEADS:
        named = toks[i:-1]  # "Mandera Governor", "Steelton Mayor": a place the gazetteer does not know
        if all(text[a].isupper() and text[a:b].isalpha() and (k and text[a:b] in ("State", "City") or _norm(text[a:b]) not in
                                                              NOT_FIRST_IN_EMPLOYER | ORG_HEADS | PLACE_NOUN_WORDS)
               for k, (a, b) in enumerate(named)):  # ("Lagos State Governor", "Oklahoma City Mayor")
            role.affiliation = text[named[0][0]:named[-1][1]]
            i = len(toks) - 1
    if not role.affiliation:
        i, role.affiliation = _named_employer(text, toks, i)
    heads = [j for j in range(i, len(toks)) if _norm(text[toks[j][0]:toks[j][1]]) in ORG_HEADS]
    if heads and heads[0] <= 2 and role.affiliation and i and text[toks[0][0]].isupper() \
            and not POSSESSIVE_RE.search(text[toks[0][0]:toks[0][1]]):
        i, role.affiliation = 0, None  # "American Association of ... President": the demonym is the name's
    if heads and heads[-1] < len(toks) - 1 and text[toks[i][0]].isupper():
        k = heads[-1]
        while k + 2 < len(toks) and _norm(text[toks[k + 1][0]:toks[k + 1][1]]) in ("of", "for", "and", "on") \
                and text[toks[k + 2][0]].isupper() and _norm(text[toks[k + 2][0]:toks[k + 2][1]]) not in ROLE_WORDS:
            k += 2  # "Association of Community Colleges President": the organisation runs on
            while k + 2 < len(toks) and text[toks[k + 1][0]].isupper() \
                    and _norm(text[toks[k + 1][0]:toks[k + 1][1]]) not in ROLE_WORDS:
                k += 1
        org = text[toks[i][0]:toks[k][1]]
        if not role.affiliation:
            role.affiliation = org
        i = k + 1
    if i < len(toks) - 1 and _norm(text[toks[-1][0]:toks[-1][1]]) in STYLES:
        toks = toks[:-1]  # "Energy Minister Prince Abdulaziz": the style goes with the name, not the title
    if i < len(toks):
        role.title = title_text(text[toks[i][0]:toks[-1][1]])
    if role.title is None:  # "on North Korea Putin ...": a place without a title says nothing of the person, unless
        return Role(None, _owner_alone(text, toks))  # it owns the name ("Germany's Angela Merkel", "CNN's Jake Tapper")
    if role.title.startswith("campaign ") and role.affiliation and " " not in role.affiliation \
            and role.affiliation.lower() not in MODIFIERS and not gazetteer.lookup(role.affiliation):
        role.affiliation += " campaign"  # "Clinton campaign spokesman Brian Fallon": the Clinton campaign's
    return role


# a past post before the title ("former Florida governor Jeb Bush", "Then-Texas Gov. George W. Bush", "ex-Labour leader"):
# the place or body after it is still the one the post was held in
PAST_WORDS = frozenset(("former", "onetime", "one-time", "then", "ex"))
PAST_PREFIX_RE = re.compile(r"(?:[Tt]hen|[Ee]x)-(?=[A-Z])")
PAST_INITIALS = frozenset("fFoOtTeE")


def _past_lead(text: str, toks: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], str]:
    """The tokens without a leading "former" (or the "then-"/"ex-" of "Then-Florida"), and that word."""
    a, b = toks[0]
    if _norm(text[a:b]) in PAST_WORDS:
        return toks[1:], text[a:b]
    prefix = PAST_PREFIX_RE.match(text, a, b)
    if prefix:
        word = text[a:prefix.end() - 1]
        return [(prefix.end(), b), *toks[1:]], "former" if word.lower() == "ex" else word
    return toks, ""


# the elected members a US state sends or is governed by: "Sen. Ted Cruz of Texas" is Texas's (not "House Speaker X of
# Wisconsin", "CBC Chairman X of North Carolina": the chamber's, the caucus's)
STATE_MEMBER_HEADS = frozenset("senator representative congressman congresswoman governor lawmaker legislator "
                               "assemblyman assemblywoman delegate".split())


def state_member(title: str | None) -> bool:
    """Whether the title's head is one a US state's member holds ("Senator", "former Governor")."""
    words = (title or "").split(";")[0].split()
    return bool(words) and _norm(words[-1]) in STATE_MEMBER_HEADS


__all__ = ["STYLES", "Role", "state_member", "employer_first", "role_before", "title_text", "ROLE_WORDS", "ORG_HEADS"]

"""Whether a subject names someone who can take a course of action: a name, a pronoun for people, a body
or a group ("the government", "donors", "whoever wins"); not a thing or an event ("the storm", "the talks",
"the report", "our movement"), whose "should" predicts or describes rather than argues."""
from __future__ import annotations

import re

from briefing_app.analysis.holder_forms import DESCRIBING_WORDS

# bodies and groups that act; plural people nouns ending in -ers, -ors, -ists, -ians, -ants, -ents are
# read by their ending (AGENTIVE_RE)
AGENT_NOUNS = frozenset("""government governments council councils ministry ministries minister ministers parliament
    parliaments congress senate assembly legislature administration cabinet executive authorities authority agency
    agencies department departments office commission commissions committee committees panel panels board boards regulator
    regulators court courts judiciary judge judges union unions bank banks fund funds party parties alliance coalition
    bloc leaders leader leadership lawmakers legislators mps politicians officials official president presidents premier
    chancellor mayor governor king queen prince emperor monarch monarchy palace crown regime junta state states
    country countries nation nations city cities town towns village villages region regions county counties district
    districts province provinces municipality municipalities community communities company companies firm firms business
    businesses industry industries corporation corporations employer employers school schools college colleges
    university universities hospital hospitals museum museums club clubs league leagues federation federations
    association associations organisation organisations organization organizations institution institutions body bodies
    group groups charity charities church churches clergy police army armies military navy forces troops force
    service services network networks broadcaster broadcasters media press team teams staff side sides west world
    public citizens citizenry electorate diplomats diplomacy embassy negotiators delegation delegations rebels militias
    militants paramilitaries allies ally partner partners neighbours neighbors donors owners operators officer officers
    prosecutor prosecutors inspectors investigators platforms platform whoever everybody people football sport game
    newspaper newspapers paper magazine magazines channel channels outlet outlets station stations
    secretary secretaries commissioner chief chiefs envoy ambassador speaker chairman chairwoman chair attorney
    treasury treasurer ombudsman generals cabinets conservatives liberals progressives moderates hawks doves greens""".split())
# (the titles above are singular: "the housing secretary should bring the bill back"; -er/-or titles are read by their
# plural ending only, so "commissioner", "ambassador", "speaker" are listed)
# words that open a sentence in capitals without naming anyone ("Even now, the ...", "But the ...")
OPENERS = frozenset("""even now but yet so then also still instead meanwhile however thus therefore indeed perhaps
    moreover first finally and or if when while after before since because although though in on at for with by of
    the a an this that these those its their our his her""".split())
PEOPLE_PRONOUNS = frozenset("we they he she it us them whoever who".split())
# a quantifier or an indefinite pronoun standing for people ("Some have proposed X", "Others want Y", "Many people urge
# Z"): it names no one a position could be shown for
UNNAMED_MANY = frozenset("""some others other many few several most all both someone somebody everyone everybody anyone
    anybody one people folks""".split())
AGENTIVE_RE = re.compile(r"(?:[a-z]{3,}(?:ers|ors|ists|ians|ants)|[a-z]{3,}(?<!m)ents)$")
NOT_AGENTIVE = frozenset("""numbers matters papers letters orders powers waters centers centres borders others answers barriers
    factors sectors errors rumours rumors colours colors chapters layers meters headquarters""".split())
WORD_RE = re.compile(r"[\w’'-]+")


POSSESSIVE_END_RE = re.compile(r"[’']s?$")


def can_act(subject: str) -> bool:
    """Whether the subject phrase (its first word already in lower case unless a name) holds a doer: a
    capitalised name, a pronoun for people, a noun for a body or group, or a plural noun for people."""
    for raw in WORD_RE.findall(subject):
        word = POSSESSIVE_END_RE.sub("", raw)
        low = word.lower()
        if word[:1].isupper() and low not in OPENERS or low in AGENT_NOUNS or low in PEOPLE_PRONOUNS:
            return True
        if AGENTIVE_RE.search(low) and low not in NOT_AGENTIVE:
            return True
    return False


# places a body opens and closes: "the library should reopen", "called for the embassy to close" (close it); the body
# words among them (embassy, school, ministry) can act too, but a bare "close" or "reopen" after them is done to them
PREMISES = frozenset("""embassy embassies consulate consulates ministry ministries school schools college colleges university
    universities hospital hospitals clinic clinics library libraries museum museums plant plants factory factories mine mines
    mill mills refinery refineries prison prisons jail jails camp camps centre centres center centers office offices branch
    branches station stations port ports airport airports border borders crossing crossings base bases church churches
    mosque mosques shop shops store stores park parks road roads bridge bridges ward wards theatre theater cinema cinemas
    club clubs""".split())
ADDRESSEES = frozenset("him her them us me you".split())


def acted_on(head: str, addressed: bool = False) -> bool:
    """Whether a bare "close / reopen / shut / resume" said of `head` (a subject's or an object's last word) is done to
    it: a place ("the library", "the embassy") or a thing that cannot act; not a body or a person, whose bare "close"
    leaves out what they would close ("urged the government to close"). A name is a place when it is the subject of the
    course ("called for Guantanamo to close"), a person or body when it is the one addressed (`addressed`: "urged Obama
    to close")."""
    word = re.sub(r"[’']s?$", "", head)
    low = word.lower()
    if low in PREMISES:
        return True
    if low in ADDRESSEES or low in PEOPLE_PRONOUNS:
        return False
    if word[:1].isupper() and low not in AGENT_NOUNS:
        return not addressed
    return not can_act(low)


# words that end no name of a holder: a clause cut before its noun ("Their poor choices and"), a verb
HOLDER_BREAKS = frozenset("and or but nor to of for with by in on at as than that who which".split())
NOT_IN_NAMES = frozenset("have has had been being is are was were will would did does do now still also".split())
PEOPLE_NOUNS = frozenset("critics experts analysts scholars victims families women men parents people sisters brothers "
                         "clerics youth relatives colleagues friends children wives husbands widows veterans elders "
                         "faithful victim family".split())


# nouns for a kind of person that the plural endings above miss ("candidates", "nurses", "bishops", "the Republican
# nominee"), singular and plural: a holder phrase whose head (last word) is one names people ("Democratic candidates",
# "Local nurses", "Catholic bishops have called for X"). A closed list read at the head only is the guard: a generic noun
# ("Recent studies", "Two reports") or a person noun that only modifies another ("the nurses' report") names no holder.
ROLE_NOUNS = frozenset("""candidate candidates nominee nominees front-runner front-runners frontrunner frontrunners hopeful
    hopefuls nurse nurses midwife midwives medic medics paramedic paramedics surgeon surgeons doctor bishop bishops
    archbishop archbishops priest priests imam imams rabbi rabbis monk monks nun nuns vicar vicars cardinal cardinals
    clergyman clergymen pupil pupils graduate graduates academic academics delegate delegates envoys aide aides diplomat
    democrats republicans employee employees trustee trustees refugee refugees retiree retirees veteran landlord landlords
    chef chefs pilot pilots cop cops colonel colonels admiral admirals magistrate magistrates attorneys fisherman fishermen
    businessman businessmen businesswoman businesswomen congressman congressmen congresswoman congresswomen alderman
    aldermen spokesman spokeswoman spokesperson woman girl girls boy boys mum mums mom moms dad dads kid kids teen teens
    youths boss bosses executives dean deans rival rivals fan fans locals natives monarch monarchs princes princess
    sheikh sheikhs mullah mullahs citizen expert scientist economist chiefs""".split())


# a document that states what its authors propose, as the head of a holder phrase ("An independent review recommended
# that X", "The draft bill seeks to X", "The white paper proposes X"): its position, as a body's (not a doer: a report
# cannot act, so `can_act` does not read these)
DOCUMENT_HEADS = frozenset("""report review study paper manifesto blueprint roadmap strategy audit inquiry bill legislation
    proposal amendment ordinance initiative resolution motion platform charter""".split())  # (one document: "Two recent
# reports" are no one in particular, test_options_role_holders.py)


# a share of the people polled or counted, as a whole holder phrase: "47%", "Some 62 percent", "Nearly two-thirds", "a
# majority", "half" ("47% say the United States should ...": the respondents, not the author)
SHARE_RE = re.compile(r"(?:(?:some|about|around|roughly|nearly|almost|over|under|more\s+than|fewer\s+than|less\s+than|only|just|"
                      r"barely|well\s+over|fully|a|an|the)\s+)*(?:\d+(?:\.\d+)?\s?(?:%|percent|per\s+cent)|majority|half|"
                      r"(?:one|two)[\s-]thirds?|(?:one|three)[\s-]quarters|(?:one|two|three|four)[\s-]fifths|(?:one|a)\s+(?:third|quarter|fifth))",
                      re.I)


# a day or a month a clause cut short leaves as its "subject" ("received the report on Wednesday, prompting X to"): no one
DAYS_AND_MONTHS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april june
    july august september october november december""".split())


def unnamed_many(phrase: str) -> bool:
    """Whether a holder phrase is only a quantifier or an indefinite pronoun for people ("some", "Others", "many people",
    "a few", "some of them"): someone holds the course, no one named."""
    words = [w.lower() for w in WORD_RE.findall(phrase)]
    return bool(words) and words[-1] != "of" and all(w in UNNAMED_MANY or w in ("a", "of", "them", "us", "you") for w in words)
    # (not "both of" cut from "both of whom opposed X": a relative's subject, the clause told as past)


def names_a_holder(phrase: str) -> bool:
    """Whether a holder phrase the text gives (no known actor) names someone: a name or a noun for people or a
    body ("Critics", "Some ministers", "Her sisters"); not an auxiliary ("Have been"), a clause cut short
    ("Mattress to her back and") or a thing ("Now routine")."""
    if SHARE_RE.fullmatch(phrase.strip()) is not None:
        return True
    words = [POSSESSIVE_END_RE.sub("", w) for w in WORD_RE.findall(phrase)]
    if len(words) > 1 and words[0].lower() in DESCRIBING_WORDS:  # "the senator", "some economists": as the noun alone
        words = words[1:]
    if not words or any(w.lower() in NOT_IN_NAMES for w in words) or words[-1].lower() in HOLDER_BREAKS:
        return False
    if len(words) == 1:
        return words[0].lower() not in PEOPLE_PRONOUNS | OPENERS | UNNAMED_MANY | DAYS_AND_MONTHS
    if words[-1].lower() in ROLE_NOUNS and len(words) <= 5 and not any(w.lower() in HOLDER_BREAKS for w in words):
        return True  # "Democratic candidates", "Local nurses", "the Republican nominee"
    if words[-1].lower() in DOCUMENT_HEADS and len(words) <= 3 and not any(w.lower() in HOLDER_BREAKS for w in words) \
            and not any(q in phrase for q in "’'"):
        return True  # "An independent review", "The draft bill": a document's position (not "the nurses' report": whose)
    return any(w[:1].isupper() for w in words[1:]) or any(  # "The Mapuche communities living nearby"
        low in AGENT_NOUNS or low in PEOPLE_NOUNS or AGENTIVE_RE.search(low) is not None and low not in NOT_AGENTIVE
        for low in map(str.lower, words))

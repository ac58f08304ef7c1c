"""A party member's party, from the party's word in their title ("the Labour MP for York Central", "the
Conservative MP Robert Jenrick", "Sir Ed Davey, the Liberal Democrat leader"): the party the text names under
that word ("Labour", "the Conservatives", "Reform UK") or, when it names none, the party's usual name
("Liberal Democrats"). The constituency of "MP for York Central" is no affiliation. American "Democratic" and
"Republican" members keep the state or country the other rules give them."""
from __future__ import annotations

import bisect
import re

from briefing_app.analysis import companies
from briefing_app.analysis.document import Sentences
from briefing_app.analysis.organisations import PARTY_PLURALS
from briefing_app.core.model import Actor

# a party's word, then a member's or officer's role ("Labour MP", "Liberal Democrat leader", "Green councillor", "Liberal
# Leader Bonnie Crombie", "NDP health critic France Gélinas": a Canadian opposition party's spokesperson is its critic)
PARTY_TITLE_RE = re.compile(r"(?:the\s+)?(?:(?:interim|acting|former|deputy|new)\s+)?(?P<party>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:MPs?|MEPs?|MSPs?|MLAs?|TDs?|"
                            r"backbenchers?|frontbenchers?|lawmakers?|legislators?|councillors?|peers?|leader|deputy leader|"
                            r"Leader|Deputy Leader|(?:[a-z]+\s+){0,2}critic|"
                            r"candidate|chair|chairman|chairwoman|spokes(?:man|woman|person)|whip|member)\b")
AMERICAN = frozenset(("Democratic", "Republican", "Democrat", "GOP", "Independent"))
KNOWN = frozenset(companies.PARTY_NAMES | set(PARTY_PLURALS))


def party_named(word: str, orgs: list[Actor], named: set[str] | None = None) -> str | None:
    """The party a word names: an organisation of the text under that word, its plural or "<word> Party"; else
    a known party's usual name; None for a word that names no party. `named`, when given, holds every name and
    alias of `orgs` (`forms_of(orgs)`): a word none of whose forms is among them skips the look through orgs."""
    if word in AMERICAN:
        return None
    forms = (word, word + " Party", word + "s")
    for org in orgs if named is None or not named.isdisjoint(forms) else ():
        if any(f == org.name or f in org.aliases for f in forms) and (org.name in KNOWN or org.name.endswith(" Party")
                                                                     or any(a in KNOWN for a in org.aliases)):
            return org.name
    known = next((f for f in (word + " Party", *forms) if f in KNOWN), None)  # ("Conservative": the Conservative Party)
    return companies.NAME_OF.get(known, known) if known else None


def party_members(people: list[Actor], orgs: list[Actor]) -> None:
    """Give each person whose title opens with a party's word that party (over a constituency, a place or the
    bare word the title gave)."""
    names = {o.name for o in orgs}
    named = forms_of(orgs)  # a Russian or Korean person's affiliation names no party: no look through every body
    parties: list[Actor] | None = None  # listed when a shadow minister asks
    for person in people:
        if person.title and person.title.startswith("shadow ") and not person.affiliation and person.mentions:
            if parties is None:
                parties = [o for o in orgs if o.name in KNOWN or o.name.endswith(" Party") or any(a in KNOWN for a in o.aliases)]
            person.affiliation = _latest(parties, min(m.start for m in person.mentions))  # "Stuart Andrew, the shadow
            continue  # health secretary": the opposition party the text named last before him
        first = (person.title or "").split(";")[0].strip()
        m = PARTY_TITLE_RE.match(first)
        word = m.group("party") if m else person.affiliation if person.affiliation and person.affiliation not in names \
            else None
        party = party_named(word, orgs, named) if word else None
        aff = person.affiliation
        if party and (aff is None or aff == word or aff not in names and MEMBER_RE.search(first)):
            person.affiliation = party  # (a member's "for York Central" is a constituency; "the Labour chair of the
            # Treasury Committee" keeps the committee)


# a party's word in the title before a name ("Liberal Democrat housing spokesman Gideon Amos", "The Conservative
# shadow housing secretary, James Cleverly", "Labour's health spokesperson, Ayesha Verrall"): the party's word, then
# at most "shadow" and two portfolio words, then a role in lower case (a capitalised one is a portfolio: "Labour
# Minister David Clarinval")
PARTY_BEFORE_RE = re.compile(r"(?<![\w’'-])(?:(?:The|A|An)[ \t]+)?(?P<party>[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?)(?:’s|'s)?[ \t]+(?:shadow[ \t]+)?"
                             r"(?:[a-z][\w-]*[ \t]+){0,2}?(?:spokes(?:man|woman|person)|secretary|minister|chancellor|"
                             r"leader|whip|chair|chairman|chairwoman|MP|MEP|MSP|councillor)[ \t]*,?[ \t]+"
                             r"(?:(?:Cllr|Sir|Dame|Lord|Baroness|Dr\.?)[ \t]+)?$")
# a party named in apposition after a name: "Sir Julian Lewis, a Conservative, said", "X, a Labour backbencher,"
PARTY_AFTER_RE = re.compile(r",[ \t]+an?[ \t]+(?P<party>[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?)(?:[ \t]+(?:MP|peer|backbencher|"
                            r"member|councillor))?(?=[ \t]*[,.;]|[ \t]+(?:who|and)\b)")


# a council's party group: "the Conservative group" (an affiliation a description gave), and its leader after the name
# ("Cllr X (Con, Wetherby), who leads the Conservative group", "X, leader of the Labour group,")
# (also with the council or chamber it sits on: "the Conservative group on Bristol City Council", "the Labour group in
# the Senedd")
GROUP_RE = re.compile(r"(?:the[ \t]+)?(?P<party>[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?)[ \t]+group"
                      r"(?:[ \t]+(?:on|in|at)[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w’'-]*){0,4})?")
GROUP_AFTER_RE = re.compile(r"(?:[ \t]+\([^()\n]{1,40}\))?,[ \t]+(?:who[ \t]+(?P<post>leads|heads|chairs)|(?:the[ \t]+)?"
                            r"(?P<post2>(?:deputy[ \t]+)?(?:leader|head|chair))[ \t]+of)[ \t]+the[ \t]+(?P<party>[A-Z][\w-]+"
                            r"(?:[ \t]+[A-Z][\w-]+)?)[ \t]+group\b")
LED_BY = {"leads": "leader", "heads": "head", "chairs": "chair"}


def _party_groups(orgs: list[Actor]) -> None:
    """A body named by a party's word and "the group" ("the Conservative group" of a council) is the party, named as the
    party's usual name ("Conservative Party"), when no other body of the text goes by that name."""
    for org in orgs:
        if "the group" not in org.aliases or " " in org.name:
            continue
        party = party_named(org.name, orgs)
        if party and party != org.name and not any(o.name == party for o in orgs):
            org.aliases.append(org.name)
            org.name = party


# the party's own noun or name after "whose" ("Nigel Farage, whose Reform UK party leads the polls"; or the party's
# plural: "Marit Stiles, whose New Democrats raised the records")
WHOSE_PARTY_RE = re.compile(r",[ \t]+whose[ \t]+(?P<party>[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?)[ \t]+(?:party\b|(?=[a-z]))")
# a party member described by the party's word in a later sentence's subject, before a verb of saying ("The Labour MP
# said", '..., the Conservative MP said.', "The Conservative shadow work and pensions secretary said her party ...")
LATER_MEMBER_RE = re.compile(
    r"(?<![\w-])[Tt]he[ \t]+(?P<party>[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?)[ \t]+(?P<role>(?:shadow[ \t]+)?"
    r"(?:[a-z][\w-]*[ \t]+){0,4}?(?:spokes(?:man|woman|person)|secretary|minister|chancellor|leader|"
    r"whip|chair|chairman|chairwoman|MP|MEP|MSP|TD|MLA|councillor|backbencher|frontbencher|peer|"
    r"lawmaker|legislator))[ \t]+(?:said|says|added|told|accused|warned|argued|insisted|urged|"
    r"called|wrote)\b")


# an American party's candidate or member named by the party's word before the name ("Republican presidential candidate
# Donald Trump", "Democratic front-runner Hillary Clinton", "presumptive GOP nominee X", "his Republican rival X",
# "Democrat Hillary Clinton"): that party, as "the Democratic nominee" in apposition (a senator's or governor's party
# word gives none: their state is their affiliation)
US_PARTIES = {"Democratic": "Democratic Party", "Democrat": "Democratic Party", "Republican": "Republican Party",
              "GOP": "Republican Party"}
US_PARTY_NAMES = frozenset(US_PARTIES.values())
US_RUNNING_RE = re.compile(r"(?<![\w-])(?P<party>Democratic|Democrat|Republican|GOP)[ \t]+(?:(?:presidential|vice[ \t]+"
                           r"presidential|gubernatorial|Senate|House|congressional|mayoral|primary|party)[ \t]+)?"
                           r"(?:nominee|candidate|front-?runner|contender|hopeful|challenger|incumbent|rival|opponent|"
                           r"strategist|pollster|operative|consultant|activist|donor|fundraiser|[Cc]hair(?:man|woman)?|"
                           r"spokes(?:man|woman|person))"
                           r"s?[ \t]*,?[ \t]*\Z|\A(?:(?:lifelong|registered|longtime|conservative|moderate|liberal|fellow)[ \t]+)?"
                           r"(?P<member>Democrat|Republican)(?:[ \t]+(?:running|trying|seeking)\b.*)?\Z")
# (the title an appositive gave: "a Republican", "a lifelong Republican", "a Democrat running for mayor"; not "former")


# "X, a Republican, said", "X, a Democrat who ...", "X, a lifelong Republican from Ohio": a person with no title (an
# office holder's is the place: "Gov. Greg Abbott, a Republican" is Texas's by the tuned answers)
US_MEMBER_AFTER_RE = re.compile(r",[ \t]+an?[ \t]+(?:(?:lifelong|registered|longtime|conservative|moderate|liberal|fellow|"
                                r"former)[ \t]+)?(?P<party>Democrat|Republican)(?=[ \t]*[,.;]|[ \t]+(?:who|and|from|in|"
                                r"running|trying|seeking)\b)")


# a name listed before another ("Democratic candidates Ann Lee, Tom Hale and Sam Brody": the one before "Sam Brody")
LISTED_BEFORE_RE = re.compile(r"(?<![\w’'.-])[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){1,3}(?:,[ \t]*|,?[ \t]+and[ \t]+)\Z")


def _listed_party(text: str, at: int) -> re.Match[str] | None:
    """A plural party role before a list of names that holds the name at `at` ("Republican candidates A, B and C")."""
    for _ in range(4):
        listed = LISTED_BEFORE_RE.search(text, max(0, at - 50), at)
        if listed is None:
            return None
        at = listed.start()
        m = US_RUNNING_RE.search(text, max(0, at - 70), at)
        if m:
            return m if m.group("party") and text[:at].rstrip(" \t,").endswith("s") else None
    return None


def us_party(text: str, person: Actor) -> str | None:
    """The American party a person's title or the words right before a mention name them a candidate or member of
    (the words before a list of names too), or an appositive after the name of a person with no title calls them a
    member of."""
    m = US_RUNNING_RE.search(person.title.split(";")[0].strip()) if person.title else None
    for span in () if m else person.mentions:
        m = US_RUNNING_RE.search(text, max(0, span.start - 70), span.start) or (
            None if person.title else US_MEMBER_AFTER_RE.match(text, span.end)) or _listed_party(text, span.start)
        if m:
            break
    return US_PARTIES[m.group("party") or m.group("member")] if m else None


def parties_in_context(text: str, people: list[Actor], orgs: list[Actor], sentences: Sentences | None = None) -> None:
    """A person no rule gave a body, or only the council a "Cllr" names, whom the text calls a party's member or
    officer beside the name (before it, in apposition after it, or "X, whose Reform UK party"): that party; else
    the subject of a sentence the next one describes by the party's word ("The Labour MP said")."""
    named: set[str] | None = None
    if "group" in text:
        _party_groups(orgs)
    american = "Democrat" in text or "Republican" in text or "GOP" in text
    for person in people:
        group = GROUP_RE.fullmatch(person.affiliation) if person.affiliation and " group" in person.affiliation else None
        if group and (party := party_named(group.group("party"), orgs)):
            person.affiliation = party  # "X, leader of the Conservative group": a council's party group is its party's
            continue
        if person.affiliation and not (person.title or "").startswith("Councillor"):
            continue
        if american and (party := us_party(text, person)):
            person.affiliation = party
            continue
        named = forms_of(orgs) if named is None else named
        for span in person.mentions[:2]:
            party = next((p for m in (PARTY_BEFORE_RE.search(text, max(0, span.start - 70), span.start),
                                      PARTY_AFTER_RE.match(text, span.end), WHOSE_PARTY_RE.match(text, span.end),
                                      GROUP_AFTER_RE.match(text, span.end) if "group" in text else None)
                          if m and (p := party_named(m.group("party"), orgs, named))), None)
            if party:  # (not "The" of "The shadow environment secretary, X, a Conservative")
                person.affiliation = party
                led = GROUP_AFTER_RE.match(text, span.end) if "group" in text else None
                if led and (person.title or "Councillor") == "Councillor":  # ("Cllr X (Con, Ward), who leads the
                    person.title = LED_BY.get(led.group("post") or "", led.group("post2"))  # Conservative group": the
                break  # leader's post is the title, as "X, leader of the Conservative group")
        else:
            if sentences is not None and OPPOSITION_RE.match(person.title or ""):
                _opposition_leader(text, sentences, person, orgs)
            if sentences is not None:
                _described_later(text, sentences, person, orgs, named, people)


# the leader of a parliament's opposition ("Opposition Leader Peter Dutton", "Kemi Badenoch, the opposition leader,")
OPPOSITION_RE = re.compile(r"(?:[Oo]pposition [Ll]eader|[Ll]eader of the [Oo]pposition)(?:;|$)")


def _opposition_leader(text: str, sentences: Sentences, person: Actor, orgs: list[Actor]) -> None:
    """'Opposition Leader X said the Coalition would vote against it', 'The Conservatives are split. X, the opposition
    leader, said her party ...': the one party named in the sentence that names the leader in full, else in the
    sentence before it in the same paragraph."""
    if not person.mentions:
        return
    parties = [o for o in orgs if o.name in KNOWN or o.name.endswith(" Party") or any(a in KNOWN for a in o.aliases)]
    first = person.mentions[0]
    start, end = sentences.of(first.start)
    spans = [(start, end)]
    i = bisect.bisect_right(sentences.starts, first.start) - 1
    if i > 0 and "\n" not in text[sentences.spans[i - 1][1]:start]:
        spans.append(sentences.spans[i - 1])
    for s, e in spans:
        named = {p.name for p in parties if any(s <= m.start < e for m in p.mentions)}
        if len(named) == 1:
            person.affiliation = named.pop()
            return
        if named:
            return


def _described_later(text: str, sentences: Sentences, person: Actor, orgs: list[Actor], named: set[str],
                     people: list[Actor]) -> None:
    """'Rachael Maskell, who represents York Central, said the cuts would hurt. The Labour MP said ...': the subject
    of a sentence whose next sentence (in the same paragraph) describes a party's member or officer by the party's
    word before a verb of saying is that party's (the description's role the title when the person has none)."""
    if not person.mentions or person.affiliation:
        return
    first = person.mentions[0]
    start, end = sentences.of(first.start)
    before = text[start:first.start].strip(" \t\"“‘'")
    if before and not (len(before) < 60 and before.endswith(("—", "–", " -"))):  # (the sentence's subject: its first
        return  # words, after a dateline "LONDON — ")
    nxt = bisect.bisect_right(sentences.starts, first.start)  # (the sentence after the name's)
    if nxt >= len(sentences.spans) or "\n" in text[end:sentences.spans[nxt][0]]:
        return
    m = LATER_MEMBER_RE.search(text, sentences.spans[nxt][0], sentences.spans[nxt][1])
    party = party_named(m.group("party"), orgs, named) if m else None
    if m and party and not _described_before(text, m, people, person, party):
        person.affiliation = party
        if not person.title:
            person.title = m.group("role")
        described = "the " + text[m.start("party"):m.end("role")]
        if described not in person.aliases:
            person.aliases.append(described)  # ("the Labour MP")


def _described_before(text: str, m: re.Match[str], people: list[Actor], person: Actor, party: str) -> bool:
    """Whether another person named before the description already is what it says ("Conservative minister Mel Stride
    defended the cuts. Rachael Maskell said ... The Conservative minister said ...": Stride's words, not Maskell's)."""
    described, role = text[m.start("party"):m.end("role")].lower(), m.group("role").split()[-1].lower()
    for other in people:
        if other is person or not other.mentions or other.mentions[0].start >= m.start():
            continue
        if any(a.lower().removeprefix("the ") == described for a in other.aliases) or (
                other.affiliation == party and (other.title or "").lower().endswith(role)):
            return True
    return False


def forms_of(orgs: list[Actor]) -> set[str]:
    """Every name and alias the organisations go by."""
    return {o.name for o in orgs} | {a for o in orgs for a in o.aliases}


def _latest(parties: list[Actor], pos: int) -> str | None:
    """The party named last before pos."""
    named = [(max(s.start for s in p.mentions if s.start < pos), p.name) for p in parties if any(s.start < pos for s in p.mentions)]
    return max(named)[1] if named else None


# the roles whose "for <place>" names a seat, not a body: "the Labour MP for York Central"
MEMBER_RE = re.compile(r"\b(?:MPs?|MEPs?|MSPs?|MLAs?|TDs?|councillors?|candidate|lawmakers?|legislators?|backbenchers?)$")


__all__ = ["MEMBER_RE", "US_PARTY_NAMES", "parties_in_context", "party_members", "party_named", "us_party"]

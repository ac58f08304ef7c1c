"""The actor table of one text: people (by surname), countries and organisations (by the
gazetteer's aliases), and the resolution of a speaker mention to a canonical name.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from briefing_app.analysis import gazetteer
from briefing_app.analysis.appositives import field_fronted, owner_fronted, role_and_end_after, role_fronted
from briefing_app.analysis.cues import STRONG_FORMS, WEAK_FORMS
from briefing_app.analysis.descriptions import (AGE_RE, GROUP_OF_RE, KIN_WORDS, PARTY_HEADS, PERSON_NOUN_RE, POSSESSED_RE, fits,
                                                of_age, party_clash, place_named, said_after)
from briefing_app.analysis.given_names import FEMALE_NAMES, MALE_NAMES, sex_of
from briefing_app.analysis.non_actors import title_case_headline_end
from briefing_app.analysis.org_people import FIRM_WORDS, ORG_NOUNS
from briefing_app.analysis.places import credit_lines, place_actors
from briefing_app.analysis.names import FEMALE, MALE, NameHit, Person, gender_of, label_hits, name_hits, norm
from briefing_app.analysis.roles import ROLE_WORDS, STYLES, US_STATE_NAMES, Role, one_word_owner, role_before, state_member
from briefing_app.analysis.segment import ABBREV_RE
from briefing_app.analysis.spans import SpanReach
from briefing_app.analysis.surnames import (SURNAME_TITLES, edit1, family, inner_holder, lone_surname, mention_hits,
                                            names_place, opens_sentence, particles_only)
from briefing_app.analysis.timeline import Timeline
from briefing_app.core.model import Actor, Span

GIVEN_NAMES = MALE_NAMES | FEMALE_NAMES
PATRONYMIC_LINKS = frozenset("bin ibn bint".split())
PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}


US_STATES = frozenset({"New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota",
                       "South Carolina", "South Dakota", "West Virginia", "Rhode Island", "Puerto Rico"})
PRE_TITLE_RE = re.compile(r"(?:(?:[A-Z][\w.-]*|(?:[A-Z]\.)+)[ \t]+)+$")
DETERMINER_RE = re.compile(r"(?:the|a|an|his|her|its|their)\s")
BODY_HEADS = frozenset("campaign team office party staff".split())  # (not "government": a state speaks by it)
DESCRIPTION_RE = re.compile(r"the\s+(?P<desc>(?:[\w.-]+\s+){0,3}?(?P<head>[a-z][a-z-]*))$")


# "School of Public Health", "Institute for Fiscal Studies": the words after a body's noun and "of" are its name
ORG_OF_BEFORE_RE = re.compile(r"\b(?:School|Institute|University|Department|College|Center|Centre|Ministry|Office|Bureau|"
                              r"Museum|Academy|Faculty|Division|Association|Society|Federation|Court)[ \t]+(?:of|for)[ \t]+"
                              r"(?:the[ \t]+)?$")


# a body's noun right after a possessive name ("Children's Hospital", "McDonald's Corporation"): the name is the body's
NOT_AFTER_OWNER = frozenset("Co Inc Ltd Corp Group Party Cabinet Administration Office Command Forces Guard Movement Program "
                            "Programme".split())  # ("Netanyahu's Cabinet", "Trump's Administration": the person's)
BODY_AFTER_RE = re.compile(r"(?:" + "|".join(sorted(ORG_NOUNS - NOT_AFTER_OWNER)) + r")\b")


# what may follow a place for the mention to name its state: nothing ("Mexico", "the Saudis", "Berlin's"), or
# its government or its spokesman ("the Mexican government", "Pentagon spokesmen"); not "David French", "The American Legion", "37 percent of Americans",
# "Teck, the Canadian mining company", "German police"
STATE_LEAD_RE = re.compile(r"(?i:the[ \t]+)?(?:(?:government|authorities|regime|leadership|(?i:republic|kingdom|state))[ \t]+"
                           r"(?:in|of)[ \t]+(?:the[ \t]+)?)?")
STATE_VOICE_RE = re.compile(r"(?:[ \t]+(?:government|administration|regime|leadership|authorities|cabinet|spokesman|"
                            r"spokeswoman|spokesmen|spokespeople|spokesperson))?[ \t.,:;]*")


def _org_of_before(text: str, at: int) -> bool:
    """ORG_OF_BEFORE_RE in the 30 characters before `at`; tried only where "of" or "for" is (every match holds one)."""
    lo = max(0, at - 30)
    return (text.find("of", lo, at) != -1 or text.find("for", lo, at) != -1) \
        and ORG_OF_BEFORE_RE.search(text, lo, at) is not None


ALIAS_TAIL_RE = re.compile(r"(?:’s|'s|(?<=s)[’']|[,;:])$")
# a mention that opens with a name and links it to a body: "Greg Abel of Berkshire Hathaway", "Jan Hatzius at Goldman Sachs"
# a spokesperson's or press secretary's principal named by the family name ("A Newsom spokesperson, X", "A spokesman for
# Holt, X"): that person is the affiliation (the actor sets' convention), though a named person is no other role's
SPEAKS_FOR_PERSON_RE = re.compile(r"(?:spokes(?:man|woman|person)|press secretary)$")
# the last words of sports clubs' names, read like family names ("Manchester United", "Marlow Rovers"): a possessor that
# ends in one is a club, no person of the text
CLUB_WORDS = frozenset("United City Rovers Athletic Wanderers Albion Rangers Hotspur Villa".split())
# posts on a person's staff: a one-word possessor before one is a family name ("Clinton's deputy chief of staff")
STAFF_RE = re.compile(r"(?:chief of staff|advis[eo]r|aide|manager|running mate|lawyer|attorney|counsel|wife|husband|"
                      r"son|daughter|spokes(?:man|woman|person)|press secretary|secretary|strategist|pollster|speechwriter)$")
# a party's member named by place and party after a post ("Senator X, the Maine Republican", "House Speaker X, a Caldwell
# County Republican"): no title beside the post (the place is the member's affiliation, us_officials)
PARTY_MEMBER_RE = re.compile(r"(?:[A-Z][\w.-]*[ \t]+){1,3}(?:Republican|Democrat|Independent)")
PERSON_OF_RE = re.compile(r"[ \t]+(?:of|at|from)[ \t]+(?:the[ \t]+)?[A-Z]")
INDEFINITE_RE = re.compile(r"(?:a|an|one|some|several|two|three|many|other|another|officials|sources)\b")
NAME_PARTICLES = r"(?:von|van|der|den|de|da|del|di|du|la|le|bin|ibn|al|el)"
NAME_ONLY_RE = re.compile(rf"(?:[A-Z][\w.’'-]*|{NAME_PARTICLES})(?:\s+(?:[A-Z][\w.’'-]*|{NAME_PARTICLES}))*")  # "Ursula von der Leyen"


def titled(h: NameHit) -> bool:
    """Does a title that stands before a family name alone ("Mr.", "President") come right before the name?"""
    return bool(h.titles) and norm(h.titles[-1]) in SURNAME_TITLES


# a sentence's subject pronoun opening it ("He met ...", "But she said ..."): nearest_person's chain
PRONOUN_OPENING_RE = re.compile(r"(?:(?:But|And|Then|Later|Still|Yet|Now|There)[,]?[ \t]+)?(?P<p>[Hh]e|[Ss]he)[ \t]")
# a relative brought in by kinship before the name ("his father, former Mayor Thomas Keller", "the son of former Las
# Cruces Mayor Ray Ortiz", "her sister Ann"): the kin word and the title words between
KIN_BEFORE_RE = re.compile(r"(?:\b(?:his|her|their)[ \t]+(?P<kin>father|mother|son|daughter|brother|sister|wife|husband|"
                           r"uncle|aunt|nephew|niece|cousin|grandfather|grandmother|grandson|granddaughter),?|\b(?P<of>son|"
                           r"daughter|wife|husband|widow|widower|brother|sister|father|mother)[ \t]+of)[ \t]+(?:(?:former|"
                           r"late|then|[A-Z][\w.-]*)[ \t]+){0,5}$")
PARENT_WORDS = frozenset(("father", "mother", "grandfather", "grandmother"))
CHILD_WORDS = frozenset(("son", "daughter"))  # ("the son of X": X is the parent)
ELDER_RE = re.compile(r"\b[Tt]he[ \t]+(?P<order>elder|younger)[ \t]+$")
NAME_END_RE = re.compile(r"[\w.-]+(?:[ \t]+[A-Z][\w.-]*)*")


def _named_below(text: str, hit: NameHit, head_end: int) -> bool:
    """'... Paved The Way For Donald Trump' then only "Trump" below: a headline's full name whose first word is a
    known given name stays when the body names the person by the family name alone."""
    toks = hit.name.split()
    if not 2 <= len(toks) <= 3 or toks[0].lower() not in GIVEN_NAMES:
        return False
    fam = toks[-1]
    at = text.find(fam, head_end)
    while at != -1:
        if not text[at - 1].isalnum() and not text[at + len(fam):at + len(fam) + 1].isalnum():
            return True
        at = text.find(fam, at + 1)
    return False


def _owns(text: str, word: str, start: int, end: int) -> bool:
    """Is a word written as a possessive between start and end ("Obama's chief of staff")?"""
    return any(text.find(word + mark, start, end) != -1 for mark in ("'s ", "’s ", "' ", "’ "))


class ActorTable:
    def __init__(self, text: str, hits: list[NameHit] | None = None) -> None:
        self.text = text
        self.credits = credit_lines(text)
        hits = sorted([*(name_hits(text) if hits is None else hits), *label_hits(text)], key=lambda h: h.start)
        hits = [h for h in hits if not _org_of_before(text, h.name_start)
                and not (text.startswith(("'s ", "’s "), h.name_start + len(h.name))
                         and BODY_AFTER_RE.match(text, h.name_start + len(h.name) + 3))]  # "UC Davis Children's Hospital"
        head_end = title_case_headline_end(text)  # "Judge Orders Google to Share ...": a headline's capitals name
        if head_end:  # nobody unless the body names them in full too, or by the family name of a known given name's
            hits = [h for h in hits if h.start >= head_end or text.find(h.name, head_end) != -1  # full name
                    or _named_below(text, h, head_end)]
        if self.credits:  # (a look-up, not a scan of every credit line for each name)
            credited = SpanReach(self.credits)
            hits = [h for h in hits if not credited.covers(h.start)]
        self.hits = hits
        self.people: dict[str, Person] = {}
        self.by_surname: dict[str, list[str]] = {}
        self.timeline = Timeline()  # (offset, canonical) of every person mention
        self.first_named: dict[str, int] = {}
        self._build()

    def _build(self) -> None:
        full = [h for h in self.hits if len(h.name.split()) >= 2 and not particles_only(h.name)]

        def rank(h: NameHit) -> tuple[int, int, int]:
            return (len(h.name.split()), bool(h.titles), -h.start)

        for h in sorted(full, key=rank, reverse=True):
            if h.name in US_STATES:
                continue
            toks = h.name.split()
            sur = norm(family(toks))
            names = self.by_surname.setdefault(sur, [])
            if any(self._same_person(n, h.name) for n in names):
                continue
            if not sex_of(toks[0]) and any(n.split()[-len(toks):] == toks and (sex_of(n.split()[0]) or titled(h))
                                           for n in names):
                continue  # "Mr. López Obrador" of "Andrés Manuel López Obrador": the end of a person's longer name
            names.append(h.name)
            self.people[h.name] = Person(h.name, gender=sex_of(toks[0]))
            if len(toks) >= 3 and toks[1].lower() in PATRONYMIC_LINKS:  # "Prince Abdulaziz" of "Abdulaziz bin Salman"
                self.by_surname.setdefault(norm(toks[0]), []).append(h.name)
        alone = {h.name for h in self.hits if " " not in h.name}  # family names the text writes alone
        named_words = {w for h in full for w in h.name.split()}  # ("Mr. Tedros" of "Tedros Adhanom Ghebreyesus")
        for h in self.hits:  # "President Trump", "Mr. Obama", "Gov. Newsom": a titled family name nobody is named in full by
            if titled(h) and len(h.name.split()) == 1 \
                    and norm(h.name) not in self.by_surname and lone_surname(h.name):
                holder = inner_holder([h.name], list(self.people))
                if holder is not None and holder.split()[-1] not in alone:  # "Mr. Xi" of Xi Jinping, "Ms. Acosta"
                    self.by_surname[norm(h.name)] = [holder]  # of Melba Acosta Febo (not "President Barack" of Barack
                    # Obama where the text writes "Obama" alone)
                elif h.name not in named_words:
                    self.by_surname[norm(h.name)] = [h.name]
                    self.people[h.name] = Person(h.name)
        for h in full:  # where each person is first named in full
            self.first_named.setdefault(h.name, h.start)
            self.first_named[h.name] = min(self.first_named[h.name], h.start)
        for h in self.hits:
            canon = self.canonical(h.name, h.start, h.titles)
            if canon is None:
                continue
            p = self.people[canon]
            p.mentions.append((h.start, h.end))
            self.timeline.append(h.start, canon)
            g = gender_of(h.titles)
            if g and not p.gender:
                p.gender = g
            if not p.title or not p.affiliation:
                self._role(p, h)
            alias = self.text[h.start:h.end]
            alias = ALIAS_TAIL_RE.sub("", alias)
            if alias.endswith(".") and not ABBREV_RE.search(alias):
                alias = alias[:-1]  # "Trump." at a sentence end; "H.R." and "Jr." keep their stop
            if alias != canon and alias not in p.aliases and not alias.isupper():  # (not a transcript's label)
                p.aliases.append(alias)
            styled = f"{h.titles[-1]} {canon}" if h.titles and norm(h.titles[-1]) in STYLES else None
            if styled and styled != alias and styled not in p.aliases:
                p.aliases.append(styled)  # "Prince Abdulaziz bin Salman" of "Saudi Energy Minister Prince ..."
        self.timeline.sort()

    def _role(self, p: Person, h: NameHit) -> None:
        """Title and affiliation from the words before the name, an appositive or relative
        clause after it, or a description fronted before it; first mention that gives one wins."""
        text = self.text
        floor = text.rfind("\n", 0, h.start) + 1
        limit = text.find("\n", h.end)
        limit = len(text) if limit == -1 else limit
        before = role_before(text, h.name_start, floor)
        if before.affiliation and norm(before.affiliation.split()[-1]) in self.by_surname \
                and (not before.title or " " not in before.affiliation and _owns(text, before.affiliation, floor, h.name_start)) \
                and before.affiliation.split()[-1] not in CLUB_WORDS:  # (not "Manchester United's Marcus Rashford")
            before = Role(before.title)  # "Xi Jinping's Li Keqiang", "Obama's chief of staff X": a possessor before the
            # name is a person of the text
        name_end = h.name_start + len(h.name)
        name_end += h.name.endswith((" Jr", " Sr")) and text.startswith(".", name_end)  # "Claude Cummings Jr., the ..."
        after, words_end = role_and_end_after(text, name_end, limit, before.title is not None and (
            state_member(before.title) or before.title.lower().endswith("mayor")))  # ("Mayor Eric Adams of New York": the city)
        owned = False  # "Its chair, Kentucky Gov. Andy Beshear, said": the post the fronted "Its" names is the body's
        if text[words_end:words_end + 1] in (",", "."):
            chain = self._chain_start(h, floor)
            lead = before.affiliation
            if lead and text[max(floor, chain - len(lead) - 1):chain] == lead + " ":
                chain -= len(lead) + 1  # ("Its chair, Kentucky Gov. Andy Beshear": the chain opens with the place)
            if not after.title and not after.affiliation:
                after = role_fronted(text, chain, floor)
                owned = bool(after.title) and before.affiliation is not None and owner_fronted(text, chain, floor)
            elif owner_fronted(text, chain, floor):  # "Its chairman, Robert Feld, who founded ...": the fronted role
                fronted = role_fronted(text, chain, floor)
                if fronted.title and not fronted.possessor:
                    after = fronted
                elif fronted.title and after.title:  # "Jarkesy's lawyer, Jennifer Mascott, a professor at George
                    after = Role(f"{fronted.title}; {after.title}", after.affiliation)  # Mason": both roles
        elif not after.title and not after.affiliation and text[h.name_start - 2:h.name_start] == ", ":
            after = field_fronted(text, self._chain_start(h, floor), floor)  # "Kell Mining's Vice President, Investor
            # Relations, Dana Poe said": no comma after the name
        if after.possessor and not after.affiliation and after.title and self._body_possessor(after.possessor, after.title, text) \
                and _owns(text, after.possessor, floor, limit):
            after = Role(after.title, after.possessor)  # "X, Politifact's editor", "Halden Radio's editor, X,": a body
        titles = [t for t in (before.title, after.title) if t]
        if len(titles) > 1 and PARTY_MEMBER_RE.fullmatch(titles[1]):
            titles = titles[:1]  # "Sen. Lindsey Graham, a South Carolina Republican": the post, not the party's member
        if titles and not p.title:
            p.title = "; ".join(dict.fromkeys(titles))
        if not p.affiliation:
            p.affiliation = after.affiliation if owned or after.affiliation and (before.past or not before.title or opens_sentence(
                text, before.affiliation, floor, h.name_start)) \
                else before.affiliation or after.affiliation  # "Transit researcher X at the University of Y"
            people = self.by_surname.get(norm(p.affiliation.split()[-1]), ()) if p.affiliation \
                and len(p.affiliation.split()) <= 2 else ()
            if people and any(sex_of(n.split()[0]) for n in people) \
                    and f" at {p.affiliation}" not in text[h.end:limit]:  # ("an analyst at Raymond James": a firm)
                # "A Newsom spokesperson, X": the principal by full name; "Spanberger's lawyer": a person is no other
                # role's affiliation
                speaks = len(people) == 1 and SPEAKS_FOR_PERSON_RE.search((p.title or "").split(";")[0])
                p.affiliation = people[0] if speaks else None

    def _body_possessor(self, possessor: str, title: str, text: str) -> bool:
        """Is a possessor a description read as a person's ("Politifact's editor", "Halden Radio's editor") a body: no
        family name of the text ("Clinton's campaign chairman"), no given name, title or common word in it, and one
        word only before no post of a person's staff ("Clinton's deputy chief of staff": a family name the text may
        name alone)?"""
        words = possessor.split()
        if norm(words[-1]) in self.by_surname or words[-1] in CLUB_WORDS:
            return words[-1] in CLUB_WORDS
        if len(words) == 1:
            return one_word_owner(possessor, text) is not None and not STAFF_RE.search(title)
        return not sex_of(words[0]) and all(one_word_owner(w) is not None and not w.endswith(".") for w in words[:-1]) \
            and not any(norm(w) in ROLE_WORDS for w in words)

    def _chain_start(self, h: NameHit, floor: int) -> int:
        """Where the title words before a name start ("Rep. Michael Waltz" -> "Rep.")."""
        pos = h.name_start
        m = PRE_TITLE_RE.search(self.text, max(floor, pos - 60), pos)
        return m.start() if m else pos

    @staticmethod
    def _same_person(a: str, b: str) -> bool:
        fa, fb = a.split()[0].rstrip("."), b.split()[0].rstrip(".")
        return fa == fb or fa[0] == fb[0] and (len(fa) <= 2 or len(fb) <= 2) or edit1(fa, fb)

    def canonical(self, name: str, pos: int, titles: list[str] | None = None) -> str | None:
        toks = name.split()
        names = self.by_surname.get(norm(family(toks)), [])
        if len(toks) >= 2:
            names = [n for n in names if self._same_person(n, name)] or names
        if not names:
            return None
        if len(names) > 1:
            g = gender_of(titles or [])
            if g:
                names = [n for n in names if self.people[n].gender in (g, None)] or names
            kin = self._kin_pick(names, pos) if len(toks) == 1 else None
            if kin is not None:
                return kin
            before = self.timeline.latest_of(names, pos)
            if before is not None:
                return before
            # none named yet (a headline's "Clinton"): the one the text names first
            return min(names, key=lambda n: self.first_named.get(n, len(self.text)))
        return names[0]

    def _kin_pick(self, names: list[str], pos: int) -> str | None:
        """Of two people of one family name, one named first and the other brought in after as a relative ("Aaron
        Keller ... his father, former Mayor Thomas Keller", "Dan Ortiz ... the son of Ray Ortiz"), the family name alone
        is the first's, "the elder"/"the younger" with it the older/younger of them; None for any other case."""
        if len(names) != 2 or any(n not in self.first_named for n in names):
            return None
        main, rel = sorted(names, key=lambda n: self.first_named[n])
        kin = KIN_BEFORE_RE.search(self.text, max(0, self.first_named[rel] - 80), self.first_named[rel])
        if kin is None or KIN_BEFORE_RE.search(self.text, max(0, self.first_named[main] - 80), self.first_named[main]):
            return None
        order = ELDER_RE.search(self.text, max(0, pos - 14), pos)
        if order is None:
            return main
        rel_is_parent = (kin.group("kin") or "") in PARENT_WORDS or (kin.group("of") or "") in CHILD_WORDS
        return rel if (order.group("order").lower() == "elder") == rel_is_parent else main

    def resolve(self, mention: str, pos: int) -> str | None:
        """Canonical actor name for a speaker mention (not a pronoun), or None if anonymous."""
        low = mention.lower()
        head, comma, rest = mention.partition(",")
        named_after = comma and DETERMINER_RE.match(low) and rest.strip()[:1].isupper()
        if INDEFINITE_RE.match(low) and not (named_after and NAME_ONLY_RE.fullmatch(rest.strip())):
            return None  # (but "A spokesman for the FAA, Greg Martin": the name the appositive gives; not "a supporter
            # from Jackson, Miss., attending the Tea Party Convention")
        group = GROUP_OF_RE.fullmatch(mention)
        if group and group.group("noun") not in STRONG_FORMS | WEAK_FORMS:  # "Clinton supporters": a group, not Clinton ("Will claims": Will)
            return None
        if comma and head.strip():  # "Chris Christie (R), a staunch Donald Trump ally": the head, not the appositive
            if named_after:  # "The party chairman, Kelly Armstrong": the name
                canon = self.resolve(rest.strip(), pos + len(head) + 1)
                if canon:
                    return canon
            canon = self.resolve(head.strip(), pos)
            if canon:
                return canon
        owned = POSSESSED_RE.fullmatch(mention)
        if owned and owned.group("head") in ROLE_WORDS:  # "Harris's campaign chair" is not Harris
            return self._latest(pos, lambda person: fits(mention, person.title, person.affiliation))
        if owned and owned.group("head") in KIN_WORDS:  # "Hillary Clinton’s right-hand woman" is not Clinton
            return None
        hits = mention_hits(mention)
        order = (hits[0], *reversed(hits[1:])) if len(hits) > 1 and hits[0].start == 0 and " and " not in mention \
            and PERSON_OF_RE.match(mention, hits[0].end) else reversed(hits)  # "Jan Hatzius of Goldman Sachs": the person
        for h in order:  # named first, not the firm a family name may end ("Sachs"); else the last name ("Chief executive of ...")
            if h.name.split()[-1] in ORG_NOUNS or h.name.split()[-1] in FIRM_WORDS:
                continue  # "Rob Haughton of the Greater Phoenix Chamber", "Lucas Pipes of B. Riley Securities": the person
            canon = self.canonical(h.name, pos + h.start, h.titles)
            if canon:
                return canon
        if mention[:1].isupper() and mention.isalpha() and norm(mention) in self.by_surname \
                and (gazetteer.lookup(mention) or ("", ""))[0] != mention:
            # "King said", "Paris, who ..., said": a title word or a capital that is a family name in the text (not a
            # country's own name: "Jordan")
            canon = self.canonical(mention, pos, None)
            if canon:
                return canon
        d = DESCRIPTION_RE.match(low)
        if d and (mention[d.start("head"):d.end("head")].islower() or d.group("head") in PARTY_HEADS):  # not "the DNC": a body, not "DNC Chair" X  # "the secretary", "the Labor secretary", "The Ukrainian leader" -> the latest person it fits
            head = d.group("head")
            desc = mention[d.start("desc"):].strip()
            if head.capitalize() in ORG_NOUNS or head in BODY_HEADS:
                return None  # "the authority says", "the campaign said": the body, not its chairman or spokesman
            placed = names_place(desc)  # "the North Carolina senator": only a person the place fits
            desc_place = place_named(desc) if placed else None

            def fit(person: Person) -> bool:
                # the home and appositive the text gives after the name count with the title and affiliation
                # ("Sen. Ted Cruz of Texas" is "the Texas senator", "Donald Trump, the billionaire developer," "the
                # billionaire"); a party's member only where the text gives the place ("the Florida Republican")
                home, described = said_after(self.text, person.mentions)
                if party_clash(desc, described | set(f"{person.title or ''} {person.affiliation or ''}".lower().split())):
                    return False  # "the Democratic nominee" is no Republican's
                if not placed and (head in f"{person.title or ''} {person.affiliation or ''}".lower().split()
                                   or head in described and PERSON_NOUN_RE.fullmatch(head)):
                    return True
                if placed and head in PARTY_HEADS:
                    return desc_place is not None and desc_place in (home, person.affiliation)
                return fits(desc, person.title, person.affiliation or home)
            canon = self._latest(pos, fit)
            state = next((w for w in (" ".join(desc.split()[:2]), desc.split()[0]) if w in US_STATE_NAMES), None) \
                if placed and head in ROLE_WORDS else None
            canon = canon or state and self._latest(pos, lambda person: person.affiliation == state)
            if canon:  # "The North Carolina senator": the one person the text places in that state
                return canon
        age = AGE_RE.fullmatch(mention)
        if age:  # "The 45-year-old"
            return of_age(self.text, self.timeline, age.group("age"), pos)
        place = gazetteer.PLACE_RE.search(mention)
        if place and STATE_VOICE_RE.fullmatch(mention, place.end()) and STATE_LEAD_RE.fullmatch(mention, 0, place.start()):
            hit = gazetteer.lookup(place.group())
            if hit:
                return hit[0]
        return None

    def _latest(self, pos: int, test: Callable[[Person], bool]) -> str | None:
        """The person named last before pos who passes `test` (tried once each, at their latest mention)."""
        tried: set[str] = set()
        for _, canon in self.timeline.before(pos):
            if canon not in tried:
                tried.add(canon)
                if test(self.people[canon]):
                    return canon
        return None

    def nearest_person(self, pos: int, pronoun: str, floor: int = 0, masked: str | None = None,
                       sentence_start: Callable[[int], int] | None = None, depth: int = 0) -> str | None:
        """The person named last before pos whose gender fits the pronoun; with masked (the text with quotations
        blanked to '•'), not one named inside a quotation: '“Lands managed by Indigenous Peoples fared better,” he
        said' is not Indigenous Peoples speaking; the speaker talks of that name. With sentence_start (the offset
        where the sentence holding an offset starts), the first fitting person of the sentence that names the last
        one, its subject as a rule: 'Whitman told the paper she would rather vote for Clinton. ¶ “Q,” she said.' is
        Whitman, 'Walsh had close ties to Joe Biden. ¶ “Q,” he said.' is Walsh."""
        want = PRONOUN_GENDER.get(pronoun.lower())
        found, since = None, -1
        for p, canon in self.timeline.before(pos):
            if p < max(floor, since):
                break
            if masked is not None and masked[p] == "•":
                continue
            g = self.people[canon].gender
            if want and g and g != want:
                continue
            if sentence_start is None:
                return canon
            if found is None:
                since = sentence_start(p)
            elif self.text.startswith(("’s", "'s"), self._mention_end(p)):
                continue  # 'Days after Tsege's arrest, Nega volunteered': an owner is no subject
            found = canon
        opening = PRONOUN_OPENING_RE.match(self.text, since) if found is not None and depth < 2 else None
        if opening and opening.group("p").lower() == pronoun.lower():
            # 'Reed runs the ferries. He met the mayor, Piet Jansen. ¶ “Q,” he said': the sentence that names the last
            # fitting person opens with the same pronoun, whose person is named before it (pronouns chain)
            return self.nearest_person(since, pronoun, floor, masked, sentence_start, depth + 1) or found
        return found

    def _mention_end(self, start: int) -> int:
        """Where the person's mention that starts at `start` ends (its end in the timeline's entry, or start)."""
        m = NAME_END_RE.match(self.text, start)
        return m.end() if m else start

    def actors(self) -> list[Actor]:
        out = [Actor(p.name, "person", p.title, p.affiliation, p.aliases, [Span(a, b) for a, b in p.mentions],
                     p.gender)
               for p in self.people.values() if p.mentions]
        out.sort(key=lambda a: a.mentions[0].start)
        return out + place_actors(self.text, self.credits, out)


__all__ = ["ActorTable", "FEMALE", "MALE"]

"""People's and organisations' affiliations across an English article: federal and EU bodies'
countries, and a person's organisation named next to their title ("NATO Secretary General Mark
Rutte", "Its president, Kevin Dempsey", "who chairs the committee", "the IEA's executive
director", "Seahawks president"), a description of a body ("the union") tied to the latest one it
fits (org_coref.py), and a member's body by their title alone ("Trustee Omar Haddad")."""
from __future__ import annotations

import functools
import re

from briefing_app.analysis import gazetteer
from briefing_app.analysis.aides import aides, last_named_before
from briefing_app.analysis.document import Document
from briefing_app.analysis.given_names import sex_of
from briefing_app.analysis.national_bodies import COUNTRY_OF, COUNTRY_OF_ACRONYM, body_home, indian
from briefing_app.analysis.org_coref import BUSINESS, FITS, business_orgs, latest_org, taught_org
from briefing_app.analysis.owners import ROLE_OR_MODIFIER, its_owner, opening_actor, sentence_start, title_names_org
from briefing_app.analysis.roles import ORG_HEADS as ORG_WORDS
from briefing_app.analysis.roles import MODIFIERS, ROLE_WORDS, US_STATE_NAMES
from briefing_app.analysis.segment import ends_in_comma
from briefing_app.analysis.officials_home import heads_of_government, national_officials
from briefing_app.analysis.party_members import MEMBER_RE, parties_in_context, party_members
from briefing_app.analysis.us_officials import US_TITLE_RE, dateline_officials, us_officials
from briefing_app.core.model import Actor

# "Festival director Tom Becker": a capitalised word, one or two title words, the name
# (the lookbehind after the first capital, "[A-Z](?<![\w.][A-Z])": the same test as before it, but the engine can skip
# ahead to capitals instead of trying the pattern at every position)
PRE_TITLE_ORG_RE = re.compile(r"([A-Z](?<![\w.][A-Z])[\w-]+)\s+(?:[a-z][\w-]*\s+){1,2}(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w’'-]*$")
# "His chief of staff, X" (not "His wife, X", "her lawyer, X": kin and counsel are no employer's staff)
HIS_RE = re.compile(r"(?<![\w-])([Hh]is|[Hh]er)\s+(?!(?:wife|husband|son|daughter|brother|sister|mother|father|partner|"
                    r"widow|lawyer|attorney|friend|former)\b)(?:[\w-]+\s+){0,3}?[\w-]+,\s+$")
# "His Iranian counterpart, Abbas Araqchi": a counterpart is someone else's peer, with a country of their own
COUNTERPART_RE = re.compile(r"(?:(?P<country>[A-Z][\w-]*)\s+)?counterparts?,\s+$")
# "his Fatah colleague, X", "her longtime ally, X", "His rival, X": a peer or opponent works for no one named before
PEER_RE = re.compile(r"(?<![\w-])(?:colleague|ally|allies|rival|opponent|challenger|predecessor|successor|comrade|"
                     r"peer|namesake|fellow|contemporar(?:y|ie))s?,\s+$")
# the last word of a post a fronted "Its"/"His" phrase names ("Its president, X", "His chief of staff, X", "His Iranian
# counterpart, X"): a role word or one of these
POST_WORDS = ROLE_WORDS | {"staff", "deputy", "assistant", "counterpart", "counterparts"}
ITS_RE = re.compile(r"(?:(?<![\w-])(?:[Ii]ts|(?P<their>[Tt]heir))|,\s+whose)\s+(?:[\w-]+\s+){0,5}?[\w-]+,\s+$")


# words no title holds: a verb or link between a body and a name ("... Court of Justice said Derek Halvorsen had")
NOT_TITLE_WORDS = r"(?:said|says|told|tells|and|or|with|to|that|had|has|was|is|on|in|at|by|from|against|sentenced|fined)\b"


@functools.lru_cache(maxsize=1024)
def _form_before(form: str) -> re.Pattern[str]:
    """An organisation's name (and a few title words) just before a person's name ("the Greens' housing spokeswoman")."""
    return re.compile(r"(?<![\w.])" + re.escape(form) + r"(?:['’]s?)?\s+(?:(?!" + NOT_TITLE_WORDS + r")(?:[A-Za-z-]+|[A-Z][a-z]{0,3}\.|"
                      r"(?:[A-Z]\.)+),?\s+){0,3}$")
    # (not over a sentence's stop: "Labour promised reform. Prime Minister Keir Starmer")


def affiliations(doc: Document) -> None:
    text = doc.actor_text
    orgs = [a for a in doc.actors if a.kind in ("organization", "government")]
    for org in orgs:
        if not org.affiliation:
            org.affiliation = _country_fronted(text, org) or body_home(org.name, doc.actors, text) or _placed_by_appositive(text, org)
    _its_units(doc, orgs)  # (its mentions' starts are read, not the text: a scan of it costs more)
    countries = [a for a in doc.actors if a.kind == "country"]
    by_form = {f: o for o in orgs for f in [o.name, *o.aliases]}
    ends = {}  # "Festival director Tom Becker", "Seahawks president": the last word of one organisation's name
    for o in orgs:
        last = o.name.split()[-1]
        if len(o.name.split()) > 1 and last[:1].isupper() and o.name.split()[-2] not in ("of", "for") and last != "Air":
            ends[last] = None if last in ends else o  # not "Immigrants" of "... for the Welfare of Immigrants"
    last_words: dict[str, Actor | None] = {}
    for o in orgs:
        if " " in o.name:
            last = o.name.split()[-1]
            last_words[last] = None if last in last_words else o
    forms: dict[str, list[tuple[int, str]]] = {}  # the organisations' capitalised names and aliases (_named_before)
    for i, org in enumerate(orgs):
        for form in [org.name, *org.aliases]:
            _index_form(forms, i, form)
    listed = {o.name.split(", ")[0]: o.name for o in orgs if ", " in o.name}  # ("Retail, Wholesale and ... Union")
    for person in (a for a in doc.actors if a.kind == "person"):
        if listed and person.affiliation in listed:
            person.affiliation = listed[person.affiliation]
        if not person.affiliation and person.title:
            person.affiliation = _body_in_title(person.title)  # "Sam Hart, the council leader": the council (_stated)
        if _stated(doc, person, orgs, countries, by_form, last_words) or title_names_org(person, orgs):
            continue
        _from_context(doc, person, orgs, ends, forms)
        if listed and person.affiliation in listed:
            person.affiliation = listed[person.affiliation]
    _member_affiliations(doc, orgs)
    if "oard member" in text or "oard trustee" in text:
        _board_members(doc, orgs)
    _bare_spokespeople(doc, orgs + countries)
    _led_by(doc, orgs)
    us_officials(doc, orgs)  # after the above, which may have dropped a description that named nothing
    heads = heads_of_government(doc)  # "Keir Starmer's premiership": a prime minister
    dateline_officials(doc, orgs)
    national_officials(doc, heads)  # what the dateline left: the country of the sentence, or the text's one country
    party_members([a for a in doc.actors if a.kind == "person" and a.title], orgs)  # "the Labour MP for York Central"
    parties_in_context(text, [a for a in doc.actors if a.kind == "person"], orgs, doc.sentences)  # "Sir Julian Lewis, a
    # Conservative", "X ... said. The Labour MP said"
    _ministers(doc, orgs)
    aides(text, doc.actors)  # "Clinton top aide X", "A spokesman for her, X": the principal (after the principals' own)


# a cabinet member's title: "Foreign Affairs Secretary", "Secretary of Foreign Affairs", "Minister of Finance", "Vice
# Foreign Minister" (not an assistant, under, permanent, press, general or shadow secretary: a department's staff
# or a party's)
MINISTER_RE = re.compile(r"(?:(?:deputy|vice|acting|former)[ \t]+)?(?:(?:[A-Z][\w-]*|and)[ \t]+){0,4}(?:Secretary|Minister)|"
                         r"(?:(?:deputy|vice|acting|former)[ \t]+)?(?:Secretary|Minister)[ \t]+(?:of|for)[ \t]+.+", re.I)
NOT_MINISTER_RE = re.compile(r"\b(?:assistant|under|permanent|press|general|shadow|party|state|principal|private|"
                             r"executive|national|parliamentary|union|port|cabinet)\b", re.I)


MEMBER_PLURALS = frozenset("supervisors commissioners trustees regents aldermen selectmen councillors councilors freeholders "
                           "governors".split())
MINISTRY_RE = re.compile(r"\b(?:Ministry|Department)\b")


def _ministers(doc: Document, orgs: list[Actor]) -> None:
    """A minister named with the ministry ("Foreign Affairs Secretary Theresa Lazaro" and the Department of Foreign
    Affairs of the Philippines) is the country's, as every national minister of the actor set is: the ministry is
    where its staff work, the minister answers to the government."""
    homes = {o.name: o.affiliation for o in orgs if o.affiliation}
    countries = {a.name for a in doc.actors if a.kind == "country"}
    for person in doc.actors:
        title = (person.title or "").split(";")[0].strip()
        home = homes.get(person.affiliation or "")
        if person.kind == "person" and home and (home in countries or gazetteer.lookup(home) == (home, "country")) \
                and MINISTER_RE.fullmatch(title) and not NOT_MINISTER_RE.search(title) \
                and (" " in title or MINISTRY_RE.search(person.affiliation or "")):  # (a bare "Secretary": the
            # portfolio words were the ministry's name, "Foreign Affairs Secretary X" of the Department of Foreign Affairs)
            before = next((a[:-len(person.name)].strip() for a in person.aliases if a.endswith(" " + person.name)), "")
            if " " not in title and before.endswith(" " + title) and before[:-len(title)].strip() in (person.affiliation or ""):
                person.title = before  # ("Foreign Affairs Secretary", the title as the text gives it)
            person.affiliation = home


def _stated(doc: Document, person: Actor, orgs: list[Actor], countries: list[Actor], by_form: dict[str, Actor],
            last_words: dict[str, Actor | None]) -> bool:
    """The affiliation a person's description gave, made the organisation it names ("Union president X": the union
    named before; "its", "the governor", "the committee"); True when the person keeps one or is left to a later pass."""
    text = doc.actor_text
    aff = person.affiliation
    if aff and person.title and person.title[:1].isupper() and MEMBER_RE.search(person.title.split(";")[0]) \
            and title_names_org(person, [o for o in orgs if person.title.startswith(o.name + " ")]):
        return True  # "Labour MP Stella Creasy, who chairs ...": the party her first title names (but "the Labour
        # chair of the Treasury Committee" is the committee's)
    if aff and aff.lower() in FITS and aff[:1].isupper() and aff not in by_form:  # "Board Chairman X": the board named
        named = latest_org(orgs, person.mentions[0].start if person.mentions else len(text), FITS[aff.lower()])
        person.affiliation = aff = named.name if named else aff  # before him, not one whose name ends in "Board" later
    ender = last_words.get(aff) if aff and aff not in by_form and aff not in US_STATE_NAMES else None
    if ender is not None and aff and not gazetteer.lookup(aff):  # "... Welfare of Immigrants campaigner X":
        person.affiliation = aff = ender.name  # the organisation whose name the word ends, not the word
    if aff and aff in by_form:
        return True  # the form the text gave ("CSIS"), which names one of the organisations
    if aff == "Union" and (person.title or "").split(";")[0].rstrip().endswith(("Minister", "Secretary")):
        # "Union Jal Shakti Minister C R Patil": a minister of India's national government in an Indian text, no union's
        person.affiliation = aff = "India" if indian(text) else None
        return aff is not None
    if aff and aff.lower() in FITS and aff[:1].isupper() and aff not in by_form:
        # "Union president Tom Hale": the union named before (in this paragraph or the one before)
        at = person.mentions[0].start if person.mentions else len(text)
        named = latest_org(orgs, at, FITS[aff.lower()]) or latest_org(
            orgs, at, None, floor=text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, at))))
        person.affiliation = aff = named.name if named else None
    if aff in ("state", "county", "city"):
        return True  # "the state's transportation director", "a spokeswoman for the city": the US state, county or
        # city of the text (local.py)
    if aff and aff.startswith("its "):  # "Philip Damas, who heads its supply chain unit": whose "its" is
        at = person.mentions[0].start if person.mentions else len(text)
        owner = its_owner(doc, orgs, at) or latest_org(orgs, at)
        person.affiliation = aff = owner.name if owner else None
    if aff and aff.startswith("the ") and aff[4:] in MEMBER_PLURALS:  # "the chairman of the supervisors": the body
        word = aff[4:].capitalize()  # whose name holds the members' word ("Board of Supervisors"), if one
        bodies = [o for o in orgs if word in o.name.split()]
        person.affiliation = aff = bodies[0].name if len(bodies) == 1 else \
            "county" if not bodies and word in ("Supervisors", "Commissioners") else None  # (no board named: the one
        # county of the text, local.counties)
    if aff and aff.startswith("the ") and aff[4:] in ROLE_WORDS:  # "a spokeswoman for the governor": the governor
        at = person.mentions[0].start if person.mentions else len(text)
        boss = _holder(doc.actors, aff[4:], at, person)
        person.affiliation = aff = boss.name if boss else None
    if aff and "a" <= aff[0] <= "z":  # "committee" from "who chairs the committee" (an English word:
        # a Russian body's name in lower case, "городская дума", "департамент ЖКХ", is a name the Russian rules gave)
        own = re.match(r"(\w+)(?:’s|'s)\s", aff)  # "the bloc's trade policy": the bloc
        head = own.group(1).lower() if own else aff.split()[-1].lower()
        at = person.mentions[0].start if person.mentions else len(text)
        named = latest_org(countries, at) if head == "country" else _subject_company(doc, business_orgs(orgs), at, aff) \
            if head in BUSINESS else \
            _near_fit(doc, orgs, at, head) or _only_fit(orgs, FITS[head]) if head in FITS else None  # (none: "the
        # administration's economic team"; the one body that fits, named after: "The water district's general manager")
        if named is None and head in FITS and head not in BUSINESS and head != "country":  # "The RMT, which ..., blamed cuts. The union's general
            opens = sentence_start(text, at + 2)  # (+2: a mention that opens its sentence is in that sentence)
            named = taught_org(text, orgs, at, head) or _of_kind(opening_actor(text, orgs, opens), head) \
                or _of_kind(_sole_org_before(text, orgs, opens, at, FITS[head]), head)
            # secretary, X": the body the text called a union, else the body the sentence before opens with, else the
            # one body named since the sentence before opened ("Analysts at ING ... said X, an economist at the bank")
        person.affiliation = named.name if named else None
        aff = person.affiliation
    return bool(aff)


LOWER_WORD_RE = re.compile(r"\b[a-z][\w-]*")
# the body nouns a title may open with ("council leader", "union president", "ministry spokeswoman", "company spokesman"):
# the latest body of that kind is the person's, as for "the council's leader" (not "district attorney", "court reporter")
TITLE_BODIES = frozenset("committee panel agency board commission ministry department party union council club bank company "
                         "firm institute foundation association network federation hospital university museum college "
                         "league coalition charity".split())




def _body_in_title(title: str) -> str | None:
    """The lower-case body noun a title opens with, before its role word, else None."""
    words = title.split(";")[0].split()
    return words[0] if len(words) > 1 and words[0] in TITLE_BODIES and words[-1].lower() in ROLE_WORDS else None


def _from_context(doc: Document, person: Actor, orgs: list[Actor], ends: dict[str, Actor | None],
                  forms: dict[str, list[tuple[int, str]]]) -> None:
    """A person's body from the words before one of their mentions: "Its president, X", "His chief of staff, X",
    "His Iranian counterpart, X", "NATO Secretary General X", "Festival director X"."""
    text = doc.actor_text
    for span in person.mentions:
        line = text.rfind("\n", 0, span.start) + 1
        window = text[max(line, span.start - 60):span.start]
        posted = window[:len(window) - _honorific_tail(window)]  # ("Its chair, Sir Ian Cheshire": the post before the title)
        comma = ends_in_comma(posted, 0, len(posted))  # (what ITS_RE and HIS_RE end in)
        its = ITS_RE.search(posted) if comma else None
        if its and not _names_post(its.group()):
            its = None  # ("On its face, Clinton's critique": no post; "Its president, X", "Its head of research, X": posts)
        his = HIS_RE.search(posted) if comma and not its else None
        if his and not _names_post(his.group()):
            his = None  # ("Regardless of her views, Clinton's framing": no post)
        peer = COUNTERPART_RE.search(window) if his else None
        if peer:  # "His Iranian counterpart, X": Iran's
            place = gazetteer.lookup(peer.group("country") or "")
            if place and place[1] == "country":
                person.affiliation = place[0]
                break
            his = None
        if his and PEER_RE.search(window, his.start()):
            his = None  # "his Fatah colleague, X": no boss (a body named in it is found below, as for "Fatah leader X")
        if his:  # "His chief of staff, Andriy Yermak": the person named before, of the pronoun's sex
            boss = _latest_person(doc.actors, span.start - len(window) + his.start(), person,
                                  "m" if his.group(1).lower() == "his" else "f")
            if boss:
                person.affiliation = boss.name
                break
        if its:  # "Its president, Kevin Dempsey": the subject of the sentence before, else the latest ("Their leader,
            at = span.start - len(window) + its.start()  # Kemi Badenoch": a body that opens the sentence before only)
            latest = opening_actor(text, orgs, at) if its.group("their") else its_owner(doc, orgs, at) \
                or latest_org(orgs, at, floor=_sentence_before(text, at))  # (a body of an earlier paragraph is no
            # "its": "... the Regulator this year; its chair, X" with the Regulator unfound is not the university of the
            # paragraph before; an "Its" opening a paragraph reads the paragraph before)
            if latest:
                person.affiliation = latest.name
                break
        named = _named_before(window, orgs, forms) if not US_TITLE_RE.match(person.title or "") \
            or window.endswith(", ") and ("s' " in window or "'s " in window or "’s " in window or "s’ " in window) \
            else None  # ("The Greens' housing spokeswoman, Senator X": a fronted
        # description before the titled name says whose)
        if named is not None:  # "NATO Secretary General Mark Rutte", "The F.T.C. chair, Lina Khan" (a US federal
            # title, "White House national security adviser", is left to us_officials: the United States)
            person.affiliation = named.name  # (the words before may still give the organisation a short name)
        upto = text[max(line, span.start - 60):span.end]
        last_word = PRE_TITLE_ORG_RE.search(upto)
        owner = ends.get(last_word.group(1)) if last_word and all(  # ("The White House said President ...": no title)
            w.lower() in ROLE_OR_MODIFIER for w in LOWER_WORD_RE.findall(last_word.group())) else None
        if owner is not None and last_word is not None:
            person.affiliation = owner.name
            short = last_word.group(1)
            if short.lower() not in ORG_WORDS and short not in owner.aliases:
                owner.aliases.append(short)  # "Seahawks" for the Seattle Seahawks
                _index_form(forms, next(i for i, o in enumerate(orgs) if o is owner), short)
        if person.affiliation:
            break


def _index_form(forms: dict[str, list[tuple[int, str]]], i: int, form: str) -> None:
    """A capitalised name or alias of orgs[i], under its first two characters."""
    if form[:1].isupper():
        forms.setdefault(form[:2], []).append((i, form))


# where a form may start: a character after none of a word or a dot (as _form_before's look-behind has it)
FORM_START_RE = re.compile(r"(?<![\w.])\S")


# a preposition after a fronted phrase's head noun ("head of research", "warnings to the president")
HEAD_END_RE = re.compile(r"[ \t]+(?:of|for|to|at|in|on|with|over|about|against|from|towards?|after|before|during|by|into|"
                         r"under|than)[ \t]")
# a courtesy or rank before a name after its fronted post ("Its chair, Sir Ian Cheshire", "Its director, Dr. X", "Their group
# leader, Cllr X", "its head, Vice Admiral X")
HONORIFIC_TAIL_RE = re.compile(r"(?:(?:The|the)[ \t]+)?(?:(?:Rt|Very|Most)[ \t]+)?(?:(?:Sir|Dame|Lord|Lady|Baroness|"
                               r"Baron|Dr|Prof|Professor|Cllr|Councillor|Rev|Revd|Reverend|Rabbi|Imam|Father|Sister|"
                               r"Mr|Mrs|Ms|Gen|General|Lt|Col|Colonel|Maj|Major|Capt|Captain|Cmdr|Commander|Sgt|Adm|"
                               r"Admiral|(?:Vice|Rear)[ \t]+Admiral|Judge|Justice|Hon)\.?[ \t]+)?$")  # (a mention may hold the
# courtesy itself, "Rev. X", leaving "the " before it)


def _honorific_tail(window: str) -> int:
    """The length of a courtesy title or rank between a comma and the window's end, 0 when none (the pattern is tried
    only where a comma stands close before the end: most mentions have none)."""
    comma = window.rfind(", ", max(0, len(window) - 30))
    if comma == -1 or comma == len(window) - 2 or not window.endswith((" ", "\t")):
        return 0
    tail = HONORIFIC_TAIL_RE.match(window, comma + 2)
    return len(window) - comma - 2 if tail else 0


def _names_post(phrase: str) -> bool:
    """Does a fronted "Its ..., "/"His ..., " phrase name a post: is its head noun (its last word before a preposition) a
    post's word ("Its head of research", "His chief of staff", "Its vice-president", "Their group leader"), not another
    noun ("its face", "her views", "Despite its warnings to the president": warnings)?"""
    words = phrase.strip(", \t").split(None, 1)  # (the pronoun, or ", whose", first)
    if len(words) < 2:
        return False
    head = HEAD_END_RE.split(" " + words[1] + " ", maxsplit=1)[0].split()
    return bool(head) and any(w in POST_WORDS for w in re.split(r"-", head[-1].lower().strip(",")))


def _its_units(doc: Document, orgs: list[Actor]) -> None:
    """A body named after a sentence's "Its" ("The CDC ... Its Advisory Committee on Immunization Practices voted", "Its
    Investigating Directorate, led by X, ..."): a unit of the body that opens the sentence before, else of the latest
    body named in the paragraph."""
    text = doc.actor_text
    for org in orgs:
        at = next((m.start for m in org.mentions if text.endswith("Its ", 0, m.start)), None)
        if org.affiliation or at is None:
            continue
        owner = its_owner(doc, [o for o in orgs if o is not org], at - 4) \
            or latest_org([o for o in orgs if o is not org], at - 4, floor=_sentence_before(text, at - 4))
        if owner is not None and owner.kind != "country":
            org.affiliation = owner.name


def _near_fit(doc: Document, orgs: list[Actor], at: int, head: str) -> Actor | None:
    """The latest body of the kind `head` names ("the charity's") named in this paragraph or the sentence before it; else
    the body that opens the sentence before, when the fitting one was named only paragraphs up ("Oxfam criticised ...
    Emily Farr, the charity's food policy lead": Oxfam, not a fund named three paragraphs before); else that one."""
    text = doc.actor_text
    near = latest_org(orgs, at, FITS[head], floor=_sentence_before(text, at))
    if near is not None:
        return near
    far = latest_org(orgs, at, FITS[head])
    if far is None:
        return None
    opening = opening_actor(text, orgs, sentence_start(text, at + 2))
    return opening if opening is not None and opening.kind == "organization" \
        and not _says_other_kind(opening.name, FITS[head]) else far  # ("X City Council" for "the union's" is none)


def _sentence_before(text: str, at: int) -> int:
    """Where the paragraph holding `at` starts, or the paragraph before it when `at` opens its paragraph."""
    line = text.rfind("\n", 0, at) + 1
    if text[line:at].strip():
        return line
    before = text[:line].rstrip()
    return text.rfind("\n", 0, len(before)) + 1


def _named_before(window: str, orgs: list[Actor], forms: dict[str, list[tuple[int, str]]]) -> Actor | None:
    """The first organisation (in orgs' order) one of whose capitalised names or aliases _form_before finds in the
    window: of the forms (indexed by their first two characters) that start where a capital may open one."""
    best = len(orgs)
    for m in FORM_START_RE.finditer(window):
        p = m.start()
        if not window[p].isupper():
            continue
        for key in {window[p], window[p:p + 2]}:
            for i, form in forms.get(key, ()):
                if i < best and window.startswith(form, p) and _form_before(form).search(window):
                    best = i
    return orgs[best] if best < len(orgs) else None


def _holder(actors: list[Actor], role: str, pos: int, person: Actor) -> Actor | None:
    """The person whose title's head is the role word ("the mayor": Mayor Bruce Harrell), the latest named
    before pos, else the only one in the text."""
    holders = [a for a in actors if a.kind == "person" and a is not person and a.title
               and a.title.split(";")[0].split()[-1].lower().rstrip(".") == role]
    before = [(min(m.start for m in a.mentions), a) for a in holders if a.mentions and min(m.start for m in a.mentions) < pos]
    if before:
        return max(before, key=lambda t: t[0])[1]
    return holders[0] if len(holders) == 1 else None


def _latest_person(actors: list[Actor], pos: int, person: Actor, sex: str) -> Actor | None:
    """The person last named before pos (not the person itself), unless their given name says another sex."""
    return last_named_before(actors, pos, lambda a: a.kind == "person" and a is not person
                             and sex_of(a.name.split()[0]) in (sex, None))


LED_BY_RE = re.compile(r",[ \t]+(?:which[ \t]+is[ \t]+)?(?:led|headed|run|chaired|founded|co-founded)[ \t]+by[ \t]+$")


# "The Fiscal Crisis and Management Assistance Team (FCMAT), a state agency that advises ...": a body described as
# the state's, county's or city's in apposition (local.py ties the word to the text's state, county or city)
PLACE_APPOS_RE = re.compile(r"(?:[ \t]+\([A-Z][A-Za-z&]{1,8}\))?,[ \t]+(?:a|an|the)[ \t]+(?P<kind>state|county|city)(?:’s|'s)?[ \t]+"
                            r"(?:[a-z][\w-]*[ \t]+){0,3}?(?:agency|body|board|commission|department|office|regulator|"
                            r"authority|watchdog|panel|service|team|council|district|utility)\b")


# "Indonesia's parliament, the House of Representatives", "Japan's central bank, the Bank of Japan": a country's
# described body, then its name
COUNTRY_FRONTED_RE = re.compile(r"(?P<c>[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})(?:’s|'s|(?<=s)’|(?<=s)')[ \t]+"
                                r"(?:[a-z][\w-]*[ \t]+){0,3}[a-z][\w-]*,[ \t]+(?:the[ \t]+)?$")


def _country_fronted(text: str, org: Actor) -> str | None:
    """The country whose described body the organisation's first mention names in apposition, else None."""
    for m in org.mentions[:1]:
        if text[max(0, m.start - 6):m.start].rstrip().endswith((",", ", the")):
            fronted = COUNTRY_FRONTED_RE.search(text, max(0, m.start - 70), m.start)
            hit = gazetteer.lookup(fronted.group("c")) if fronted else None
            if hit is not None and hit[1] == "country":
                return hit[0]
    return None


def _placed_by_appositive(text: str, org: Actor) -> str | None:
    for m in org.mentions:
        if text.startswith(",", m.end) or text.startswith(" (", m.end):
            appos = PLACE_APPOS_RE.match(text, m.end)
            if appos:
                return appos.group("kind")
    return None


def _led_by(doc: Document, orgs: list[Actor]) -> None:
    """'The RSF, led by Mohamed Hamdan Dagalo, denied ...': the body named right before is the person's."""
    text = doc.actor_text
    ends: dict[int, Actor] | None = None  # (made only when a mention follows "led by": most texts have none)
    for person in doc.actors:
        if person.kind != "person" or person.affiliation:
            continue
        for m in person.mentions:
            led = LED_BY_RE.search(text, max(0, m.start - 40), m.start) if m.start >= 3 and text.startswith("by ", m.start - 3) \
                else None
            if led and ends is None:
                ends = {sp.end: o for o in orgs for sp in o.mentions}
            if led and ends is not None and led.start() in ends:
                person.affiliation = ends[led.start()].name
                break


def _subject_company(doc: Document, companies: list[Actor], pos: int, aff: str = "") -> Actor | None:
    """'Thames Water's creditors, led by the hedge fund Elliott Management, want ... Chris Weston, the company's chief
    executive, says': the company the sentence before opens with, else the latest named."""
    text = doc.actor_text
    start = sentence_start(text, pos + 2)  # (the sentence pos is in, also when pos opens it)
    subject = opening_actor(text, companies, start - 2) if start > 2 and text[start - 1] != "\n" else None
    called = _called_the_company(text, companies, pos) if aff.lower() in ("company", "the company") \
        and _bare_the_company(text, start) else None
    return subject or called or latest_org(companies, pos)  # ("The Santa Clara company's chief executive": a description
    # of its own, the latest named)


def _bare_the_company(text: str, start: int) -> bool:
    """Does the sentence from `start` say "the company's" with nothing between "the" and "company" (not "The Santa Clara
    company's chief executive": a description of its own)?"""
    stop = text.find(". ", start)
    sentence = text[start:stop if stop != -1 else len(text)]
    owned = [m.start() for m in re.finditer(r"company(?:’s|'s)", sentence)]
    return bool(owned) and all(sentence[max(0, at - 4):at].lower() == "the " for at in owned)


def _called_the_company(text: str, companies: list[Actor], pos: int) -> Actor | None:
    """The one company the text has called "the company" before pos ("Samsung Electronics will cut ..., the company said
    ... Jun Young-hyun, head of the company's semiconductor division": Samsung, not Nvidia named in between)."""
    called = [c for c in companies if "the company" in c.aliases and any(
        m.start < pos and text.startswith(("the company", "The company"), m.start) for m in c.mentions)]
    return called[0] if len(called) == 1 else None


# the last words of a name that say which kind of body it is ("Harmon Hospital", "the Lakeside Council")
KIND_WORDS = frozenset(f for fits in FITS.values() for f in fits if f[:1].isupper() and " " not in f)


def _sole_org_before(text: str, orgs: list[Actor], own: int, at: int, fits: tuple[str, ...]) -> Actor | None:
    """The one organisation named between the start of the sentence before `own` (a sentence's start) and `at`, unless
    its name says it is a body of another kind than the description's (`fits`: "a spokesman for the union" is no one
    of "Harmon Hospital")."""
    start = sentence_start(text, own - 2) if own > 2 and text[own - 1] != "\n" else own
    named = [o for o in orgs if any(start <= m.start < at for m in o.mentions)]
    if len(named) != 1 or _says_other_kind(named[0].name, fits):
        return None
    return named[0]


def _says_other_kind(name: str, fits: tuple[str, ...]) -> bool:
    """Does a body's name end in a kind's word ("Harmon Hospital", "Riverside City Council") and name none of `fits`?"""
    return name.split()[-1] in KIND_WORDS and not any(f in name for f in fits)


# descriptions of bodies no state runs: a national agency or regulator the text only names ("Regulators at Ofcom ...
# X, an economist at the bank") is none of them unless its name says so ("Bank of England")
PRIVATE_HEADS = frozenset("bank union charity club university hospital clinic museum college league foundation network "
                          "institute association co-operative cooperative".split())


def _of_kind(org: Actor | None, head: str) -> Actor | None:
    """org, unless the description's head names a private kind of body and org is a listed national public body whose
    name does not fit that kind."""
    if org is None or head not in PRIVATE_HEADS or org.name not in COUNTRY_OF and org.name not in COUNTRY_OF_ACRONYM:
        return org
    return org if any(f in org.name for f in FITS[head]) else None


def _only_fit(orgs: list[Actor], fits: tuple[str, ...]) -> Actor | None:
    """The one organisation of the text a description fits, wherever it is named."""
    fitting = [o for o in orgs if any(f in o.name for f in fits)]
    return fitting[0] if len(fitting) == 1 else None


# members of a body named by their title alone ("Trustee Omar Haddad"): the body of that kind
MEMBER_OF = {"trustee": ("Board",), "councilman": ("Council",), "councilwoman": ("Council",),
             "councilmember": ("Council",), "councillor": ("Council",), "councilor": ("Council",),
             "alderman": ("Council",), "alderwoman": ("Council",), "selectman": ("Board",), "regent": ("Board",),
             "supervisor": ("Board",)}


# "Board member X", "School board member X", "board trustee X": a member of an elected board named by that office alone
BOARD_MEMBER_RE = re.compile(r"(?:[Ss]chool[ \t]+)?[Bb]oard[ \t]+(?:member|trustee)[ \t]")


def _board_members(doc: Document, orgs: list[Actor]) -> None:
    """'Board member Kirsten Jourdan, who represents District 2 on the district's Board of Education': the board (the
    latest named before her, else the only one), not the district or city that has it."""
    for person in doc.actors:
        if person.kind != "person" or not any(BOARD_MEMBER_RE.match(alias) for alias in person.aliases):
            continue
        boards = [o for o in orgs if "Board" in o.name.split() or o.name.endswith(" board")]
        boards = [o for o in boards if not any(b.name.startswith(o.name + " ") for b in boards)]  # ("Lakewood Board" of
        # "the Lakewood Board of Trustees" read apart: the whole name)
        if person.affiliation is not None:
            boards = [o for o in boards if o.affiliation in (None, person.affiliation)]  # (the district's own board)
        at = person.mentions[0].start if person.mentions else len(doc.actor_text)
        board = latest_org(boards, at) or (boards[0] if len(boards) == 1 else None)
        if board is not None:
            person.affiliation = board.name


SPOKES = frozenset(("spokesman", "spokeswoman", "spokesperson"))
BANK_GOVERNORS = frozenset(("governor", "deputy governor"))


def _bare_spokespeople(doc: Document, bodies: list[Actor]) -> None:
    """'Acme Corp said it would cut jobs. Ann Smith, a spokeswoman, said ...': a spokesperson named with no body
    speaks for the body or country that opens the sentence before (or their own sentence, before them)."""
    for person in doc.actors:
        title = (person.title or "").split(";")[0].strip().lower()
        if person.kind != "person" or person.affiliation or not person.mentions \
                or title not in SPOKES and title not in BANK_GOVERNORS:
            continue
        owner = opening_actor(doc.actor_text, bodies, person.mentions[0].start)
        if owner is not None and (title in SPOKES or "Bank" in owner.name or "Reserve" in owner.name):
            person.affiliation = owner.name  # ("The Bank of Japan kept rates. Governor Kazuo Ueda said ...")


# words before a member's title that name no particular place or body ("City Councilmember", "At-Large Councilmember";
# and roles.MODIFIERS: "former", "Democratic")
PLAIN_QUALIFIERS = frozenset(("city", "town", "county", "village", "borough", "township", "school", "district", "metro",
                              "board", "council", "ward", "at-large", "interim", "veteran", "longtime", "new",
                              "independent", "progressive", "conservative", "liberal", "green", "freshman"))


def _member_affiliations(doc: Document, orgs: list[Actor]) -> None:
    """A member's title with no affiliation: the latest organisation of the body it names
    ("Trustee" -> the school board), else the only one in the text; a title that names a place before it ("Tempe
    Councilmember X", "King County Councilmember X") takes only a body whose name holds that place, not the
    Phoenix or Seattle City Council the text is about."""
    for person in doc.actors:
        if person.kind != "person" or person.affiliation or not person.title:
            continue
        words = person.title.split(";")[0].split()
        fits = MEMBER_OF.get(words[-1].lower().rstrip(".")) if words else None
        if fits is None or fits == ("Board",) and "County" in doc.actor_text and "upervisor" in person.title:
            continue  # "Supervisor X" of a text that names a county: the county's (local.counties)
        places = [w for w in words[:-1] if w[:1].isupper() and w.lower() not in PLAIN_QUALIFIERS
                  and w.lower() not in MODIFIERS]
        candidates = [o for o in orgs if all(w in o.name.split() for w in places)] if places else orgs
        at = person.mentions[0].start if person.mentions else len(doc.actor_text)
        named = latest_org(candidates, at, fits)
        if named is None:
            fitting = [o for o in candidates if any(f in o.name for f in fits)]
            named = fitting[0] if len(fitting) == 1 else None
        person.affiliation = named.name if named else None


__all__ = ["affiliations"]

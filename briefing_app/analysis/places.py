"""Countries and known bodies an English text names by the gazetteer's aliases, as actors beside
the people of the actor table: not in credit lines, not an event ("the Paris Olympics"), not a
person's name ("Rep. Jim Jordan"), not part of a body's name ("American Association of ...", the
"Security Council" of a "National Security Council"), and a body named only as a venue ("at the
White House") left out. Credit lines (bylines, reporting and photo credits) are found here too."""
from __future__ import annotations

import functools
import re
from typing import NamedTuple

from briefing_app.analysis import companies, gazetteer
from briefing_app.analysis.occurrences import at_line_starts
from briefing_app.analysis.spans import SpanReach
from briefing_app.core.model import Actor, Span

# credit lines: bylines, reporting and editing credits, photo credits; the names and places in them are no actors
CREDIT_LINE_RE = re.compile(
    r"^[ \t(]*(?:By[ \t]+[A-Z]|(?:Additional[ \t]+|Contributing[ \t]+)?[Rr]eporting[ \t]+by\b|Editing[ \t]+by\b|"
    r"Writing[ \t]+by\b|Compiled[ \t]+by\b|Photo(?:graph)?s?(?:[ \t]+by)?[ \t]*:|Contributing[ \t]*:)[^\n]*", re.M)
CONTRIBUTED_RE = re.compile(r"\bcontributed(?:[ \t]+to)?[ \t]+this[ \t]+report\.?[ \t]*$", re.M)
NAMED_BODY_AFTER_RE = re.compile(r"(?:[ \t]+[A-Z][\w&-]*){0,3}?[ \t]+(?:Association|Union|Institute|Council|Academy|Society|"
                                r"Foundation|Federation|League|Chamber|Airlines|Enterprise|Legion|Bar|College|Red Cross|Consortium|"
                                r"Confederation|Bankers|Workers|Hospital|Museum|Trust)\b")


# "Americans for Prosperity", "Americans for Tax Reform", "Russians for Peace": a body named by its members and its cause
# (a pattern string: re compiles it when a text first needs it)
MEMBERS_FOR = r" for[ \t]+(?:a[ \t]+|the[ \t]+)?[A-Z][\w&-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w&-]*){0,3}"


# a known body whose name ends in a place's name ("Reform UK"): the words before the place
NAMES_ENDING_IN: dict[str, list[str]] = {}
for _name in companies.NAME_OF:
    if " " in _name and gazetteer.lookup(_name.rsplit(" ", 1)[1]):
        NAMES_ENDING_IN.setdefault(_name.rsplit(" ", 1)[1], []).append(_name.rsplit(" ", 1)[0] + " ")


def credit_lines(text: str) -> list[tuple[int, int]]:
    """Bylines and credit lines: their spans."""
    spans = [m.span() for m in at_line_starts(CREDIT_LINE_RE, text)]
    if "contributed" in text:  # "Associated Press writer Mike Corder contributed to this report."
        for m in CONTRIBUTED_RE.finditer(text):
            start = text.rfind("\n", 0, m.start()) + 1
            if m.start() - start <= 120:
                spans.append((start, m.end()))
    return spans


EVENT_AFTER_RE = re.compile(r"[ \t]+(?:(?:climate|peace|trade)[ \t]+)?(?:Olympics|Olympic Games|Games|Expo|Marathon|[Aa]greements?|"
                            r"[Aa]ccords?|[Pp]rotocol|[Ss]ummit|[Cc]onvention|[Cc]onference|[Ff]orum|[Ff]estival|[Ff]ashion [Ww]eek|"
                            r"[Aa]ir [Ss]how|[Mm]otor [Ss]how)\b")
# "the University of Washington", "the Port of London": a place inside an institution's name, not the country
INSTITUTION_OF_RE = re.compile(r"\b(?:University|College|School|Museum|Port|Archdiocese|Diocese|Institute|Library|Zoo)[ \t]+of[ \t]+$")
# "in The Hague", "talks in Brussels": a capital named only as where something happens
LOCATIVE_RE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Ff]rom|[Vv]isiting|[Tt]o)[ \t]+$")
# a country's own name, not its capital ("made in America" names the country)
COUNTRY_NAME_RE = re.compile(r"America|(?:Great )?Britain|Holland|.*\b(?:Republic|Federation|Kingdom|States|Emirates)\b")
PLACE_PREP_RE = re.compile(r"\b(?:of|in|to|from|into|across|visited|visit)[ \t]+$")
VENUE_RE = re.compile(r"\b(?:at|inside|outside|to)[ \t]+(?:the[ \t]+)?$")
WORD_BEFORE_RE = re.compile(r"(?<![\w’'.-])([A-Z][\w-]*)[ \t]+$")


def _ends_in_of(text: str, pos: int) -> bool:
    """Do the words before pos end in "of", as every INSTITUTION_OF_RE match there does (a quick test first;
    its "$" also matches before a final line break)?"""
    return text[max(0, pos - 24):pos].rstrip(" \t\n").endswith("of")


# a name going on after a known body's word with "of" and a name other than the UN's ("Security Council of Ukraine")
OF_NAME_AFTER_RE = re.compile(r" of (?:the )?(?!(?:United Nations|UN|U\.N\.)\b)[A-Z]")
LINKED_BEFORE_RE = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*)[ \t]+(?:and|of|&)[ \t]+$")


def _inside_a_name(text: str, pos: int) -> bool:
    """Is the capitalised word right before pos part of a longer name (not "The", not a place)?"""
    m = WORD_BEFORE_RE.search(text, max(0, pos - 30), pos)
    if m is None and text.startswith((" and ", " of ", " & "), text.rfind(" ", 0, pos - 1)):
        m = LINKED_BEFORE_RE.search(text, max(0, pos - 40), pos)  # "Peace and Security Council": the AU's, not the UN's
    return m is not None and m.group(1) not in ("The", "A", "An", "But", "And", "In", "On", "At", "For") \
        and not gazetteer.lookup(m.group(1))


# a country whose name after "Northern" is another polity: "Northern Ireland" (the UK's), "Northern Cyprus"
OTHER_NORTH = frozenset(("Ireland", "Cyprus"))
CONTINENT_LEADS = ("North ", "South ", "Latin ", "Central ")  # "North America", "Central American": no US


class _Word(NamedTuple):
    """What a place word's own letters decide, the same at each of its matches: the alias it names (no
    possessive), that alias's canonical name and kind, whether it is a demonym, whether it may be
    the US inside a body's or a court's name, and the words of known bodies that end in it."""
    alias: str
    name: str
    kind: str
    demonym: bool
    us: bool
    leads: tuple[str, ...]


@functools.lru_cache(maxsize=1024)
def _word(word: str) -> _Word:
    alias = _bare(word)
    name, kind = gazetteer.ALIAS_TO_NAME[alias]
    return _Word(alias, name, kind, word in gazetteer.DEMONYMS, word.startswith(("America", "U.S.")),
                 tuple(NAMES_ENDING_IN.get(word, ())))


def place_actors(text: str, credits: list[tuple[int, int]], people: list[Actor]) -> list[Actor]:
    """The countries and known bodies of the text (outside its credit lines); `people`, the text's
    people, keep a family name that is a place ("Jordan") as a mention of theirs."""
    places: dict[str, Actor] = {}
    named = _place_surnames(people)
    given: dict[str, list[Span]] = {}  # the mentions of people whose given name is a country's ("Israel Katz")
    for p in people:
        if p.name.split()[0] in gazetteer.GIVEN_NAME_PLACES:
            given.setdefault(p.name.split()[0], []).extend(p.mentions)
    credited = SpanReach(credits) if credits else None  # (a look-up, not a scan of every credit line a place)
    for m in gazetteer.PLACE_RE.finditer(text):
        start, end = m.span()
        if credited is not None and credited.covers(start):
            continue  # "(Reporting by ... in Singapore)"
        if text.startswith((" ", "\t"), end) and EVENT_AFTER_RE.match(text, end):
            continue  # "the Paris Olympics", "the Minsk agreements": an event or a text, not the country
        if named and _a_persons_place_word(text, named, start, m.group()):
            continue  # "Rep. Jim Jordan", "Jordan said": the person, not the country
        if given and m.group() in gazetteer.GIVEN_NAME_PLACES and any(sp.start <= start < sp.end for sp in given.get(m.group(), ())):
            continue  # "Israel Katz": the person's given name, not the country
        word = _word(m.group())
        if text.startswith("New ", start - 4) or word.us and text.endswith(CONTINENT_LEADS, max(0, start - 8), start) \
                or word.alias in OTHER_NORTH and text.startswith("Northern ", start - 9) \
                or _ends_in_of(text, start) \
                and INSTITUTION_OF_RE.search(text, max(0, start - 24), start) \
                or word.leads and any(text.startswith(lead, start - len(lead)) for lead in word.leads):
            continue  # "New Mexico", "the University of Washington": another place, or a body's name
        if word.alias in ("the North", "The North") and text.startswith((" of ", "ern "), end):
            continue  # "the North of England": a region, not North Korea
        if word.demonym and NAMED_BODY_AFTER_RE.match(text, end):
            continue  # "American Association of Community Colleges": the body's name, not the country
        if text[end + 1:end + 2].isupper() and word.kind == "country" and text[end:end + 1] == " ":
            if word.alias in ("the North", "The North"):
                continue  # "the North Fork Kings ... Agency", "the North Sea": a longer name, not North Korea
            after = companies.COMPANY_AFTER_PLACE_RE.match(text, end)
            if after is not None:  # "Singapore Airlines", "China Mobile": a company's name, not the country
                company = places.setdefault(text[start:after.end()], Actor(text[start:after.end()], "organization"))
                company.mentions.append(Span(start, after.end()))
                continue
        if text.startswith("Air ", start - 4) and word.kind == "country":  # "Air India": the airline, not the country
            company = places.setdefault(text[start - 4:start + len(word.alias)], Actor(text[start - 4:start + len(word.alias)],
                                                                                     "organization"))
            company.mentions.append(Span(start - 4, start + len(word.alias)))
            continue
        if word.us and _a_us_name_or_court(text, start, end):
            continue  # "Consumer Federation of America", "Americans United", "U.S. District Judge X": no US actor
        if text.startswith(" for ", end) and word.alias[-1] == "s" and word.kind == "country" and word.alias != word.name \
                and (body := re.match(MEMBERS_FOR, text[end:end + 80])):
            name = text[start:end + body.end()]  # "Americans for Free Trade": a body named by a country's people, not the country
            places.setdefault(name, Actor(name, "organization")).mentions.append(Span(start, end + body.end()))
            continue
        if word.kind == "organization" and (_inside_a_name(text, start) or text.startswith(" of ", end)
                                            and OF_NAME_AFTER_RE.match(text, end)):
            continue  # "National Security Council", "the Security Council of Ukraine": not the UN's "Security Council"
        act = places.get(word.name)
        if act is None:
            act = places[word.name] = Actor(word.name, word.kind, affiliation=gazetteer.HOME.get(word.name))
        act.mentions.append(Span(start, start + len(word.alias)))
        if word.alias != word.name and word.alias not in act.aliases:
            act.aliases.append(word.alias)
    dateline = DATELINE_PLACE_RE.search(text, 0, 600)
    return [a for a in places.values() if (any(x not in gazetteer.WEAK_ALIASES for x in [a.name, *a.aliases])
                                           or len(a.mentions) > 1) and not _only_a_venue(text, a)
            and not _only_where(text, a) and not (dateline and all(dateline.start() <= m.start < dateline.end()
                                                                   for m in a.mentions))]


# "Consumer Federation of America", "Association of American Railroads" (not "United States of America")
OF_AMERICA_RE = re.compile(r"(?<!States)[ \t]+of[ \t]+$")
# "U.S. District Judge", "the U.S. Court of Appeals", "U.S. Bankruptcy Court": a federal court's name
US_COURT_RE = re.compile(r"[ \t]+(?:District|Circuit|Court|Bankruptcy|Magistrate|Attorney['’]s[ \t]+Office)\b")
# "Americans United for Separation ...", "American Civil Liberties Union": the demonym opening a body's name
AMERICAN_NAME_RE = re.compile(r"[ \t]+(?:United|Civil|Bar|Medical|Enterprise|Legion|Red|Airlines|Express|Heart|Cancer|Petroleum|"
                              r"Farm|Federation|Academy|Hospital|Library|Psychological)\b")


def _a_us_name_or_court(text: str, start: int, end: int) -> bool:
    """Is this "America" / "American(s)" / "U.S." part of a body's or a court's name rather than the country?"""
    word = text[start:end]
    if word.startswith("U.S."):
        return US_COURT_RE.match(text, end) is not None
    before = OF_AMERICA_RE.search(text, max(0, start - 12), start)
    if before and text[max(0, before.start() - 1)].isalpha() and text[text.rfind(" ", 0, before.start()) + 1].isupper():
        return True  # "... Bankers of America", "Association of American Railroads"
    return word.startswith("American") and AMERICAN_NAME_RE.match(text, end) is not None


def _bare(word: str) -> str:
    """A place word without its possessive ("Korea's" -> "Korea"): as re.sub(r"(?:’s|'s)$", "", word) for a
    word that does not end in a line break, as no PLACE_RE match does (str.endswith, not a regex call per match)."""
    return word[:-2] if word.endswith(("’s", "'s")) else word


def _place_surnames(people: list[Actor]) -> dict[str, Actor]:
    """People whose family name is a weak place name ("Jim Jordan"), by that name."""
    return {p.name.split()[-1]: p for p in people if p.name.split()[-1] in gazetteer.WEAK_ALIASES
            or len(p.name.split()) > 1 and p.name.split()[-1] in gazetteer.DEMONYMS}  # ("Mark Cuban")


# a people's adjective that is a person's family name ("Mark Cuban") stands alone for the person before a tag's verb or
# a stop ("Cuban said", "Cuban's team"), not before a noun ("Cuban officials")
DEMONYM_SURNAME_AFTER_RE = re.compile(r"(?:’s|'s)?(?:[,.;:!?)”\"]|\s+(?:said|says|told|tells|added|wrote|writes|asked|"
                                      r"is|was|has|had|would|will|who|also|then|later|again|never|once|still|even|did|does|"
                                      r"could|can|may|might|argues|insists|thinks|believes|"
                                      # a verb's past ("Cuban seemed", "French defended"), not a participle before a noun
                                      # ("Cuban armed forces", "French-based", "Cuban exiled community")
                                      r"(?!(?:armed|based|backed|led|born|owned|exiled|trained|speaking|made|funded|"
                                      r"controlled|occupied|ruled|supported|allied)\b)[a-z]{2,}ed|[a-z]+ly)\b)")


def _a_persons_place_word(text: str, named: dict[str, Actor], pos: int, word: str) -> bool:
    """Is the place word at pos a person's name: inside a mention of them, or their family name
    alone, not after a preposition of place ("King Abdullah of Jordan")? A lone one becomes a mention."""
    person = named.get(_bare(word))
    if person is None:
        return False
    if any(sp.start <= pos < sp.end for sp in person.mentions):
        return True
    if PLACE_PREP_RE.search(text, max(0, pos - 8), pos) or word in gazetteer.DEMONYMS and \
            not DEMONYM_SURNAME_AFTER_RE.match(text, pos + len(word)):
        return False
    person.mentions.append(Span(pos, pos + len(_bare(word))))
    person.mentions.sort(key=lambda sp: sp.start)
    return True


def _only_a_venue(text: str, body: Actor) -> bool:
    """'announced the plan at the White House': a body named only as where something happens is no actor."""
    return body.kind == "organization" and all(
        VENUE_RE.search(text, max(0, m.start - 12), m.start) for m in body.mentions)


# "NAIROBI, Kenya —", "GENEVA, Switzerland (Reuters) -": the dateline's country says where, not who
DATELINE_PLACE_RE = re.compile(r"^[A-Z][A-Z .'-]+,[ \t]+[A-Z][\w .'-]{2,30}?(?=[ \t]*(?:\([^)\n]{1,30}\))?[ \t]*[—–-])", re.M)


FRAME_RE = re.compile(r"(?:^|[.!?”\"][ \t]+|\n)In[ \t]+(?:the[ \t]+)?$")


def _only_where(text: str, place: Actor) -> bool:
    """'speaking in The Hague', 'In Brussels, the Commission said': a country or body named only by its capital
    or seat, each time as where something happens, is no actor (the capital acting, "Berlin was ready", is)."""
    for m in place.mentions:
        word = text[m.start:m.end]
        if text.startswith(",", m.end) and FRAME_RE.search(text, max(0, m.start - 12), m.start):
            continue  # "In the United States, the CDC said ...": a sentence's frame of place, even by the country's name
        if word == place.name or word in gazetteer.DEMONYMS or word.isupper() or COUNTRY_NAME_RE.match(word) \
                or not LOCATIVE_RE.search(text, max(0, m.start - 12), m.start):
            return False
    return bool(place.mentions)


# a country's name after a preposition or a noun of place ("a factory in France", "near Yemen", "across Europe",
# "northern Kenya", "flights to Doha", "the coast of Libya"; the last of a list after one: "in Dubai and Doha"), not
# after a body or people of its own ("the government in Kyiv", "the regime in Tehran"), a meddling in it ("interference
# in Ukraine": the target of a policy) or a trust in it ("too much faith in Great Britain": an ally). Read word by word
# from the mention back (a regex searched over the words before each mention cost +0.5% of the English analysis).
WHERE_WORDS = frozenset("in inside within near across throughout outside around northern southern eastern western central "
                        "north-eastern northeastern north-western northwestern south-eastern southeastern south-western "
                        "southwestern".split())
WHERE_TO = frozenset("flight flights flew fly flying travelled traveled trip trips moved relocated emigrated".split())
WHERE_OF = frozenset("capital coast north south east west part parts region regions province provinces cities towns "
                     "outskirts rest heart".split())
NOT_WHERE_IN = frozenset("government authorities officials regime leader leaders leadership rulers administration "
                         "interference meddling intervention involvement faith confidence trust".split())
# "Germany's largest container line", "the country's biggest lender": a superlative of what lies in it
SUPERLATIVE_AFTER_RE = re.compile(r"(?:’s|'s)[ \t]+(?:(?:second|third|fourth|fifth)[- ])?(?:largest|biggest|oldest|busiest|"
                                  r"richest|poorest|tallest|longest|most[ \t]+populous)\b")


def only_where_something_is(text: str, start: int, end: int) -> bool:
    """Is the country's mention at start..end only the place where something is or happens ("launch the drug in
    Germany", "came under fire near Yemen", "Hapag-Lloyd, Germany's largest container line")? Not the country acting,
    spoken to or the party of a policy ("sanctions on Iran", "talks with Seoul", "Moscow said"): those stay."""
    if text.endswith(("’s", "'s"), start, end) or text.startswith(("’s", "'s"), end):
        return SUPERLATIVE_AFTER_RE.match(text, end - 2 if text.endswith(("’s", "'s"), start, end) else end) is not None
    words = text[max(0, start - 64):start].split()
    if words and words[-1] in ("and", "or"):  # the last of a list: "in Dubai and Doha", "in the Democratic Republic of
        words.pop()                          # Congo and Burundi"
        for _ in range(4):
            if len(words) > 1 and (words[-1][:1].isupper() or words[-1] == "of" and words[-2][:1].isupper()):
                words.pop()
    if words and words[-1] in ("the", "The"):
        words.pop()
    if not words:
        return False
    last = words[-1].lower()
    before = words[-2].lower() if len(words) > 1 else ""
    if last in WHERE_WORDS:
        return not (last == "in" and before in NOT_WHERE_IN)
    return last == "to" and before in WHERE_TO or last == "of" and before in WHERE_OF

"""Person names: capitalised chains with titles, mapped to the earliest, longest name that
shares the surname (Citron's coreference table; GGT's merge rules).

A lone capitalised word ("Trump", "Ramallah") is kept as a hit here: it is how a text names a
person again. It becomes a mention only when the actor table knows it as the family name of
someone named in full (ActorTable.canonical); people are made from full names only. Rejecting
lone words here, as an old comment suggested, drops every such back-reference (English alias
recall on the tuned actor set 0.946 -> 0.839) and removes no false actor.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from briefing_app.analysis import gazetteer
from briefing_app.analysis.given_names import FEMALE_NAMES, MALE_NAMES, sex_of
from briefing_app.analysis.occurrences import word_spans

# capitals: ASCII and the Latin-1 and Latin Extended-A ones that open European names ("Álvaro", "Özil", "Łukasz",
# "Ó Broin", "Šefčovič")
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
CAP = r"(?:[A-Z]\.){2,3}|[A-Z][\w’'-]*\.?|[A-Z]\.?"
CAP_AFTER_FIRST = r"\.(?:[A-Z]\.){1,2}|[\w’'-]*\.?|\.?"  # CAP once its first capital is read
# (the run's first capital comes before the lookbehind, which lets the regex engine skip ahead to capitals)
RUN = (  # ("Abdel Fattah al-Burhan": an Arabic article joined to the family name)
    r"[A-Z](?<![\w’'-][A-Z])(?:" + CAP_AFTER_FIRST + r")(?:[ \t\u00a0]+(?:(?:de|van|von|bin|al|da|du|del|la|le|der|den|ter|ibn)[ \t]+){0,2}(?:(?:al|el|ad|as|ash|az)-)?(?:" + CAP + r"))*"
)
RUN_RE = re.compile(RUN)
# the same with the accented capitals, read only in a text that holds one (a wider first capital costs ~0.25% of an
# English analysis on every text: the runs are scanned for over the whole text)
WIDE_RUN_RE = re.compile(RUN.replace("[A-Z]", "[" + UPPER + "]"))
ACCENTED_CAP_RE = re.compile("[" + UPPER[3:] + "]")
# the UTF-8 lead bytes of U+00C0-U+017F, where every accented capital above is: a byte search finds none in nearly every
# English text (a regex search of a non-ASCII text for the capitals costs ~0.5% of an English analysis)
LATIN_LEADS = (b"\xc3", b"\xc4", b"\xc5")


def _accented_capital(text: str, start: int, end: int) -> bool:
    """Does text[start:end] hold a capital of UPPER beyond A-Z ("Álvaro", "Łukasz")?"""
    if text.isascii():
        return False
    data = text[start:end].encode("utf-8", "surrogatepass")
    return any(lead in data for lead in LATIN_LEADS) and ACCENTED_CAP_RE.search(text, start, end) is not None
TITLES = frozenset(
    """mr mrs ms miss dr prof sen sens senator rep reps representative gov governor president
    president-elect vice minister secretary adviser advisor director chairman chairwoman chair
    speaker leader gen general lt col maj capt adm sgt cmdr judge justice attorney chief deputy
    ambassador spokesman spokeswoman spokesperson commissioner ceo pope king queen prince princess
    rev sir lord dame agent nominee sheriff chancellor premier taoiseach tanaiste commander councilman councilwoman
    congressman congresswoman delegate assemblyman assemblywoman mayor former retired acting
    first lady whip majority minority press national security foreign defense defence state
    intelligence affairs homeland army navy air force marine marines gop democratic republican
    democrat independent candidate presidential prime executive officer founder professor
    economist analyst strategist pollster anchor host columnist editor correspondent reporter
    sec. gen. lt. col. maj. capt. adm. sgt. dr. mr. mrs. ms. sen. rep. gov. pres. prof. rev.
    u.s. state-run house senate white federal supreme court chairperson envoy administrator co-founder
    secretary-general director-general lieutenant colonel admiral sergeant superintendent trustee treasurer
    prosecutor inspector constable supervisor alderman alderwoman councilmember councillor councilor selectman comptroller
    controller auditor assessor coroner magistrate manager member cllr trooper detective firefighter paramedic counsel
    govs senators governors representatives actor actress comedian journalist filmmaker rapper novelist author businessman
    businesswoman billionaire entrepreneur archbishop rabbi imam co-anchor moderator co-moderator commentator presenter
    editor-in-chief front-runner frontrunner playwright astronaut defender advocate pastor lawmaker legislator""".replace(".", "").split()
)
# verbs that open an inverted tag before a name ("Said Dorothy Poynter, a teacher: ..."): no part of the name
TAG_VERBS = frozenset("said says added adds wrote writes asked asks explained noted argued recalled continued replied "
                      "countered insisted warned declared".split())
PARTICLE_WORDS = frozenset("de van von bin al da du del la le der den ter ibn".split())  # ("Luiz Inácio Lula da Silva")
# words of STOP that are also given names: part of the name when a surname follows ("President Bill Clinton")
POST_NOMINALS = frozenset("KC QC MP MEP MSP MLA MPP OBE MBE CBE KBE DBE".split())
GIVEN = frozenset("bill may june april mark will rose grace hope august".split())
# (of those, the ones no sentence opens with as a plain word before a name: "Bill Ackman also holds shares",
# but "May Congress act?", "Will Smith say", "June Carter" stay as they were)
OPENING_GIVEN = frozenset("bill mark rose grace hope".split())
STOP = frozenset(
    """the a an this that these those in on at of for and but or if when while after before as by
    to with from it he she they we i you his her their our its mon tue wed thu fri sat sun
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december house news agency party department ministry
    committee university centre center council times post journal street port war office
    administration campaign church county city court bank fund group institute foundation
    association union club college school hospital company corporation inc network press daily
    review magazine tribune herald sunday today radio tv channel initiative program programme
    act bill plan report north south east west new far middle cosmodrome republic kingdom asia
    europe africa states studies america affairs relations since can could would should did does do is was were
    are has have had although though because yet so now still even just only also too why how what where who
    meanwhile however instead moreover indeed team like unlike despite co corp ltd llc plc
    sea ocean strait straits gulf river canal desert peninsula basin another every each both either neither
    mps meps msps maybe perhaps certainly surely interestingly whether whatever wherever whenever among against besides
    beside between beneath within regarding during given many most some several few more other half all
    once unless until which whose nor""".split()
)
# STOP's function words (no noun of a body's name such as "Group" of "Frontier Group Holdings", which the hit keeps)
LINK_STOP = frozenset("""the a an this that these those in on at of for and but or if when while after before as by to with
    from it he she they we i you his her their our its since can could would should did does do is was were are has have had
    although though because yet so now still even just only also too why how what where who meanwhile however instead
    moreover indeed like unlike despite another every each both either neither maybe perhaps certainly surely
    interestingly whether whatever wherever whenever among against besides beside between beneath within regarding during
    given many most some several few more other half all once unless until which whose nor""".split())
# the plural of a group of people ("Iowa Republicans", "Many Democrats", "Rohingya Muslims", "Young Latinos"): no
# person's family name
GROUP_PLURALS = frozenset("""republicans democrats conservatives liberals progressives libertarians socialists independents
    muslims christians catholics protestants evangelicals jews hindus sikhs latinos latinas hispanics millennials boomers
    voters americans whigs tories""".split())
# the last word of a place, a building or a day's name ("Coney Island", "Fifth Avenue", "Caesars Palace", "Rose Bowl",
# "Election Day"): no family name after a word that is no given name, with no title before it
PLACE_TAILS = frozenset("""island islands avenue street boulevard beach heights rapids shoal ranch palace tower towers lodge
    bowl square airport stadium arena valley canyon harbor harbour springs falls village plaza mall zoo refuge day
    belt core spring road station""".split())  # ("Rust Belt", "Common Core", "Arab Spring", "Kitzmiller Road")
FEMALE = frozenset({"ms", "mrs", "miss", "madam", "queen", "princess", "lady", "dame", "she", "her",
                    "spokeswoman", "chairwoman", "congresswoman", "councilwoman", "assemblywoman"})
MALE = frozenset({"mr", "king", "prince", "sir", "lord", "he", "him", "his", "spokesman", "chairman",
                  "congressman", "councilman", "assemblyman"})


INITIALS_RE = re.compile(r"(?:[A-Z]\.)+")
ENDS_IN_INITIALS_RE = re.compile(r"(?:^|\s)(?:[A-Z]\.)+$")
TRAILING_RE = re.compile(r"(?:’s|'s|(?<=s)[’']|[,;:])$")  # a possessive or a stop after a name


@functools.lru_cache(maxsize=8192)
def norm(token: str) -> str:
    return re.sub(r"(?:’s|'s|’|'|[.,;:])$", "", token).lower().rstrip(".")


@dataclass
class Person:
    name: str
    title: str | None = None
    gender: str | None = None
    affiliation: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class NameHit:
    start: int  # of the whole chain, titles included
    end: int
    name_start: int  # of the bare name
    name: str
    titles: list[str]


RunName = tuple[int, int, int, str, tuple[str, ...]]  # start, end, name start, name, titles


def name_hits(text: str, start: int = 0, end: int | None = None) -> list[NameHit]:
    """Capitalised chains in text[start:end] that end in something like a person's name."""
    hits: list[NameHit] = []
    end = len(text) if end is None else end
    tags = {t.start() for t in TAG_OPEN_RE.finditer(text, start, end)}  # mostly none: one scan, no test per run
    titled_of = _after_title_of(text, start, end)  # (the runs right after "<Title> of ": a few str.find, no test per run)
    wide = _accented_capital(text, start, end)
    for m in (WIDE_RUN_RE if wide else RUN_RE).finditer(text, start, end):
        at = m.start()
        if tags and at in tags and _inverted_tag(text, m):
            at = m.start() + m.group().index(" ") + 1  # "Said Hale, “...”": the tag's verb is no part of the name
            hits.extend(NameHit(at + s, at + e, at + name_start, name, list(titles))
                        for s, e, name_start, name, titles in _run_names(text[at:m.end()]) if name)
            continue
        run = m.group()
        if titled_of and at in titled_of and run.count(" ") >= 2:
            cut = run.rindex(" ", 0, run.rindex(" "))  # "Superintendent of Schools Dana Reyes", "Director of Public
            if run[cut + 1:].split()[0].endswith(".") and len(run[cut + 1:].split()[0]) <= 3 and run.count(" ", 0, cut):
                cut = run.rindex(" ", 0, cut)  # ("Secretary for Defense George W. Bush": the initial goes with the name)
            at, run = at + cut + 1, run[cut + 1:]  # Health Katherine Wells": the title's topic is no part of the name
        names = _run_names(run)
        if names and not names[-1][3]:  # a group of the run opens with a word in -ing (the mark _run_names adds)
            verb, after, count = names[-1][:3]
            names = names[:-1]
            if count > 2 or not _ing_given_name(text, at + verb, run[after:].split(None, 1)[0]):
                names = (*(n for n in names if n[0] < verb),  # "Chasing Trump", "Following Helen Reyes,", "the Founding
                         *((after + s, after + e, after + name_start, name, titles)  # Fathers": the verb or participle is
                           for s, e, name_start, name, titles in _run_names(run[after:]) if name))  # no part of a name
        hits.extend(NameHit(at + s, at + e, at + name_start, name, list(titles))
                    for s, e, name_start, name, titles in names)
    return hits


MEMBER_LETTERS = frozenset(("MP", "MLA", "MSP", "MPP", "MEP", "TD"))  # a seat's member: "MP for Aljunied Ravi Pillai"
# the posts held "for" a portfolio or a seat, capitalised ("Minister for Health") or a senator's ("senator for Tasmania"),
# and a seat's member ("MP for Aljunied"); not "a spokeswoman for Defense Secretary Lloyd Austin", "a press secretary for
# George W. Bush": whom one speaks for
FOR_POSTS = frozenset(("Minister", "Secretary", "Commissioner", "Senator", "senator", *MEMBER_LETTERS))


def _after_title_of(text: str, start: int, end: int) -> set[int]:
    """Where a capitalised run starts right after " of " or " of the " that follows a capitalised title word
    ("Superintendent of Schools ...", "Chief of Staff ...", "Leader of the Opposition Joseph Mathew"), or after " for "
    that follows a post held for a portfolio or seat ("Minister for Health Anna Berg", "Liberal senator for Tasmania
    Claire Chandler", "MP for Aljunied Ravi Pillai"): the title's topic or seat is no part of the name."""
    found = set()
    of = text.find(" of ", start, end)
    while of != -1:
        at = of + 4
        if text.startswith("the ", at):
            at += 4
        if text[at:at + 1].isupper():
            word = text[max(0, of - 20):of].rsplit(None, 1)[-1:]
            if word and word[0][:1].isupper() and norm(word[0]) in TITLES:
                found.add(at)
        of = text.find(" of ", of + 4, end)
    of = text.find(" for ", start, end)
    while of != -1:
        at = of + 5
        if text[at:at + 1].isupper() and text[max(start, of - 12):of].rsplit(None, 1)[-1:] and \
                text[max(start, of - 12):of].rsplit(None, 1)[-1] in FOR_POSTS:
            found.add(at)
        of = text.find(" for ", at, end)
    return found


# (grouped by first letter, so that most capitals fail at one test: "(?:S(?:ays|aid)|A(?:sked|...)|...)"; longest first,
# ties alphabetical: the text must not depend on the set's hash order, or every process compiles it anew)
TAG_OPEN_RE = re.compile("(?:" + "|".join(c.upper() + "(?:" + "|".join(sorted((v[1:] for v in TAG_VERBS if v[0] == c), key=lambda w: (-len(w), w))) + ")"
                                          for c in sorted({v[0] for v in TAG_VERBS})) + r")[ \t\u00a0]+[A-Z]")
TAG_AFTER_RE = re.compile(r"[,:][ \t\u00a0]*[\"“‘']")  # the comma (or colon) and quote after an inverted tag's name
SENTENCE_END = frozenset('.!?:;"”’\n')  # what comes before a sentence's first word (or the text's start)


def _opens_sentence(text: str, at: int) -> bool:
    """Does the word at `at` open a sentence (or the text)?"""
    before = text[max(0, at - 8):at].rstrip(" \t\u00a0")
    return bool(before[-1] in SENTENCE_END if before else at <= 8)


def _ing_given_name(text: str, at: int, family: str) -> bool:
    """Is the word in -ing at `at`, before one more capitalised word, a given name ("the author Flemming Rose ... Rose
    wrote", "the actor Channing Tatum ... gave Tatum")? Only inside a sentence (one it opens or a quotation opens
    reads as a verb: "Chasing Trump", "“Closing Gitmo is ...”") and only when the text names that family alone
    inside a sentence elsewhere, as it names a person again ("in 2005, Rose wrote"; "the Founding Fathers", "the
    annual Closing Dinner" have no such word)."""
    if _opens_sentence(text, at - 1 if at and text[at - 1] in "“‘\"'(" else at):
        return False
    family = re.sub(r"(?:[’'](?:s\b)?)?[,;:.]*$", "", family)  # ("Flemming Rose’s book", "Tatum,")
    return any(not LONE_BEFORE_RE.search(text, max(0, o.start() - 30), o.start()) and not _opens_sentence(text, o.start())
               for o in re.finditer(r"(?<![\w’'-])" + re.escape(family) + r"(?![\w-])", text))


# before a family name that is no lone mention of a person: a capitalised word (the name's own given name, a title) or a
# determiner ("the Dinner"); a lone mention at a sentence's start is not counted either ("Dinner is served")
LONE_BEFORE_RE = re.compile(r"(?:[A-Z][\w’'.-]*|\b(?:the|a|an|this|that|these|those|its|our|their|his|her))[ \t\u00a0]+$")


def _inverted_tag(text: str, m: re.Match[str]) -> bool:
    """'Said Hale, “Q”', 'Added Mary Lee: "Q"': a run that opens a sentence with a tag verb and is followed by a
    comma (or colon) and a quote is an inverted speech tag; the verb is no part of the name. So is it before a
    family name the text gives someone else in full ('Maria Hale ... Said Hale, a nurse, “Q”', 'Asked Hale why')."""
    run = m.group()
    if " " not in run or not _opens_sentence(text, m.start()):
        return False
    if TAG_AFTER_RE.match(text, m.end()):
        return True
    last = run.rsplit(None, 1)[1]
    return any(o.start() != m.start() and norm(o.group(1)) not in STOP and norm(o.group(1)) not in TITLES
               and norm(o.group(1)) not in TAG_VERBS
               for o in re.finditer(r"([A-Z][\w’'-]*)[ \t\u00a0]+" + re.escape(last) + r"(?![\w’'-])", text))


# "REP. JODEY ARRINGTON:", "MARGARET BRENNAN:": a transcript's speaker label in capitals
LABEL_RE = re.compile(r"^(?P<t>(?:REP|SEN|GOV|SECRETARY|SEC|PRESIDENT|DR|MR|MRS|MS|GEN|AMB|AMBASSADOR|SENATOR|GOVERNOR)\.?[ \t]+)?"
                      r"(?P<n>[A-Z][A-Z’'-]+(?:[ \t]+[A-Z][A-Z’'.-]+){1,2})[ \t]*:", re.M)


def label_hits(text: str) -> list[NameHit]:
    """Transcript speaker labels as name hits, the name written as a name ("Jodey Arrington")."""
    return [NameHit(m.start(), m.end("n"), m.start("n"), m.group("n").title(), [m.group("t").strip()] if m.group("t") else [])
            for m in LABEL_RE.finditer(text)] if ":" in text else []


@functools.lru_cache(maxsize=8192)
def _run_names(run: str) -> tuple[RunName, ...]:
    """The names of one capitalised run as (start, end, name start, name, titles), offsets into
    the run. The same runs recur ("The", "But", "Mr. Trump"), so each is read once."""
    toks = word_spans(run)
    # break the chain after a full stop that ends a sentence ("Ukraine. The")
    groups, cur = [], []
    for k, (a, b) in enumerate(toks):
        cur.append((a, b))
        w = run[a:b]
        if w.endswith(".") and norm(w) not in TITLES and not INITIALS_RE.fullmatch(w) \
                or w.endswith(("’s", "'s")) or w.endswith(("s’", "s'")) and k + 1 < len(toks) \
                and norm(run[toks[k + 1][0]:toks[k + 1][1]]) not in STOP:  # "Mr. Trump’s White House", "Fox News' Bret
            # Baier": the possessor is a name of its own (not "the Police Officers' Association")
            groups.append(cur)
            cur = []
    if cur:
        groups.append(cur)
    hits = tuple(hit for g in groups if (hit := _name_in_group(run, g)) is not None)
    for g in groups:  # "Chasing Trump", "Entrusting Donald Trump" (not "Playing Field Promotions": a body's name)
        if len(g) >= 2 and (len(g) == 2 or _given(run[g[1][0]:g[1][1]])) and _gerund(run[g[0][0]:g[0][1]]):
            return (*hits, (g[0][0], g[1][0], len(g), "", ()))  # a mark (no name): where the word in -ing is, where
            # the words after it start, how many words: name_hits reads it as a verb where it opens a sentence
    return hits


def _name_in_group(text: str, g: list[tuple[int, int]]) -> RunName | None:
    if len(g) >= 3 and text[g[-1][0]:g[-1][1]].rstrip(",;:.") in POST_NOMINALS:
        g = g[:-1]  # "Helen Croft KC", "Ann Lee MP": the letters after a name are no part of it (nor an acronym ending it)
    words = [text[a:b] for a, b in g]
    i = len(words)
    if i >= 2 and (_title_surname(words) or _stop_surname(words)):
        i -= 1  # "Robert King", "Mary Pope": a title word after a given name is the family name ("Theresa May" too)
    while i > 0:
        w = norm(words[i - 1])
        if w in GIVEN and i < len(words) and words[i - 1][:1].isupper() and (i - 1 > 0 or w in OPENING_GIVEN):
            i -= 1
            continue
        if i <= len(words) - 2 and _place_ends(words, i):
            break  # "United Nations Mike Waltz", "U.S. Peter Mandelson": a place before a name of two words or more is no
            # part of it (but "U.S. Steel" stays whole)
        if w in TITLES or w in STOP and not _initial(words[i - 1]) or gazetteer.lookup(words[i - 1].rstrip(".,")) and not _surname_place(words, i - 1) or (
                words[i - 1].rstrip(",").isupper() and "." not in words[i - 1] and len(w) > 1
                and not (len(w) == 2 and i < len(words) and i - 1 > 0 and norm(words[i - 2]) in TITLES)):
            break  # an acronym ends the name; "Sen. JD Vance": two capitals after a title are initials
        i -= 1
    if i == 0 and len(words) >= 3 and norm(words[0]) in TAG_VERBS and _given(words[1]):
        i = 1  # "Said Dorothy Poynter: ...", "Added Mary Lee, ...": the verb of an inverted tag opens the run
    name_toks = g[i:]
    if not name_toks or len(name_toks) - sum(text[a:b] in PARTICLE_WORDS for a, b in name_toks) > 4:
        return None
    titles = tuple(words[j] for j in range(i) if norm(words[j]) in TITLES)
    if not titles and len(name_toks) >= 2 and norm(words[-1]) in PLACE_TAILS and not _given(words[i]):
        return None  # "Coney Island", "Election Day" (not "Sen. Tom Beach", "Doris Day")
    a, b = name_toks[0][0], name_toks[-1][1]
    name = TRAILING_RE.sub("", text[a:b])
    if name.endswith(".") and not ENDS_IN_INITIALS_RE.search(name):
        name = name[:-1]
    if len(name) < 2 or gazetteer.lookup(name) or name[1:2] == "-" and name[:1] in "RDI" or norm(words[-1]) in GROUP_PLURALS:
        return None  # ("D-San Francisco": a lawmaker's party and home, no name)
    k = 1 if i and norm(words[0]) in TAG_VERBS else 0
    while k < i and norm(words[k]) in STOP:
        k += 1
    if k < i and norm(words[i - 1]) in LINK_STOP and not _initial(words[i - 1]):
        k, titles = i, ()  # "Private Meeting Between Clinton", "Undone By Trump": the words before the stop word are no
        # title of the name's and no part of its mention
    return g[k][0], g[-1][1], a, name, titles


def _place_ends(words: list[str], i: int) -> bool:
    """Do words[:i] end in a country or body of the gazetteer named by two or three words ("United Nations") or by an
    abbreviation with its full stop ("U.S.")?"""
    last = words[i - 1]
    if last.endswith(".") and len(last) > 2 and gazetteer.lookup(last):
        return True
    return i >= 2 and last[:1].isupper() and any(
        i >= n and gazetteer.lookup(" ".join(words[i - n:i])) for n in (2, 3))


def _initial(word: str) -> bool:
    """A middle initial with its stop ("A." of "Robert A. Pruzan"; the letter alone is the article "A")."""
    return len(word) == 2 and word[1] == "." and word[0].isupper()


# words in -ing that open names or bodies ("Irving Kristol", "Sterling Bay", "Morning Consult", "Browning Arms")
ING_NAMES = frozenset("irving sterling morning evening spring darling manning browning harding golding fielding redding "
                      "pershing reading whiting sing ming ling king wing ping ying".split())


def _gerund(word: str) -> bool:
    """A capitalised verb in -ing ("Chasing", "Electing"), not a given name or a known name's first word."""
    w = norm(word)
    return len(w) >= 6 and w.endswith("ing") and w[-4] not in "aeiou" and w not in ING_NAMES and not _given(word)


def _given(word: str) -> bool:
    return norm(word) in MALE_NAMES or norm(word) in FEMALE_NAMES


def _title_surname(words: list[str]) -> bool:
    """Is the run's last word a title that is a family name here: after a given name that is no title or stop word
    ("Robert King", "Martin Luther King", "Chris Judge"; not "Saudi King", "President King")?"""
    last, before = norm(words[-1]), norm(words[-2])
    return last in TITLES and words[-1][:1].isupper() and not words[-1].isupper() and before not in TITLES \
        and before not in STOP and _given(before)


# stop words that are family names after a given name or a title ("Theresa May", "Mrs. May", "Al From")
STOP_SURNAMES = frozenset(("may", "from"))


def _stop_surname(words: list[str]) -> bool:
    """Is the run's last word a stop word that is a family name here: capitalised, after a given name or a
    personal title ("Theresa May", "Prime Minister May", "Al From"; not "In May", "Since May")?"""
    last, before = norm(words[-1]), norm(words[-2])
    return last in STOP_SURNAMES and words[-1][:1].isupper() and not words[-1].isupper() \
        and (before in TITLES and before not in STOP or before not in STOP and _given(words[-2]))


def _surname_place(words: list[str], k: int) -> bool:
    """'Rep. Jim Jordan', 'Jordan Peterson': a weak place name (a country that is also a family or given
    name) after a given name, or a given name itself before another name, is a person's name."""
    w = TRAILING_RE.sub("", words[k])
    if w in gazetteer.GIVEN_NAME_PLACES and k + 2 == len(words):  # "Defence Minister Israel Katz", "France Gélinas"
        # (not after a capitalised stop word: "In Israel Netanyahu said", "After India Modi spoke": the place)
        return (k == 0 or norm(TRAILING_RE.sub("", words[k - 1])) not in STOP) and _family_name(TRAILING_RE.sub("", words[k + 1]))
    if w in gazetteer.DEMONYMS and k + 1 == len(words) and k >= 1 and _given_before_demonym(words[k - 1]):
        return True  # "Mark Cuban", "Tom French": a people's adjective closing a run after a given name is its family name
    if w not in gazetteer.WEAK_ALIASES:
        return False
    if k + 1 < len(words):
        return sex_of(w) is not None
    before = TRAILING_RE.sub("", words[k - 1]) if k > 0 else ""
    return len(before) > 1 and before[0].isupper() and not before.isupper() and not before.endswith("ern") \
        and norm(before) not in TITLES and norm(before) not in STOP and not gazetteer.lookup(before)


def _given_before_demonym(word: str) -> bool:
    """A given name before a people's adjective that ends a name ("Mark" of "Mark Cuban"), not a word that opens a
    sentence or a place ("Will Chinese investors ...", "May", "Jordan Israeli talks")."""
    w = TRAILING_RE.sub("", word)
    return _given(w) and (norm(w) not in GIVEN or norm(w) in OPENING_GIVEN) and norm(w) not in STOP \
        and norm(w) not in TITLES and not gazetteer.lookup(w)


def _family_name(word: str) -> bool:
    """Can this word be a family name after a given name that is a country's ("Katz", "Gélinas"; not "Defense" of
    "Israel Defense Forces", "Today" of "India Today", "Airways", "Post", an acronym or another place)?"""
    return len(word) > 2 and word[0].isupper() and not word.isupper() and norm(word) not in TITLES and norm(word) not in STOP \
        and norm(word) not in NOT_FAMILY and not gazetteer.lookup(word)


# words after a country that name a body, a title or a thing, not a family name
NOT_FAMILY = frozenset("""defense defence police airways airlines air today post prize inc ltd open cup league football
telecom railways rail railway gate international national institute forces army navy express times herald standard""".split())


def gender_of(words: list[str]) -> str | None:
    for w in words:
        n = norm(w)
        if n in FEMALE:
            return "f"
        if n in MALE:
            return "m"
    return None

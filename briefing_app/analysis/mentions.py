"""Speaker noun phrases around a cue verb, without a parser.

Before the verb: extend left from the verb to punctuation, a conjunction or subordinator,
a quotation, or another verb; skip auxiliaries and adverbs; keep a comma-bounded
appositive ("Podesta, Clinton's campaign chairman, said") but drop a relative clause
("McMaster, who served as ..., told"). After an inverted verb ("said Smith"): the name.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from briefing_app.analysis import gazetteer
from briefing_app.analysis.cues import AUX_RE, COMPOUND_HEADS, STRONG_FORMS, WEAK_FORMS
from briefing_app.analysis.names import UPPER
from briefing_app.analysis.occurrences import word_spans
from briefing_app.analysis.roles import AP_STATES, US_STATE_NAMES
from briefing_app.analysis.segment import is_abbreviation
from briefing_app.analysis.time_after import TIME_LEADS, TIME_TAIL_RE, TIME_WORD_ENDS, TIME_WORDS, past_time

DASH_TOKENS = frozenset(("-", "--", "—", "–", "―"))
BLANK_RE = re.compile(r"[ \t\u00a0]*")


@dataclass
class Found:
    """A speaker mention found by a sieve: its span, the cue, where the cue ends, the sieve's name,
    whether the speaker comes after the cue ('said Smith'), and the antecedent of a pronoun mention
    when the sentence gives it ('Christie ... even as he defended ..., saying')."""
    mention: tuple[int, int]
    cue: str | None
    cue_end: int
    sieve: str
    inverted: bool = False
    antecedent: tuple[int, int] | None = None  # a pronoun mention's antecedent when the sieve knows it


PRONOUNS = frozenset("he she they we i it you".split())
BOUNDARY = frozenset(
    """that and but or who whom whose which when where while whilst whereas as because if although though so
    since after before until unless whether than nor yet then also says said told adding saying""".split()
)
RELATIVE = frozenset("who whom whose which that where when".split())
SETTING_WORDS = frozenset("in at on during after before while when speaking asked".split())  # an aside, not a role
# a quotation mark or a masked quotation's bullet, or '': opening with the class of their first characters (as
# r"[\"“”„«»「」『』•]|''" matches; an alternation opening with a class is tried at every position)
QUOTEISH = re.compile(r"[\"“”„«»「」『』•'](?:(?<=')'|(?<=[\"“”„«»「」『』•]))")
PUNCT_END_RE = re.compile(r"[,;:.!?)\]—–]$")
# a cue verb as one lower-cased token: what cues.ANY_CUE_RE.fullmatch takes (its phrases have spaces), as a set
CUE_FORMS = frozenset(STRONG_FORMS | WEAK_FORMS)
NOUN_DETERMINERS = frozenset("a an the his her their its our my your every each another".split())
INDEFINITES = frozenset("nobody anybody everybody somebody anyone everyone someone none".split())
LETTER_RE = re.compile(r"[A-Za-z\u0400-\u04ff\uac00-\ud7af]")


class _PunctEnd:
    """Does a token end a clause? "Mr." and "H.R." do not."""

    @staticmethod
    def search(w: str) -> bool:
        if not PUNCT_END_RE.search(w):
            return False
        return not (w.endswith(".") and is_abbreviation(w))


PUNCT_END = _PunctEnd()
# a description after "said": "the 46-year-old", "one senior official" (before ", who"), "a 35-year-old teacher"
# (before "from"): a determiner, then words up to a mark or a word no description goes on with
NP_STOP = (r"(?:the|a|an|in|on|at|to|for|with|by|from|of|during|after|before|that|this|last|next|when|while|as|and|"
           r"but|or|so|then|also|today|tonight|yesterday|later|earlier|again|not|it|he|she|they|we|there|who|which|"
           r"whose|whom|told|said|says|added|wrote|asked|is|are|was|were|has|have|had|will|would|must|can|could|"
           r"should|may|might|does|did|do|[A-Z][a-z]+day)\b")
# (nor over a participle or an adjective that takes an object: "a Quinnipiac poll conducted by", "a source close to")
NP_PARTICIPLE = r"(?:[a-z]+ed|known|close|familiar|speaking)[ \t\u00a0]+(?:by|to|with|as|in|on|at|for|from|about)\b"
DESCRIBED_NP = (r"(?:the|a|an|one|another|his|her|its|their|[A-Z][\w.-]*(?:’s|'s))[ \t\u00a0]+(?:(?!" + NP_STOP + "|" + NP_PARTICIPLE + r")[\w’'.-]+[ \t\u00a0]+){0,4}"
                r"(?!" + NP_STOP + "|" + NP_PARTICIPLE + r")(?=[a-z\d])[\w’'-]*[a-z][\w’'-]*"
                r"(?=[,.;:!?)]|[ \t\u00a0]+(?:" + NP_STOP + "|" + NP_PARTICIPLE + r")|\s*$)")
# a body's name with "of"/"for" and "and" in it: "the Centers for Disease Control and Prevention"
BODY_OF_NP = (r"(?:the[ \t\u00a0]+)?(?:[A-Z][\w’'.-]*[ \t\u00a0]+){0,3}(?:Centers?|Department|Bureau|Office|Ministry|"
              r"Institute|Committee|Commission|Council|Association|Federation|Society|Foundation|Agency|Administration|"
              r"Board|Chamber|Union|Academy|Organization|Coalition|Alliance)[ \t\u00a0]+(?:of|for|on)[ \t\u00a0]+"
              r"(?:the[ \t\u00a0]+)?[A-Z][\w’'.-]*(?:[ \t\u00a0]+(?:and[ \t\u00a0]+)?[A-Z][\w’'-]*){0,5}(?=[\s,.;:!?)]|$)")
INVERTED_NP_RE = re.compile(
    # "said board president Leah Donnelly", "said trustee Omar Haddad": lower-case title words, then a name
    # ("said Idaho nutritional-supplement executive Frank VanderSloot": capitalised words before them too)
    r"(?:(?:(?:the|a|an)[ \t\u00a0]+)?(?:[A-Z][\w’'.-]*[ \t\u00a0]+){0,2}(?:(?!(?:the|a|an|in|on|at|to|for|with|by|from|of|during|after|before|that|this|"
    r"last|next|when|while|as|and|but|or|so|then|also|today|tonight|yesterday|later|earlier|again|not|it|he|she|they|"
    r"we|there)\b)[a-z][\w’'-]*[ \t\u00a0]+){1,3}(?:[A-Z][\w’'.-]*[ \t\u00a0]+){0,3}[A-Z][\w’'-]*(?=[\s,.;:!?)]|$)|"
    r"(?:he|she|they|we|it|I)\b|" + BODY_OF_NP + "|" + DESCRIBED_NP +
    r"|(?:(?:the|a|an|[" + UPPER + r"][\w’'.-]*|(?:[A-Z]\.)+)[ \t\u00a0]+){0,6}"
    r"(?:[" + UPPER + r"][\w’'-]*|(?:[A-Z]\.)+|[a-z][\w’'-]*)(?=[\s,.;:!?)]|$))"
)


def _bare(word: str) -> str:
    return word.strip(",;:.!?()[]").lower()


REACH = 2000  # characters before a verb that its subject is looked for in (what is read of them: the last ~40 words)


def forget() -> None:
    """Drop the kept subjects and with them the references to the texts they were read in."""
    subject_before.cache_clear()


def _floor_near(masked: str, verb_start: int, floor: int) -> int:
    """The floor, or in a very long sentence the start of a word REACH characters before the verb: a
    sentence of thousands of words (a text the splitter cannot split) then costs the same per cue."""
    if verb_start - floor <= REACH:
        return floor
    blank = masked.find(" ", verb_start - REACH, verb_start)
    return verb_start if blank < 0 else blank + 1


# verbs of beginning and going on, before a gerund cue ("kept saying", "began telling", "continued arguing")
ASPECT_VERBS = frozenset("keep keeps kept began begin begins start starts started continue continues continued".split())
GERUND_RE = re.compile(r"[a-z]+ing\b")
PASSIVE_BEFORE_GERUND = frozenset("heard overheard recorded caught seen filmed videotaped".split())
MODALS = frozenset("can could may might must should will would".split())


NEGATION_RE = re.compile(r"not|never|\w+n[’']t", re.I)


def _drop_auxiliaries(masked: str, toks: list[tuple[int, int]]) -> None:
    """Pop the auxiliaries and adverbs (AUX_RE) that end toks, the words before a verb; "yet" after a negation ("have
    not yet said"; not the conjunction of ", yet said")."""
    if len(toks) > 1 and masked[toks[-1][0]:toks[-1][1]] == "yet" and NEGATION_RE.fullmatch(masked, *toks[-2]):
        toks.pop()
    while toks and masked[toks[-1][0]].islower() and AUX_RE.match(_bare(masked[toks[-1][0]:toks[-1][1]])) \
            and not PUNCT_END.search(masked[toks[-1][0]:toks[-1][1]]):
        toks.pop()


AGE_COMMA_RE = re.compile(r"\d{1,3},")
THEN_RE = re.compile(r"\s(?:(?:and|but)\s+)?then\s")
SUBORDINATORS = frozenset("as when while where after before because since which".split())
SUBJECT_OPENERS = frozenset("the a an his her their its our my this that these those".split())
FIRST_VERB_RE = re.compile(r"(?:[a-z]{3,}(?:ed|s)|met|began|drew|found|heard|knew|took|gave|made|held|told|wrote|spoke|went|came|"
                           r"ran|won|lost|left|kept|brought|sent|led|stood|sat|became|fell|rose|grew),?")


def _before_first_verb(masked: str, toks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The words before the clause's first verb (a lower-case word in -ed or -s after the first word of the clause, which
    starts after an opening phrase's comma): 'The mayor thanked the crowd,' -> 'The mayor', 'In Ohio, Lee paused,' ->
    'In Ohio, Lee'; the words as they were when no verb follows a subject ('Lee's mother, Rose, paused,')."""
    start = max((i + 1 for i, (a, b) in enumerate(toks[:-1]) if masked.endswith(",", a, b)), default=0)
    for i in range(start + 1, len(toks)):
        if FIRST_VERB_RE.fullmatch(masked, toks[i][0], toks[i][1]):
            return toks[:i]
    return toks


# a subject with a contracted auxiliary: "They’ve", "who'd", and "’s" (has/is) after a pronoun only ("Trump’s" is a possessive)
CONTRACTED_RE = re.compile(r"(?P<w>[A-Za-z]+)[’'](?:ve|d)|(?P<w2>[Hh]e|[Ss]he|[Ww]ho|[Ii]t|[Tt]hat)[’']s")


@functools.lru_cache(maxsize=256)
def subject_before(masked: str, verb_start: int, floor: int) -> tuple[int, int] | None:
    """The subject of the verb at verb_start (the sentence starts at floor), as (start, end). Answers are kept
    until `forget` (the pipeline's end): the speaker rules and several reported-speech rules ask for the subject
    of the same verb, and each asking read the sentence's words up to it again."""
    toks = word_spans(masked, _floor_near(masked, verb_start, floor), verb_start)
    _drop_auxiliaries(masked, toks)
    contracted = CONTRACTED_RE.fullmatch(masked, *toks[-1]) if toks else None
    if contracted:  # "They’ve said", "who’ve already said", "She’s said": the auxiliary is no part of the subject
        toks[-1] = (toks[-1][0], contracted.end(contracted.lastgroup or "w"))
    if toks and masked[toks[-1][0]:toks[-1][1]] in ASPECT_VERBS and GERUND_RE.match(masked, verb_start):
        toks.pop()  # "He kept saying", "Clinton began telling the crowd": the subject of the verb before the gerund
        _drop_auxiliaries(masked, toks)  # ("has kept insisting")
    elif len(toks) > 1 and masked[toks[-1][0]:toks[-1][1]] in PASSIVE_BEFORE_GERUND and GERUND_RE.match(masked, verb_start) \
            and AUX_RE.match(masked[toks[-2][0]:toks[-2][1]]):
        toks.pop()  # "The mayor was heard saying", "can be heard asking": the one heard speaks
        _drop_auxiliaries(masked, toks)
        if len(toks) > 1 and masked[toks[-1][0]:toks[-1][1]] in MODALS:
            toks.pop()
    if not toks:
        return None
    if masked.endswith(",", toks[-1][0], toks[-1][1]) and THEN_RE.search(masked, toks[-1][1], verb_start):
        toks = _before_first_verb(masked, toks)  # "The mayor thanked the crowd, then said": the first verb's subject
        if not toks:
            return None
    # coordinated verbs: "Ms. Sherry smiled and said", "Obama smiles and says"; a word in "-s" not right after a name or a
    # pronoun is more often a plural object ("The mayor thanked his supporters and said"): the words before the clause's
    # first verb then, not all of them ("The mayor thanked his")
    while len(toks) >= 3 and _bare(masked[toks[-1][0]:toks[-1][1]]) == "and" and re.fullmatch(
            r"[a-z]+(?:ed|s)", masked[toks[-2][0]:toks[-2][1]]):
        plural = masked[toks[-2][1] - 1] == "s" and not masked[toks[-3][0]].isupper() \
            and _bare(masked[toks[-3][0]:toks[-3][1]]) not in PRONOUNS
        toks = toks[:-2]
        # (in the last subordinate clause, if any: "as they pushed against the standards and argued"; a clause with no
        # comma in it, else as before)
        sub = max((i + 1 for i, (a, b) in enumerate(toks[:-1]) if masked[a:b] in SUBORDINATORS), default=0) if plural else 0
        if plural and not any(masked[b - 1] in ",;:" for a, b in toks[sub:]):
            toks = _before_first_verb(masked, toks[sub:])
            first = masked[toks[0][0]:toks[0][1]] if toks else ""
            if _bare(first) in PRONOUNS:
                toks = toks[:1]  # "He shook hands and posed for photos and asked": he
            elif not (first[:1].isupper() or first.lower() in SUBJECT_OPENERS):
                return None  # ("referred to undocumented ...", "said the ships were ...": no subject read there)
            break
    toks = _drop_time_tail(masked, toks)
    if masked[toks[-1][0]:toks[-1][1]] in DASH_TOKENS:
        return _before_dashes(masked, toks)
    last = masked[toks[-1][0]:toks[-1][1]]
    if QUOTEISH.search(last):
        return None
    if last.endswith(","):
        relative = _relative_head(masked, toks)
        if relative:
            return relative
        # NP, APPOSITIVE, verb
        j = _comma_before(masked, toks, len(toks) - 2)
        city = _city_state_end(masked, toks)
        if city is not None and j == city:
            # "Dean Johnson, a salesman from Sumter, South Carolina, says": the city's comma is inside the appositive
            # (when an earlier comma opens it; "Officials in Austin, Texas, said" has none)
            k = _comma_before(masked, toks, city - 1)
            if k >= 0 and masked[toks[k][1] - 1] == ",":
                j = k
        while j >= 1 and AGE_COMMA_RE.fullmatch(masked[toks[j][0]:toks[j][1]]) \
                and masked[toks[j - 1][0]:toks[j - 1][1]].endswith(","):
            j -= 1  # "Roxana M. Leon, 63, an independent voter ..., said"
        while j >= 1 and TAG_COMMA_RE.fullmatch(masked, toks[j][0], toks[j][1]) \
                and masked[toks[j - 1][0]:toks[j - 1][1]].endswith(","):
            j -= 1  # "Sen. Marco Rubio, R-Fla., appearing on Fox News, said", "a voter from Jackson, Miss., attending"
        if j < 0 or not masked[toks[j][0]:toks[j][1]].endswith(","):
            return _np_left(masked, toks[:-1] + [(toks[-1][0], toks[-1][1] - 1)])
        appos_first = _bare(masked[toks[j + 1][0]:toks[j + 1][1]])
        head = _np_left(masked, toks[:j] + [(toks[j][0], toks[j][1] - 1)])
        if head is None:
            return None
        if appos_first in RELATIVE or appos_first in SETTING_WORDS or appos_first.endswith("ing") and appos_first.islower():
            return head  # "Smith, speaking to reporters on Tuesday, said", "Clinton, in a speech Monday, said"
        appos_start = toks[j + 1][0]
        if masked[appos_start].isupper() and _is_description(masked[head[0]:head[1]]):
            return appos_start, toks[-1][1] - 1  # "the nominee, Rep. Michael Waltz, said"
        return head[0], toks[-1][1] - 1
    w = _bare(last)
    if w in PRONOUNS or w in ("who", "which") and not last.endswith(","):
        return toks[-1][0], toks[-1][0] + len(last.rstrip(",;:."))
    return _np_left(masked, toks)


def _comma_before(masked: str, toks: list[tuple[int, int]], j: int) -> int:
    """The index of the last token at or before j that ends with a mark (-1 if none within 24 tokens of the end); a
    quotation inside an appositive is part of it ('Bill Eastland, wearing “Ted Cruz” pins, said')."""
    while j >= 0 and not PUNCT_END.search(masked[toks[j][0]:toks[j][1]].rstrip("”\"'•")) and len(toks) - j < 24:
        j -= 1
    return j


def _home_region(name: str) -> bool:
    """A state or country that follows a city: "Texas", "Mass.", "South Carolina", "France", "South Korea", "England"."""
    return name in US_STATE_NAMES or name in AP_STATES or name in UK_NATIONS or (gazetteer.lookup(name) or ("", ""))[1] \
        == "country"


UK_NATIONS = frozenset(("England", "Scotland", "Wales", "Northern Ireland"))


def _city_state_end(masked: str, toks: list[tuple[int, int]]) -> int | None:
    """The index of the city's token when toks end with "City, State," or "City, Country," ("Sumter, South Carolina,",
    "Houston, Texas,", "Cambridge, Mass.,", "Lyon, France,", "Busan, South Korea,"), else None."""
    last = masked[toks[-1][0]:toks[-1][1] - 1]
    if len(toks) >= 2 and _home_region(f"{masked[toks[-2][0]:toks[-2][1]]} {last}"):
        k = len(toks) - 2  # (first: "Busan, South Korea," whose "Korea" alone is a country too)
    elif _home_region(last):
        k = len(toks) - 1
    else:
        return None
    if k < 2:
        return None
    city = masked[toks[k - 1][0]:toks[k - 1][1]]
    return k - 1 if city[:1].isupper() and city.endswith(",") else None


CLAUSE_END_RE = re.compile(r"[.;:!?]$")
TAG_COMMA_RE = re.compile(r"(?:[RDI]-[A-Z][\w.]*|(?:[A-Z]\.){2,}|[A-Z][a-z]{1,4}\.),")  # a party's or a state's tag


def _before_asides(masked: str, toks: list[tuple[int, int]], j: int) -> int:
    """The token that ends a name before the asides that follow it, each closed by a comma, when toks[j] closes the
    last: a party's or state's tag ("Paul Ryan, R-Wis.,"), an age ("Harry Bond, 30,"), a home ("of Raleigh, N.C.,",
    "Jane Roe of Austin, Texas,")."""
    def comma(i: int) -> bool:
        return masked[toks[i][1] - 1] == ","
    while j >= 1:
        w = masked[toks[j][0]:toks[j][1]]
        if comma(j - 1) and (TAG_COMMA_RE.fullmatch(w) or AGE_COMMA_RE.fullmatch(w)):
            j -= 1
            continue
        city = _city_state_end(masked, toks[:j + 1])
        if city is not None:
            j = city
            continue
        of = next((i for i in range(j - 1, max(0, j - 4), -1) if _bare(masked[toks[i][0]:toks[i][1]]) == "of"), None)
        if of is not None and of >= 1 and comma(of - 1) and all(masked[t[0]].isupper() for t in toks[of + 1:j + 1]):
            j = of - 1
            continue
        break
    return j


def _relative_head(masked: str, toks: list[tuple[int, int]]) -> tuple[int, int] | None:
    """'Beck, who supported Sen. Ted Cruz, R-Texas, and opposed Trump, last week said': the noun phrase
    before a ", who" clause that runs over several commas up to the verb."""
    for k in range(len(toks) - 2, max(0, len(toks) - 40), -1):
        w = masked[toks[k][0]:toks[k][1]]
        if CLAUSE_END_RE.search(w) and not is_abbreviation(w):
            return None
        if w in ("who", "which") and masked[toks[k - 1][1] - 1] == ",":
            if _named_after_relative(masked, toks, k):
                return None
            j = _before_asides(masked, toks, k - 1)
            return _np_left(masked, toks[:j] + [(toks[j][0], toks[j][1] - 1)])
        if w in ("where", "when") and k >= 2 and masked[toks[k - 1][1] - 1] == "," and masked[toks[0][0]].isupper() \
                and not any(masked[toks[i][1] - 1] == "," for i in range(k, len(toks) - 1)):  # (it runs up to the verb)
            # "Clinton, speaking at a college in Des Moines, Iowa, where she unveiled her plan, told": the subject of
            # the words before the relative clause, read as before a verb (its appositive, tags and home skipped)
            return subject_before(masked, toks[k][0], toks[0][0])
    return None


DESCRIPTION_LEADS = frozenset("the a an his her their its one".split())
NAME_PARTICLES = frozenset("de van von der da di du del le la al bin".split())


def _named_after_relative(masked: str, toks: list[tuple[int, int]], k: int) -> bool:
    """'Asked if the raids led to it, which was seen as a failure, Jones, the mayor, said': after the relative clause
    opened at toks[k] come a name of its own between commas (capitalised words only, not a party's or state's tag nor a
    home region) and a description closed by the last comma: the name is the verb's subject, the relative clause
    belongs to the words before it ('Beck, who backed Sen. Ted Cruz, R-Texas, said' and 'who met Obama, Biden and
    Clinton, said' stay the relative's)."""
    commas = [i for i in range(k + 1, len(toks) - 1) if masked[toks[i][1] - 1] == ","]
    if not commas or commas[-1] + 1 >= len(toks) - 1 or _bare(masked[toks[commas[-1] + 1][0]:toks[commas[-1] + 1][1]]) \
            not in DESCRIPTION_LEADS:
        return False
    name = toks[commas[-2] + 1:commas[-1] + 1] if len(commas) >= 2 else []
    if not 1 <= len(name) <= 4 or not all(masked[a].isupper() or masked[a:b] in NAME_PARTICLES for a, b in name) \
            or not masked[name[-1][0]].isupper():
        return False
    text = masked[name[0][0]:name[-1][1] - 1]
    return TAG_COMMA_RE.fullmatch(masked, *name[-1]) is None and not _home_region(text)


def _drop_time_tail(masked: str, toks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'Dianne Feinstein (D-Calif.) last week said', 'Priebus later Thursday said': the words of time before
    the verb are not the subject's."""
    n = len(toks)
    if masked[toks[-1][1] - 1] not in TIME_WORD_ENDS:
        return toks  # (most verbs' last word before them ends otherwise: one look, no slicing)
    while n > 1 and _bare(masked[toks[n - 1][0]:toks[n - 1][1]]) in TIME_WORDS \
            and not PUNCT_END.search(masked[toks[n - 1][0]:toks[n - 1][1]]):
        n -= 1
    while n < len(toks) and n > 1 and _bare(masked[toks[n - 1][0]:toks[n - 1][1]]) in TIME_LEADS:
        n -= 1
    return toks[:n]


def _before_dashes(masked: str, toks: list[tuple[int, int]]) -> tuple[int, int] | None:
    """'Harry Reid — the Senate's top Democrat — said': the noun phrase before a dashed appositive; with no
    opening dash ('Trump Taj Mahal — said'), the words before the dash."""
    for j in range(len(toks) - 2, max(-1, len(toks) - 26), -1):
        if masked[toks[j][0]:toks[j][1]] in DASH_TOKENS:
            return _np_left(masked, toks[:j]) or _np_left(masked, toks[j + 1:-1])
    return _np_left(masked, toks[:-1])


def _is_description(np: str) -> bool:
    """A head like "Mr. Trump's nominee for ... adviser" (ends in a lower-case noun)."""
    last = np.split()[-1]
    return last[:1].islower()


def _np_left(masked: str, toks: list[tuple[int, int]]) -> tuple[int, int] | None:
    if not toks:
        return None
    end = toks[-1][1]
    i = len(toks) - 1
    n = 0
    while i >= 0 and n < 12:
        w = masked[toks[i][0]:toks[i][1]]
        if QUOTEISH.search(w) or (i < len(toks) - 1 and PUNCT_END.search(w)) or w in DASH_TOKENS:
            break  # (a dash alone: "ORLANDO, Fla. (Reuters) - Florida officials said")
        b = _bare(w)
        if b in BOUNDARY and not (b == "and" and _and_in_a_name(masked, toks, i)) \
                or (i < len(toks) - 1 and b in CUE_FORMS and not w[0].isupper() and not _title_compound(masked, toks, i)):
            if i == len(toks) - 2 and _modifies_head(masked, toks, i):
                i -= 2  # a cue form between a determiner and the head noun, and the determiner opens it: "A state official"
            break
        if b in PRONOUNS and i < len(toks) - 1:
            if i == len(toks) - 2 and _bare(masked[toks[-1][0]:toks[-1][1]]) in FLOATING_QUANTIFIERS:
                return toks[i]  # "they all (said)", "we both": the pronoun speaks
            break
        if w.startswith("(") and ")" not in w:  # "... (Raphael Lemkin, who ..., once said": the bracket opens the NP
            return _np_span(masked, toks[i][0] + 1, end)
        i -= 1
        n += 1
    start_i = i + 1
    if start_i >= len(toks):
        return None
    return _np_span(masked, toks[start_i][0], end)


def _modifies_head(masked: str, toks: list[tuple[int, int]], i: int) -> bool:
    """Is the cue form at toks[i] ("state", "press") a noun's modifier: after a determiner, not a participle, and
    before a lower-case head that is no pronoun ("A state official", "Her press secretary"; not "the question
    nobody asked", "a confirmed report")?"""
    w, head = masked[toks[i][0]:toks[i][1]], masked[toks[i + 1][0]:toks[i + 1][1]]
    return i > 0 and masked[toks[i - 1][0]:toks[i - 1][1]].lower() in NOUN_DETERMINERS and not w.endswith(("ed", "ing")) \
        and head.isalpha() and head.islower() and head not in INDEFINITES


def _and_in_a_name(masked: str, toks: list[tuple[int, int]], i: int) -> bool:
    """Is the "and" at toks[i] inside a body's name ("Centers for Disease Control and Prevention", "Department of
    Health and Human Services"): capitalised words around it, after "of" or "for" that follows a capitalised word?"""
    if i < 3 or i + 1 >= len(toks) or not masked[toks[i + 1][0]].isupper() or not masked[toks[i - 1][0]].isupper():
        return False
    for k in range(i - 2, max(0, i - 4), -1):
        if masked[toks[k][0]:toks[k][1]] in ("of", "for"):
            return masked[toks[k - 1][0]].isupper()
        if not masked[toks[k][0]].isupper():
            return False
    return False


def _title_compound(masked: str, toks: list[tuple[int, int]], i: int) -> bool:
    """Is the cue-like word toks[i] the first word of a title before a name ("press secretary Josh Earnest")?"""
    return i + 2 < len(toks) and _bare(masked[toks[i + 1][0]:toks[i + 1][1]]) in COMPOUND_HEADS \
        and masked[toks[i + 2][0]].isupper()


def _np_span(masked: str, s: int, end: int) -> tuple[int, int] | None:
    while end > s and masked[end - 1] in ",;:":
        end -= 1
    span = masked[s:end]
    words = span.lower().split()
    if not words or words[-1] in ("to", "is", "are", "was", "were", "be") or words[0] in ("is", "are", "was", "were", "to"):
        return None
    if len(words) > 1 and words[-1] in FLOATING_QUANTIFIERS:  # "Sanders and Clinton both (said)": not the name's
        end = s + span.rstrip().rfind(" ")
        span = masked[s:end]
    if not LETTER_RE.search(span) and not (span.endswith("%") and span[:-1].replace(".", "", 1).isdigit()):
        return None  # (a share of those polled speaks: "26% say they are conservative")
    if words[-1] in TIME_WORDS and len(words) > 1:
        when = TIME_TAIL_RE.search(span)  # "The Agriculture Department on Friday (announced)": when, not who
        if when and when.start() > 0:
            if not set(span[:when.start()].lower().split()) - TIME_LEADS:
                return None  # "last week", "this past week": only when
            end = s + when.start()
    return s, end


FLOATING_QUANTIFIERS = frozenset(("both", "all", "each", "together"))
TAIL_WORDS = frozenset("as when while after before because since and but or who which that if in on at to "
                       "with from of for by during".split())


POSSESSED_START_RE = re.compile(r"[A-Z][\w.-]*(?:’s|'s)[ \t]+[a-z]")
# the body or person a role is of, before the name that holds it: "said a spokesman for the FAA, Greg Martin", "said
# the head of the union, Jo Marsh" (no comma inside; the name after it as NAME_APPOSITIVE_RE reads it)
ROLE_PP_RE = re.compile(r"[ \t]+(?:for|of|at|with|to)[ \t]+(?:[\w’'.&-]+[ \t]+){0,5}?[\w’'.&-]+(?=,[ \t]+[A-Z])")
NAME_APPOSITIVE_RE = re.compile(r",[ \t]+(?P<name>(?:[A-Z][\w’'.-]*[ \t]+){0,3}[A-Z][\w’'-]*)(?=[ \t]*[,.;!?]|[ \t]*$|"
                               r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z])")  # ("said the committee's chairman, Rep. Alan Groves of Ohio")


# the rest of an initialism ("U.S.", "U.N.") a noun phrase ends in, and the lower-case words of its head after it
ACRONYM_TAIL_RE = re.compile(r"(?:\.[A-Z])+\.(?:[ \t\u00a0]+(?!(?:who|which|that|and|but|or|in|on|at|to|for|with|from|of|as|"
                             r"when|while|after|before|said|says|told|added)\b)[a-z][\w’'-]*){0,3}")


def np_after(masked: str, pos: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase right after an inverted cue ("said Mr. Smith, ...")."""
    pos = past_time(masked, pos, limit)  # "“Q,” X, R-Ky., said Monday.": Monday is when, not who
    blank = BLANK_RE.match(masked, pos, limit)
    p = blank.end() if blank else pos
    m = INVERTED_NP_RE.match(masked, p, limit)
    if not m or QUOTEISH.search(m.group()):
        return None
    s, e = m.start(), m.end()
    words = masked[s:e].split()
    if len(words) >= 2 and words[-1][:1].islower() and words[-2][:1].isupper() and words[-1] in TAIL_WORDS:
        e = s + masked[s:e].rstrip().rfind(" ")  # "said Sanders as he closed out": the name alone
    first = _bare(masked[s:e].split()[0])
    if first in BOUNDARY and first not in ("the",):
        return None
    if masked.startswith(".", e) and masked[e - 1].isupper() and (e - 1 == s or masked[e - 2] in " \t\u00a0"):
        tail = ACRONYM_TAIL_RE.match(masked, e, limit)  # "said a senior U.S. official": not "a senior U"
        e = tail.end() if tail else e
    if masked[s].islower() or POSSESSED_START_RE.match(masked, s, e):
        # "said its state director, Nina Patel", "said Trump's campaign manager, Corey Lewandowski": the name too
        named = NAME_APPOSITIVE_RE.match(masked, e, limit)
        if named is None and masked[s].islower() and (pp := ROLE_PP_RE.match(masked, e, limit)):
            named = NAME_APPOSITIVE_RE.match(masked, pp.end(), limit)  # "said a spokesman for the FAA, Greg Martin"
        e = named.end("name") if named else e
    return s, e

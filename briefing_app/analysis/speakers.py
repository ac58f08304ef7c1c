"""Quote -> speaker mention sieves, highest precision first (Muzny et al.; GGT; Citron).

1. adjacent cue after the quote ("Q," S said / "Q," said S) when the quote ends with , ? ! —
2. adjacent cue before the quote (S said: "Q" / S said, "Q" / according to S, "Q")
3. a cue later in the same sentence ("Q" if ..., an official said)
4. a colon after a clause ("In an interview, Trump went further: Q") -> the clause subject
5. the nearest cue earlier in the sentence
Then (in attribute()): split-quote continuation, multi-paragraph chains, floating quotes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from briefing_app.analysis.cues import ANY_CUE_RE, CUE_ALT, CUE_RE, WEAK_ALT, WORD_START
from briefing_app.analysis.mentions import np_after, subject_before
from briefing_app.analysis.quotes import QuoteSpan
from briefing_app.analysis.venues import venue_after

LEAD_RE = re.compile(r"[\s,—–-]*")
ADJ_STRONG_RE = re.compile(WORD_START + r"(?P<cue>" + CUE_ALT + r")(?:(?:\s+[^\s,:;.!?“”\"•]+){0,6}?\s*[,:]|\s+that|)\s*$", re.I)
# verbs like "continued", "responded" count only with a comma or colon before the quote
ADJ_WEAK_RE = re.compile(WORD_START + r"(?P<cue>" + WEAK_ALT + r")(?:\s+[^\s,:;.!?“”\"•]+){0,6}?\s*[,:]\s*$", re.I)


class _AdjBefore:
    @staticmethod
    def search(window: str) -> re.Match[str] | None:
        """The cue closest to the end of the window; a capitalised form inside a sentence
        ("the United States and added,") is a name, and one inside a ", when ..." clause with more
        words after it is not the quote's: the search goes on after them."""
        for pattern in (ADJ_STRONG_RE, ADJ_WEAK_RE):
            pos = 0
            while (m := pattern.search(window, pos)) is not None:
                start = m.start("cue")
                if not (window[start].isupper() and start > 0 and not re.search(r"[.!?:;“\"]\s*$", window[:start])) \
                        and not (SUBORDINATE_BEFORE_RE.search(window, 0, start) and not m.group("cue").lower().startswith(("told", "tell"))
                                 and re.search(r"\w", m.group()[m.end("cue") - m.start():])):
                    return m
                pos = m.end("cue")
        return None


ADJ_BEFORE_RE = _AdjBefore()
INTRO_RE = re.compile(r"^(?:(?:In|At|On|During|After|Before|Later|Earlier|Asked|When|While|Speaking|Since|"
                      r"From|For|Last|This|Then|But|And|Yet|Still|However|Meanwhile|Instead|Here|There|Back|Alongside|"
                      r"Amid|Despite|Following|Under|With|Without|Unlike|Like|Although|Though|As|Because|If|Once|Until|"
                      r"Upon|Within|Throughout|Across|Outside|Inside|Now|Today|Yesterday|Additionally|Also|Indeed|"
                      r"Moreover|Separately|Finally|Afterward|Afterwards|[A-Z][a-z]+ing)\b[^,]{0,80},\s*)+")
ADVERB_RE = re.compile(r"(?:even|also|then|now|still|later|earlier|again|once)\s+")
CLAUSE_SUBJ_RE = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+"
    r"(?=\s+(?:has|had|have|was|is|were|are|went|put|made|took|gave|got|did|will|would|also|then|said|told|wrote|"
    r"spoke|thought|felt|saw|began|ran|won|lost|left|kept|held|brought|sent|led|[a-z]+ed|[a-z]+s)\b)"
    r"|he|she|they|we|I|it|(?:[A-Z][\w’'.-]*|(?:[A-Z]\.)+)(?:[ \t]+(?:[A-Z][\w’'.-]*|(?:[A-Z]\.)+))*)(?=[\s,])"
)
APPOSITIVE_RE = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},\s[^,;:•“”\"]{1,200}?,(?=\s)")
RELATIVE_RE = re.compile(r",\s+(?:who|which|whose)\s[^,;“”\"]{0,160}?,")


@dataclass
class Found:
    mention: tuple[int, int]
    cue: str | None
    cue_end: int
    sieve: str
    inverted: bool = False


def _after(masked: str, close_at: int, limit: int, near: bool = False) -> Found | None:
    """The cue after the quote and its subject ('"Q," X said', '"Q," said X'); near: only a cue
    within three words of the quote."""
    lead = LEAD_RE.match(masked, close_at, limit)
    p = lead.end() if lead else close_at
    if p >= limit:
        return None
    m = ANY_CUE_RE.match(masked, p, limit)
    if m and not m.group("cue").lower().endswith("ing"):  # inverted: "Q," said S / "Q," according to S
        np = np_after(masked, m.end(), limit)
        if np and not re.match(r"(?:that|to|in|on|at|it|this|the\s+\w+\s+(?:is|was))\b", masked[np[0]:np[1]]):
            return Found(np, m.group("cue"), m.end(), "after-inverted", True)
    n_tokens = 0
    rel = RELATIVE_RE.search(masked, p, limit) or APPOSITIVE_RE.match(masked, p, limit)
    for t in re.finditer(r"\S+", masked[p:limit]):
        if rel and rel.start() < p + t.start() < rel.end():
            continue  # "“Q,” Douglas Holtz-Eakin, an economic adviser to ..., wrote": the appositive is not counted
        n_tokens += 1
        if n_tokens > (3 if near else 14):
            return None
        m = (ANY_CUE_RE if n_tokens <= 3 else CUE_RE).match(masked, p + t.start(), limit)
        if not m or (m.group().lower() == "according to") or _a_noun(masked, m, p):
            continue
        if n_tokens >= 4 and COMMA_BEFORE_RE.search(masked, p, m.start()) and m.group("cue").lower() in INVERTIBLE:
            # '"Q" that X can win, said Steve Elmendorf, ...': the inverted subject, not the clause before
            np = np_after(masked, m.end(), limit)
            if np and masked[np[0]].isupper() and not re.match(r"(?:that|to|in|on|at|it|this)\b", masked[np[0]:np[1]]):
                return Found(np, m.group("cue"), m.end(), "after-inverted", True)
        s = subject_before(masked, m.start(), p)
        if s:
            return Found(s, m.group("cue"), m.end(), "after")
    return None


COMMA_BEFORE_RE = re.compile(r",\s*$")
SAID_COMMA_RE = re.compile(r"\b(?P<verb>said|says|told\s+\S+|wrote|writes)\s*,\s*$")
ONE_NAME_COLON_RE = re.compile(r"(?:^|(?<=[\s(]))(?P<np>[A-Z][a-z][\w’'-]+)\s*$")
LABELS = frozenset("""update updated note warning question answer quote headline editor related watch video source
    sources correction read see photo photos caption transcript background summary bottom line verdict""".split())
STATEMENT_RE = re.compile(r"\b(?P<verb>issued|released|put\s+out|posted|sent|tweeted|read)\s+(?:a|an|the|this)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:statement|message|tweet|post|letter|note)(?:\s+\w+day)?\s*[,:]\s*$")
TAG_END_RE = re.compile(r"\b(?P<verb>said|says|wrote|writes|added|told|agreed|disagreed|explained|noted|replied|responded|"
                        r"continued|concluded|warned|argued|insisted|recalled|countered|elaborated)(?:\s+(?!in\b|on\b)\S+)?(?:\s+(?:in|on)\s+(?:a|an|the)?\s*[\w-]+(?:\s+[\w-]+)?)?\s*\.\s*$")
COORD_BEFORE_RE = re.compile(r"[\w’'”)],?\s+(?:and|but)\s+(?:then\s+|later\s+|also\s+)?$")
# a short sentence that is only an attribution: "“Q.” Trump said." / "“Q.” said Trump."
TAG_SENTENCE_RE = re.compile(r"\s*(?:[\w’'.-]+\s+){0,5}?(?:" + CUE_ALT + r")(?:\s+[\w’'.-]+){0,5}\s*[.!]?\s*$", re.I)
INVERTIBLE = frozenset("said says added adds wrote writes noted notes".split())
OUTER_ACCORDING_RE = re.compile(r"[^.;!?“”\"•]{0,60}?,\s*according\s+to\s+")
PARTICIPLE_LEAD_RE = re.compile(
    r"(?:,|\bby|\bbefore|\bafter|\bwhile|\bwhen"
    # "X issued a statement Tuesday saying", "sent out a text message to supporters saying"
    r"|\b(?:statement|letter|message|post|tweet|email|release|note|video|ad|memo)"
    r"(?:\s+(?:on|to|from)\s+[^,“”\"•]{1,30}?)?(?:\s+(?:on\s+)?\w+day)?)\s*$")


DASH_NAME_RE = re.compile(r"\s[-—–]+\s*(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})\s*$")
NAME_BEFORE_COLON_RE = re.compile(r"(?<=\s)(?P<np>(?:[A-Z][\w’'.-]*|(?:[A-Z]\.)+)(?:\s+(?:[A-Z][\w’'.-]*|(?:[A-Z]\.)+)){1,3})\s*$")
CONJ_RE = re.compile(r"(?:[Aa]nd|[Bb]ut|[Ss]o|[Tt]hen|[Aa]nd then|[Yy]et)\s+")


def _colon(masked: str, floor: int, colon_at: int) -> Found | None:
    """'X went further: “Q”', 'Headline - Jane Roe: “Q”', 'Asked about it, X responded: “Q”'."""
    m = DASH_NAME_RE.search(masked, floor, colon_at)
    if m:
        return Found((m.start("np"), m.end("np")), ":", colon_at + 1, "colon-dash")
    cues = [c for c in ANY_CUE_RE.finditer(masked, floor, colon_at) if not _a_noun(masked, c, floor)]
    if cues:
        c = cues[-1]
        found = _participle(masked, floor, c, 0)
        s = found.mention if found else subject_before(masked, c.start(), floor)
        if s:
            return Found(s, c.group("cue"), c.end(), "colon-cue")
    m = NAME_BEFORE_COLON_RE.search(masked, floor, colon_at)
    if m and not re.search(r"\b(?:is|are|was|were|has|have|had|will|would)\s*$", masked[floor:m.start()]) \
            and re.search(r"[a-z]", masked[floor:m.start()]):
        return Found((m.start("np"), m.end("np")), ":", colon_at + 1, "colon-name")
    one = ONE_NAME_COLON_RE.search(masked, floor, colon_at)
    if one and one.group("np").lower() not in LABELS and (one.start() == floor or re.search(
            r"(?:\bfrom|[.!?”\"•])\s*$", masked[floor:one.start()])):
        return Found((one.start("np"), one.end("np")), ":", colon_at + 1, "colon-name")  # 'Clinton: “Q”'
    subj = clause_subject(masked, floor, colon_at)
    return Found(subj, ":", colon_at + 1, "colon") if subj else None


def clause_subject(masked: str, floor: int, limit: int) -> tuple[int, int] | None:
    """The subject of the clause masked[floor:limit]: after its last comma when three words or
    more follow it ("In an interview later that day, Trump went further"), else after the
    introductory phrases ("Here in Columbia, Sanders stepped up ..."); "even" before it is skipped."""
    clause = masked[floor:limit]
    intro = INTRO_RE.match(clause)
    off = intro.end() if intro and clause[intro.end():].strip() else 0  # "And then Trump went on, saying"
    starts = [off]
    last_comma = clause.rfind(", ")
    if last_comma > off and len(clause[last_comma:].split()) >= 3:
        starts.insert(0, last_comma + 2)
    # then each later comma: "On Thursday, after remaining neutral, Warren endorsed Clinton, saying"
    for start in starts + [m.end() for m in COMMA_SPACE_RE.finditer(clause, off)]:
        start = _skip_lead(clause, start)
        sm = CLAUSE_SUBJ_RE.match(clause, start)
        if sm and sm.end() > start and sm.group().split()[0] not in NOT_SUBJECTS:
            return floor + sm.start(), floor + sm.end()
    return None


COMMA_SPACE_RE = re.compile(r",\s+")
NOT_SUBJECTS = frozenset("""But And So Yet Then Even Its Any Each One That This These Those What Which Who When Where
    While If Although Though As After Before Since Until Because However Meanwhile Still Also Now Here There""".split())


def _skip_lead(clause: str, off: int) -> int:
    """Past "and then", "but", "even" before a subject."""
    for lead in (CONJ_RE, ADVERB_RE, CONJ_RE):
        m = lead.match(clause, off)
        off = m.end() if m else off
    return off


def _participle(masked: str, floor: int, cue: re.Match[str], base: int) -> Found | None:
    """'X emailed reporters, arguing, “...”' -> X, the subject of the main clause."""
    word = cue.group("cue")
    if not word.lower().endswith("ing") or not PARTICIPLE_LEAD_RE.search(masked, floor, base + cue.start("cue")):
        return None
    said = SAID_COMMA_RE.search(masked, floor, base + cue.start("cue"))
    if said:  # "Mateen left early, Nefzi said, adding, “Q”": the subject of the verb before
        subj = subject_before(masked, said.start("verb"), floor)
        if subj:
            return Found(subj, word, base + cue.end("cue"), "participle")
    subj = clause_subject(masked, floor, base + cue.start("cue"))
    return Found(subj, word, base + cue.end("cue"), "participle") if subj else None


DET_ADJ_BEFORE_RE = re.compile(r"\b(?:a|an|the|his|her|their|its|this|that|these|those|our|my|your)\s+[a-z][\w-]*(?<!s)\s+$", re.I)
OF_BEFORE_RE = re.compile(r"\bof\s+$")
NOUN_FORMS = frozenset("""message statement comment remark post tweet email text call answer reply question order offer
    charge challenge report response warning promise claim note letter""".split())
NOUN_BEFORE_RE = re.compile(r"(?:\b(?:a|an|the|his|her|their|its|this|that|these|those|our|my|your|no|any|"
                            r"another|latest|recent|new|written|sympathetic)|’s|'s)\s+$", re.I)


def _a_noun(masked: str, cue: re.Match[str], floor: int) -> bool:
    """'a written statement', 'this tweet', 'Trump’s comments', 'the United States', 'a blunt
    message', 'secretary of state': not a verb."""
    word = cue.group("cue")
    start = cue.start("cue")
    if word[:1].isupper() and start > floor and not re.search(r"(?:^|[.!?:;“\"]\s*)$", masked[max(floor, start - 3):start]):
        return True
    if word.lower() in NOUN_FORMS and DET_ADJ_BEFORE_RE.search(masked, max(floor, start - 30), start) \
            or OF_BEFORE_RE.search(masked, max(floor, start - 4), start):
        return True  # "a blunt message", "secretary of state": a noun
    return bool(NOUN_BEFORE_RE.search(masked, max(floor, start - 14), start))


NOT_AN_NP_RE = re.compile(r"(?:in|on|at|for|with|from|by|during|after|before|about|into|over|to)\s|"
                          r"[a-z]+ed\s+(?:a|an|the|his|her|their|its|our|my|your)\s")


def _subject(masked: str, verb_start: int, floor: int) -> tuple[int, int] | None:
    """subject_before, unless what it found starts like a prepositional phrase or a verb with its
    object ('in his memo to employees explaining', 'issued a statement Tuesday saying',
    'thanked her adopted home state and then boomed'): then the clause's own subject."""
    s = subject_before(masked, verb_start, floor)
    if s is None or not NOT_AN_NP_RE.match(masked, s[0], s[1] + 1):
        return s
    subj = clause_subject(masked, floor, verb_start)
    return subj if subj and not NOT_AN_NP_RE.match(masked, subj[0], subj[1] + 1) else None


# "Clinton said in the spring, when the server email story broke, “Q”": a cue inside such a clause is not the quote's
SUBORDINATE_BEFORE_RE = re.compile(r",\s+(?:when|as|while|after|before|because|since|if|although|though|where)\b[^,]*$")
CUE_THEN_COMMA_RE = re.compile(r"\s*[,:]")  # ", as Mr. Sykes said, “Q”" is an attribution all the same
# "... holding signs and chanting “Q”": a coordinated participle shares the main clause's subject
AND_PARTICIPLE_RE = re.compile(r"\s(?:and|or)\s+$")


def _before(masked: str, floor: int, open_at: int, adjacent_only: bool) -> Found | None:
    window = masked[floor:open_at]
    m = ADJ_BEFORE_RE.search(window)
    if m and NOUN_BEFORE_RE.search(window, max(0, m.start("cue") - 14), m.start("cue")):
        m = None  # "in a written statement, “Q”": a noun; the verb is further back
    if m:
        cs = floor + m.start("cue")
        cue = m.group("cue")
        part = _participle(masked, floor, m, floor)
        if part:
            return part
        if cue.lower().endswith("ing") and COMMA_BEFORE_RE.search(masked, floor, cs):
            return None  # "..., saying, “Q”" whose main clause has no subject found: not "NP, APPOSITIVE, said"
        if cue.lower().endswith("ing") and AND_PARTICIPLE_RE.search(masked, floor, cs):
            subj = clause_subject(masked, floor, cs)
            return Found(subj, cue, floor + m.end("cue"), "before-participle") if subj else None
        if cue.lower().startswith("according"):
            np = np_after(masked, floor + m.end("cue"), open_at)
            if np:
                return Found(np, cue, floor + m.end("cue"), "before-according", True)
        s = _subject(masked, cs, floor)
        if s:
            return Found(s, cue, floor + m.end("cue"), "before-adjacent")
        if COORD_BEFORE_RE.search(masked, floor, cs):
            # "Trump called on her to resign and said, “Q”": the subject of the first verb
            subj = clause_subject(masked, floor, cs)
            if subj:
                return Found(subj, cue, floor + m.end("cue"), "before-coordinated")
        np = np_after(masked, floor + m.end("cue"), open_at)
        if np and masked[np[0]].isupper():
            return Found(np, cue, floor + m.end("cue"), "before-inverted", True)
    stripped = window.rstrip()
    if stripped.endswith(":"):
        found = _colon(masked, floor, floor + len(stripped) - 1)
        if found:
            return found
    if adjacent_only:
        return None
    cues = [c for c in CUE_RE.finditer(masked, floor, open_at) if not _a_noun(masked, c, floor)
            and not (SUBORDINATE_BEFORE_RE.search(masked, floor, c.start()) and not CUE_THEN_COMMA_RE.match(masked, c.end()))]
    for c in reversed(cues):
        if c.group().lower().startswith("according"):
            np = np_after(masked, c.end(), open_at)
            if np:
                return Found(np, c.group("cue"), c.end(), "before-according", True)
            continue
        part = _participle(masked, floor, c, 0)
        if part:
            return part
        s = _subject(masked, c.start(), floor)
        if s:
            return Found(s, c.group("cue"), c.end(), "before")
        if not masked[floor:c.start()].strip():  # "Said Dorothy Poynter, who grew up with Ali, “Q”"
            np = np_after(masked, c.end(), open_at)
            if np and masked[np[0]].isupper():
                return Found(np, c.group("cue"), c.end(), "before-inverted", True)
    st = STATEMENT_RE.search(masked, floor, open_at)
    if st:  # "Trump issued a statement, “Q”"
        subj = subject_before(masked, st.start(), floor)
        if subj:
            return Found(subj, st.group("verb"), st.end(), "statement")
    return None


def tag_before(masked: str, prev: tuple[int, int], open_at: int) -> Found | None:
    """'Sam Lau, the party's spokesman, said in a statement. “Q”': a sentence that is only an
    attribution, right before a quote that opens a sentence."""
    ps, pe = prev
    tag = TAG_END_RE.search(masked, ps, pe)
    if masked[pe:open_at].strip() or not tag:
        return None
    subj = subject_before(masked, tag.start(), ps)
    return Found(subj, tag.group("verb"), tag.end("verb"), "tag-sentence") if subj else None


# '"Q," an angry Hollande retaliated.' / '"Q," exhorted Clinton's introducer, actress Jamie Lee Curtis.': right
# after a quotation that ends open, a subject and any past-tense verb (or the verb and a name) end the sentence
ANY_VERB_AFTER_RE = re.compile(
    r"[\s,—–-]*(?:(?P<np>(?:he|she|they|we|I|(?:(?:the|an?|[A-Z][\w’'.-]*)\s+)(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+|"
    r"[A-Z][\w’'.-]*))\s+(?:\w+ly\s+)?(?P<verb>[a-z]{3,}ed|[a-z]{3,}[^s\W]s)"
    r"|(?P<verb2>[a-z]{3,}ed)\s+(?P<np2>(?:the\s+|an?\s+)?[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,4}?))"
    r"(?=\s*(?:[.,;:!?]|\s(?:on|in|at|about|before|after|as|while|when)\b))")


def _any_verb_after(masked: str, close_at: int, limit: int) -> Found | None:
    m = ANY_VERB_AFTER_RE.match(masked, close_at, limit)
    if m is None:
        return None
    if m.group("np"):
        return Found((m.start("np"), m.end("np")), m.group("verb"), m.end("verb"), "after-any-verb")
    return Found((m.start("np2"), m.end("np2")), m.group("verb2"), m.end("verb2"), "after-any-verb", True)


def find_speaker(text: str, masked: str, q: QuoteSpan, sent_start: int, sent_end: int, prev_close: int,
                 next_end: int) -> tuple[Found | None, str | None]:
    """The speaker mention, cue and venue of one quote, from its own sentence (or, after
    "Q!" / "Q?" that a splitter takes for a sentence end, the next one)."""
    floor = max(sent_start, prev_close)
    body = text[q.start:q.end]
    after_limit = sent_end
    if re.search(r"[?!—–-]$", body) and sent_end <= q.close_at + 1:
        after_limit = sent_end = next_end
    elif body.endswith(".") and sent_end <= q.close_at + 1 and TAG_SENTENCE_RE.match(masked, sent_end, next_end):
        after_limit = sent_end = next_end
    nxt = masked.find("“", q.close_at, sent_end)
    if nxt != -1:
        close = masked.find("”", nxt, sent_end)
        if close == -1 or len(masked[nxt:close].split()) > 4:  # a short quotation inside an appositive is no limit
            after_limit = nxt
    ends_open = bool(re.search(r"[,?!—–-]$", body))
    # '"Q," he said' first when the quote ends open; but 'X said: "Q," but in fact ...' is X's: a cue
    # right before the quote beats one that is not right after it
    order = ("after-near", "before-adj", "after", "before") if ends_open else ("before-adj", "after", "before")
    found = None
    for sieve in order:
        if sieve.startswith("after"):
            found = _after(masked, q.close_at, after_limit, near=sieve == "after-near")
        else:
            found = _before(masked, floor, q.open_at, sieve == "before-adj")
        if found:
            break
    if not found and ends_open:
        found = _any_verb_after(masked, q.close_at, after_limit)
    if not found:
        return None, None
    if found.cue and not found.cue.lower().startswith("according"):
        # only the outermost attribution counts: '"Q," X said, according to the Las Vegas Sun.'
        m = OUTER_ACCORDING_RE.match(masked, found.cue_end, sent_end)
        if m:
            np = np_after(masked, m.end(), sent_end)
            if np:
                found = Found(np, "according to", m.end(), "outer-according", True)
    return found, venue_after(text, masked, found.cue_end, found.cue or "", sent_end)

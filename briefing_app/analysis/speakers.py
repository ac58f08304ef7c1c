"""Quote -> speaker mention sieves, highest precision first (Muzny et al.; GGT; Citron).

1. adjacent cue after the quote ("Q," S said / "Q," said S) when the quote ends with , ? ! —
2. adjacent cue before the quote (S said: "Q" / S said, "Q" / according to S, "Q")
3. a cue later in the same sentence ("Q" if ..., an official said)
4. a colon after a clause ("In an interview, Trump went further: Q") -> the clause subject
5. the nearest cue earlier in the sentence
Sieves 2, 4 and 5 (what comes before the quote) are in speaker_before.py, a clause's subject in
subjects.py. Then (in attribute()): split-quote continuation, multi-paragraph chains, floating quotes.
"""
from __future__ import annotations

import re

from briefing_app.analysis.cues import ANY_CUE_RE, CUE_ALT, PAST_CUE_ALT, REPLY_FROM_RE, WEAK_ALT, WEAK_FORMS, cue_is_noun, inflect
from briefing_app.analysis.mentions import Found, np_after, subject_before
from briefing_app.analysis.next_match import NextMatch
from briefing_app.analysis.quotes import QuoteSpan
from briefing_app.analysis.segment import last_words_start
from briefing_app.analysis.speaker_before import COMMA_BEFORE_RE, cue_before
from briefing_app.analysis.speaker_checks import junk
from briefing_app.analysis.venues import venue_after

# what a speaker mention cannot start with: a preposition, a conjunction or an auxiliary (after a bracket or a dash too)
NOT_A_SPEAKER_RE = re.compile(r"[(—–-]?(?:in|on|at|for|by|with|without|from|to|of|and|or|but|if|than|came|did|does|do|"
                              r"could|should|would|will|has|have|had|was|were|is|are|be|been|being)\b")
LEAD_RE = re.compile(r"[\s,—–-]*")
APPOSITIVE_RE = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},\s[^,;:•“”\"]{1,200}?,(?=\s)")
# '“Q,” but he denied that ...': a conjunction after the quotation opens a clause of its own, not the quote's tag
# ('“Q” until Clinton herself spoke up': a clause of time or cause after it is another event)
CLAUSE_AFTER_RE = re.compile(r"(?:and|but|while|although|though|whereas|until|before|after|because|since)\s")
# '“Q” if he continues ...': a condition after the quotation is part of what was said, no tag; a tag may follow its
# comma ('Russia will respond “Q” if Seoul sends arms, a Kremlin official said')
CONDITION_AFTER_RE = re.compile(r"(?:if|unless)\s")
# '“Q,” said the council must act': a verb after the noun phrase makes it the subject of the said clause
VERB_AFTER_RE = re.compile(r"[ \t]+(?:is|are|was|were|has|have|had|will|would|must|can|could|should|may|might|"
                           r"does|did|won’t|won't|isn’t|isn't|wasn’t|wasn't)\b")
AS_CLAUSE_RE = re.compile(r"as\s+(?![^;:!?“”\"]{0,80}?\b(?:put\s+it|said|says|noted|notes|wrote|writes|told|tells|"
                          r"explained|explains|added|adds)\b)")
# between a speaker and the verb of a tag ('“Q,” the source later said', '... has said')
TAG_ADVERB_WORDS = frozenset("later also then once again earlier since still even never just has had have would will".split())
RELATIVE_RE = re.compile(r",\s+(?:who|which|whose)\s[^,;“”\"]{0,160}?,")
_NEXT_RELATIVE = NextMatch(RELATIVE_RE)  # (the tags of a long sentence's quotes read it once)


TOKEN_RE = re.compile(r"\S+")
# a lower-case word, a comma, then "and" or "but" and a subject: a new clause (not "Smith, Jones, and Brown said", nor
# "..., refugees, and migration, said")
LOWER_COMMA_RE = re.compile(r"(?<![\w’'.-])[a-z][\w’'-]*,\s+$")
SUBJECT_NEXT_RE = re.compile(r"\s+(?:[A-Z]|(?:he|she|they|we)\b)")
TELL_FORMS = frozenset(("told", "tells", "tell"))


NO_SUBJECT_NP_RE = re.compile(r"(?:that|to|in|on|at|it|this|the\s+\w+\s+(?:is|was))\b")


# '“Q,” the mayor was quoted as saying': an auxiliary before the verb is no part of the subject; other verbs in the
# passive tell what was done to the subject ('“So, who?” Her suggestions are redacted.', '“Q?” Berg was asked.')
AUX_TAIL_RE = re.compile(r"\s+(?:is|was|were|are|has|have|had|been|be)$")
PASSIVE_SPEAKS = frozenset("quoted heard overheard recorded".split())
PASSIVE_GAP_RE = re.compile(r"\s(?:was|were|is|are|been|being|be)\s+(?:[a-z]+ly\s+)?$")


# a plural with no article after "from" ('“Q,” came the angry response from union leaders'): the whole noun phrase
BARE_PLURAL_RE = re.compile(r"(?!(?:the|a|an|his|her|their|its|our)\b)(?:[a-z][\w’'-]*[ \t]+){0,2}[a-z][\w’'-]*s(?=[\s,.;:!?)]|$)")


def _reply_from(masked: str, p: int, limit: int) -> Found | None:
    m = REPLY_FROM_RE.match(masked, p, limit)
    bare = BARE_PLURAL_RE.match(masked, m.end(), limit) if m else None
    np = bare.span() if bare else np_after(masked, m.end(), limit) if m else None
    return Found(np, m.group("cue") or m.group("noun"), m.end(), "after-inverted", True) if m and np else None


def _after(masked: str, close_at: int, limit: int, near: bool = False) -> Found | None:
    """The cue after the quote and its subject ('"Q," X said', '"Q," said X'); near: only a cue
    within three words of the quote."""
    lead = LEAD_RE.match(masked, close_at, limit)
    p = lead.end() if lead else close_at
    if p >= limit or CLAUSE_AFTER_RE.match(masked, p, limit):
        return None
    if masked[p] in "SsTtcwA" and (reply := _reply_from(masked, p, limit)):
        return reply
    if AS_CLAUSE_RE.match(masked, p, limit) or CONDITION_AFTER_RE.match(masked, p, limit):
        # 'chanted “Q!” as Smith spoke': a clause of time is no tag; a tag may follow it ('“Q” as donors waited to
        # see ..., he said'); '“Q,” as Mrs. Clinton, then the secretary of state, put it' is one
        comma = masked.find(", ", p, limit)
        if comma == -1:
            return None
        p = comma + 2
    m = ANY_CUE_RE.match(masked, p, limit)
    if m and m.group("cue")[:1].isupper() and masked[close_at - 2:close_at].lstrip(" ”\"'’")[:1] not in ".!?":
        m = None  # '"Q," Read acknowledged': a name after the quotation's comma ("Said Smith" opens a sentence only)
    if m and not m.group("cue").lower().endswith("ing") and m.group("cue").lower() not in TELL_FORMS:
        # inverted: "Q," said S / "Q," according to S (not '“Q,” told the crowd': the one told is no speaker)
        np = np_after(masked, m.end(), limit)
        if np and not NO_SUBJECT_NP_RE.match(masked[np[0]:np[1]]) \
                and not VERB_AFTER_RE.match(masked, np[1]):
            return Found(np, m.group("cue"), m.end(), "after-inverted", True)
    n_tokens = 0
    rel = _NEXT_RELATIVE.search(masked, p, limit) or APPOSITIVE_RE.match(masked, p, limit)
    for t in TOKEN_RE.finditer(masked, p, limit):  # (offsets in masked: no copy of the rest of a long sentence)
        if rel and rel.start() < t.start() < rel.end():
            continue  # "“Q,” Douglas Holtz-Eakin, an economic adviser to ..., wrote": the appositive is not counted
        w = t.group()
        if w in ("and", "but") and LOWER_COMMA_RE.search(masked, p, t.start()) and SUBJECT_NEXT_RE.match(masked, t.end(), limit):
            return None  # '“glow in the dark,” for instance, and Trump vowed to ...': a clause of its own
        if not (near and (w in TAG_ADVERB_WORDS or w.endswith("ly") and w.islower())):
            n_tokens += 1  # (an adverb or an auxiliary before a near verb is not counted: '“Q,” the source later said')
        if n_tokens > (3 if near else 14):
            return None
        m = ANY_CUE_RE.match(masked, t.start(), limit)  # (one match: after three words, a weak verb only as below)
        if m and n_tokens > 3 and m.group("cue").lower() in WEAK_FORMS:
            m = None if near else _weak_tag(masked, p, m, limit) or _weak_inverted(masked, p, m)
        if not m or (m.group().lower() == "according to") or cue_is_noun(masked, m, p):
            continue
        if n_tokens >= 2 and COMMA_BEFORE_RE.search(masked, p, m.start()) and m.group("cue").lower() in INVERTIBLE:
            # '"Q" that X can win, said Steve Elmendorf, ...': the inverted subject, not the clause before; a short run
            # of trailing words or a description only after a quotation that ends no sentence ('“Q” for now, said the
            # mayor's spokeswoman'; not '“Q.” The group's leader, Cllr Lee, said his members abstained')
            np = np_after(masked, m.end(), limit)
            open_end = n_tokens >= 4 or not STOP_BEFORE_RE.search(masked, max(0, close_at - 3), close_at)
            if np and open_end and (masked[np[0]].isupper() and not re.match(r"(?:that|to|in|on|at|it|this)\b", masked[np[0]:np[1]])
                                    or not STOP_BEFORE_RE.search(masked, max(0, close_at - 3), close_at)
                                    and DESCRIBED_AFTER_RE.match(masked, np[0], np[1]) and not VERB_AFTER_RE.match(masked, np[1])):
                return Found(np, m.group("cue"), m.end(), "after-inverted", True)
        s = subject_before(masked, m.start(), p)
        if s and PASSIVE_GAP_RE.search(masked, s[1], m.start()) and m.group("cue").lower() not in PASSIVE_SPEAKS:
            continue  # '“Are you ready?” Berg was asked': the one asked or told is no speaker
        if s:
            return Found(s, m.group("cue"), m.end(), "after")
    return None


# what may follow the verb of a tag that is only a subject and its verb: a setting, then the sentence's end
TAG_TAIL_RE = re.compile(r"(?:[ \t\u00a0]+(?:(?:on|in|at|during|by|via|with|from|to|before|after|outside|aboard|of|"
                         r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
                         r"[a-z]+ly\b|matter-of-factly\b)[^.;:!?“”\"•]{0,80}?)?[ \t\u00a0]*(?:[.;!?]|,(?=[ \t\u00a0]*[“\"•])|$)")


DESCRIPTION_COMMA_RE = re.compile(r"(?:the|a|an|his|her|their|its)[ \t\u00a0][^,;:.!?“”\"•]{1,80},[ \t\u00a0]+")


def _weak_tag(masked: str, p: int, m: re.Match[str], limit: int) -> re.Match[str] | None:
    """'“Q,” the White House press secretary, Josh Earnest, countered on Tuesday.': a verb used as a cue only beside a
    quotation ("countered", "continued", "responded") still is one after a long subject, when the words between the
    quotation and it are all that subject and nothing but a setting follows it."""
    if m.group("cue").lower().endswith("ing") or not TAG_TAIL_RE.match(masked, m.end(), limit):
        return None
    subj = subject_before(masked, m.start(), p)
    # the subject opens the tag, or a description does, then the subject as its appositive ("the White House press
    # secretary, Josh Earnest,"), or the quoted sentence goes on outside the marks up to a comma before the subject
    # ('“Q” at the Democratic convention, he continued.')
    return m if subj is not None and (subj[0] == p or DESCRIPTION_COMMA_RE.fullmatch(masked, p, subj[0])
                                      or COMMA_BEFORE_RE.search(masked, p, subj[0])) else None


def _weak_inverted(masked: str, p: int, m: re.Match[str]) -> re.Match[str] | None:
    """'"Q" that Sanders can catch Clinton, continued David Wasserman, ...': an invertible verb used as a cue only
    beside a quotation, after a comma, before its subject (the inverted tag's own test reads the name after it)."""
    return m if m.group("cue").lower() in INVERTIBLE and COMMA_BEFORE_RE.search(masked, p, m.start()) else None


# after "Q!" or "Q?", a capitalised pronoun or determiner opens a sentence of its own (not "“Q!” Trump said")
NEW_SENTENCE_RE = re.compile(r"[ \t]+(?:He|She|They|We|It|Her|His|Their|Its|The|A|An|This|That|These|Those)\b")
# past forms of the cue lexicon: "Sam Lau ... acknowledged in a statement. “Q”", "Murphy tweeted. “Q”"
TAG_END_RE = re.compile(r"\b(?<!was )(?<!were )(?<!been )(?<!is )(?<!are )"  # not a passive ("It was reported.")
                        r"(?P<verb>said|says|wrote|writes|told|" + PAST_CUE_ALT + r"|"
                        # "Ebeling said, and her husband cut in. “Q”"
                        r"(?:cut|chimed|weighed|jumped|butted)\s+in|piped\s+up|spoke\s+up)(?:\s+(?!in\b|on\b)\S+)?(?:\s+(?:in|on)\s+(?:a|an|the)?\s*[\w-]+(?:\s+[\w-]+)?)?\s*\.\s*$")
# a short sentence that is only an attribution: "“Q.” Trump said." / "“Q.” said Trump."
TAG_SENTENCE_RE = re.compile(r"\s*(?i:(?:[\w’'.-]+\s+){0,5}?(?:[\w’'.-]+,\s+[^,;:“”\"•\n]{2,80}?,\s+)?(?:" + CUE_ALT
                             + r")(?:\s+[\w’'.-]+){0,5}\s*[.!]?\s*$)"  # (with an appositive: "Trump, a longtime adviser, said.")
                             # a verb used as a cue only beside a quotation, after a name or a pronoun alone: "Trump continued."
                             r"|\s*(?:(?i:he|she|they)|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+(?i:" + WEAK_ALT + r")\s*[.!]?\s*$")
TAG_WORDS = 7  # TAG_END_RE's verb is in one of the sentence's last seven words (verb, object, "in", "a", two words, ".")
# verbs that may come before their subject after a comma ('"Q" about X, remarked Ann Lee, ...')
# ('“We need a real break” from the heat, said the union's head.': a description too, not only a name)
STOP_BEFORE_RE = re.compile(r"[.!?][”\"'’]{1,2}$")  # a quotation that ends its sentence, at its closing mark
DESCRIBED_AFTER_RE = re.compile(r"(?:the|a|an|one|another|his|her|their|its)[ \t\u00a0]+[\w’'-]")
INVERTIBLE = frozenset("said says added adds wrote writes noted notes continued continues remarked remarks replied replies "
                       "countered counters responded responds quipped quips explained explains observed observes recalled "
                       "recalls asked asks".split())
OUTER_ACCORDING_RE = re.compile(r"[^.;!?“”\"•]{0,60}?,\s*according\s+to\s+")


def tag_before(masked: str, prev: tuple[int, int], open_at: int) -> Found | None:
    """'Sam Lau, the party's spokesman, said in a statement. “Q”': a sentence that is only an
    attribution, right before a quote that opens a sentence."""
    ps, pe = prev
    tag = TAG_END_RE.search(masked, last_words_start(masked, ps, pe, TAG_WORDS), pe)
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
        aux = AUX_TAIL_RE.search(masked, m.start("np"), m.end("np"))
        if aux and masked[aux.end() - 3:aux.end()] not in ("has", "ave", "had") and m.group("verb") not in PASSIVE_SPEAKS:
            return None
        return Found((m.start("np"), aux.start() if aux else m.end("np")), m.group("verb"), m.end("verb"), "after-any-verb")
    return Found((m.start("np2"), m.end("np2")), m.group("verb2"), m.end("verb2"), "after-any-verb", True)


# verbs of the lexicon that name what someone did to a target ("praise his refusal", "accuses Trump of ..."): with an object
# after them they tell of that, not of the quotation before
TARGET_FORMS = frozenset(f for lemma in ("praise applaud hail criticize criticise condemn blast slam accuse charge attack "
                                         "dismiss reject rebut refute dispute challenge defend").split() for f in inflect(lemma))
# a tag that opens a quotation of its own: 'Mills then writes back, “You look cute.”'
OWN_QUOTE_RE = re.compile(r"(?:[ \t]+(?:back|up|in|out|again))?[ \t]*[,:][ \t]*[“\"]")


def _tags_the_quote_before(masked: str, found: Found, limit: int) -> bool:
    """Whether a cue in the sentence after a quotation that ends its own sentence ('“Q?” Trump asked reporters.') is
    that quotation's tag: not when a quotation of its own follows it ('“Why now?” Mills then writes back, “Q2”': the
    reply is Mills's, the question is not), nor a verb of a target with an object after it ('“Mr. Gorbachev, tear down
    this wall!” Conservatives still praise his refusal ...', '“Q!” A campaign ad released Thursday accuses Trump of ...')."""
    if OWN_QUOTE_RE.match(masked, found.cue_end):
        return False
    return (found.cue or "").lower() not in TARGET_FORMS or TAG_TAIL_RE.match(masked, found.cue_end, limit) is not None


def _cut_run(mention: str) -> bool:
    """A run of words that names no one ("stinginess with"); one word ("Will", "Some") is left to later checks."""
    return " " in mention.strip() and junk(mention)


ASK_END_RE = re.compile(r"[?!—–-]$")
# 'When someone in the audience shouted, “Q,” Beck joked': a clause of time opened by its own subject and cue, right
# before the quotation, says whose words they are; the main clause after it tells what came next (not "When asked, ...",
# and a verb of asking only before a question)
# (a verb that takes the words themselves: "When he spoke, “Q,” Beck said" is Beck's)
SUBORDINATE_CUE_RE = re.compile(r"(?<![\w’'-])(?:[Ww]hen|[Aa]s|[Ww]hile|[Aa]fter|[Bb]efore)\s+(?!asked\b|told\b|pressed\b)"
                                r"(?:[^\s,;:!?“”\"•]+\s+){1,8}?(?P<cue>(?:said|says|told|tells|shouted|shouts|yelled|yells|"
                                r"screamed|screams|chanted|chant|chants|cried|cries|wrote|writes|tweeted|tweets|declared|"
                                r"declares|exclaimed|quipped|joked|replied|replies|answered|asked|asks|put\s+it|puts\s+it))"
                                r"(?:\s+(?:him|her|them|us|me))?\s*,\s*$")
OPEN_END_RE = re.compile(r"[,?!—–-]$")


def _subordinate_cue(masked: str, floor: int, open_at: int, body: str) -> bool:
    """Whether the quotation follows a clause of time with its subject and cue ('When Hart told him, “Q,” ...')."""
    start = max(floor, open_at - 120)
    if not masked[start:open_at].rstrip().endswith(","):
        return False
    m = SUBORDINATE_CUE_RE.search(masked, start, open_at)
    return m is not None and (body.rstrip("”\"' ").endswith("?") or not m.group("cue").startswith("ask"))


def find_speaker(text: str, masked: str, q: QuoteSpan, sent_start: int, sent_end: int, prev_close: int,
                 next_end: int) -> tuple[Found | None, str | None]:
    """The speaker mention, cue and venue of one quote, from its own sentence (or, after
    "Q!" / "Q?" that a splitter takes for a sentence end, the next one)."""
    floor = max(sent_start, prev_close)
    body = text[q.start:q.end]
    after_limit = sent_end
    next_from = -1  # where the next sentence starts, when the quotation ends its own and the search reads on
    if ASK_END_RE.search(body) and sent_end <= q.close_at + 1:
        next_from = sent_end
        after_limit = sent_end = next_end
    elif body.endswith(".") and sent_end <= q.close_at + 1 and (TAG_SENTENCE_RE.match(masked, sent_end, next_end)
                                                                  or REPLY_FROM_RE.match(masked, sent_end, next_end)):
        after_limit = sent_end = next_end
    nxt = masked.find("“", q.close_at, sent_end)
    if nxt != -1:
        close = masked.find("”", nxt, sent_end)
        if close == -1 or len(masked[nxt:close].split()) > 4:  # a short quotation inside an appositive is no limit
            after_limit = nxt
    ends_open = bool(OPEN_END_RE.search(body))
    # '"Q," he said' first when the quote ends open; but 'X said: "Q," but in fact ...' is X's: a cue
    # right before the quote beats one that is not right after it
    order = ("after-near", "before-adj", "after", "before") if ends_open else ("before-adj", "after", "before")
    if body[-1:] in "?!" and NEW_SENTENCE_RE.match(masked, q.close_at, after_limit) or ends_open and _subordinate_cue(masked, floor, q.open_at, body):
        order = ("before-adj", "after-near", "after", "before")  # '... telling her, “Q!” She replied to him that ...'

    found = None
    for sieve in order:
        if sieve.startswith("after"):
            found = _after(masked, q.close_at, after_limit, near=sieve == "after-near")
            if found and 0 <= next_from < found.mention[0] and not _tags_the_quote_before(masked, found, after_limit):
                found = None
        else:
            found = cue_before(masked, floor, q.open_at, sieve == "before-adj")
        if found and (NOT_A_SPEAKER_RE.match(masked, found.mention[0], found.mention[1])
                      or _cut_run(text[found.mention[0]:found.mention[1]])):
            # "came", "leaked", "in", "(with": no noun phrase; '“Q,” and that Freddy had struggled with his
            # criticism and stinginess with praise': a run of words cut at "with" names no one; try the next sieve
            found = None
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

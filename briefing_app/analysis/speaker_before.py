"""Speaker sieves that read what comes before a quote: an adjacent cue ("S said: “Q”", "S said,
“Q”", "according to S, “Q”"), a colon after a clause ("In an interview, Trump went further: “Q”"),
the nearest cue earlier in the sentence, "X issued a statement, “Q”"; a participle ("..., arguing,
“Q”") takes the main clause's subject. `cue_before` is the entry; speakers.py tries it in turn
with the sieves after the quote."""
from __future__ import annotations

import re

from briefing_app.analysis.cues import (SPEECH_LEMMAS, ANY_CUE_RE, COMPOUND_HEAD_RE, CUE_ALT, CUE_RE, NEVER_NOUNS, NOUN_BEFORE_RE, PAST_CUE_ALT, WEAK_ALT, WORD_START,
                                        cue_is_noun, det_adj_noun)
from briefing_app.analysis.mentions import BOUNDARY, PRONOUNS, Found, np_after, subject_before
from briefing_app.analysis.subjects import clause_subject, coordinated_subject, subordinate_subject, verb_subject
from briefing_app.analysis.time_after import SETTING_AFTER, past_setting

# "said: “Q”", "said in a statement, “Q”", "said that “Q”", "said in a statement that “Q”"
ADJ_STRONG_RE = re.compile(WORD_START + r"(?P<cue>" + CUE_ALT + r")(?:(?:\s+[^\s,:;.!?“”\"•]+){0,6}?(?:\s*[,:]|\s+that)|)\s*$",
                           re.I)
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
            found = None
            while (m := pattern.search(window, pos)) is not None:
                start = m.start("cue")
                if not (window[start].isupper() and start > 0 and not re.search(r"[.!?:;“\"]\s*$", window[:start])) \
                        and not (SUBORDINATE_BEFORE_RE.search(window, 0, start) and not m.group("cue").lower().startswith(("told", "tell"))
                                 and re.search(r"\w", window[past_setting(window, m.end("cue"), m.end()):m.end()])):
                    found = m
                    # "Cruz said as the heckler yelled: “Q”": a later cue of a clause of its own is the quote's
                    if not LATER_CLAUSE_RE.match(window, m.end("cue")):
                        return _nested(window, pattern, m)
                pos = m.end("cue")
            if found is not None:
                return found
        return None


# "Ryan said Obama had told him, “Q”", "Ryan recalled that Obama once told him, “Q”": a name (and an auxiliary or
# an adverb) between the cue and a later cue makes the later one the quotation's
NESTED_SUBJECT_RE = re.compile(r"\s+(?:that\s+)?(?:(?:[A-Z][\w’'.-]*|(?:[A-Z]\.)+)\s+){1,4}"
                               r"(?:(?:had|has|have|once|later|also|then|previously|privately|personally)\s+){0,2}$")

NESTED_LEAD_RE = re.compile(r"\s+(?:that\s+)?[A-Z]")


def _nested(window: str, pattern: re.Pattern[str], m: re.Match[str]) -> re.Match[str]:
    """The cue of a clause reported inside the cue m's clause, right before the quotation, or m."""
    if not NESTED_LEAD_RE.match(window, m.end("cue")):  # a cheap test first: a capital after the cue (and "that")
        return m
    inner = pattern.search(window, m.end("cue"))
    if inner is not None and NESTED_SUBJECT_RE.fullmatch(window, m.end("cue"), inner.start("cue")):
        return inner
    return m


# after a cue, "as/while/when NP" and a cue of the NP: the later speaker ("said as the heckler yelled:")
LATER_CLAUSE_RE = re.compile(r"\s+(?:as|while|when|and|but|before|after)\s+(?:(?:the|a|an|his|her|their|some|one)\s+)?"
                             r"(?:[\w’'-]+\s+){0,3}?" + WORD_START + r"(?:" + CUE_ALT + r")\b", re.I)
ADJ_BEFORE_RE = _AdjBefore()
COMMA_BEFORE_RE = re.compile(r",\s*$")
SAID_COMMA_RE = re.compile(r"\b(?P<verb>said|says|told\s+\S+|wrote|writes|" + PAST_CUE_ALT + r")" + SETTING_AFTER
                           + r"\s*,\s*$")  # "..., Nefzi noted Monday, adding, “Q”"
ONE_NAME_COLON_RE = re.compile(r"(?:^|(?<=[\s(]))(?P<np>[A-Z][a-z][\w’'-]+)\s*$")
LABELS = frozenset("""update updated note warning question answer quote headline editor related watch video source
    sources correction read see photo photos caption transcript background summary bottom line verdict""".split())
# "Trump issued a statement, “Q”", "Cruz had a question for the crowd, “Q”", "sent a warning to Iran, “Q”"
STATEMENT_RE = re.compile(r"\b(?P<verb>issued|released|put\s+out|posted|sent|tweeted|read|had|offered|delivered)\s+"
                          r"(?:a|an|the|this|one|some)\s+(?:[\w-]+\s+){0,2}?(?:statement|message|tweet|post|letter|note|"
                          r"warning|question|answer|reply|response|advice|words?)(?:\s+(?:for|to)(?:\s+[\w’'.-]+){1,4}?)?"
                          r"(?:\s+\w+day)?\s*[,:]\s*$")
COORD_BEFORE_RE = re.compile(r"[\w’'”)],?\s+(?:and|but)\s+(?:then\s+|later\s+|also\s+)?$")
PARTICIPLE_LEAD_RE = re.compile(
    r"(?:,|\bby|\bbefore|\bafter|\bwhile|\bwhen"
    # "X issued a statement Tuesday saying", "sent out a text message to supporters saying"
    r"|\b(?:statement|letter|message|post|tweet|email|release|note|video|ad|memo)"
    r"(?:\s+(?:on|to|from)\s+[^,“”\"•]{1,30}?)?(?:\s+(?:on\s+)?\w+day)?)\s*$")
DASH_NAME_RE = re.compile(r"\s[-—–]+\s*(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})\s*$")
OPENING_MARKS = " \t\n“”\"'‘’•([—–-"
# a word that makes the name after it an object: a preposition of address or aim, a past verb ("attacked")
# (not one who takes the floor: "turned the microphone over to Trump: “Q”", nor one whose words are relayed: "The
# Times quoted Trump: “Q”", "cited", "paraphrased", "interviewed", "An interview with Trump:")
OBJECT_LEAD_RE = re.compile(r"(?<![A-Z])\b(?:for|(?<!\bover\s)(?<!\bfloor\s)(?<!\bmicrophone\s)to|at|about|toward|towards|"
                            r"against|after|(?<!\binterview\s)(?<!\bconversation\s)(?<!\bchat\s)with|"
                            r"(?!(?:quoted|cited|paraphrased|invoked|interviewed|echoed|channell?ed)\s)[a-z]{3,}ed)\s+$")
NAME_BEFORE_COLON_RE = re.compile(r"(?<=\s)(?P<np>(?:[A-Z][\w’'.-]*|(?:[A-Z]\.)+)(?:\s+(?:[A-Z][\w’'.-]*|(?:[A-Z]\.)+)){1,3})\s*$")


_CAPS = (r"(?!(?:From|In|And|But|Then|Here|As|At|On|With|For|Read|See|More)\b)(?:[A-Z][\w’'.-]*|(?:[A-Z]\.)+)"
         r"(?:[ \t]+(?:[A-Z][\w’'.-]*|(?:[A-Z]\.)+)){0,4}")
# the owner of a statement, a tweet, an answer before a colon ("From Cruz’s statement on Tuesday:", "Rubio’s answer:")
SPEECH_OWNER_RE = re.compile(r"(?:^|(?<=[\s(]))(?P<np>" + _CAPS + r")(?:’s|'s|’|')[ \t]+(?:[\w-]+[ \t]+){0,2}?"
                             r"(?:statement|response|reply|answer|tweet|post|message|letter|email|remarks|comments|speech|"
                             r"retort|verdict|assessment|advice|warning|explanation)\b[^:;.!?“”\"•]{0,40}$")
# a name, "on" and a topic, then the colon: "Sen. Bernie Sanders on Wall Street:", "Hillary Clinton on the economy:"
NAME_ON_TOPIC_RE = re.compile(r"[ \t]*(?:(?:And|But|Then|Here’s|Here's|Here[ \t]+is)[ \t]+)?(?P<np>" + _CAPS
                              + r")[ \t]+on[ \t]+[^:;.!?“”\"•,]{1,60}$")


def _colon(masked: str, floor: int, colon_at: int) -> Found | None:
    """'X went further: “Q”', 'Headline - Jane Roe: “Q”', 'Asked about it, X responded: “Q”'."""
    cues = [c for c in ANY_CUE_RE.finditer(masked, floor, colon_at) if not cue_is_noun(masked, c, floor)]
    if cues:
        c = cues[-1]
        if c.group()[:1].isupper() and not masked[floor:c.start()].strip(OPENING_MARKS):
            after = np_after(masked, c.end(), colon_at)  # "Said Dorothy Poynter, a teacher: “Q”": an inverted tag
            if after:
                return Found(after, c.group("cue"), c.end(), "colon-cue")
        found = _participle(masked, floor, c, 0)
        s = found.mention if found else subject_before(masked, c.start(), floor)
        if s:
            return Found(s, c.group("cue"), c.end(), "colon-cue")
    owner = SPEECH_OWNER_RE.search(masked, floor, colon_at)
    if owner:  # "From Senator Ted Cruz’s statement on Tuesday: “Q”": the statement's owner
        return Found((owner.start("np"), owner.end("np")), ":", colon_at + 1, "colon-owner")
    topic = NAME_ON_TOPIC_RE.match(masked, floor, colon_at)
    if topic:  # "Sen. Bernie Sanders on Wall Street: “Q”": the name, not the topic after "on"
        return Found((topic.start("np"), topic.end("np")), ":", colon_at + 1, "colon-name")
    m = NAME_BEFORE_COLON_RE.search(masked, floor, colon_at)
    if m and not re.search(r"\b(?:is|are|was|were|has|have|had|will|would)\s*$", masked[floor:m.start()]) \
            and re.search(r"[a-z]", masked[floor:m.start()]):
        # "Cruz had a message for Trump: “Q”", "Cruz attacked Trump: “Q”": the name is the object, the subject speaks
        subj = clause_subject(masked, floor, m.start()) if OBJECT_LEAD_RE.search(masked, floor, m.start()) else None
        return Found(subj or (m.start("np"), m.end("np")), ":", colon_at + 1, "colon-name")
    one = ONE_NAME_COLON_RE.search(masked, floor, colon_at)
    if one and one.group("np").lower() not in LABELS and (one.start() == floor or re.search(
            r"(?:\bfrom|[.!?”\"•])\s*$", masked[floor:one.start()])):
        return Found((one.start("np"), one.end("np")), ":", colon_at + 1, "colon-name")  # 'Clinton: “Q”'
    subj = clause_subject(masked, floor, colon_at)
    return Found(subj, ":", colon_at + 1, "colon") if subj else None


# "..., with Boswell stating: “Q”": an absolute construction names the participle's own subject
# ("with one of her ads asking, “Q”": a part of a group too)
# "The Times quoted Obama as saying", "was quoted by X as saying" is not this: a name between quoted/cited and "as"
QUOTED_AS_RE = re.compile(r"\b(?:quoted|quotes|quoting|cited|cites|citing)[ \t]+(?P<np>(?:(?:[A-Z][\w’'.-]*|(?:[A-Z]\.)+)[ \t]+){0,3}"
                          r"[A-Z][\w’'.-]*)[ \t]+as[ \t]+$")
WITH_NAME_RE = re.compile(r"\bwith[ \t]+(?P<np>(?:[A-Z][\w’'.-]*[ \t]+){0,3}[A-Z][\w’'.-]*|(?:one|some|many|several|each|"
                          r"two|three)[ \t]+of[ \t]+(?:his|her|their|its|the)[ \t]+(?:[\w-]+[ \t]+)?[\w-]+)[ \t]+$")


def _participle(masked: str, floor: int, cue: re.Match[str], base: int) -> Found | None:
    """'X emailed reporters, arguing, “...”' -> X, the subject of the main clause."""
    word = cue.group("cue")
    absolute = WITH_NAME_RE.search(masked, floor, base + cue.start("cue")) if word.lower().endswith("ing") else None
    if absolute:  # "It quoted critics, with Boswell stating, “Q”": the name the participle goes with
        return Found((absolute.start("np"), absolute.end("np")), word, base + cue.end("cue"), "participle-with")
    relayed = QUOTED_AS_RE.search(masked, max(floor, base + cue.start("cue") - 80), base + cue.start("cue")) \
        if word.lower() == "saying" else None
    if relayed:  # "Ryan quoted Obama as saying, “Q”": the one quoted speaks
        return Found((relayed.start("np"), relayed.end("np")), word, base + cue.end("cue"), "participle-quoted-as")
    if not word.lower().endswith("ing") or not PARTICIPLE_LEAD_RE.search(masked, floor, base + cue.start("cue")):
        return None
    said = SAID_COMMA_RE.search(masked, floor, base + cue.start("cue"))
    if said:  # "Mateen left early, Nefzi said, adding, “Q”": the subject of the verb before
        subj = subject_before(masked, said.start("verb"), floor)
        if subj:
            return Found(subj, word, base + cue.end("cue"), "participle")
    subj = subordinate_subject(masked, floor, base + cue.start("cue"))
    if subj:  # "..., when Sanders protesters interrupted her speech, shouting, “Q”"
        # "Christie ... acknowledged some plagiarism even as he defended Melania Trump, saying": "he" is Christie
        main = clause_subject(masked, floor, subj[0]) if masked[subj[0]:subj[1]].lower() in PRONOUNS else None
        return Found(subj, word, base + cue.end("cue"), "participle-subordinate", antecedent=main)
    subj = clause_subject(masked, floor, base + cue.start("cue"))
    return Found(subj, word, base + cue.end("cue"), "participle") if subj else None


# "Clinton said in the spring, when the server email story broke, “Q”": a cue inside such a clause is not the quote's
SUBORDINATE_BEFORE_RE = re.compile(r",\s+(?:when|as|while|after|before|because|since|if|although|though|where)\b[^,]*$")
CUE_THEN_COMMA_RE = re.compile(r"\s*[,:]")  # ", as Mr. Sykes said, “Q”" is an attribution all the same
# "... holding signs and chanting “Q”": a coordinated participle shares the main clause's subject
AND_PARTICIPLE_RE = re.compile(r"\s(?:and|or)\s+$")


# "Mr. Trump was prompted to say, “Q”", "Sanders went on to say, “Q”": the subject of the verb governing "to"
TO_CHAIN_RE = re.compile(r"(?:\b(?:was|were|is|are|has\s+been|had\s+been)\s+)?\b(?:[a-z]+ed|wants?|tried|went\s+on|"
                         r"continues?|began|begins?|needs?|had|has|have|seemed|appeared|chose|got)\s+to\s+$")
# "As Akhil Amar, author of ''America's Unwritten Constitution,'' put it, ''Q''": an appositive that ends in a
# quoted title (its comma inside the closing mark) between the name and the cue
_NAME_WORD = r"(?!(?:As|But|And|So|Yet|Then|When|While|If|Though|Although|Because|In|On|At)\b)[A-Z][\w’'.-]*"
QUOTED_APPOSITIVE_RE = re.compile(r"(?:^|(?<=[\s(]))(?P<np>(?:" + _NAME_WORD + r"[ \t]+){0,3}" + _NAME_WORD + r"),[ \t]+"
                                  r"(?:(?!(?:said|says|told|tells)\b)[^,;:!?•])+(?:''|[“\"])•[•\s]*,(?:''|[”\"])[ \t]*$")
QUOTED_TITLE_ENDS = (",”", ',"', ",''")


def quoted_appositive(masked: str, floor: int, end: int) -> tuple[int, int] | None:
    """The name of QUOTED_APPOSITIVE_RE's appositive ending at end (searched back to floor), or None. The text must
    end in a comma inside a closing mark first (a string test): the regex's search over 200 characters costs ~0.3% of
    an English analysis where it fails."""
    if not masked[floor:end].rstrip().endswith(QUOTED_TITLE_ENDS):
        return None
    appos = QUOTED_APPOSITIVE_RE.search(masked, floor, end)
    return (appos.start("np"), appos.end("np")) if appos else None


ANOTHER_BEFORE_RE = re.compile(r"(?:^|[.!?;]\s+|\band\s+)(?:(?:Yet|yet|But|And|Still)\s+)?(?:Another|another|One|one)\s+$")  # a pronoun, not "another tweet"
# "in Forbes’ words", "in Bolton’s view", "in the words of Ronald Reagan", then a comma and the quotation
IN_WORDS_RE = re.compile(r"\b[Ii]n\s+(?:(?P<np>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)(?:’s|'s|’|')\s+(?:own\s+)?"
                         r"(?:words|view|phrase|telling|estimation|account)|the\s+words\s+of\s+"
                         r"(?P<np2>(?:[A-Za-z][\w.-]*\s+){0,4}[A-Za-z][\w.-]*))\s*[,:]\s*$")
PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$")
PASSIVE_BY_RE = re.compile(r"\s+by\s+(?P<np>(?:(?:the|a|an|host|moderator|anchor|reporter)\s+)*[A-Z][\w’'.-]*"
                           r"(?:\s+[A-Z][\w’'.-]*){0,3})")


def _passive_by(masked: str, floor: int, cue_start: int, cue_end: int, limit: int) -> tuple[int, int] | None:
    """'Sanders was asked by host Bill Maher, who ..., “Q”': the agent of a passive cue speaks."""
    if not PASSIVE_BEFORE_RE.search(masked, max(floor, cue_start - 20), cue_start):
        return None
    by = PASSIVE_BY_RE.match(masked, cue_end, limit)
    return (by.start("np"), by.end("np")) if by else None


def _governing_subject(masked: str, floor: int, cue_start: int) -> tuple[int, int] | None:
    """The subject when verb_subject finds none: of the verb before "to" ("was prompted to say"), or the name
    before an appositive that ends in a quoted title."""
    chain = TO_CHAIN_RE.search(masked, max(floor, cue_start - 40), cue_start)
    if chain:
        return subject_before(masked, chain.start(), floor)
    return quoted_appositive(masked, max(floor, cue_start - 200), cue_start)


def cue_before(masked: str, floor: int, open_at: int, adjacent_only: bool) -> Found | None:
    """The speaker of a quote opening at open_at from the words before it (back to floor, the
    sentence's start or the previous quote's end); adjacent_only: only a cue right before it or a colon."""
    window = masked[floor:open_at]
    stripped = window.rstrip()
    if stripped.endswith(":"):  # "Pollsters agree - Carl Bialik: “Q”": a name after a dash labels the quotation
        dash = DASH_NAME_RE.search(masked, floor, floor + len(stripped) - 1)
        if dash:
            return Found((dash.start("np"), dash.end("np")), ":", floor + len(stripped), "colon-dash")
    m = ADJ_BEFORE_RE.search(window)
    if m and COMPOUND_HEAD_RE.match(window, m.end("cue")):
        m = None  # "White House press secretary Josh Earnest went further: “Q”": the first word of a noun
    if m and (NOUN_BEFORE_RE.search(window, max(0, m.start("cue") - 14), m.start("cue"))
              and _relative_that(window, m) is None
              or det_adj_noun(window, m.group("cue"), m.start("cue"), 0)) \
            and not ((m.group("cue").endswith("ed") or m.group("cue").lower() in NEVER_NOUNS)
                     and ANOTHER_BEFORE_RE.search(window, max(0, m.start("cue") - 9), m.start("cue"))):
        m = None  # "in a written statement, “Q”": a noun; the verb is further back (not "Another tweeted, “Q”")
    if m is None:
        words = IN_WORDS_RE.search(window)
        if words:  # "in Forbes’ words, “Q”", "in the words of Ronald Reagan, “Q”"
            group = "np" if words.group("np") else "np2"
            return Found((floor + words.start(group), floor + words.end(group)), "in the words of", open_at, "in-words")
    if m:
        cs = floor + m.start("cue")
        cue = m.group("cue")
        that = _relative_that(window, m)
        if that is not None:  # "water bottles that said, “Q”": the relative is the subject, as "which" is
            return Found((floor + that, floor + that + 4), cue, floor + m.end("cue"), "before-relative")
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
        by = _passive_by(masked, floor, cs, floor + m.end("cue"), open_at)
        if by:
            return Found(by, cue, floor + m.end("cue"), "before-passive", True)
        s = verb_subject(masked, cs, floor) or (None if cue.lower().endswith("ing") else _governing_subject(masked, floor, cs))
        if s:
            return Found(s, cue, floor + m.end("cue"), "before-adjacent")
        if COORD_BEFORE_RE.search(masked, floor, cs):
            # "Trump called on her to resign and said, “Q”": the subject of the first verb
            subj = coordinated_subject(masked, floor, cs)
            if subj:
                return Found(subj, cue, floor + m.end("cue"), "before-coordinated")
        np = np_after(masked, floor + m.end("cue"), open_at)
        if np and (masked[np[0]].isupper() or _opens_sentence(masked, floor, cs) and not _adverb(masked, np)):
            return Found(np, cue, floor + m.end("cue"), "before-inverted", True)
    if stripped.endswith(":"):
        found = _colon(masked, floor, floor + len(stripped) - 1)
        if found:
            return found
    if adjacent_only:
        return None
    return _further_back(masked, floor, open_at)


# "water bottles that said, “Q”", "a message that read “Q”": a "that" before a verb form no noun takes is a
# relative pronoun, the verb's subject (not "that statement, “Q”", a determiner)
THAT_BEFORE_RE = re.compile(r"[a-z][\w’'-]*\s+(?P<that>that)\s+$")
VERB_ONLY = NEVER_NOUNS | {"read", "reads"}


def _relative_that(window: str, m: re.Match[str]) -> int | None:
    """Where the relative "that" before the cue starts in window, or None."""
    word = m.group("cue").lower()
    if not (word in VERB_ONLY or word.endswith("ed")):
        return None
    that = THAT_BEFORE_RE.search(window, max(0, m.start("cue") - 40), m.start("cue"))
    return that.start("that") if that and _bare_word(window, that.start()) else None


def _bare_word(window: str, at: int) -> bool:
    """The word at `at` may end a noun phrase: no conjunction, pronoun or verb of speech ("and that said it all")."""
    word = re.match(r"[\w’'-]+", window[at:])
    return word is not None and word.group().lower() not in BOUNDARY and word.group().lower() not in PRONOUNS


def _opens_sentence(masked: str, floor: int, cue_start: int) -> bool:
    """A capitalised cue with nothing but opening marks before it in its sentence opens an inverted tag, whose
    noun phrase may start in lower case ("Said one New Hampshire Democrat, “Q”", "Says a narrator, “Q”")."""
    return masked[cue_start:cue_start + 1].isupper() and not masked[floor:cue_start].strip(OPENING_MARKS)


# lower-case words after an inverted cue that say how, not who ("Said differently, “Q”", "Said simply, “Q”")
MANNER_WORDS = frozenset("otherwise again earlier later before so then too also instead".split())


def _adverb(masked: str, np: tuple[int, int]) -> bool:
    """The noun phrase after a sentence-opening cue is one adverb ("differently", "simply", "otherwise"): no speaker."""
    words = masked[np[0]:np[1]].split()
    return len(words) == 1 and (words[0].endswith("ly") or words[0] in MANNER_WORDS)


BARE_LEMMAS = frozenset(SPEECH_LEMMAS)  # "State", "Report", "Note" opening a sentence: no inverted "Said X"


def _further_back(masked: str, floor: int, open_at: int) -> Found | None:
    """The speaker from a cue further back than right before the quote (the last one that is a verb, not a noun
    nor one of a subordinate clause that closes before the quote), or from "X issued a statement, “Q”"."""
    # (", while Cruz said the “stakes are too high”": a quotation inside the clause is its cue's)
    cues = [c for c in CUE_RE.finditer(masked, floor, open_at) if not cue_is_noun(masked, c, floor)
            and not (SUBORDINATE_BEFORE_RE.search(masked, floor, c.start()) and "," in masked[c.end():open_at]
                     and not CUE_THEN_COMMA_RE.match(masked, past_setting(masked, c.end(), open_at)))]
    for c in reversed(cues):
        if c.group().lower().startswith("according"):
            np = np_after(masked, c.end(), open_at)
            if np:
                return Found(np, c.group("cue"), c.end(), "before-according", True)
            continue
        part = _participle(masked, floor, c, 0)
        if part:
            return part
        by = _passive_by(masked, floor, c.start(), c.end(), open_at)
        if by:
            return Found(by, c.group("cue"), c.end(), "before-passive", True)
        s = verb_subject(masked, c.start(), floor)
        if s:
            return Found(s, c.group("cue"), c.end(), "before")
        if not masked[floor:c.start()].strip() and c.group("cue").lower() not in BARE_LEMMAS:
            # "Said Dorothy Poynter, who grew up with Ali, “Q”" (not "State Sen. Robert King ...": a bare form)
            np = np_after(masked, c.end(), open_at)
            if np and (masked[np[0]].isupper() or c.group()[:1].isupper() and not _adverb(masked, np)):
                return Found(np, c.group("cue"), c.end(), "before-inverted", True)
    st = STATEMENT_RE.search(masked, floor, open_at)
    if st:  # "Trump issued a statement, “Q”"
        subj = subject_before(masked, st.start(), floor)
        if subj:
            return Found(subj, st.group("verb"), st.end(), "statement")
    return None

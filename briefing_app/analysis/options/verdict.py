"""The author's word on a reported option, found away from the call: after the sentence rules, an option others
hold on which the author is still silent takes the side of
- the author's later verdict on the same course, named again as the subject of a sentence in the author's own voice
  ("The Home Office wants a review of fares. [...] The review is welcome, but ..."; "Ministers want to ban the sale
  of e-bikes. [...] Such a ban would be a mistake.");
- or on "the plan", "this proposal", "such a move" when no other option comes between (and not far from the call);
- or "That / This / Doing so ..." a sentence or two later in the call's paragraph, with no other call between
  ("Ministers want to sell the forests. The sale would raise a few million. That would be a grave mistake.");
- or the author's verdict on the holders in the very next sentence ("Now, the leadership of Local 134 is either
  ignorant or illiterate", "Brussels is right");
- or on the holders' course named by its owner, anywhere, the headline too ("The senator's student loan "relief" is a
  gift to the wrong graduates", "Hope's plan to sell the building would be a costly mistake");
- or the author's rebuttal right after the call, opening with "But" / "Yet" / "However" up to the next paragraph's
  first sentence ("Several senators have called for new tariffs on Chinese steel. [...] But raising tariffs on steel
  would hurt carmakers");
- or the author's own call on the same course elsewhere in the text ("The manufacturers have asked for a deposit
  scheme. [...] Parliament should legislate for a deposit this year"), the other side when the verbs undo each other
  (keep / scrap), none when the author's calls on it disagree;
and a request the author frames as modest ("The villagers are only asking that the law is followed") is one the
author backs.

Conservative by design: the scorer counts a missing side and a wrong one alike, but a reader is misled only by
the wrong one, so a verdict counts only when it is plainly the author's (no quotation mark, no verb of saying in
its sentence), is not negated, names a word of the option's own summary (not its holder, not an institution),
and no other option naming that word comes between the call and the verdict.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from briefing_app.analysis.options.framing import FORETOLD_GOOD_RE, JUDGE_BAD_RE, JUDGE_GOOD_RE
from briefing_app.analysis.options.judged import SPEECH_RE
from briefing_app.analysis.options.lexicon import CONDITION_RE, RIGHT_NOT_VERDICT
from briefing_app.analysis.options.objections import MORE_BAD_RE, kin
from briefing_app.analysis.options.same_person import same_person_course
from briefing_app.core.model import Option
from briefing_app.core.option_match import key_words

# words of a summary that name who acts, not the course: a later "The government is wrong" judges the actor
INSTITUTIONS = frozenset((
    "government", "governments", "country", "countrie", "state", "people", "minister", "ministers", "council",
    "authoritie", "administration", "party", "parliament", "congress", "president", "leader", "leaders", "official",
    "officials", "police", "court", "union", "company", "companie", "public", "nation", "world", "citizen", "member",
    "community", "region", "city", "citie", "their", "these", "those", "other", "which", "there", "every",
))
# the sentence's subject names the course again: "The review", "This ban", "Such a tax", "These new checks"
SUBJECT_RE = re.compile(r"(?:(?:But|Yet|And|However,?|Still,?)\s+(?:the|this|that|these|those|such(?:\s+an?)?|an?)|The|This|That|"
                        r"These|Those|Such(?:\s+an?)?|An?)\s+(?:[a-z][\w-]*\s+){0,2}$")
GERUND_OPENER_RE = re.compile(r"(?:(?:But|Yet|And|However,?|Still,?)\s+)?$")  # what may open a sentence before a gerund subject
# the subject's noun, what qualifies it ("of fares", "imposed before the buses run"), then its verb
PREDICATE_RE = re.compile(r"[\w-]*(?:\s+[^,.;:!?\"“”()]{1,50}?)?\s+(?:is|are|was|were|would|will|could|might|seems?|looks?|"
                          r"sounds?|remains?|ha(?:s|ve)\s+been)\b")
CLAUSE_END_RE = re.compile(r"[,;:.!?(—–]|\s(?:but|yet|although|though|while|because|since|if|unless)\s")
NEGATED_RE = re.compile(r"\b(?:not|never|hardly|scarcely|no\s+longer)\b|n[’']t\b")
SENTENCE_END_RE = re.compile(r"[.!?](?=\s|$)|\n")  # a headline ends at its line's end
WORD_RE = re.compile(r"[\w-]+")


def _nouns(piece: _Piece, option: Option) -> list[str]:
    """The summary's words a later sentence may name the course by (lower case, roughly singular)."""
    holders = {w for p in option.positions for w in key_words(p.actor)}
    capital = {w.lower() for w in WORD_RE.findall(option.summary)[1:] if w[:1].isupper()}
    return [w for w in dict.fromkeys(piece.words(option))
            if len(w) >= 3 and w not in INSTITUTIONS and w not in holders and w not in capital]


# what turns a verb into the noun of its act: "close" / "closure", "deport" / "deportation", "cut" / "cuts"
NOMINAL_ENDINGS = frozenset(("", "e", "s", "es", "ure", "ures", "ion", "ions", "ation", "ations", "al", "als", "ment",
                             "ments"))


def _stem(noun: str) -> str:
    return noun[:-1] if noun.endswith("e") and len(noun) > 4 else noun


def _same(word: str, noun: str) -> bool:
    """`word` names what `noun` (a summary's key word) does: the same word, its stem ("boardings" / "board") or
    the noun of its act ("closure" of "close") or its gerund ("paving" of "pave")."""
    w = word.lower()
    if len(w) > 4 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    stem = _stem(noun)
    if w == noun or len(noun) >= 5 and kin(w, noun) or len(stem) >= 4 and w.startswith(stem) and \
            w[len(stem):] in NOMINAL_ENDINGS:
        return True
    done = w[:-3] if w.endswith("ing") else ""  # the gerund: "paving" of "pave", "banning" of "ban", "closing"
    return bool(done) and (done == noun or noun.endswith("e") and done == noun[:-1] or done == noun + noun[-1:])


class _Piece:
    """One text and its options while later_verdicts reads it: what several rules ask about it, found once."""

    def __init__(self, text: str, options: list[Option]) -> None:
        self.text, self.low, self.options = text, text.lower(), options
        self._words: dict[int, list[str]] = {}
        self.starts: list[int] = []
        self._owned: list[tuple[set[str], int, int]] | None = None

    def words(self, option: Option) -> list[str]:
        """key_words(option.summary), once per option (summaries do not change while the rules read them)."""
        found = self._words.get(id(option))
        if found is None:
            found = self._words[id(option)] = key_words(option.summary)
        return found

    def opening(self, at: int) -> int:
        """Where the sentence holding offset `at` opens."""
        if not self.starts:
            self.starts = [0, *(m.end() for m in SENTENCE_END_RE.finditer(self.text))]
        return self.starts[bisect_right(self.starts, at) - 1]

    def owned(self) -> list[tuple[set[str], int, int]]:
        """Each sentence-opening "X's ..." subject of the text: the owner's words, where the subject starts and ends."""
        if self._owned is None:
            self._owned = _owned(self)
        return self._owned


def later_verdicts(text: str, options: list[Option]) -> None:
    """Options others hold, with no author's side after the sentence rules, given the side of the author's verdict
    on the same course later in the text (see the module's docstring)."""
    waiting = [o for o in options if o.stance is None and o.positions]
    if not waiting:
        return
    piece = _Piece(text, options)
    for option in waiting:
        side = None
        for noun in _nouns(piece, option):
            side = _verdict(piece, noun, option)
            if side is not None:
                break
        option.stance = side or _plan_verdict(piece, option) or _pronoun_verdict(piece, option) \
            or _holder_verdict(piece, option) or _whose_verdict(piece, option) or _own_course(piece, option) \
            or _rebuttal(piece, option) \
            or same_person_course(text, option, options, lambda o: _voiced(_sentence(piece, o)))


def _verdict(piece: _Piece, noun: str, option: Option) -> str | None:
    probe = (noun[:-1] if noun.endswith("e") else noun)[:5]  # "clos" finds closure and closing, "pav" paving
    at = piece.low.find(probe, option.end)
    while at >= 0:
        side = _judged_at(piece, at, noun, option)
        if side is not None:
            return side
        at = piece.low.find(probe, at + 1)
    return None


def _judged_at(piece: _Piece, at: int, noun: str, option: Option) -> str | None:
    text = piece.text
    if at and (text[at - 1].isalnum() or text[at - 1] == "-"):
        return None
    word = WORD_RE.match(text, at)
    if word is None or not _same(word.group(), noun):
        return None
    subject = SUBJECT_RE.search(text, max(option.end, at - 40), at)
    if subject is None and word.group().endswith("ing"):  # "Paving the road would open the forest to loggers"
        subject = GERUND_OPENER_RE.search(text, max(option.end, at - 12), at)
    if subject is None:
        return None
    if any(option.end <= o.start < subject.start() and any(_same(w, noun) for w in piece.words(o))
           for o in piece.options if o is not option):
        return None  # another call on the same course came between: the verdict may be on that one
    return _said_of(text, subject.start(), word.end())


# the course named by a word for any course ("The plan", "This proposal", "Such a move"): only when no other
# option comes between the call and the verdict, and not far from the call
PLAN_SUBJECT_RE = re.compile(r"(?:(?:But|Yet|And|However,?|Still,?)\s+(?:the|this|that|these|those|such(?:\s+an?)?)|The|This|"
                             r"That|These|Those|Such(?:\s+an?)?)\s+(?:[a-z][\w-]*\s+)?(?:plan|proposal|idea|scheme|move|"
                             r"measure|policy|policies|approach|demand|call|step|reform|remedy|solution|prescription)s?\b")
PLAN_REACH = 1200  # characters after the call


def _plan_verdict(piece: _Piece, option: Option) -> str | None:
    stop = min([o.start for o in piece.options if o.start >= option.end] + [option.end + PLAN_REACH])
    for m in PLAN_SUBJECT_RE.finditer(piece.text, option.end, stop):
        side = _said_of(piece.text, m.start(), m.end())
        if side is not None:
            return side
    return None


# "That" / "This" / "Doing so" judging the call a sentence or two later in its paragraph ("Ministers want to sell the
# forests. The sale would raise a few million. That would be a grave mistake."), no other call between
PRONOUN_SUBJECT_RE = re.compile(r"(?:(?:But|Yet|And|However,?|Still,?)\s+)?(?:[Tt]hat|[Tt]his|[Dd]oing\s+so)\b(?!\s+(?:is\s+)?(?:why|how|what|because|where|when)\b)")
PRONOUN_REACH = 3  # sentences after the call's
CALLISH_RE = re.compile(r"\b(?:wants?|urg(?:e|es|ed)|call(?:s|ed)?\s+for|propos\w*|should|must|ought|demand\w*|needs?\s+to)\b")


def _pronoun_verdict(piece: _Piece, option: Option) -> str | None:
    text = piece.text
    paragraph_end = text.find("\n", option.end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    nearest = min([o.start for o in piece.options if o.start >= option.end] + [paragraph_end])
    piece.opening(0)  # (the sentence starts, found once)
    starts = piece.starts
    first = bisect_right(starts, option.end - 1)
    for k in range(first, min(first + PRONOUN_REACH, len(starts))):
        start = starts[k]
        while start < len(text) and text[start].isspace():
            start += 1
        if start >= nearest:
            return None
        m = PRONOUN_SUBJECT_RE.match(text, start)
        side = _said_of(text, m.start(), m.end()) if m is not None else None
        if side is not None:
            return side
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        if CALLISH_RE.search(text, start, min(end, nearest)):
            return None  # "The opposition wants to hand them to a trust.": a call the rules missed may be the one judged
    return None


# the author's word on the holders in the very next sentence: "Now, the leadership of Local 134 is either ignorant or
# illiterate", "The minister is simply wrong", "Brussels is right": the holders' side, or the other one (present tense:
# "Hale was right about the roads last year" judges something else)
HOLDER_VERDICT_RE = re.compile(
    r"(?:(?:Now|But|Yet|Frankly|Clearly|Sadly|Well|Again|Simply\s+put),?\s+)?(?P<who>(?:[\w’'.-]+\s+){1,6}?)(?:is|are)\s+"
    r"(?:(?:either|simply|just|plainly|clearly|quite|dead|completely|utterly|absolutely|so|badly|sadly|woefully|both)\s+)?"
    r"(?:(?P<bad>wrong|mistaken|misguided|ignorant|illiterate|naive|naïve|deluded|delusional|clueless|hypocritical|dishonest|"
    r"disingenuous|irresponsible|reckless|foolish|cynical|out\s+of\s+touch|kidding\s+(?:themselves|himself|herself|us))|"
    r"(?P<good>right\b" + RIGHT_NOT_VERDICT + r"|correct|spot\s+on|wise))\b")
NOT_NAMES = frozenset("the this that these those a an it they he she we i now but yet".split())


def _holder_verdict(piece: _Piece, option: Option) -> str | None:
    """The author's verdict on the holders, in the sentence right after the call (its subject names one of them:
    `_holder_words`)."""
    text = piece.text
    if text[option.start:option.end].rstrip(" \"”’')")[-1:] in (".", "!", "?"):
        start = option.end  # the call's evidence ends its sentence
    else:
        stop = SENTENCE_END_RE.search(text, option.end)
        if stop is None:
            return None
        start = stop.end()
    while start < len(text) and text[start].isspace():
        start += 1
    m = HOLDER_VERDICT_RE.match(text, start)
    if m is None or not {w.lower() for w in WORD_RE.findall(m.group("who"))} & _holder_words(piece, option):
        return None
    end = SENTENCE_END_RE.search(text, m.end())
    if _voiced(text[start:end.end() if end is not None else len(text)]):
        return None
    opposed = all(p.stance == "oppose" for p in option.positions)
    if m.group("bad"):
        return "support" if opposed else "oppose"
    return "oppose" if opposed else "support"


# the holders' course named by its owner anywhere in the text, the headline too: "The senator's student loan "relief"
# is a gift to the wrong graduates", "Labour's plan would be ruinous"
WHOSE_SUBJECT_RE = re.compile(r"(?:(?:But|Yet|And|However,?|Still,?)\s+)?(?:[Tt]he\s+)?(?P<who>\b[A-Za-z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
                              r"[’']s\s+")
SCARE_QUOTE_RE = re.compile(r"(?:\"\w[\w -]{0,28}\"|[“‘]\w[\w -]{0,28}[”’])")  # a word or two the author holds at arm's length


POSSESSIVE_RE = re.compile(r"[’']s\s")  # a plain scan for the possessives, then each is read back to its owner


def _owned(piece: _Piece) -> list[tuple[set[str], int, int]]:
    """Each sentence-opening "X's ..." subject of the text: the owner's words, where the subject starts and ends."""
    text = piece.text
    out = []
    for p in POSSESSIVE_RE.finditer(text):
        start = piece.opening(p.start())
        if p.start() - start > 60:
            continue  # too far into its sentence to be the owner in its subject
        while start < p.start() and text[start] in " \t\n\"“‘'":
            start += 1
        m = WHOSE_SUBJECT_RE.match(text, start, p.end())
        if m is not None and m.end() == p.end():
            out.append(({w.lower() for w in WORD_RE.findall(m.group("who"))}, m.start(), m.end()))
    return out


def _whose_verdict(piece: _Piece, option: Option) -> str | None:
    """The author's verdict on the holders' course named by its owner ("The senator's ... is a gift to the wrong
    graduates"), anywhere in the text."""
    names = _holder_words(piece, option)
    for who, start, end in piece.owned():
        if who & names:
            side = _said_of(piece.text, start, end, qualified=True)
            if side is not None:
                return side
    return None


def _holder_words(piece: _Piece, option: Option) -> set[str]:
    """Words that name the option's holders: their names, the capitalised words of the call's sentence ("Senator") and
    the description before the name ("The mayor, Ana Ruiz, wants")."""
    names = {w.lower() for p in option.positions for w in WORD_RE.findall(p.actor)}
    sentence = piece.text[piece.opening(option.start):option.end]
    words = WORD_RE.findall(sentence)
    names |= {w.lower() for w in words if w[:1].isupper()}
    first = next((i for i, w in enumerate(words) if w.lower() in names - NOT_NAMES), 0)
    names |= {w.lower() for w in words[:first]}
    return names - NOT_NAMES


# verbs whose courses undo each other: the author backing one opposes the other
OPPOSITES = frozenset(frozenset(pair) for pair in (
    ("keep", "scrap"), ("keep", "cut"), ("keep", "end"), ("keep", "abolish"), ("keep", "drop"), ("raise", "cut"),
    ("raise", "lower"), ("raise", "keep"), ("allow", "ban"), ("lift", "impose"), ("impose", "scrap"), ("increase", "cut"),
    ("increase", "reduce"), ("expand", "cut"), ("open", "close"), ("join", "leave"), ("ban", "legalise"), ("ban", "permit"),
    ("delay", "speed"), ("postpone", "speed"), ("restore", "cut"), ("protect", "scrap")) +
    # keeping a thing undoes taking it away: "Keep the library open" / "Close Hillside library", "Save the pier" / "Sell
    # the pier", "Maintain sanctions" / "Lift sanctions" (the courses name one object: _own_course)
    tuple((keep, take) for keep in ("keep", "save", "protect", "preserve", "retain", "maintain")
          for take in ("close", "shut", "sell", "scrap", "cut", "end", "abolish", "drop", "demolish", "axe", "remove",
                       "withdraw", "ditch", "repeal", "privatise", "privatize", "lift")))
COMMON = frozenset(("would", "should", "could", "their", "there", "about", "which", "other", "political", "policy",
                    "public", "people"))


CONCLUSION = 0.7  # the share of the text before the author's concluding stretch


def _sentence(piece: _Piece, option: Option) -> str:
    """The sentence(s) the option's evidence stands in."""
    stop = SENTENCE_END_RE.search(piece.text, max(option.start, option.end - 1))
    return piece.text[piece.opening(option.start):stop.end() if stop is not None else len(piece.text)]


def _voiced(words: str) -> bool:
    """Words that quote or report someone: not plainly the author's own."""
    return '"' in words or "“" in words or "”" in words or SPEECH_RE.search(words) is not None or " saying " in words


def _own_course(piece: _Piece, option: Option) -> str | None:
    """The author's own side on the same course argued in the text's conclusion, after the call ("The manufacturers
    have asked for a deposit scheme instead. [...] Parliament should legislate for a deposit this year"): options of
    the author's in the last 30% of the text, naming a word of the call's object, that all take one side (the other
    side when their verbs undo each other). (An "author's" option earlier in a news report is mostly someone's words
    the attribution missed.)"""
    nouns = {n for n in _nouns(piece, option)[1:] if len(n) >= 5 and n not in COMMON}
    conclusion = max(option.end, CONCLUSION * len(piece.text))
    sides = _authors_sides(piece, option, nouns, lambda other: other.start >= conclusion)
    return sides.pop() if len(sides) == 1 else None


def _authors_sides(piece: _Piece, option: Option, nouns: set[str], near: Callable[[Option], bool],
                   shared: int = 1) -> set[str]:
    """The sides the author's own options that `near` accepts take on the course of `option` (each naming `shared` of
    `nouns`, the call's object's words; the other side when the two verbs undo each other)."""
    words = piece.words(option)
    sides: set[str] = set()
    if not words or not nouns:
        return sides
    for other in piece.options:
        theirs = piece.words(other)
        if other is option or other.positions or other.stance not in ("support", "oppose") or len(theirs) < 2 \
                or not near(other) or _voiced(_sentence(piece, other)):
            continue
        if sum(any(_same(w, n) for w in theirs[1:]) for n in nouns) < shared:
            continue
        side = other.stance
        if frozenset((words[0], theirs[0])) in OPPOSITES:
            side = "oppose" if side == "support" else "support"
        sides.add(side)
    return sides


# a sentence that opens by setting itself against the one before ("But sending the military across the border would be
# a disaster", "Yet a tax on X would hurt", "However, the council should keep the library")
REBUTTAL_RE = re.compile(r"\s*[“\"‘]?(?:But|Yet|However|Still)\b")
NEXT_TEXT_RE = re.compile(r"\S")


def _next_paragraph_opening(text: str, at: int) -> int:
    """Where the first sentence of the paragraph after the one holding `at` ends (the text's end when none)."""
    para_end = text.find("\n", at)
    start = NEXT_TEXT_RE.search(text, para_end) if para_end >= 0 else None
    end = SENTENCE_END_RE.search(text, start.end()) if start is not None else None
    return end.end() if end is not None else len(text)


def _rebuttal(piece: _Piece, option: Option) -> str | None:
    """The author's own side on the course of a call, argued in a rebuttal right after it: up to the first sentence of
    the next paragraph, a sentence opening with "But" / "Yet" / "However" that holds an option of the author's naming a
    word of the call's object ("Several candidates have called for US military strikes on cartel labs inside Mexico. It
    is easy to see why. [...] But sending the military across the border without Mexico's consent would be a disaster":
    oppose). The other side when the verbs undo each other ("want to scrap the sugar levy. [...] Yet the government
    should keep the levy"). None when the author's other mentions of the course disagree."""
    nouns = {n for n in _nouns(piece, option)[1:] if len(n) >= 4 and n not in COMMON}  # (close by: "levy" will do)
    reach = _next_paragraph_opening(piece.text, option.end)
    sides = _authors_sides(piece, option, nouns, lambda other: option.end <= other.start < reach
                           and REBUTTAL_RE.match(piece.text, piece.opening(other.start)) is not None)
    if len(sides) != 1 or _authors_sides(piece, option, nouns, lambda other: True, shared=2) - sides:
        return None  # (none when another mention of the author's, naming two of its words, takes the other side: "Parliament
    return sides.pop()  # must ban diesel lorries" over "But the council should not ban diesel lorries on Sundays")


# what may qualify a possessor's course before its verb: 'student loan "relief"', 'plan to cut the fuel duty'
QUALIFIED_PREDICATE_RE = re.compile(r"(?:[^,.;:!?()]{1,60}?)\s+(?:is|are|was|were|would|will|could|might|seems?|looks?|"
                                    r"sounds?|remains?|ha(?:s|ve)\s+been)\b")


# a course's effect foretold (FORETOLD_GOOD_RE: "would save the city £2m", "will help balance the budget"): after a
# reported call this mostly goes on telling the backers' case or the plan's figures, in news and opinion alike (on the
# real dev editorials the one such later verdict was the author's concession: "Closing it would save a small sum and
# cost a great deal"), so it is no verdict of the author's unless weighed with a proviso (conditional)


def _said_of(text: str, start: int, end: int, qualified: bool = False) -> str | None:
    """The author's side in a sentence opening at `start` whose subject (naming the course) ends at `end`: "... is
    welcome" support, "... would be a mistake" oppose; None when it is not the author's plain verdict. qualified: the
    subject's noun is still to come (after a possessor: "The senator's student loan "relief" is ...")."""
    before = text[:start].rstrip(" \t\"“‘'")
    if before and before[-1] not in ".!?\n":
        return None  # not the subject of its sentence: "... and the review is welcome" may be anyone's
    predicate = (QUALIFIED_PREDICATE_RE if qualified else PREDICATE_RE).match(text, end)
    if predicate is None:
        return None
    stop = SENTENCE_END_RE.search(text, predicate.end())
    sentence_end = stop.end() if stop is not None else len(text)
    if _voiced(SCARE_QUOTE_RE.sub("", text[start:sentence_end])):
        return None  # someone else's words
    cut = CLAUSE_END_RE.search(text, predicate.end(), sentence_end)
    clause = text[predicate.start():cut.start() if cut is not None else sentence_end]
    if NEGATED_RE.search(clause) is not None:
        return None  # "The ban is not the answer" / "is not wrong": left to a reader
    bad = JUDGE_BAD_RE.search(clause) is not None or MORE_BAD_RE.search(clause) is not None
    good = JUDGE_GOOD_RE.search(clause) is not None
    if (good or FORETOLD_GOOD_RE.search(clause) is not None) and not bad \
            and CONDITION_RE.search(text, predicate.end(), sentence_end) is not None:
        return "conditional"  # "An earlier start could help, provided buses run that early": the author weighing it
    if bad == good:
        return None  # "Doing so would save the city £2m a year": what would follow, told (the backers' case), not judged
    return "oppose" if bad else "support"


# a course named bare by a definite noun or a gerund and a pronoun ("The closure would be a disaster", "The new ban is
# welcome", "Closing it would be a mistake"): no course of its own when an option found before names the same course
# (the verdict rules give that one the author's side); one named for the first time ("The new tariffs would hurt
# farmers") stays an option
DEFINITE_COURSE_RE = re.compile(r"(?:(?:[Tt]he|An?)\s+(?:[\w-]+\s+)?(?P<head>(?!(?:now|today|soon|then|yet|too)\b)[\w-]+)|(?P<gerund>[A-Za-z]+ing)\s+(?:it|them|this|that))"
                                r"(?:\s+(?:now|today|soon|then|yet|too))?[\s.,;:!?”\"’')]*")  # ("A withdrawal now would be ...")
OPENER_RE = re.compile(r"\s*[\"“‘]?(?:(?:But|Yet|And|However,?|Still,?)\s+)?")  # before a sentence's subject


def refers_back(text: str, s: int, start: int, end: int, found: list[Option]) -> bool:
    """Is the course at text[start:end], the subject of the sentence opening at `s`, only a definite name for a course an
    option in `found` already holds? (Not an object: "Clinton endorsed the bipartisan deal" is her position.)"""
    m = DEFINITE_COURSE_RE.fullmatch(text, start, end) if found else None
    if m is None or OPENER_RE.fullmatch(text, s, start) is None:
        return False
    word = (m.group("head") or m.group("gerund")).lower()
    return any(_same(word, w) for o in found for w in key_words(o.summary) if len(w) >= 3)


# a request the author calls modest: "The villagers are only asking that the law is followed", "All the nurses ask
# for is a fair wage", "They are merely calling for a hearing" (not "just asked": most often "has just asked", lately)
MODEST_ASK_RE = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:only|merely|simply|just)\s+(?:asking|calling|pleading|seeking|requesting|demanding)|"
    r"(?:only|merely|simply)\s+(?:asks?|asked|calls?|called|pleads?|pleaded|seeks?|sought|requests?|requested)\b|"
    r"[Aa]ll\s+(?:that\s+)?(?:[\w’'-]+\s+){1,4}?(?:asks?|asked|want|wants|wanted|request|requests|requested|seeks?|sought)"
    r"\s+(?:for\s+)?is\b)")
MODEST_KEYS = ("only", "merely", "simply", "just", "all ")


def modest_ask(text: str, s: int, start: int, option: Option) -> None:
    """A reported option the author has taken no side on, asked for in words that call the request modest (before
    the option's words, MODEST_ASK_RE): the author backs it."""
    if option.stance is not None or not option.positions or any(p.stance != "support" for p in option.positions):
        return
    head = text[s:start]
    if not any(k in head.lower() for k in MODEST_KEYS) or MODEST_ASK_RE.search(head) is None:
        return
    option.stance = "support"

"""What every reported-speech rule shares: the document, the quotes found so far, and
emit(), which trims a content span, drops what is too short or is one direct quotation,
and resolves the source mention to an actor."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing_app.analysis.attribution import resolve
from briefing_app.analysis.cues import indirect_positions
from briefing_app.analysis.document import Document
from briefing_app.analysis.time_after import TIME_AFTER
from briefing_app.analysis.reported.ends import REQUEST_RULES, content_end, request_clause
from briefing_app.analysis.segment import count_words
from briefing_app.analysis.spans import SpanReach
from briefing_app.analysis.trie import opening_words
from briefing_app.core.model import Mention, Quote

Span2 = tuple[int, int]
TAIL_CHARS = frozenset(".!?;:,\"”’'•")  # with blanks, what is trimmed off a content's end
INTRO_ONLY_RE = re.compile(r"(?:In|On|At|During|After|Before|Since|From|Over|Regarding|Speaking|Asked about)\b[^,;:.!?•“”\"]*$")
DET_BEFORE_RE = re.compile(opening_words("a an the his her their its this that our my your no any".split()) + r"\s+$", re.I)
DET_LETTERS = 5  # the longest of DET_BEFORE_RE's words
# ", adding ..." and "... and added, ...": a second attribution of the same source ends the content
COORDINATED = (r",?\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?P<cue>said|says|added|adds|noted|insisted|"
               r"warned|argued)\b(?:" + TIME_AFTER + r")?(?:\s+that\b)?[\s,:]*")  # "but said Monday, “Q”"
# "21 percent said “not too likely” and 14 percent said “not at all likely”": another speaker's quotation
OTHER_SPEAKER_QUOTES = (r"|,?\s+(?:and|but|while)\s+(?:\d[\d,.]*\s+percent|(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}|"
                        r"others|many|some|most)\s+(?:also\s+)?(?:said|say|says|told|added|wrote)\s*[,:]?\s*(?=[“\"•]|'')")
CUT_RE = re.compile(r",\s+(?:adding|saying|noting|arguing|insisting|warning|explaining|claiming|calling)\b|" + COORDINATED
                    + OTHER_SPEAKER_QUOTES)
COORDINATED_RE = re.compile(COORDINATED)
# words one of which every match of CUT_RE holds (its participles; the speech verb after "and" / "but") and of
# COORDINATED_RE: a content without any is not searched (a search tries the branches at every blank, ~70,000
# instructions a content; the test for the words reads it once)
CUT_WORDS_RE = re.compile(r"add|say|said|not(?:ing|ed)|argu|insist|warn|explaining|claiming|calling|told|wrote")
COORDINATED_WORDS_RE = re.compile(r"said|says|add|noted|insisted|warned|argued")


def content_cut(masked: str, pos: int, end: int) -> re.Match[str] | None:
    """CUT_RE.search(masked, pos, end), tried only where one of its words is."""
    return CUT_RE.search(masked, pos, end) if CUT_WORDS_RE.search(masked, pos, end) is not None else None
MIXED_CLOSE_RE = re.compile(r"[,.]?(?:''|[”\"])")  # NYT texts close with ''
QUOTE_START_RE = re.compile(r"[“\"«„•']")
PARTICIPLE_CUES = (r"(?P<cue>adding|saying|noting|arguing|insisting|warning|explaining|"
                           r"claiming|suggesting|stating|stressing|asserting|acknowledging|admitting|conceding|predicting|"
                           r"declaring|contending|complaining|pointing\s+out|recalling|announcing|emphasizing|reiterating|denying|"
                           # the participles more often of other senses ("boasting a 20 percent rise", "hinting at a
                           # run", "promising more money") only before a clause or a setting and "that"
                           r"(?:boasting|hinting|promising)(?=\s+(?:that|there|he|she|they|it|we|I|his|her|their|its|the|this|these|those)\s"
                           r"|\s+(?:in|on|at|during)\s[^,;:.!?]{0,70}?\sthat\s)|"
                           r"(?:writing|tweeting)(?=\s+(?:that\b|[“\"«„•]|''))"  # not "writing a book", "tweeting a link"
                           r"|telling(?:\s+(?!that\b)[\w’'.&-]+){1,5}?(?=\s+that\s))"  # "telling reporters that"
                           r"(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
                           # where and how, then "that": "stating in an interview on Fox News that ...", "saying on NBC's
                           # “Meet the Press” that ..." (the setting is no part of the content)
                           r"(?:\s+(?:in|on|at|during)\s+(?:a|an|the|his|her|their|its|[A-Z])[^,;:.!?]{0,70}?(?=\s+that\s))?"
                           r"\s+(?!to\b|up\b)(?:that\s+)?")
PARTICIPLE_RE = re.compile(r",\s+(?:(?:while|before|after)\s+(?:also\s+)?)?" + PARTICIPLE_CUES)
# also '... “founded ISIS,” saying ...', the comma inside a closing mark: for the participles of a content a rule took
# (not in before.py's scan of every cue's sentence)
MARKED_PARTICIPLE_RE = re.compile(r",(?:''|[”\"’'])?\s+(?:(?:while|before|after)\s+(?:also\s+)?)?" + PARTICIPLE_CUES)
# "saying he would not support the agenda and suggesting that ...": matched only where an end rule cut a content
# "... before explaining why she forgave him", "... after saying that ...": a participle after while/before/after with
# no comma, whose complement opens a clause ("that", a question word, a pronoun subject), not an object ("before
# announcing her run")
BARE_PARTICIPLE_RE = re.compile(r"\s+(?:while|before|after)\s+(?:also\s+)?"
                                r"(?=[a-z]+(?:\s+[\w’'.-]+){0,3}?\s+(?:that|why|how|whether|what)\s|[a-z]+\s+(?:he|she|they|we|I)\s)"
                                + PARTICIPLE_CUES)
AND_PARTICIPLE_RE = re.compile(r",?\s+and\s+(?:also\s+|then\s+)?" + PARTICIPLE_CUES)
# "Nobody pointed out that ...", "No one has said ...", "Neither side would say ...", "None of them claimed ...": a
# denial that anyone spoke, no one's words ("no official"; not "No. 2 official" nor "No Labels", a group's name)
# ("No one in the cabinet", "Nobody else", "Not a single official", "Not one senator" too; not "Nobody's Fool")
NOBODY_RE = re.compile(r"(?i:nobody(?![’'])\b.*|no\s+one\b.*|none\b.*|neither\b.*|not\s+(?:a\s+single|one)\s.*)$|"
                       r"[Nn]o\s+(?:[a-z]+\s+)?[a-z]+$")
# "The New York primary made it clear that ...", "Tuesday's results revealed that ...": an event or its outcome makes
# things plain, no one says them; the disclosure cues (cues.DISCLOSURE_RE_PART) need a speaker that can speak
EVENT_HEADS = frozenset("""primary primaries election elections vote votes voting result results race contest caucus caucuses
debate debates attack attacks shooting shootings outcome outcomes loss losses victory victories defeat defeats win wins crisis
war episode incident incidents event events turnout returns this that""".split())
# "The storm made clear that ...", "The past two years have made it clear that ...": a natural event, a mishap or a
# stretch of time is no speaker either; lower-case heads only (not "Doris Day", "Time" the magazine)
PHENOMENON_HEADS = frozenset("""storm storms hurricane hurricanes typhoon flood floods flooding fire fires wildfire
wildfires earthquake earthquakes quake pandemic epidemic outbreak outbreaks drought disaster disasters collapse crash
recession downturn scandal scandals accident accidents explosion explosions blast shutdown week weeks weekend month months
year years decade decades days history experience""".split())
DISCLOSURE_CUES = ("made", "make", "pointed", "point", "revealed")
# a word that is never anyone: existential "there" ("There have been telling responses that ..."), a lone adverb left
# as the subject of an imperative ("Just ask the governor ...")
NO_ONE = frozenset("there here just only simply".split())
# "Only time will tell if ...", "History will tell whether ...": an idiom, no one's words
TELLERS = frozenset(("time", "history"))


def tail_start(text: str, s: int, e: int) -> int:
    """Where the run of blanks, stops and quotation marks that ends text[s:e] starts (e if there is none),
    read from the end, not by a search over the whole span."""
    while e > s and (text[e - 1] in TAIL_CHARS or text[e - 1].isspace()):
        e -= 1
    return e


def clip(text: str, s: int, e: int) -> Span2:
    e = tail_start(text, s, e)
    while s < e and text[s].isspace():
        s += 1
    return s, e


def _words(text: str, s: int, e: int) -> int:
    return count_words(text[s:e])


def det_before(text: str, floor: int, end: int) -> bool:
    """A determiner right before `end` ("a warning", "the sharp remark"): DET_BEFORE_RE.search(text, floor,
    end), reading only the blanks before `end` and the word before them, not the whole sentence."""
    word_end = end
    while word_end > floor and text[word_end - 1].isspace():
        word_end -= 1
    return DET_BEFORE_RE.search(text, max(floor, word_end - DET_LETTERS), end) is not None


def _not_a_speaker(mention: str, cue: str) -> bool:
    """A source that cannot have said the content: "Nobody" (NOBODY_RE), a word that is no one ("There", "Just"),
    time in "Only time will tell", or an event, a natural event or a stretch of time as the subject of a disclosure
    cue ("The primary made it clear that ...", "The storm made clear that ...")."""
    if mention[:1] in "Nn" and NOBODY_RE.match(mention):
        return True
    words = mention.split()
    if not words:
        return False
    if len(words) == 1 and mention.lower() in NO_ONE:
        return True
    if cue == "tell" and words[-1].lower() in TELLERS:
        return True
    if not cue.startswith(DISCLOSURE_CUES):
        return False
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]  # "The collapse of the bridge made clear"
    return words[-1].lower() in EVENT_HEADS or head in PHENOMENON_HEADS


@dataclass
class Context:
    doc: Document
    out: list[Quote] = field(default_factory=list)
    trace: list[str] = field(default_factory=list)  # the rule that emitted each quote in out
    rule: str = ""

    def __post_init__(self) -> None:
        self.text = self.doc.text
        self.masked = self.doc.masked
        words = self.doc.words
        self.indirect_at = None if words is None else indirect_positions(self.masked, words)  # where a speech verb may be
        self.direct = SpanReach((q.start, q.end) for q in self.doc.spans if q.kind == "direct")

    def done(self) -> SpanReach:
        """The quotes found so far, to ask whether one holds an offset (each question O(log n))."""
        return SpanReach((q.start, q.end) for q in self.out)

    def emit(self, s: int, e: int, mention: Span2 | None, cue: str, min_words: int = 3, whole: bool = False) -> int:
        """Add the content masked[s:e] (trimmed) with its source mention, unless it has fewer than
        min_words words: two-word contents are kept only where the cue asks for an object ("called
        for the ban", "called him divisive"). whole: a content before its speaker is a whole clause of
        its own, whose next act (", and cited ...") is still its own. Returns where the end rules
        (ends.py) cut the content: e when none did."""
        text = self.text
        cut = content_end(self.masked, s, e, whole)
        if self.rule in REQUEST_RULES:  # "called for X, but his battles ... have drawn": the next fact (ends.py)
            cut = request_clause(self.masked, s, cut) or cut
        s, e = clip(text, s, cut)
        if _words(text, s, e) < min_words:
            return cut
        if INTRO_ONLY_RE.match(text, s, e) and _words(text, s, e) <= 10:
            return cut  # "In a meeting with the editorial board, Trump said: ...": a setting, not content
        # a direct quotation that overlaps the content and holds it but for one or two mark characters at
        # either end (“ or NYT ''): any(a < e and s < b and a - 2 <= s and b + 2 >= e)
        if self.direct.holds(min(s + 2, e - 1), max(e - 2, s + 1)):
            return cut  # the content is one direct quotation; a mixed quote inside stays (PolNeAR)
        body = text[s:e]
        if body.count("“") > body.count("”") or body.count('"') % 2 or body.count("''") % 2:
            # keep a mixed quote's closing mark (and the comma inside it) with the content
            close = MIXED_CLOSE_RE.match(text, e)
            e = close.end() if close else e
        if mention is None:  # "Asked whether ...": the asker is not named
            self.trace.append(self.rule)
            self.out.append(Quote(s, e, text[s:e], "indirect", None, None, cue, None))
            return cut
        ms, me = mention
        mt = text[ms:me]
        if _not_a_speaker(mt, cue) or mt == "All" and text.startswith("All told,", ms):
            return cut  # ("All told, the group raised $4 million": a sum, not a telling)
        self.trace.append(self.rule)
        speaker = resolve(text, mt, ms, self.doc.actor_table, None, self.doc.sentences)
        self.out.append(Quote(s, e, text[s:e], "indirect", speaker, Mention(ms, me, mt), cue, None))
        return cut

    def coordinated(self, pos: int, end: int, subj: Span2) -> None:
        """'X said A and added that B', 'X said A but noted B': B is a second attribution of X
        (a quotation after the second verb is left to the speaker sieves)."""
        if COORDINATED_WORDS_RE.search(self.masked, pos, end) is None:
            return
        for c in COORDINATED_RE.finditer(self.masked, pos, end):
            if QUOTE_START_RE.match(self.masked, c.end()):
                continue
            nxt = content_cut(self.masked, c.end(), end)
            self.emit(c.end(), nxt.start() if nxt else end, subj, c.group("cue"))

    def participles(self, pos: int, end: int, subj: Span2 | None, bare: bool = False) -> None:
        """', adding that ...', ', warning ...': further attributions of the same source; the content starts
        after the participle, its recipient and "that" (PolNeAR never counts the cue as content). bare: the
        first one is at pos, after while/before/after with no comma (BARE_PARTICIPLE_RE)."""
        p = BARE_PARTICIPLE_RE.match(self.masked, pos, end) if bare else MARKED_PARTICIPLE_RE.search(self.masked, pos, end)
        while p:
            nxt = MARKED_PARTICIPLE_RE.search(self.masked, p.end(), end)
            stop = nxt.start() if nxt else end
            self.and_participle(self.emit(p.end(), stop, subj, p.group("cue")), stop, subj)
            p = nxt

    def and_participle(self, cut: int, end: int, subj: Span2 | None) -> None:
        """Where an end rule cut a content at ' and suggesting that ...' (ends.next_participle): its content too."""
        more = AND_PARTICIPLE_RE.match(self.masked, cut, end) if cut < end else None
        if more:
            self.emit(more.end(), end, subj, more.group("cue"))
